package policy

import "strings"

// Phrases of the lexicons (basis, rights and retention phrases, the nouns of
// a provider's kind) are matched on the lower-cased sentence. A phrase may
// have parts that stand a few words apart, joined by phraseSep in the TOML
// file ("enter into … agreement"). Each phrase keeps the trigram bits its
// parts need, so that most sentences are ruled out by eight AND operations
// before a search.

// maxPhraseGap is the most bytes between two parts of a phrase ("enter into
// … agreement" in "enter into a tenancy agreement"): a few words, so that
// the parts pair within one clause and not across a long sentence.
const maxPhraseGap = 40

// phraseSep joins the parts of a lexicon phrase.
const phraseSep = " … "

// lexPhrase is one phrase of a lexicon, split into its parts.
type lexPhrase struct {
	parts []string
	mask  trigrams // the bits mayHold tests for every part
	// key is one bit of mask, tested first: it rules out most sentences
	// with one test
	key uint32
}

// newLexPhrases splits lexicon phrases into their parts and masks.
func newLexPhrases(phrases []string) []lexPhrase {
	out := make([]lexPhrase, len(phrases))
	for i, p := range phrases {
		out[i].parts = strings.Split(p, phraseSep)
		for _, w := range out[i].parts {
			if len(w) >= 3 {
				for _, k := range keyTrigramStarts(len(w)) {
					bit := trigramBit(w[k], w[k+1], w[k+2])
					out[i].mask.set(bit)
					out[i].key = bit
				}
			}
		}
	}
	return out
}

// phrasesByLang builds the phrases that class picks from each language's
// lexicon.
func phrasesByLang(class func(titleWords) []string) map[string][]lexPhrase {
	out := map[string][]lexPhrase{}
	for lang, t := range lexiconOf() {
		out[lang] = newLexPhrases(class(t))
	}
	return out
}

// codedPhrase is a lexicon phrase that names a code: a legal basis, a right.
type codedPhrase struct {
	code string
	lexPhrase
}

// codedList is a lexicon class of phrases that name one code.
type codedList struct {
	code    string
	phrases []string
}

// codedByLang builds, for each language, the phrases of the classes that
// lists picks from its lexicon.
func codedByLang(lists func(titleWords) []codedList) map[string][]codedPhrase {
	out := map[string][]codedPhrase{}
	for lang, t := range lexiconOf() {
		for _, l := range lists(t) {
			for _, p := range newLexPhrases(l.phrases) {
				out[lang] = append(out[lang], codedPhrase{code: l.code, lexPhrase: p})
			}
		}
	}
	return out
}

// may: the sentence's trigrams admit every part of the phrase.
func (p *lexPhrase) may(sv sent) bool {
	t, m := sv.tri, &p.mask
	if !t.has(p.key) {
		return false
	}
	for k := range m {
		if t[k]&m[k] != m[k] {
			return false
		}
	}
	return true
}

// in finds the phrase in the sentence (see phraseAt) once its trigrams admit
// it.
func (p *lexPhrase) in(sv sent) (int, int) {
	if !p.may(sv) {
		return -1, -1
	}
	return phraseAt(sv.lower, p.parts)
}

// anyIn: one of ps stands in the sentence.
func anyIn(ps []lexPhrase, sv sent) bool {
	for i := range ps {
		if start, _ := ps[i].in(sv); start >= 0 {
			return true
		}
	}
	return false
}

// phraseAt finds the first place where parts stand in lower in order, the
// first at the start of a word and each within maxPhraseGap bytes of the one
// before; it returns -1, -1 when there is none.
func phraseAt(lower string, parts []string) (int, int) {
	for from := 0; ; {
		i := strings.Index(lower[from:], parts[0])
		if i < 0 {
			return -1, -1
		}
		start := from + i
		from = start + len(parts[0])
		if start > 0 && isWordByte(lower[start-1]) {
			continue
		}
		end := from
		for _, part := range parts[1:] {
			j := strings.Index(lower[end:min(len(lower), end+maxPhraseGap+len(part))], part)
			if j < 0 {
				end = -1
				break
			}
			end += j + len(part)
		}
		if end >= 0 {
			return start, end
		}
	}
}
