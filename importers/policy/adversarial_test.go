package policy

import (
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
	}
	for name, text := range inputs {
		start := time.Now()
		_ = Extract(docOf(text))
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: %v for %d bytes", name, d, len(text))
		}
	}
}
