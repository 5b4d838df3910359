package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// The request report opens from the dashboard with R, draws its bars from
// model.Stats, moves by a month with [ and closes with esc.
func TestReportsModal(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.send(tea.WindowSizeMsg{Width: 100, Height: 50})
	h.keys("1", "R")
	h.contains("Requests received 2025-04-01 – 2026-03-02", "Answered on time", "Per month", "2026-01", "Per type", "Access")
	if !strings.Contains(h.plain(), "4 received · 3 open · 1 closed") {
		t.Errorf("the seed's four requests are not counted:\n%s", h.plain())
	}
	h.keys("[")
	h.contains("Requests received 2025-03-01 – 2026-02-28")
	h.keys("esc")
	if h.r.modal != nil {
		t.Error("esc left the report open")
	}
}
