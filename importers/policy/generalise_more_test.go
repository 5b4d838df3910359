package policy

import (
	"slices"
	"strings"
	"testing"
)

// A PDF whose producer leaves a visible glyph at every line break: headings
// keep their general class ("Ihre Rechte" is no activity), titles and quotes
// carry no stray glyph, and the periods are read.
func TestPDFStrayLineEndGlyph(t *testing.T) {
	r := fixtureReport(t, "stray-glyph.pdf")
	want := []string{"Server-Logdateien", "Angebotsanfragen", "Buchhaltung"}
	if got := activityTitles(r); !slices.Equal(got, want) {
		t.Errorf("activities %q, want %q", got, want)
	}
	var days []int
	for _, rt := range r.Retention {
		days = append(days, rt.Days)
		if strings.Contains(rt.Evidence.Quote, "ü ") || strings.HasSuffix(rt.Evidence.Quote, "ü") {
			t.Errorf("quote keeps the stray glyph: %q", rt.Evidence.Quote)
		}
	}
	if !slices.Equal(days, []int{7, 90, 3650}) {
		t.Errorf("retention days %v, want [7 90 3650]", days)
	}
}
