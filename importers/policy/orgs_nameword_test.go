package policy

import (
	"regexp"
	"strings"
	"testing"
)

// TestNameWordAsTheExpression: isNameWord answers as the expression it
// replaced on every word of the test texts and on the edge cases.
func TestNameWordAsTheExpression(t *testing.T) {
	expr := regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N}.&'’+\-]*$`)
	words := []string{"", ".", "-x", "x-", "Müller", "C.H.", "O’Neil", "O'Neil", "Google+", "a&b", "a_b", "a/b", "x\xff", "\xffx",
		"Ⅻ", "٣", "x—y", "’s", "x\u00a0y"}
	for _, s := range corpusSpans(t) {
		words = append(words, strings.Fields(s)...)
	}
	agreeOn(t, words, isNameWord, expr.MatchString, 1000)
}
