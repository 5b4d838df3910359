package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// The Reports page opens from the dashboard with R (or 9), draws its bars
// from model.Stats and moves by a month with [ and ].
func TestReportsPage(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.send(tea.WindowSizeMsg{Width: 100, Height: 50})
	h.keys("1", "R")
	h.contains("Requests received 2025-04-01 – 2026-03-02", "Answered on time", "Per month", "2026-01", "Per type", "Access")
	if !strings.Contains(h.plain(), "4 received · 3 open · 1 closed") {
		t.Errorf("the seed's four requests are not counted:\n%s", h.plain())
	}
	if h.r.active != tabReports {
		t.Fatalf("R led to tab %d", h.r.active)
	}
	h.keys("[")
	h.contains("Requests received 2025-03-01 – 2026-02-28")
	h.keys("]", "1", "9")
	h.contains("Requests received 2025-04-01 – 2026-03-02")
}
