package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
)

// TestGolden renders each screen at 80×24 with the ASCII colour profile and
// compares it with testdata/TestGolden/*.golden (go test -update rewrites them).
// docs/screens.md is made from these files.
func TestGolden(t *testing.T) {
	cases := []struct {
		name  string
		empty bool
		keys  []string
	}{
		{name: "dashboard"},
		{name: "empty_workspace", empty: true},
		{name: "activities", keys: []string{"2"}},
		{name: "activity_detail", keys: []string{"2", "down", "down", "enter"}},
		{name: "activity_form", keys: []string{"2", "n"}},
		{name: "dpia_screening", keys: []string{"2", "down", "down", "s"}},
		{name: "requests", keys: []string{"3"}},
		{name: "requests_filter", keys: []string{"3", "/", "type:acc"}},
		{name: "request_detail", keys: []string{"3", "down", "enter"}},
		{name: "new_request_form", keys: []string{"3", "n"}},
		{name: "extend_form", keys: []string{"3", "down", "x"}},
		{name: "delete_confirm", keys: []string{"3", "d"}},
		{name: "processors", keys: []string{"4"}},
		{name: "processor_detail", keys: []string{"4", "enter"}},
		{name: "documents", keys: []string{"5"}},
		{name: "audit", keys: []string{"6"}},
		{name: "help", keys: []string{"3", "?"}},
		{name: "palette", keys: []string{"ctrl+k", "type:req"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := openStore(t)
			if !c.empty {
				seed(t, s)
			}
			h := newHarness(t, s, testOptions(t))
			h.keys(c.keys...)
			golden.RequireEqual(t, h.screen())
		})
	}
}

// TestViewAltScreen checks that every path through View asks for the
// alternate screen and mouse reporting.
func TestViewAltScreen(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	for _, k := range []string{"1", "2", "enter", "esc", "3", "n", "esc", "ctrl+k", "esc", "?", "esc", "4", "5", "6"} {
		h.keys(k)
		v := h.r.View()
		if !v.AltScreen || v.MouseMode != tea.MouseModeCellMotion {
			t.Fatalf("after %q: AltScreen=%v MouseMode=%v", k, v.AltScreen, v.MouseMode)
		}
	}
}
