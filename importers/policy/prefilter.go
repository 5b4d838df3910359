package policy

import (
	"regexp"
	"strings"
)

// kw pairs a regular expression with lower-case words of which every match holds
// at least one. The strings.Contains test is far cheaper than running the
// expression, and most sentences fail it, which keeps extraction linear and fast.
type kw struct {
	re    *regexp.Regexp
	words []string
}

func newKW(pattern string, words ...string) kw {
	return kw{re: regexp.MustCompile(pattern), words: words}
}

// may reports whether lower (the lower-cased text) can hold a match.
func (k kw) may(lower string) bool {
	if len(k.words) == 0 {
		return true
	}
	for _, w := range k.words {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

func (k kw) match(s, lower string) bool { return k.may(lower) && k.re.MatchString(s) }

func (k kw) find(s, lower string) []int {
	if !k.may(lower) {
		return nil
	}
	return k.re.FindStringIndex(s)
}

func (k kw) findAll(s, lower string) [][]int {
	if !k.may(lower) {
		return nil
	}
	return k.re.FindAllStringIndex(s, -1)
}
