package policy

import (
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The legal forms are a finite list of spellings. The expression that states
// them (legalFormAlternatives) stays their definition, but it is not run: at
// every word that may open a form its engine simulated some ninety
// alternatives at once, the largest single cost of an import. Its spellings
// are listed once instead, in the order the expression prefers them, and a
// form is the first spelling the text continues with, followed by the end of
// the text or a character that is no letter and no digit — what the
// expression answers (TestLegalFormsAsTheExpression).

// legalForms are the spellings of legalFormAlternatives by their first byte,
// each list in the order the expression prefers them.
var legalForms = sync.OnceValue(func() *[256][]string {
	re, err := syntax.Parse(legalFormAlternatives, syntax.Perl)
	if err != nil {
		panic(err)
	}
	spellings, ok := spellOut(re.Simplify(), maxLegalFormSpellings)
	if !ok {
		panic("legal forms: the alternatives are not a short finite list")
	}
	var byFirst [256][]string
	for _, s := range spellings {
		if s != "" {
			byFirst[s[0]] = append(byFirst[s[0]], s)
		}
	}
	return &byFirst
})

// maxLegalFormSpellings bounds the list: the optional dots and spaces of the
// forms multiply their spellings to a few hundred.
const maxLegalFormSpellings = 2000

// spellOut lists every text re matches, in the order a backtracking engine
// tries them (for a greedy option: with it first); false when re is not a
// finite set of at most limit texts of literal characters.
func spellOut(re *syntax.Regexp, limit int) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) == limit {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, true
	case syntax.OpCapture:
		return spellOut(re.Sub[0], limit)
	case syntax.OpQuest:
		sub, ok := spellOut(re.Sub[0], limit)
		if !ok {
			return nil, false
		}
		if re.Flags&syntax.NonGreedy != 0 {
			return append([]string{""}, sub...), true
		}
		return append(sub, ""), true
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s, ok := spellOut(sub, limit)
			if !ok || len(out)+len(s) > limit {
				return nil, false
			}
			out = append(out, s...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			s, ok := spellOut(sub, limit)
			if !ok || len(out)*len(s) > limit {
				return nil, false
			}
			next := make([]string, 0, len(out)*len(s))
			for _, a := range out {
				for _, b := range s {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

// legalFormEnd is the end of the legal form that opens s[i:], or -1: the
// form must end the text or stand before a character that is no letter and
// no digit (`^` + legalFormAlternatives + `(?:$|[^\p{L}\p{N}])`).
func legalFormEnd(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	rest := s[i:]
	for _, form := range legalForms()[s[i]] {
		if strings.HasPrefix(rest, form) && endsWord(rest, len(form)) {
			return i + len(form)
		}
	}
	return -1
}

// endsWord: s ends at j or the character at j is no letter and no digit.
func endsWord(s string, j int) bool {
	if j == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return !unicode.IsLetter(r) && !unicode.IsNumber(r)
}

// legalFormIn finds the first legal form in s that starts the text or
// follows a space or a comma (`(?:^|[\s,])(` + legalFormAlternatives +
// `)(?:$|[^\p{L}\p{N}])`): where its match starts (at the space or comma
// before the form, or 0) and the form's own start and end.
func legalFormIn(s string) (match, start, end int, ok bool) {
	if e := legalFormEnd(s, 0); e >= 0 {
		return 0, 0, e, true
	}
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case ' ', '\t', '\n', '\f', '\r', ',':
			if e := legalFormEnd(s, k+1); e >= 0 {
				return k, k + 1, e, true
			}
		}
	}
	return 0, 0, 0, false
}
