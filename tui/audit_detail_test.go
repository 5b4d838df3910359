package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// The detail of an update shows the changed fields first, marked, as before →
// after, and the unchanged ones after them.
func TestAuditDetailMarksChangedFields(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	a, err := s.Desk.Activity("Payroll")
	if err != nil {
		t.Fatal(err)
	}
	a.Owner, a.Systems = "HR department", []string{"Personio"}
	a.Purposes = []string{"salary payments", "pension contributions"}
	if err := s.UpdateActivity(&a); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, testOptions(t))
	h.send(tea.WindowSizeMsg{Width: 120, Height: 60})
	h.keys("6", "enter")
	screen := h.plain()
	for _, want := range []string{"update  activity Payroll", "Changed (", "+ owner", "HR department",
		"~ purposes", "salary payments  →  salary payments; pension contributions", "Unchanged ("} {
		if !strings.Contains(screen, want) {
			t.Fatalf("the audit detail does not show %q:\n%s", want, screen)
		}
	}
	changed, unchanged := strings.Index(screen, "Changed ("), strings.Index(screen, "Unchanged (")
	if name := strings.Index(screen[unchanged:], "name"); name < 0 || changed > unchanged {
		t.Errorf("unchanged fields are not listed after the changed ones:\n%s", screen)
	}
	if strings.Contains(screen, `"owner":`) {
		t.Errorf("the detail still shows raw JSON:\n%s", screen)
	}
}
