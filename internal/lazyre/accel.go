package lazyre

import (
	"regexp"
	"regexp/syntax"
	"sync"
	"sync/atomic"
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
	// startOnly: every match begins at the start of the text, with one of
	// the bytes of startsWith; the expression then runs only on a text that
	// opens with one (most lines do not open with the digit of a numbered
	// heading)
	startOnly  bool
	startsWith [256]bool
	// find finds the prefixes; where there are none (byStart), the
	// candidates are the positions whose byte can begin a match
	// (startsWith). Where every match opens with \b before a word
	// character (wordStart), a candidate also follows no word character.
	find      *ahocorasick.Automaton
	byStart   bool
	wordStart bool
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
	// atZero is `^(?:pattern)`, for an attempt at the start of a text
	atZero func() *regexp.Regexp
	// plain is the expression itself. Compiling the anchored forms costs as
	// much as the expression, which a process that imports one policy pays
	// for each expression it uses: an expression first tries a candidate
	// with the plain expression on the bytes a match from there can reach,
	// and only once such attempts have read minAnchoredBytes compiles the
	// anchored forms, whose attempts are several times cheaper.
	plain     func() *regexp.Regexp
	attempted atomic.Int64 // bytes
	// minLen is the length from which a text is searched for candidates
	minLen int
}

// minAccelLen: on shorter texts the plain expression is as fast, unless it is
// too large for the engine's backtracker (more than maxBacktrackProg
// instructions), whose slower simulation tries every alternative at every
// position of even a short text.
const (
	minAccelLen      = 24
	maxBacktrackProg = 500
)

// minAnchoredBytes: see accel.plain (a variable for the tests, which try
// both ways).
var minAnchoredBytes int64 = 8 << 10

func newAccel(pattern string, plain func() *regexp.Regexp) *accel {
	parsed, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	if first, ok := startBytes(parsed); ok {
		return &accel{startOnly: true, startsWith: first}
	}
	large := instructions(parsed) > maxBacktrackProg // too large for the backtracker
	a := &accel{minLen: minAccelLen, maxLen: maxMatchLen(parsed), plain: plain,
		anchored: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?s:.)(?:` + pattern + `)`) }),
		atZero:   sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:` + pattern + `)`) }),
	}
	if large {
		a.minLen = 0
	}
	if lits, atStart, ok := prefixesOf(parsed); ok {
		a.find, a.atStart = ahocorasick.New(lits), atStart
		a.wordStart = opensWithWordBoundary(parsed) && openWithWordBytes(lits)
		return a
	}
	// no prefixes: the first bytes, where they are few in prose (no small
	// letter, no space) or the expression is large
	if nullable, ok := firstBytes(parsed, &a.startsWith); !ok || nullable {
		return nil
	}
	a.byStart = true
	a.wordStart = opensWithWordBoundary(parsed) && onlyWordBytes(&a.startsWith)
	if large || rareInProse(&a.startsWith) {
		return a
	}
	return nil
}

// candidate returns the first position from from on where a match can begin,
// or -1.
func (a *accel) candidate(s string, from int) int {
	if !a.byStart {
		for {
			p := a.find.Index(s, from)
			if p <= 0 || !a.wordStart || !isWordByte(s[p-1]) {
				return p
			}
			from = p + 1 // inside a word: no \b before the prefix
		}
	}
	for p := from; p < len(s); p++ {
		if a.startsWith[s[p]] && !(a.wordStart && p > 0 && isWordByte(s[p-1])) {
			return p
		}
	}
	return -1
}

// openWithWordBytes: every prefix opens with an ASCII word character, so
// that \b before one holds only where no word character precedes it.
func openWithWordBytes(lits []string) bool {
	for _, l := range lits {
		if !isWordByte(l[0]) {
			return false
		}
	}
	return true
}

// isWordByte: an ASCII word character, as \b reads them (a byte of a
// multi-byte rune is none, like the rune).
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

