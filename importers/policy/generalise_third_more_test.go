package policy

import (
	"slices"
	"testing"
)

// Text copied from a web page into Markdown, one line per heading and
// paragraph with no blank lines, keeps its sections (Markdown alone would
// make it one paragraph, or numbered items swallowing their chapters).
func TestPastedLinesMarkdown(t *testing.T) {
	r := fixtureReport(t, "pasted-lines-de.md")
	want := []string{"Hosting", "Server-Log-Dateien", "Kontaktformular", "Online-Terminbuchung", "Patientendaten", "Google Maps"}
	wantTitles(t, r, want)
}

// The same processing told twice in other words (an overview and its
// details) is one activity; a title with content words of its own stays.
func TestSameProcessingReworded(t *testing.T) {
	r := fixtureReport(t, "same-processing-reworded.md")
	want := []string{"When you book a court", "When you subscribe to our newsletter by e-mail", "Photos at tournaments"}
	wantTitles(t, r, want)
}

// A PDF heading wrapped onto a second line is one heading, and its second
// line is no section of its own. (wrapped-heading.pdf is rendered from
// wrapped-heading-src.md with fixturegen.)
func TestPDFWrappedHeading(t *testing.T) {
	r := fixtureReport(t, "wrapped-heading.pdf")
	want := []string{"Anmeldung zum Unterricht",
		"Einbindung externer Dienste für den Online-Unterricht und Bearbeitung von Daten ausserhalb der EU"}
	wantTitles(t, r, want)
}

// "Art. 6 Abs. Nummer 1 Buchstabe c DSGVO": the paragraph given as a number
// word after "Abs." (LB-SYNTAX).
func TestCitationParagraphNumberWord(t *testing.T) {
	r := fixtureReport(t, "citation-nummer.md")
	if !slices.Equal(r.LegalBases, []string{"6.1.b", "6.1.c", "6.1.f"}) {
		t.Errorf("bases %v, want 6.1.b, 6.1.c, 6.1.f", r.LegalBases)
	}
}

// An expiry cell "When browser is closed", without an article, is an
// event-tied rule.
func TestCookieExpiryCell(t *testing.T) {
	r := fixtureReport(t, "cookie-expiry-cell.md")
	if len(r.Retention) != 1 || r.Retention[0].Text != "When browser is closed" {
		t.Errorf("retention %+v, want the session rule", r.Retention)
	}
}

// The occasions listed under a chapter on sharing ("When we share your
// information", bold lead-ins each) are occasions of disclosure, not
// processing activities.
func TestSharingChapterLeadIns(t *testing.T) {
	r := fixtureReport(t, "sharing-leadins.md")
	if got := activityTitles(r); !slices.Equal(got, []string{"Your account", "Payments"}) {
		t.Errorf("activities %q, want Your account, Payments", got)
	}
}

// A list of rights by their names alone, as US-style notices give them.
func TestRightsByNameAlone(t *testing.T) {
	text := "Privacy\n\nYour rights\n\nRight to Correction.\n\nRight to Deletion.\n\nRight to Restrict Processing.\n"
	r := Extract(docOf(text))
	if !slices.Equal(r.Rights, []string{"rectification", "erasure", "restriction"}) {
		t.Errorf("rights %v", r.Rights)
	}
}

// Storage for as long as the person keeps an account or uses the service,
// or until a subscription or contract is cancelled; a period in backups.
func TestRetentionAccountAndUse(t *testing.T) {
	r := fixtureReport(t, "retention-account-use.md")
	var got []string
	for _, rt := range r.Retention {
		got = append(got, rt.Text)
	}
	for _, w := range []string{"as long as you have an account", "until you cancel your subscription",
		"solange Sie ein Kundenkonto bei uns haben", "30 days", "bis zur Kündigung Ihres Vertrags", "as long as you use the app"} {
		if !slices.Contains(got, w) {
			t.Errorf("retention %q lacks %q", got, w)
		}
	}
}

// A policy of the company behind a catalogued service, whose contact address
// is at that service's name, does not list the service as its own
// recipient.
func TestOwnServiceByDomain(t *testing.T) {
	text := "Privacy notice\n\nQuestions? Contact us at privacy@calendly.example.\n\n1. Scheduling\n\nCalendly stores the meetings you book so that both sides see them. Reminder e-mails are sent through Postmark.\n"
	r := Extract(docOf(text))
	var names []string
	for _, rc := range r.Recipients {
		names = append(names, rc.Name)
	}
	if !slices.Equal(names, []string{"Postmark"}) {
		t.Errorf("recipients %q, want only Postmark", names)
	}
}

// A safeguard and a processing agreement stated once for the providers of a
// list ("transfers to the United States rely on the standard contractual
// clauses", "under a data processing agreement with each") hold for every
// provider of that section outside the EEA (SG-SECTION).
func TestSafeguardForTheGroup(t *testing.T) {
	r := fixtureReport(t, "notice-plain-words.md")
	for _, rc := range r.Recipients {
		if rc.Safeguard != "scc" || !rc.DPAMentioned {
			t.Errorf("%s: safeguard %q, DPA %v; want scc and a DPA", rc.Name, rc.Safeguard, rc.DPAMentioned)
		}
	}
}

// Expiry cells in short units ("1h", "30d", "1y") of a cookie table are
// periods: an hour counts as a day.
func TestCookieShortUnits(t *testing.T) {
	r := fixtureReport(t, "cookie-short-units.md")
	var days []int
	for _, rt := range r.Retention {
		days = append(days, rt.Days)
	}
	if !slices.Equal(days, []int{1, 30, 365}) {
		t.Errorf("retention days %v, want [1 30 365]", days)
	}
}

// "Recht auf Vergessenwerden" is the right to erasure.
func TestRightToBeForgottenGerman(t *testing.T) {
	r := Extract(docOf("Datenschutz\n\nIhre Rechte\n\nSie haben das Recht auf Vergessenwerden.\n"))
	if !slices.Equal(r.Rights, []string{"erasure"}) {
		t.Errorf("rights %v, want [erasure]", r.Rights)
	}
}
