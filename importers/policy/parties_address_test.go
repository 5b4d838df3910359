package policy

import (
	"regexp"
	"strings"
	"testing"
)

// TestAddressLineAsTheExpression: isAddressLine answers as the expression it
// replaced on every line and sentence of the test texts and on probes of its
// word edges.
func TestAddressLineAsTheExpression(t *testing.T) {
	expr := regexp.MustCompile(`(?i)\d|straße|strasse|str\.|street|road|avenue|platz|weg\b|allee|\bgasse|tel\b|phone|fax|e-?mail|www|http`)
	probes := []string{"Am Weg", "Wegweiser", "Weg_1", "wegé", "Tel.", "Telefon", "Hotel", "Hotels", "Gasse", "Hofgasse", "_gasse",
		"ägasse", "STRAẞE", "Straße", "E-Mail", "EMAIL", "e mail", "Str", "Str.", "Road", "", "Fax:", "Hauptplatz"}
	matched := 0
	for _, s := range corpusSpans(t, probes...) {
		for _, line := range append(strings.Split(s, "\n"), s) {
			want := expr.MatchString(line)
			if got := isAddressLine(line); got != want {
				t.Fatalf("%q: %v, the expression %v", line, got, want)
			}
			if want {
				matched++
			}
		}
	}
	for _, p := range probes {
		if got := isAddressLine(p); got != expr.MatchString(p) {
			t.Fatalf("%q: %v, the expression %v", p, got, !got)
		}
	}
	if matched < 100 {
		t.Fatalf("only %d address lines in the test texts", matched)
	}
}
