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

// A chapter on the services a site uses, one paragraph per service, is one
// activity per service (two social networks in a row are one); a section on
// one purpose that names a tool per paragraph stays one activity.
func TestServiceParagraphs(t *testing.T) {
	r := fixtureReport(t, "service-paragraphs.md")
	want := []string{"Rehearsal sign-up", "YouTube", "Mailchimp", "Calendly", "Twitter, LinkedIn", "Online rehearsals"}
	if got := activityTitles(r); !slices.Equal(got, want) {
		t.Errorf("activities %q, want %q", got, want)
	}
	for _, a := range r.Activities {
		if a.Title == "Calendly" && !slices.Equal(a.LegalBases, []string{"6.1.b"}) {
			t.Errorf("Calendly bases %v, want [6.1.b]: each service keeps the basis of its own paragraph", a.LegalBases)
		}
	}
}
