package policy

import (
	"strings"
	"testing"
)

// TestSingleSpaced: the quick test agrees with joining the fields, on every
// sentence and line of the test texts and on the edge cases.
func TestSingleSpaced(t *testing.T) {
	probes := []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u2003b", "\xff b", "é ü"}
	agreeOn(t, append(corpusSpans(t), probes...), singleSpaced,
		func(s string) bool { return strings.Join(strings.Fields(s), " ") == s }, 100)
}
