package model

import (
	"strings"
	"testing"
	"time"
)

// The rule used for a computed date, the clock and a finding read in German
// when asked for, and stay as they were in English.
func TestDeadlineAndFindingsInGerman(t *testing.T) {
	rules := mustRules(t, "DE-BE", "", "")
	req := Request{ID: 1, Ref: "R-2025-0001", Type: "access", Jurisdiction: "eu", Status: StatusReceived,
		Received: time.Date(2025, 3, 5, 10, 0, 0, 0, time.UTC)}
	dl := rules.Deadline(req)
	if !strings.Contains(dl.Explanation, "1 month from 2025-03-05 → Sat 2025-04-05 → next working day Mon 2025-04-07") {
		t.Fatalf("English explanation changed: %q", dl.Explanation)
	}
	de := ExplanationIn(dl.Explanation, "de")
	if want := "1 Monat ab 05.03.2025 → Sa 05.04.2025 → nächster Werktag Mo 07.04.2025 (EU"; !strings.Contains(de, want) {
		t.Errorf("German explanation %q lacks %q", de, want)
	}
	if !strings.Contains(de, "Feiertage DE-BE") {
		t.Errorf("German explanation %q names the calendar in English", de)
	}
	today := Date{2025, 4, 10}
	if got := rules.ClockTextIn(req, today, "de"); got != "3 Tage überfällig" {
		t.Errorf("clock in German = %q", got)
	}
	if got := rules.ClockText(req, today); got != "3 days overdue" {
		t.Errorf("clock in English = %q", got)
	}
	fs := Check(CheckInput{Requests: []Request{req}, Deadline: rules.Deadline, Today: today})
	if len(fs) != 1 {
		t.Fatalf("findings: %+v", fs)
	}
	if got, want := fs[0].MessageIn("de"), "R-2025-0001 ist 3 Tage überfällig (fällig 07.04.2025)"; got != want {
		t.Errorf("German finding %q, want %q", got, want)
	}
	if got, want := fs[0].Message, "R-2025-0001 is 3 days overdue (due 2025-04-07)"; got != want {
		t.Errorf("English finding %q, want %q", got, want)
	}
}

// A processor's transfer finding names the country in the reader's language.
func TestTransferFindingInGerman(t *testing.T) {
	p := Processor{ID: 2, Name: "Acme", Status: StatusActive, Role: "processor", Countries: []string{"US"},
		DPA: DPA{Status: "signed"}}
	for _, f := range Check(CheckInput{Processors: []Processor{p}, Today: Date{2026, 3, 2}}) {
		if f.Rule == RuleTransferNoSafeguard {
			if got := f.MessageIn("de"); !strings.Contains(got, "Acme (Vereinigte Staaten)") || !strings.HasPrefix(got, "Übermittlung an") {
				t.Errorf("German: %q", got)
			}
			return
		}
	}
	t.Fatal("no transfer finding for a US processor without a safeguard")
}
