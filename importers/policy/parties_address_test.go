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
	var lines []string
	for _, s := range corpusSpans(t) {
		lines = append(append(lines, s), strings.Split(s, "\n")...)
	}
	agreeOn(t, append(lines, probes...), isAddressLine, expr.MatchString, 100)
}
