package policy

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Public bodies, boards and associations have no legal form to find them by,
// and most are in no catalogue, but a policy names them once with their
// acronym in brackets: "we send your results to the Northern Examinations
// Board (NEB)", "an die Zahnärztekammer Südland (ZKS)". Such a name is a
// recipient when a word of it is an organisation's head word of the lexicon
// (not "Area", "Clauses", "Officer") and a word that sends data stands before
// it in its sentence; the acronym becomes an alias.

// maxAcronymWords bounds the words of a name before its acronym, so that the
// walk back does not take a run of capitalised words of a title or a German
// sentence for one name.
const maxAcronymWords = 6

// minAcronym and maxAcronym bound the capitals of an acronym: one capital is
// an initial or a list mark ("(A)"), more than six a word in capitals.
const (
	minAcronym = 2
	maxAcronym = 6
)

// maxFlowGap is how far before the name the word that sends data may stand:
// the clause that names the body, not an earlier sentence part.
const maxFlowGap = 120

// acronymOrg is a body found by its acronym.
type acronymOrg struct {
	orgCand
	acronym string
}

// acronymOrgs finds the bodies named with their acronym in the sentences.
func acronymOrgs(d *docView) []acronymOrg {
	var out []acronymOrg
	lex := titles()
	for si, s := range d.sents {
		txt := d.sentText(s)
		for from := 0; ; {
			i := strings.Index(txt[from:], " (")
			if i < 0 {
				break
			}
			i += from
			from = i + 2
			acr, ok := acronymAt(txt[i+2:])
			if !ok {
				continue
			}
			start := nameBefore(txt, i, lex.NameInnerWords, lex.LeadingArticles)
			if start < 0 {
				continue
			}
			name := fromInitial(txt[start:i], acr)
			start = i - len(name)
			if name == "" || !hasHeadWord(name, lex.OrganisationHeadWords) ||
				!containsAny(d.lower[si][max(0, start-maxFlowGap):start], lex.DataFlowWords) {
				continue
			}
			out = append(out, acronymOrg{orgCand{name: name, start: s.start + start, end: s.start + i}, acr})
		}
	}
	return out
}

// acronymAt reads an acronym of minAcronym to maxAcronym capitals closed by
// ")" at the start of s.
func acronymAt(s string) (string, bool) {
	j := strings.IndexByte(s, ')')
	if j < minAcronym || j > maxAcronym*utf8.UTFMax {
		return "", false
	}
	acr := s[:j]
	n := 0
	for _, r := range acr {
		if !unicode.IsUpper(r) {
			return "", false
		}
		n++
	}
	return acr, n >= minAcronym && n <= maxAcronym
}

// nameBefore walks back from position end of txt over capitalised words and
// the lexicon's inner words ("Board of Examiners") and returns where the name
// starts, or -1. A sentence-initial article of the lexicon ("The …", "Die …")
// is no part of it.
func nameBefore(txt string, end int, inner, articles []string) int {
	words := strings.Fields(txt[:end])
	start, n := -1, 0
	for k := len(words) - 1; k >= 0 && n < maxAcronymWords; k-- {
		w := words[k]
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) && !strings.ContainsAny(w, ",;:()"):
			start, n = k, n+1
		case slices.Contains(inner, w) && start >= 0:
			continue
		default:
			k = -1
		}
	}
	if start < 0 {
		return -1
	}
	if start < len(words)-1 && slices.Contains(articles, strings.ToLower(words[start])) {
		start++
	}
	// the byte offset of words[start]: count the fields again from the end
	pos := end
	for k := len(words) - 1; k >= start; k-- {
		pos = strings.LastIndex(txt[:pos], words[k])
	}
	return pos
}

// fromInitial cuts the words before the first word that opens with the
// acronym's initial ("Ihre Daten der Zahnärztekammer Südland" for ZKS); it
// returns "" when no word does.
func fromInitial(name, acr string) string {
	first, _ := utf8.DecodeRuneInString(acr)
	for name != "" {
		if r, _ := utf8.DecodeRuneInString(name); r == first {
			return name
		}
		_, rest, ok := strings.Cut(name, " ")
		if !ok {
			return ""
		}
		name = strings.TrimLeft(rest, " ")
	}
	return ""
}

// hasHeadWord: a word of name ends with one of heads.
func hasHeadWord(name string, heads []string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		for _, h := range heads {
			if strings.HasSuffix(w, h) {
				return true
			}
		}
	}
	return false
}

// addAcronym files the acronym as an alias of the recipient of name.
func (b *recBuilder) addAcronym(name, acronym string) {
	if i, ok := b.byNorm[b.norm(name)]; ok && !slices.Contains(b.recs[i].Aliases, acronym) {
		b.recs[i].Aliases = append(b.recs[i].Aliases, acronym)
	}
}

// Bodies are also named without their acronym where data go to them:
// "we will share your data with The Scout Association", "Personal
// information will be passed to the Southern Counties Archery Society". A
// capitalised name of two words or more that ends in a head word of the
// lexicon, after a word that sends data in its clause and right after a word
// that makes it the receiver ("to", "with"), is such a body; after "our" or
// "your" it is a unit of the controller ("our Head Office") or the person's
// own ("your Bank"), which that word leaves out.

// minHeadWordName is the fewest words of such a name: a head word alone
// ("the Association") refers back to a body named before.
const minHeadWordName = 2

// headWordOrgs finds the bodies named by a head word after a word that
// sends data.
func headWordOrgs(d *docView) []acronymOrg {
	var out []acronymOrg
	lex := titles()
	if d.lang != "en" {
		return nil // German capitalises every noun: a run of capitals is no name
	}
	for si, s := range d.sents {
		lower := d.lower[si]
		if !containsAny(lower, lex.DataFlowWords) || !containsAny(lower, lex.OrganisationHeadWords) {
			continue
		}
		txt := d.sentText(s)
		for _, end := range headWordEnds(txt, lex.OrganisationHeadWords) {
			start := nameBefore(txt, end, lex.NameInnerWords, lex.LeadingArticles)
			if start <= 0 || len(strings.Fields(txt[start:end])) < minHeadWordName || !receivingBefore(lower[:start]) ||
				!containsAny(lower[max(0, start-maxFlowGap):start], lex.DataFlowWords) {
				continue
			}
			out = append(out, acronymOrg{orgCand: orgCand{name: txt[start:end], start: s.start + start, end: s.start + end}})
		}
	}
	return out
}

// headWordEnds lists where each capitalised head word of txt ends, its
// trailing punctuation left out.
func headWordEnds(txt string, heads []string) []int {
	var ends []int
	start := -1 // where the current word of letters started
	wordEnds := func(pos int) {
		if r, _ := utf8.DecodeRuneInString(txt[start:]); unicode.IsUpper(r) && slices.Contains(heads, strings.ToLower(txt[start:pos])) {
			ends = append(ends, pos)
		}
		start = -1
	}
	for pos, r := range txt {
		switch {
		case unicode.IsLetter(r) && start < 0:
			start = pos
		case !unicode.IsLetter(r) && start >= 0:
			wordEnds(pos)
		}
	}
	if start >= 0 {
		wordEnds(len(txt))
	}
	return ends
}

// receivingBefore: the word before the name (an article skipped) makes it
// the one data go to, not an address ("Hotjar Ltd., Dragonara Business
// Centre, …") or a source.
func receivingBefore(lowerBefore string) bool {
	f := strings.Fields(lowerBefore)
	if n := len(f); n > 0 && f[n-1] == "the" {
		f = f[:n-1]
	}
	return len(f) > 0 && slices.Contains(titles().ReceivingWords, f[len(f)-1])
}
