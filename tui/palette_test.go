package tui

import "testing"

// A palette action on a record names the record it will act on; the confirmation
// it leads to is about the same record.
func TestPaletteNamesTheSelectedRecord(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("2", "down", "ctrl+k", "type:delete activity")
	h.contains("Activities: delete activity “Payroll”")
	h.keys("enter")
	h.contains(`Delete activity "Payroll"?`)
	h.keys("esc", "3", "ctrl+k", "type:open request")
	h.contains("Requests: open request R-2026-0001")
	h.keys("esc", "ctrl+k", "type:history of")
	h.contains("Processors: show history of “CloudMail GmbH”", "Requests: show history of R-2026-0001")
}

// With no record selected, the entry says so and enter does nothing but tell why.
func TestPaletteWithoutSelection(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, testOptions(t))
	h.keys("ctrl+k", "type:delete activity")
	h.contains("Activities: delete activity (no activity selected)")
	h.keys("enter")
	if h.r.active != tabDashboard || h.r.modal != nil {
		t.Fatalf("an action without a record switched to tab %d / left modal %T", h.r.active, h.r.modal)
	}
	h.contains("No activity is selected: choose one in the list first.")
}
