// Package lazyre holds regular expressions that are compiled on first use, so
// that a process start does not pay for the expressions of code it never runs.
package lazyre

import (
	"regexp"
	"sync"
	"sync/atomic"
)

// RE is a regular expression compiled on first use. The policy importer holds
// some two hundred expressions and its readers a few dozen more; compiling
// them at package initialisation cost every process start tens of
// milliseconds, also for commands that never read a policy.
type RE struct {
	get func() *regexp.Regexp
	acc func() *accel // nil where no list of prefixes opens every match
	// scanned counts the bytes of the first texts searched, which the plain
	// expression searches (and 64 for each call): the analysis and the
	// automaton of accel cost more than a few searches save, and a process
	// that imports one policy runs many expressions on a few short texts
	scanned atomic.Int64
}

// minScannedToAccelerate: see RE.scanned (a variable for the tests).
var minScannedToAccelerate int64 = 32 << 10

// New returns the expression for pattern, compiled when first used. Every
// pattern is compiled by the tests (All).
//
// Alternatives that start at a word boundary share one: `\b(?:a|b|c)`, not
// `\ba|\bb|\bc`. Both match the same, but the engine tries every alternative
// at every position of the text, and with the shared \b a position inside a
// word fails after one test instead of one per alternative; the parser also
// merges the common prefixes of the alternatives only when no \b stands before
// them. On the sentences of a policy this makes such an expression about three
// times faster.
func New(pattern string) *RE {
	l := &RE{get: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })}
	l.acc = sync.OnceValue(func() *accel { return newAccel(pattern, l.get) })
	mu.Lock()
	all = append(all, l)
	mu.Unlock()
	return l
}

// all lists every expression made by New, so that a test compiles each.
var (
	mu  sync.Mutex
	all []*RE
)

// All returns every expression made so far, for a test that compiles each.
func All() []*RE {
	mu.Lock()
	defer mu.Unlock()
	return append([]*RE(nil), all...)
}

// Compiled compiles the expression now and returns it.
func (l *RE) Compiled() *regexp.Regexp { return l.get() }

func (l *RE) String() string { return l.get().String() }

// accel returns the accelerated search for s, nil where the plain expression
// is to run; none reports that s cannot hold a match at all.
func (l *RE) accel(s string) (a *accel, none bool) {
	if l.scanned.Load() < minScannedToAccelerate {
		l.scanned.Add(int64(len(s)) + 64)
		return nil, false
	}
	a = l.acc()
	switch {
	case a == nil:
		return nil, false
	case a.startOnly:
		return nil, len(s) > 0 && !a.startsWith[s[0]]
	case len(s) < a.minLen:
		return nil, false
	}
	return a, false
}

func (l *RE) MatchString(s string) bool {
	a, none := l.accel(s)
	if none {
		return false
	}
	if a != nil {
		return a.first(s, 0, onlyMatch) != nil
	}
	return l.get().MatchString(s)
}

func (l *RE) FindString(s string) string {
	m := l.FindStringIndex(s)
	if m == nil {
		return ""
	}
	return s[m[0]:m[1]]
}

func (l *RE) FindStringIndex(s string) []int {
	return l.first(s, span, (*regexp.Regexp).FindStringIndex)
}

func (l *RE) FindStringSubmatchIndex(s string) []int {
	return l.first(s, groups, (*regexp.Regexp).FindStringSubmatchIndex)
}

// first is the leftmost match in s, accelerated where it can be and by the
// plain expression's find otherwise.
func (l *RE) first(s string, want int, find func(*regexp.Regexp, string) []int) []int {
	a, none := l.accel(s)
	switch {
	case none:
		return nil
	case a != nil:
		return a.first(s, 0, want)
	}
	return find(l.get(), s)
}

func (l *RE) FindStringSubmatch(s string) []string {
	m := l.FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
	return submatches(s, m)
}

// submatches are the texts of a match's groups, "" for a group that took no part.
func submatches(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// all is the accelerated search for every match; ok is false where the plain
// expression is to run.
func (l *RE) all(s string, n, want int) (ms [][]int, ok bool) {
	a, none := l.accel(s)
	if none {
		return nil, true
	}
	if a == nil {
		return nil, false
	}
	return a.all(s, n, want), true
}

func (l *RE) FindAllStringIndex(s string, n int) [][]int {
	if ms, ok := l.all(s, n, span); ok {
		return ms
	}
	return l.get().FindAllStringIndex(s, n)
}

func (l *RE) FindAllString(s string, n int) []string {
	ms, ok := l.all(s, n, span)
	if !ok {
		return l.get().FindAllString(s, n)
	}
	var out []string
	for _, m := range ms {
		out = append(out, s[m[0]:m[1]])
	}
	return out
}

func (l *RE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if ms, ok := l.all(s, n, groups); ok {
		return ms
	}
	return l.get().FindAllStringSubmatchIndex(s, n)
}

func (l *RE) FindAllStringSubmatch(s string, n int) [][]string {
	ms, ok := l.all(s, n, groups)
	if !ok {
		return l.get().FindAllStringSubmatch(s, n)
	}
	var out [][]string
	for _, m := range ms {
		out = append(out, submatches(s, m))
	}
	return out
}

func (l *RE) ReplaceAllString(src, repl string) string {
	if l.noMatch(src) {
		return src
	}
	return l.get().ReplaceAllString(src, repl)
}

// noMatch reports a text that cannot hold a match: one that does not open
// with a first byte of an expression anchored at the start, or that holds
// none of the prefixes.
func (l *RE) noMatch(s string) bool {
	a, none := l.accel(s)
	return none || a != nil && !a.atStart && a.candidate(s, 0) < 0
}
func (l *RE) Split(s string, n int) []string { return l.get().Split(s, n) }
func (l *RE) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if l.noMatch(src) {
		return src
	}
	return l.get().ReplaceAllStringFunc(src, repl)
}
func (l *RE) SubexpNames() []string                { return l.get().SubexpNames() }
func (l *RE) NumSubexp() int                       { return l.get().NumSubexp() }
func (l *RE) FindAllIndex(b []byte, n int) [][]int { return l.get().FindAllIndex(b, n) }
func (l *RE) FindSubmatch(b []byte) [][]byte       { return l.get().FindSubmatch(b) }

// Accelerated reports whether the expression runs only where one of its
// prefixes occurs (accel), for the tests that compare it with the plain
// expression.
func (l *RE) Accelerated() bool { return l.acc() != nil }
