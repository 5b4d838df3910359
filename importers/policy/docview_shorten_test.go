package policy

import (
	"strings"
	"testing"
)

// TestSingleSpaced: the quick test agrees with joining the fields, on every
// sentence and line of the test texts and on the edge cases.
func TestSingleSpaced(t *testing.T) {
	probes := []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u2003b", "\xff b", "é ü"}
	spaced := 0
	for _, s := range append(corpusSpans(t), probes...) {
		want := strings.Join(strings.Fields(s), " ") == s
		if got := singleSpaced(s); got != want {
			t.Fatalf("%q: %v, joined fields say %v", s, got, want)
		}
		if want {
			spaced++
		}
	}
	if spaced < 100 {
		t.Fatalf("only %d single-spaced texts", spaced)
	}
}
