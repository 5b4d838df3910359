package importers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Stop words that are frequent in one language and rare in the other. Counting
// them over the first part of a text tells English from German cheaply.
var (
	// (none longer than maxStopWord)
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
	var buf [maxStopWord]byte
	for w := range strings.FieldsFuncSeq(text[:min(len(text), 20000)], notLetter) {
		if !isASCII(w) {
			lower := strings.ToLower(w)
			en, de = en+b2i(stopEN[lower]), de+b2i(stopDE[lower])
			continue
		}
		if len(w) > maxStopWord {
			continue // no stop word: lower-casing ASCII keeps the length
		}
		// lower-cased into buf, which the map lookups read without allocating
		b := buf[:len(w)]
		for i := range b {
			b[i] = w[i]
			if 'A' <= b[i] && b[i] <= 'Z' {
				b[i] += 'a' - 'A'
			}
		}
		en, de = en+b2i(stopEN[string(b)]), de+b2i(stopDE[string(b)])
	}
	if de > en {
		return "de"
	}
	return "en"
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// maxStopWord is the length of the longest stop word ("personal").
const maxStopWord = 8

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
