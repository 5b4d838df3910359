package policy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations that end with a dot inside a sentence, lower-cased without the dot.
var abbreviations = map[string]bool{
	"art": true, "abs": true, "lit": true, "para": true, "par": true, "nr": true, "no": true,
	"s": true, "p": true, "e.g": true, "i.e": true, "z.b": true, "bzw": true, "ca": true,
	"str": true, "dr": true, "prof": true, "inc": true, "ltd": true, "co": true, "vs": true,
	"sog": true, "ggf": true, "u.a": true, "d.h": true, "gem": true, "i.v.m": true, "mr": true,
	"ms": true, "mrs": true, "st": true, "hr": true, "fr": true, "buchst": true, "uabs": true, "vgl": true, "corp": true,
	"etc": false, "resp": true, "approx": true, "incl": true, "inkl": true, "z": true, "u": true,
	"dipl": true, "ing": true, "jur": true, "ra": true, "tel": true, "fax": true, "sec": true,
	// a company's registration and post box: "corp. id. 559493-5412", "org. nr", "P.O. Box"
	"id": true, "org": true, "reg": true, "p.o": true,
}

// splitSentences cuts text at line breaks and at sentence ends (., !, ?) followed by
// a space and a capital letter, except after abbreviations and initials. Spans are
// trimmed; empty ones are dropped.
func splitSentences(text string) []sentence {
	var out []sentence
	start := 0
	emit := func(a, b int) {
		for a < b && isSpaceByte(text[a]) {
			a++
		}
		for b > a && isSpaceByte(text[b-1]) {
			b--
		}
		if b > a {
			out = append(out, sentence{start: a, end: b, sec: -1})
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			emit(start, i)
			start = i + 1
			continue
		}
		if (c == '.' || c == '!' || c == '?') && sentenceEndsAt(text, i) {
			emit(start, i+1)
			start = i + 1
		}
	}
	emit(start, len(text))
	return out
}

// sentenceEndsAt decides whether the punctuation at i ends a sentence.
func sentenceEndsAt(text string, i int) bool {
	j := i + 1
	if j < len(text) && (text[j] == '"' || text[j] == ')') {
		j++
	}
	if j >= len(text) || text[j] != ' ' {
		return false
	}
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if !unicode.IsUpper(r) && r != '"' && r != '“' && r != '„' && r != '(' {
		return false
	}
	if text[i] != '.' {
		return true
	}
	w := lastWord(text[:i])
	if utf8.RuneCountInString(w) == 1 {
		return false // an initial or "lit. a." style point
	}
	return !abbreviations[strings.ToLower(w)]
}

// lastWord returns the word before position end (letters, digits and inner dots).
func lastWord(s string) string {
	k := len(s)
	for k > 0 && len(s)-k < 40 { // words are short; a long run is no abbreviation
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.') {
			break
		}
		k -= size
	}
	return strings.Trim(s[k:], ".")
}
