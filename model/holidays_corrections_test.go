package model

import (
	"strings"
	"testing"
)

func TestHolidayCorrections(t *testing.T) {
	tests := []struct {
		region, day, name string // name "" = a working day
	}{
		{"PL", "2025-12-24", "Wigilia Bożego Narodzenia"},
		{"PL", "2024-12-24", ""},
		{"IT", "2027-10-04", "San Francesco d'Assisi, patrono d'Italia"},
		{"IT", "2025-10-03", ""},
		{"GB-SCT", "2026-06-15", "Scotland's participation in the FIFA World Cup final"},
		{"GB-SCT", "2027-06-15", ""},
		{"GB-ENG", "2026-06-15", ""},
		{"RO", "2025-01-06", "Botezul Domnului - Boboteaza"},
		{"RO", "2025-01-07", "Soborul Sfântului Proroc Ioan Botezătorul"},
		{"GR", "2024-05-01", ""},
		{"GR", "2024-05-07", "Εργατική Πρωτομαγιά"},
		{"GR", "2025-05-01", "Εργατική Πρωτομαγιά"},
		{"BG", "2024-05-07", ""},
		{"BG", "2024-05-01", "Ден на труда и на международната работническа солидарност"},
	}
	for _, tc := range tests {
		c, err := NewCalendar(tc.region)
		if err != nil {
			t.Fatal(err)
		}
		name, ok := c.Holiday(mustDate(t, tc.day))
		if name != tc.name || ok != (tc.name != "") {
			t.Errorf("%s %s: holiday %q (%v), want %q", tc.region, tc.day, name, ok, tc.name)
		}
	}
}

// TestCorrectionMovesADeadline: in Poland a month from 2025-11-24 ends on
// Christmas Eve, a holiday since 2025; with Christmas and the weekend the
// deadline is Monday 2025-12-29.
func TestCorrectionMovesADeadline(t *testing.T) {
	d, err := mustRules(t, "PL", "", "").ForReceived(mustDate(t, "2025-11-24"), "eu", false)
	if err != nil {
		t.Fatal(err)
	}
	if d.Due.String() != "2025-12-29" || !strings.Contains(d.Explanation, "Wigilia") {
		t.Errorf("due %s (%s), want 2025-12-29 after Wigilia", d.Due, d.Explanation)
	}
}

func TestHolidayCorrectionsDataChecked(t *testing.T) {
	for _, tc := range []struct{ text, errHas string }{
		{"[[add]]\nregion = \"XX\"\nname = \"x\"\nmonth = 1\nday = 2\nfrom = 2024\nsource = \"s\"\n", "unknown region"},
		{"[[add]]\nregion = \"PL\"\nname = \"x\"\nmonth = 13\nday = 2\nfrom = 2024\nsource = \"s\"\n", "is not a day"},
		{"[[remove]]\nregion = \"PL\"\nname = \"x\"\nmonth = 1\nday = 2\nfrom = 2024\n", "needs its source"},
		{"[[add]]\nregion = \"PL\"\nname = \"x\"\nmonth = 1\nday = 2\nfrom = 2024\nsource = \"s\"\nwhen = 1\n", "unknown key"},
	} {
		if _, err := parseHolidayCorrections(tc.text); err == nil || !strings.Contains(err.Error(), tc.errHas) {
			t.Errorf("%q: error %v, want %q", tc.text, err, tc.errHas)
		}
	}
	for region, cs := range loadHolidayCorrections() {
		for _, c := range cs {
			if c.Tag == "" {
				t.Errorf("%s %s has no tag", region, c.Name)
			}
		}
	}
}
