package lazyre

import (
	"regexp"
	"regexp/syntax"
	"sync"
	"unicode/utf8"

	"github.com/dpodesk/dpodesk/internal/ahocorasick"
)

// accel runs an expression only where a match can begin. Go's engine tries
// every alternative of an expression at every position of a text, some tens
// of nanoseconds a byte for the long alternations of word lists; where every
// match begins with one of a few strings (prefixesOf), a one-pass search for
// them (internal/ahocorasick) finds the positions worth trying, and the expression is
// tried at each of them alone, anchored, in order: the first that matches
// holds the leftmost match, the one the expression finds in the whole text.
type accel struct {
	re   *regexp.Regexp
	find *ahocorasick.Automaton
	// atStart: a match may also begin at the start of the text without a
	// prefix (an alternative that opens with ^)
	atStart bool
	// maxLen is the most bytes a match spans, -1 for unbounded: an attempt
	// then sees only the bytes it can reach
	maxLen int
	// anchored is `^(?s:.)(?:pattern)`, run from the byte before a
	// candidate: that byte gives \b and the other conditions the character
	// before the candidate, as in the whole text (a lone byte of a
	// multi-byte character is, like the character, no word character and no
	// line end, and an earlier start is no start of the text), and ^ fixes
	// the attempt to that one position
	anchored func() *regexp.Regexp
}

// minAccelLen: on shorter texts the plain expression is as fast.
const minAccelLen = 24

func newAccel(re *regexp.Regexp, pattern string) *accel {
	parsed, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	lits, atStart, ok := prefixesOf(parsed)
	if !ok {
		return nil
	}
	return &accel{
		re: re, find: ahocorasick.New(lits), atStart: atStart, maxLen: maxMatchLen(parsed),
		anchored: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?s:.)(?:` + pattern + `)`) }),
	}
}

// how much of a match an attempt reports
const (
	onlyMatch = iota // whether there is one
	span             // its start and end
	groups           // the offsets of its groups too
)

// first returns the leftmost match in s that starts at or after pos (which
// is 0 or the end of an earlier match, as in the expression's own search for
// every match), as offsets into s; for onlyMatch a non-nil slice. ok is false
// where this cannot tell and the caller has to run the expression itself.
func (a *accel) first(s string, pos, want int) (m []int, ok bool) {
	c := -1
	if pos == 0 && a.atStart {
		c = 0
	} else {
		c = a.find.Index(s, pos)
	}
	for c >= 0 {
		if c == 0 {
			// no byte before: the expression itself on what a match can reach
			if a.maxLen < 0 {
				return nil, false
			}
			if m := a.run(a.re, s[:a.end(s, 0)], want); m != nil && m[0] == 0 {
				return m, true
			}
		} else if m := a.run(a.anchored(), s[c-1:a.end(s, c)], want); m != nil {
			for i := range m {
				if m[i] >= 0 {
					m[i] += c - 1
				}
			}
			m[0] = c // not the byte before
			return m, true
		}
		c = a.find.Index(s, c+1)
	}
	return nil, true
}

// end is where the text an attempt at c can reach ends: after the longest
// match and the character after it, which conditions such as \b and $ read.
func (a *accel) end(s string, c int) int {
	if a.maxLen < 0 {
		return len(s)
	}
	return min(len(s), c+a.maxLen+utf8.UTFMax)
}

// run is one attempt of re on s; for onlyMatch the attempt at the start of
// the text needs where the match starts, the anchored one does not.
func (a *accel) run(re *regexp.Regexp, s string, want int) []int {
	switch {
	case want == onlyMatch && re != a.re:
		if re.MatchString(s) {
			return []int{0, 0}
		}
		return nil
	case want == groups:
		return re.FindStringSubmatchIndex(s)
	}
	return re.FindStringIndex(s)
}

// all calls deliver with every match in s, at most n (all for n < 0), as
// the expression's own FindAll functions find them: each search starts where
// the match before ended (no match is empty: each begins with a prefix).
func (a *accel) all(s string, n, want int, deliver func([]int)) bool {
	if n < 0 {
		n = len(s) + 1
	}
	for pos, i := 0, 0; i < n && pos <= len(s); i++ {
		m, ok := a.first(s, pos, want)
		if !ok {
			return false // only where pos is 0: nothing was delivered
		}
		if m == nil {
			break
		}
		deliver(m)
		pos = m[1]
	}
	return true
}
