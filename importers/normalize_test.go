package importers

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark/util"
)

func TestNormalisation(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"crlf and trailing spaces", "Zweck  \r\nDauer\t\r\n\r\n\r\n\r\nEnde ", "Zweck\nDauer\n\nEnde"},
		{"nul and controls", "Da\x00ten\x01schutz", "Datenschutz"},
		{"nfd to nfc", "Lo\u0308schung", "Löschung"},
		{"ligatures", "\ufb01nance o\ufb03ce", "finance office"},
		{"soft hyphen and zero width", "Daten\u00adschutz\u200b", "Datenschutz"},
		{"no-break space", "Art.\u00a06", "Art. 6"},
		{"form feed is a paragraph break", "Seite eins\fSeite zwei", "Seite eins\n\nSeite zwei"},
	}
	for _, tt := range tests {
		b := readPlain(tt.in)
		if b.text != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, b.text, tt.want)
		}
	}
}

func TestReadMarkdownDetails(t *testing.T) {
	src := "Intro with a [link](https://example.org) &amp; \\*stars\\*  \nsecond line\n\n" +
		"## Recipients\n\n- **Zahlwerk Süd AG**, payments\n  - nested item\n- Rundbrief Nord GmbH\n\n" +
		"1. first\n2. second\n\n**Retention**\n\n| Data | Period |\n|---|---|\n| Logs | 7 days |\n\n" +
		"```\ncode line\n```\n\n<div>raw <b>html</b></div>\n"
	b := readMarkdown(src)
	want := "Intro with a link & *stars*\nsecond line\n\nRecipients\n\n- Zahlwerk Süd AG, payments\n  - nested item\n- Rundbrief Nord GmbH\n\n" +
		"- first\n- second\n\nRetention\n\nData | Period\nLogs | 7 days\n\ncode line\n\nraw html"
	if b.text != want {
		t.Errorf("got\n%q\nwant\n%q", b.text, want)
	}
	if len(b.hints) != 2 || b.hints[0].Level != 2 || b.hints[1].Level != 3 ||
		b.text[b.hints[1].Start:b.hints[1].End] != "Retention" {
		t.Errorf("hints %v", b.hints)
	}
}

func TestLanguage(t *testing.T) {
	tests := map[string]string{
		"Wir verarbeiten die Daten für die Bestellung und den Versand.":        "de",
		"We process the data for your order and the delivery of the products.": "en",
		"":                 "en",
		"Musterwerk GmbH.": "en",
	}
	for in, want := range tests {
		if got := Language(in); got != want {
			t.Errorf("Language(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNeedsMappingFindsWhatCleanRunesChanges: cleanRunes, which skips its
// mapping steps where needsMapping finds nothing for them, gives what all
// its steps give (allRuneSteps), on the fixture texts and on random texts of
// the characters the steps change.
func TestNeedsMappingFindsWhatCleanRunesChanges(t *testing.T) {
	var texts []string
	for _, pattern := range []string{"testdata/*/*.md", "testdata/*/*.txt", "testdata/*/*.html", "testdata/*.md", "testdata/*.txt"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, strings.Split(string(b), "\n\n")...)
		}
	}
	if len(texts) < 50 {
		t.Fatalf("only %d fixture blocks", len(texts))
	}
	rng := rand.New(rand.NewPCG(7, 8))
	alphabet := []string{"a", "Ä", "ß", " ", "\n", "\t", "\x00", "\r", "\f", "\v", "\x7f", "\u0085", "\u00ad", "\u00a0",
		"\u200b", "\u2028", "\ufb01", "\ufeff", "e\u0301", "\u0301", "\xc3", "\xff", "Straße", "ﬀ"}
	texts = append(texts, randomTexts(rng, 5000, 12, alphabet, "")...)
	for _, s := range texts {
		if got, want := cleanRunes(s), allRuneSteps(s); got != want {
			t.Errorf("cleanRunes(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLanguageCountsAsBefore: Language, which lower-cases ASCII words in a
// buffer, tells the languages of the fixture texts and of random texts as
// lower-casing every word with strings.ToLower does; no stop word is longer
// than maxStopWord.
func TestLanguageCountsAsBefore(t *testing.T) {
	byToLower := func(text string) string {
		var en, de int
		for w := range strings.FieldsFuncSeq(text[:min(len(text), 20000)], notLetter) {
			w = strings.ToLower(w)
			en, de = en+b2i(stopEN[w]), de+b2i(stopDE[w])
		}
		if de > en {
			return "de"
		}
		return "en"
	}
	for w := range stopEN {
		if len(w) > maxStopWord {
			t.Errorf("stop word %q is longer than maxStopWord", w)
		}
	}
	for w := range stopDE {
		if len(w) > maxStopWord {
			t.Errorf("stop word %q is longer than maxStopWord", w)
		}
	}
	var texts []string
	for _, pattern := range []string{"testdata/*/*.md", "testdata/*/*.txt", "testdata/*/*.html"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	rng := rand.New(rand.NewPCG(9, 10))
	words := []string{"The", "DIE", "und", "Und", "FÜR", "für", "Daten", "PERSONAL", "personals", "Sie", "\u212aey", "İs", "you", "Ihre"}
	texts = append(texts, randomTexts(rng, 2000, 8, words, " ")...)
	for _, s := range texts {
		if got, want := Language(s), byToLower(s); got != want {
			t.Errorf("Language(%.60q) = %s, want %s", s, got, want)
		}
	}
}

// TestUnescapeSkipsOnlyWhatNeedsNothing: unescape, which returns a text
// without a backslash or an ampersand as it is, gives what goldmark's three
// steps give, on the Markdown fixtures and on random texts of escapes and
// references.
func TestUnescapeSkipsOnlyWhatNeedsNothing(t *testing.T) {
	allSteps := func(b []byte) []byte {
		return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(b)))
	}
	var texts []string
	files, _ := filepath.Glob("testdata/*/*.md")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	rng := rand.New(rand.NewPCG(11, 12))
	parts := []string{"a", " ", "\\", "\\*", "&", "&amp;", "&#228;", "&#x41;", "&auml", ";", "#", "x", "ü"}
	texts = append(texts, randomTexts(rng, 3000, 10, parts, "")...)
	for _, s := range texts {
		if got, want := unescape([]byte(s), false), allSteps([]byte(s)); string(got) != string(want) {
			t.Errorf("unescape(%q) = %q, want %q", s, got, want)
		}
	}
}

// randomTexts are n texts of up to most-1 parts each, drawn from parts, each
// followed by sep.
func randomTexts(rng *rand.Rand, n, most int, parts []string, sep string) []string {
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range rng.IntN(most) {
			b.WriteString(parts[rng.IntN(len(parts))] + sep)
		}
		out[i] = b.String()
	}
	return out
}
