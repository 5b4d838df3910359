package policy

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// prefilterTexts are the texts the prefilter proof runs on: the fictional
// policies, the fuzz corpora of the extractor and the readers and, when
// present, the development seeds.
func prefilterTexts(t *testing.T) []string {
	var out []string
	for _, pattern := range []string{"../testdata/policies/*.md", "../testdata/policies/*.txt", "../testdata/policies/*.html",
		"testdata/generalise/*", "testdata/fuzz/FuzzExtract/*", "../testdata/fuzz/*/*", "../../../shared/seeds/*.txt"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			if ext := filepath.Ext(f); ext == ".pdf" || ext == ".docx" {
				continue // binary; its source text is in the set
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, string(b))
		}
	}
	if len(out) < 10 {
		t.Fatalf("only %d texts to test the prefilters on", len(out))
	}
	if seeds, _ := filepath.Glob("../../../shared/seeds/*.txt"); len(seeds) == 0 {
		t.Log("no seeds in ../../../shared/seeds: testing on the fixtures and fuzz corpora only")
	}
	return out
}

// corpusSpans are the sentences and lines of every prefilter text and of extra.
func corpusSpans(t *testing.T, extra ...string) []string {
	var spans []string
	for _, text := range append(prefilterTexts(t), extra...) {
		d := newDocView(docOf(text))
		for _, s := range d.sents {
			spans = append(spans, d.sentText(s))
		}
		spans = append(spans, strings.Split(d.text, "\n")...)
	}
	return spans
}

// TestPrefiltersAdmitEveryMatch: for every keyword expression and every
// sentence (and every line, for expressions run on lines), a sentence the
// expression matches holds one of its prefilter words. A word list that
// misses a spelling of its expression would silently drop that spelling.
func TestPrefiltersAdmitEveryMatch(t *testing.T) {
	if len(allKW) < 50 {
		t.Fatalf("only %d keyword expressions registered", len(allKW))
	}
	for _, span := range corpusSpans(t) {
		lower := lowerSameLength(span)
		for _, k := range allKW {
			if m := prefilterMiss(k, span, lower); m != "" {
				t.Errorf("%q matches %q in %.80q, but its words %q do not admit it (or, for an expression that starts at a word, do not start it)", k.re, m, span, k.words)
			}
		}
	}
}

// prefilterMiss returns the match of k in span that k's words do not admit,
// or for an expression that starts at the first word, a match that does not
// start with a word.
func prefilterMiss(k kw, span, lower string) string {
	if m := k.re.FindString(k.subject(span, lower)); m != "" && !k.may(lower) {
		return m
	}
	if !k.atWord {
		return ""
	}
	for _, m := range k.re.FindAllStringIndex(k.subject(span, lower), -1) {
		if !slices.ContainsFunc(k.words, func(w string) bool { return strings.HasPrefix(lower[m[0]:], w) }) {
			return span[m[0]:m[1]]
		}
	}
	return ""
}

// TestPrefilterMissIsCaught: the check above finds a word list that lacks a
// spelling of its expression.
func TestPrefilterMissIsCaught(t *testing.T) {
	k := kw{re: newKW(`(?i)\bstor(?:e|age)|\bkept\b`).re, words: []string{"stor"}, lowered: true}
	span := "Logs are kept for a week."
	if prefilterMiss(k, span, lowerSameLength(span)) == "" {
		t.Error("a word list without \"kept\" was not caught")
	}
	k = kw{re: newKW(`(?i)\bdata controller\b`).re, words: []string{"controller"}, lowered: true, atWord: true}
	span = "The data controller is …"
	if prefilterMiss(k, span, lowerSameLength(span)) == "" {
		t.Error("a match that does not start with a word was not caught")
	}
}

// TestKeywordIndexAgreesWithTheWords: for every sentence of the corpus and
// every keyword test the index holds, the index's bit says what testing the
// words one by one says, and a test it does not hold still tests its words.
func TestKeywordIndexAgreesWithTheWords(t *testing.T) {
	textRead.Add(minIndexedText) // every view from here on uses the index
	x := keywordIndex()
	tests := append(append([]kw(nil), allKW[:x.known]...), otherKW()...)
	for _, text := range prefilterTexts(t) {
		d := newDocView(docOf(text))
		if d.kwIndex == nil {
			t.Fatal("a view without the keyword index")
		}
		for si := range d.sents {
			sv := d.sv(si)
			for _, k := range tests {
				if x.slot(k) < 0 {
					t.Fatalf("the index does not hold the test of %q", k.words)
				}
				if got, want := k.mayS(sv), k.may(sv.lower); got != want {
					t.Errorf("words %q in %.80q: the index says %v, the words %v", k.words, sv.lower, got, want)
				}
			}
		}
	}
	if x.slot(kw{words: []string{"not", "registered"}}) >= 0 {
		t.Error("the index claims a test it was not built with")
	}
}

