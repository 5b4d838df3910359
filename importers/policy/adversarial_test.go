package policy

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestAdversarialInputsStayFast guards against quadratic paths: each input is
// extracted well within a second.
func TestAdversarialInputsStayFast(t *testing.T) {
	inputs := map[string]string{
		"dotted run":       strings.Repeat("a.", 40_000),
		"one long token":   strings.Repeat("x", 80_000) + " GmbH",
		"group words":      strings.Repeat("Google ", 12_000),
		"legal forms":      strings.Repeat("Example GmbH, ", 6_000),
		"headings":         strings.Repeat("1.1 Title\n\n", 8_000),
		"no personal data": strings.Repeat("We use Stripe. No personal data is passed to the provider.\n", 1_500),
		"urls":             strings.Repeat("https://www.google.com/"+strings.Repeat("a", 50)+" ", 1_500),
		"short names":      shortNameCues(4_000),
		"contact boxes":    strings.Repeat("Beispiel Praxis\n\nAhornweg 7, 28195 Bremen\nTelefon: 0421 1234567\n\n", 2_000),
	}
	for name, text := range inputs {
		start := time.Now()
		_ = Extract(docOf(text))
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: %v for %d bytes", name, d, len(text))
		}
	}
}

// shortNameCues is n sentences that each call another short name the
// controller ("Das T17 ist der Verantwortliche."), with the definitions of
// none of them: every one is a lookup through the whole text unless they are
// bounded.
func shortNameCues(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Das T%d ist der Verantwortliche. ", i)
	}
	return b.String()
}