func onlyWordBytes(set *[256]bool) bool {
	for c, in := range set {
		if in && !isWordByte(byte(c)) {
			return false
		}
	}
	return true
}

// rareInProse: no small letter and no space can begin a match.
func rareInProse(set *[256]bool) bool {
	for c := byte('a'); c <= 'z'; c++ {
		if set[c] {
			return false
		}
	}
	return !set[' '] && !set['\n'] && !set['\t']
}

// how much of a match an attempt reports
const (
	onlyMatch = iota // whether there is one
	span             // its start and end
	groups           // the offsets of its groups too
)

// first returns the leftmost match in s that starts at or after pos (which
// is 0 or the end of an earlier match, as in the expression's own search for
// every match), as offsets into s; for onlyMatch a non-nil slice.
func (a *accel) first(s string, pos, want int) []int {
	c := -1
	if pos == 0 && a.atStart {
		c = 0
	} else {
		c = a.candidate(s, pos)
	}
	for c >= 0 {
		if a.attempted.Load() < minAnchoredBytes && !a.atStart && (c == 0 || c > pos) {
			a.attempted.Add(int64(a.end(s, c) - c + 1))
			if m, decided := a.plainAt(s, c, want); decided {
				return m
			}
		} else if c == 0 {
			// no byte before: anchored at the start
			if m := a.run(a.atZero(), s[:a.end(s, 0)], want); m != nil {
				return m
			}
		} else if m := a.run(a.anchored(), s[c-1:a.end(s, c)], want); m != nil {
			return shifted(m, c-1, c)
		}
		c = a.candidate(s, c+1)
	}
	return nil
}

// plainAt tries the plain expression from the byte before candidate c (or
// from c at the start of the text) on the bytes a match can reach, and
// reports whether that decided the search. No match begins at c-1, which
// holds no prefix (c-1 is at or after where the search starts, and c the
// first candidate from there), and in the text from c-1 the expression sees
// the character before c as in the whole text. Where a match is unbounded
// the text is the rest of s, and the leftmost match found there, or none, is
// the answer; where it is bounded, a match found at c is, and anything else
// leaves the next candidate to try.
func (a *accel) plainAt(s string, c, want int) (m []int, decided bool) {
	lo := max(c-1, 0)
	w := s[lo:a.end(s, c)]
	if want == groups {
		m = a.plain().FindStringSubmatchIndex(w)
	} else {
		m = a.plain().FindStringIndex(w)
	}
	if m != nil {
		m = shifted(m, lo, m[0]+lo)
	}
	if a.maxLen < 0 {
		return m, true
	}
	if m != nil && m[0] == c {
		return m, true
	}
	return nil, false
}

// shifted moves a match found in a text that starts at lo to offsets into
// the whole text, where it starts at start.
func shifted(m []int, lo, start int) []int {
	for i := range m {
		if m[i] >= 0 {
			m[i] += lo
		}
	}
	m[0] = start
	return m
}

// end is where the text an attempt at c can reach ends: after the longest
// match and the character after it, which conditions such as \b and $ read.
func (a *accel) end(s string, c int) int {
	if a.maxLen < 0 {
		return len(s)
	}
	return min(len(s), c+a.maxLen+utf8.UTFMax)
}

// run is one anchored attempt of re on s.
func (a *accel) run(re *regexp.Regexp, s string, want int) []int {
	switch want {
	case onlyMatch:
		if re.MatchString(s) {
			return []int{0, 0}
		}
		return nil
	case groups:
		return re.FindStringSubmatchIndex(s)
	}
	return re.FindStringIndex(s)
}

// all returns every match in s, at most n (all for n < 0), as the
// expression's own FindAll functions find them: each search starts where the
// match before ended (no match is empty: each begins with a prefix).
func (a *accel) all(s string, n, want int) [][]int {
	if n < 0 {
		n = len(s) + 1
	}
	var out [][]int
	for pos := 0; len(out) < n && pos <= len(s); {
		m := a.first(s, pos, want)
		if m == nil {
			break
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}
