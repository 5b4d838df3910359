package policy

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Notices name a provider without a legal form right after the noun of its
// kind and an article: "we send our newsletter with the service Mailquill",
// "through the platform Lessonly Hub", "den Dienst Terminwolke", "das Tool
// Formwerk". The nouns, the articles and the lower-case words that may follow
// such a name are lexicon classes; a possessive, a pronoun or an everyday word
// after the noun names no provider, nor does a capitalised word followed by
// another lower-case word, which it modifies ("the app Settings page").

// maxToolNameWords bounds the words of such a name: a product name has one
// to three, a longer run of capitals is a title or German nouns.
const maxToolNameWords = 3

// toolNouns are the lexicon's nouns of a provider's kind, with their
// trigram masks.
var toolNouns = sync.OnceValue(func() []lexPhrase { return newLexPhrases(titles().ToolNouns) })

// toolNounNames finds the providers named after the noun of their kind.
func toolNounNames(d *docView) []orgCand {
	lex, nouns := titles(), toolNouns()
	var out []orgCand
	for si, s := range d.sents {
		sv := d.sv(si)
		for k := range nouns {
			if !nouns[k].may(sv) {
				continue
			}
			n := nouns[k].parts[0]
			for from := 0; ; {
				i := strings.Index(sv.lower[from:], n)
				if i < 0 {
					break
				}
				i += from
				from = i + len(n)
				if i == 0 || sv.lower[i-1] != ' ' || from >= len(sv.lower) || sv.lower[from] != ' ' ||
					!slices.Contains(lex.ToolArticles, lastWord(sv.lower[:i-1])) {
					continue
				}
				if name := toolName(sv.txt[from+1:], lex.ToolNameFollowers); name != "" {
					at := s.start + from + 1
					out = append(out, orgCand{name: name, start: at, end: at + len(name)})
				}
			}
		}
	}
	return out
}

// toolName reads the name at the start of s: capitalised words, at most
// maxToolNameWords, ended by punctuation, the end of the sentence or one of
// followers; "" when they do not make a name.
func toolName(s string, followers []string) string {
	s = strings.TrimLeft(s, "„“\"'‘")
	end, n := 0, 0
	for n < maxToolNameWords {
		w := s[end:]
		if k := strings.IndexAny(w, " ,.;:!?)“”\"'"); k >= 0 {
			w = w[:k]
		}
		if r, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsUpper(r) {
			break
		}
		if lw := strings.ToLower(w); n == 0 && (commonWords[lw] || possessives[lw] || brandStop[lw]) {
			return ""
		}
		end += len(w)
		n++
		if end >= len(s) || s[end] != ' ' {
			break
		}
		end++
	}
	name := strings.TrimRight(s[:end], " ")
	if n == 0 || !appositiveName(name) {
		return ""
	}
	rest := strings.TrimLeft(s[len(name):], " “”\"'’")
	if r, _ := utf8.DecodeRuneInString(rest); rest != "" && unicode.IsLower(r) &&
		!slices.Contains(followers, strings.TrimRight(strings.Fields(rest)[0], ",.;:!?")) {
		return "" // a modifier of the word after it
	}
	return name
}
