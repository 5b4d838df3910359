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
	wantTitles(t, r, want)
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
	wantTitles(t, r, want)
	for _, a := range r.Activities {
		if a.Title == "Calendly" && !slices.Equal(a.LegalBases, []string{"6.1.b"}) {
			t.Errorf("Calendly bases %v, want [6.1.b]: each service keeps the basis of its own paragraph", a.LegalBases)
		}
	}
}

// Storage tied to an event, phrased in the ways policies word it: the end of
// an account, contract or membership, withdrawal, unsubscribing, closing the
// browser, no time limit. A period counted from an event is one rule, the
// period.
func TestRetentionEvents(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"retention-events-en.md": {"until you delete your account", "until you withdraw", "without time limit", "two years", "six months"},
		"retention-events-de.md": {"solange Ihr Benutzerkonto besteht", "bis Sie Ihr Profil löschen",
			"bis Sie den Newsletter abbestellen", "nach Beendigung der Mitgliedschaft", "sobald Sie den Browser schließen"},
	})
}

// A policy laid out as a matrix (the same features under "Purposes", "Legal
// bases" and "Storage period") gives one activity per feature with the basis
// and storage of all its entries; the same title under two chapters of their
// own (two club sections) stays two activities.
func TestFacetMatrix(t *testing.T) {
	r := fixtureReport(t, "facet-matrix.md")
	want := []string{"Member directory", "Exhibition tickets", "Track-day bookings", "Track-day bookings"}
	if got := activityTitles(r); !slices.Equal(got, want) {
		t.Fatalf("activities %q, want %q", got, want)
	}
	if a := r.Activities[1]; !slices.Equal(a.LegalBases, []string{"6.1.b"}) || a.Retention != "six months" {
		t.Errorf("exhibition tickets: bases %v retention %q, want [6.1.b] and six months", a.LegalBases, a.Retention)
	}
}

// Contact details as a form ("Name: …"), a site "run by" its owner, the
// owner ("Inhaber") named in a contact box flattened into one line, a Land
// authority named with an indeclinable "-er" adjective ("Thüringer"), and the
// Swiss federal authority in the dative.
func TestContactsAndAuthorityForms(t *testing.T) {
	for file, want := range map[string]string{
		"controller-form-labels.md": "Greenfield Tutoring",
		"controller-run-by.md":      "Kestrel Design Studio",
		"controller-owner-flat.md":  "Physiopraxis Birkenhain",
	} {
		if got := fixtureReport(t, file).Controller.Name; got != want {
			t.Errorf("%s: controller %q, want %q", file, got, want)
		}
	}
	wantEach(t, "authority", map[string][]string{
		"authority-land-er.md": {"Thüringer Landesbeauftragte für den Datenschutz und die Informationsfreiheit"},
		"authority-swiss.md":   {"Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte (EDÖB)"},
	}, func(r Report) []string { return []string{r.SupervisoryAuthority} })
}

// Processors named only as the items of a list introduced by "the following
// service providers:" are recipients; items naming a kind of recipient or
// data, and lists introduced by other sentences, are not.
func TestProviderListItems(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"provider-list-en.md": {"Kilnworks", "Glazebox", "Parcelfox"},
		"provider-list-de.md": {"Brennwerk", "Glasurbox", "Paketfuchs"},
	})
}

// A DPO box with an attention line ("z. Hd. Herrn …"): the line is no
// lettered heading that cuts the box, the person is named without the
// prefixes, and the box's mailbox is kept.
func TestDPOAttentionLine(t *testing.T) {
	p := fixtureReport(t, "dpo-attention-line.md").DPO
	if p.Name != "Max Mustermann" || p.Email != "datenschutz@dsnord.example" {
		t.Errorf("DPO %q <%s>, want Max Mustermann <datenschutz@dsnord.example>", p.Name, p.Email)
	}
}