// TestListAutomataAgreeWithTheWords: containsAny's automaton for each long
// list of words finds in every sentence and title of the corpus what a test
// of each word finds.
func TestListAutomataAgreeWithTheWords(t *testing.T) {
	var lists [][]string
	for _, l := range [][]string{titles().GeneralWords, titles().generalOtherWords, titles().GeneralSubtreeWords,
		titles().ProcessingWords, titles().PurposeChapterWords, titles().OrganisationHeadWords} {
		if len(l) >= minListAutomaton {
			lists = append(lists, l)
		}
	}
	if len(lists) < 3 {
		t.Fatalf("only %d lists long enough for an automaton", len(lists))
	}
	for _, l := range lists {
		warmList(t, l)
	}
	for _, text := range prefilterTexts(t) {
		d := newDocView(docOf(text))
		var spans []string
		for si := range d.sents {
			spans = append(spans, d.lower[si])
		}
		for _, s := range d.secs {
			spans = append(spans, padded(s.Title))
		}
		for _, s := range spans {
			for _, l := range lists {
				want := slices.ContainsFunc(l, func(w string) bool { return strings.Contains(s, w) })
				if got := containsAny(s, l); got != want {
					t.Errorf("%.80q: the automaton says %v, the words %v", s, got, want)
				}
			}
		}
	}
}

// TestPaddedIsTheJoinedFields: padded's one pass gives what joining the
// fields of the lower-cased title gives, for every title and sentence of the
// corpus and for odd characters (invalid UTF-8, İ, the Kelvin sign, marks).
func TestPaddedIsTheJoinedFields(t *testing.T) {
	joined := func(title string) string {
		return " " + strings.Join(strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
			return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' || r == '&' || r == '/')
		}), " ") + " "
	}
	texts := []string{"", " ", "A", "Children's Privacy", "İstanbul & Co.", "\u212aelvin/ÄÖÜ", "x\xc3y\xffz", "a – b", "  Ünd  ", "1.2-3"}
	for _, text := range prefilterTexts(t) {
		d := newDocView(docOf(text))
		for _, s := range d.secs {
			texts = append(texts, s.Title)
		}
		for _, s := range d.sents {
			texts = append(texts, d.sentText(s))
		}
	}
	for _, s := range texts {
		if got, want := padded(s), joined(s); got != want {
			t.Errorf("padded(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCueLineSpansByAutomaton: the automaton finds the same cue lines as a
// scan of the text for each word, for both cues on every corpus text.
func TestCueLineSpansByAutomaton(t *testing.T) {
	warmList(t, reControllerCue.words)
	warmList(t, reDPOCue.words)
	for _, text := range prefilterTexts(t) {
		d := newDocView(docOf(text))
		for _, re := range []kw{reControllerCue, reDPOCue} {
			if got, want := cueLineSpans(d, re.words), cueLineSpansByWord(d, re.words); !maps.Equal(got, want) {
				t.Errorf("%q in %.60q: %v, by word %v", re.words, text, got, want)
			}
		}
	}
}

// TestMayOnLongTexts: on a long text (a section's body, a whole document)
// kw.may and containsAny, which test all the words in one pass, say what
// testing the words one by one says, for every keyword test and data
// category on every section of the corpus.
func TestMayOnLongTexts(t *testing.T) {
	tests := append([]kw(nil), allKW...)
	for _, dc := range dataCategories {
		tests = append(tests, kw{words: dc.words})
	}
	for _, k := range tests {
		if len(k.words) > 1 {
			warmList(t, k.words)
		}
	}
	for _, words := range [][]string{obfuscationMarks, retentionTitleWords, basisIntroWords} {
		warmList(t, words)
	}
	long := 0
	for _, text := range prefilterTexts(t) {
		d := newDocView(docOf(text))
		for _, s := range d.secs {
			body := d.lowerText[s.Start:s.End]
			if len(body) < minLongText {
				continue
			}
			long++
			for _, k := range tests {
				want := len(k.words) == 0 || slices.ContainsFunc(k.words, func(w string) bool { return strings.Contains(body, w) })
				if got := k.may(body); got != want {
					t.Errorf("words %q in %.60q: %v, word by word %v", k.words, body, got, want)
				}
				if got := containsAny(body, k.words); got != want && len(k.words) > 0 {
					t.Errorf("containsAny %q in %.60q: %v, word by word %v", k.words, body, got, want)
				}
			}
		}
		for _, words := range [][]string{obfuscationMarks, retentionTitleWords, basisIntroWords} {
			want := slices.ContainsFunc(words, func(w string) bool { return strings.Contains(d.lowerText, w) })
			if got := containsAny(d.lowerText, words); got != want {
				t.Errorf("containsAny %q in the whole text: %v, word by word %v", words, got, want)
			}
		}
	}
	if long < 10 {
		t.Errorf("only %d long sections", long)
	}
}

// warmList calls listAutomaton with words until it builds their automaton, so
// that a test compares the automaton, not the word-by-word test of the
// first calls.
func warmList(t *testing.T, words []string) {
	for range minListCalls + 1 {
		if listAutomaton(words, 0) != nil {
			return
		}
	}
	if !slices.Contains(words, "") {
		t.Fatalf("no automaton for %q after %d calls", words, minListCalls+1)
	}
}
