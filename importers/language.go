package importers

import (
	"strings"
	"unicode"
)

// Stop words that are frequent in one language and rare in the other. Counting
// them over the first part of a text tells English from German cheaply.
var (
	stopEN = setOf("the", "and", "of", "to", "is", "are", "we", "you", "your", "for", "with", "this",
		"that", "by", "on", "our", "be", "or", "which", "will", "have", "may", "data", "personal")
	stopDE = setOf("der", "die", "das", "und", "ist", "sind", "wir", "sie", "ihre", "für", "mit",
		"dies", "von", "den", "dem", "des", "zu", "auf", "eine", "einer", "werden", "nicht", "oder", "daten")
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Language returns "de" when German stop words outnumber English ones in the
// first 20 000 bytes of text, and "en" otherwise.
func Language(text string) string {
	var en, de int
	for w := range strings.FieldsFuncSeq(text[:min(len(text), 20000)], notLetter) {
		w = strings.ToLower(w)
		if stopEN[w] {
			en++
		}
		if stopDE[w] {
			de++
		}
	}
	if de > en {
		return "de"
	}
	return "en"
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }
