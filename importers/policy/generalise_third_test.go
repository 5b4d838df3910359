package policy

import (
	"slices"
	"testing"
)

// A purposes table (purpose | reason, as the regulators' templates lay it
// out) gives one activity per row, each with the basis its row states in
// words; the header row is no heading, and the section needs no purposes title.
func TestPurposeTable(t *testing.T) {
	r := fixtureReport(t, "purpose-table.md")
	want := []string{"Providing legal services to you", "Anti-money laundering and identity checks",
		"Keeping our accounts and records", "Sending you updates and event invitations"}
	got := activityTitles(r)
	if len(got) < len(want) || !slices.Equal(got[:len(want)], want) {
		t.Fatalf("activities %q, want %q first", got, want)
	}
	bases := [][]string{{"6.1.b"}, {"6.1.c"}, {"6.1.c"}, {"6.1.a"}}
	for i, b := range bases {
		if !slices.Equal(r.Activities[i].LegalBases, b) {
			t.Errorf("%s: bases %v, want %v", want[i], r.Activities[i].LegalBases, b)
		}
	}
	if !slices.Equal(r.LegalBases, []string{"6.1.a", "6.1.b", "6.1.c"}) {
		t.Errorf("document bases %v, want 6.1.a, 6.1.b, 6.1.c", r.LegalBases)
	}
}

// A notice without article numbers: bases stated as "to perform our contract",
// "in our legitimate interest", "asks for your consent"; rights as "the right
// to know", "have it corrected or deleted", "take your data with you"; a
// sub-heading "Identity and access" is processing, not the right of access;
// the chapter on sharing is no activity.
func TestNoticeInPlainWords(t *testing.T) {
	r := fixtureReport(t, "notice-plain-words.md")
	if !slices.Equal(r.LegalBases, []string{"6.1.a", "6.1.b", "6.1.f"}) {
		t.Errorf("bases %v, want 6.1.a, 6.1.b, 6.1.f", r.LegalBases)
	}
	for _, right := range []string{"access", "rectification", "erasure", "portability", "objection", "complaint"} {
		if !slices.Contains(r.Rights, right) {
			t.Errorf("rights %v lack %s", r.Rights, right)
		}
	}
	want := []string{"Identity and access", "Billing information", "Product interactions", "Website interactions",
		"Cookies", "Voluntary correspondence"}
	if got := activityTitles(r); !slices.Equal(got, want) {
		t.Errorf("activities %q, want %q", got, want)
	}
	if b := r.Activities[0].LegalBases; !slices.Equal(b, []string{"6.1.b"}) {
		t.Errorf("identity and access: bases %v, want [6.1.b]", b)
	}
}

// A generator's layout: an "at a glance" chapter of question headings is an
// overview, not processing; the Land authority is found in the dative
// ("bei der Sächsischen …beauftragten") and reported as written.
func TestOverviewChapterAndDeclinedAuthority(t *testing.T) {
	r := fixtureReport(t, "overview-chapter-de.md")
	want := []string{"Hosting", "Server-Log-Dateien", "Kontaktformular", "Online-Terminbuchung", "Patientendaten", "Google Maps"}
	if got := activityTitles(r); !slices.Equal(got, want) {
		t.Errorf("activities %q, want %q", got, want)
	}
	if r.SupervisoryAuthority != "Sächsischen Datenschutz- und Transparenzbeauftragten" {
		t.Errorf("authority %q, want the Saxon authority as written", r.SupervisoryAuthority)
	}
}
