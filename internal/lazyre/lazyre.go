// Package lazyre holds regular expressions that are compiled on first use, so
// that a process start does not pay for the expressions of code it never runs.
package lazyre

import (
	"regexp"
	"sync"
)

// RE is a regular expression compiled on first use. The policy importer holds
// some two hundred expressions and its readers a few dozen more; compiling
// them at package initialisation cost every process start tens of
// milliseconds, also for commands that never read a policy.
type RE struct {
	get func() *regexp.Regexp
}

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

func (l *RE) String() string                 { return l.get().String() }
func (l *RE) MatchString(s string) bool      { return l.get().MatchString(s) }
func (l *RE) FindString(s string) string     { return l.get().FindString(s) }
func (l *RE) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }
func (l *RE) FindStringSubmatch(s string) []string {
	return l.get().FindStringSubmatch(s)
}
func (l *RE) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
func (l *RE) FindAllString(s string, n int) []string { return l.get().FindAllString(s, n) }
func (l *RE) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}
func (l *RE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
func (l *RE) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *RE) ReplaceAllString(src, repl string) string {
	return l.get().ReplaceAllString(src, repl)
}
func (l *RE) Split(s string, n int) []string { return l.get().Split(s, n) }
func (l *RE) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.get().ReplaceAllStringFunc(src, repl)
}
func (l *RE) SubexpNames() []string                { return l.get().SubexpNames() }
func (l *RE) NumSubexp() int                       { return l.get().NumSubexp() }
func (l *RE) FindAllIndex(b []byte, n int) [][]int { return l.get().FindAllIndex(b, n) }
func (l *RE) FindSubmatch(b []byte) [][]byte       { return l.get().FindSubmatch(b) }
