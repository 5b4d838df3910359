package policy

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled on first use. The extractor holds
// some two hundred expressions; compiling them at package initialisation cost
// every process start tens of milliseconds, also for commands that never read
// a policy.
type lazyRE struct {
	get func() *regexp.Regexp
}

// lazy returns the expression for pattern, compiled when first used. The
// pattern is checked by the tests, which use every expression.
//
// Alternatives that start at a word boundary share one: `\b(?:a|b|c)`, not
// `\ba|\bb|\bc`. Both match the same, but the engine tries every alternative
// at every position of the text, and with the shared \b a position inside a
// word fails after one test instead of one per alternative; the parser also
// merges the common prefixes of the alternatives only when no \b stands before
// them. On the sentences of a policy this makes such an expression about three
// times faster.
func lazy(pattern string) *lazyRE {
	l := &lazyRE{get: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })}
	allLazy = append(allLazy, l)
	return l
}

// allLazy lists every expression made by lazy, so that a test compiles each.
var allLazy []*lazyRE

func (l *lazyRE) String() string                 { return l.get().String() }
func (l *lazyRE) MatchString(s string) bool      { return l.get().MatchString(s) }
func (l *lazyRE) FindString(s string) string     { return l.get().FindString(s) }
func (l *lazyRE) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }
func (l *lazyRE) FindStringSubmatch(s string) []string {
	return l.get().FindStringSubmatch(s)
}
func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
func (l *lazyRE) FindAllString(s string, n int) []string { return l.get().FindAllString(s, n) }
func (l *lazyRE) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}
func (l *lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
func (l *lazyRE) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRE) ReplaceAllString(src, repl string) string {
	return l.get().ReplaceAllString(src, repl)
}
func (l *lazyRE) Split(s string, n int) []string { return l.get().Split(s, n) }
func (l *lazyRE) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.get().ReplaceAllStringFunc(src, repl)
}
func (l *lazyRE) SubexpNames() []string { return l.get().SubexpNames() }
func (l *lazyRE) NumSubexp() int        { return l.get().NumSubexp() }
