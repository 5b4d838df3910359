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
