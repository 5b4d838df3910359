package tui

import (
	"context"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/dpodesk/dpodesk/model"
)

// TestGoldenWide renders the four lists of the demo register at 120 and 200
// columns: on a wide terminal the short columns (legal bases, completeness,
// DPA, role, request type and status, breach severity) show their whole text
// and only then do the name columns take the rest.
func TestGoldenWide(t *testing.T) {
	s := openStore(t)
	if err := s.Desk.LoadDemoData(context.Background()); err != nil {
		t.Fatal(err)
	}
	aware, err := model.ParseBreachTime("2026-02-27 15:30", "Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Desk.AddBreach(model.Breach{Title: "Laptop stolen from car", AwareAt: aware, TZ: "Europe/Berlin"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Desk.AssessBreach(b.ID, model.BreachAssessment{DPC: 4, EI: 1, Confidentiality: 0.5, Malicious: true,
		Rationale: "health data with names"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Desk.AddBreach(model.Breach{Title: "Parcel labels sent to the wrong customer", AwareAt: aware, TZ: "Europe/Berlin"}); err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{120, 200} {
		for _, page := range []struct{ name, key string }{
			{"activities", "2"}, {"requests", "3"}, {"processors", "4"}, {"breaches", "7"},
		} {
			t.Run(page.name+"_"+strconv.Itoa(width), func(t *testing.T) {
				h := newHarness(t, s, testOptions(t))
				h.send(tea.WindowSizeMsg{Width: width, Height: 30})
				h.keys(page.key)
				for _, whole := range wideWants[page.name] {
					if !strings.Contains(h.plain(), whole) {
						t.Errorf("%d columns: %q is cut:\n%s", width, whole, h.plain())
					}
				}
				if p, ok := h.r.pages[tabRequests].(*requestsPage); ok && page.key == "3" && p.split() {
					// the preview beside the table shows when events were
					// logged, in local time: the golden keeps the table only
					golden.RequireEqual(t, ansi.Strip(p.list.View()))
					return
				}
				golden.RequireEqual(t, h.screen())
			})
		}
	}
}

// wideWants are texts of short columns that must show whole from 120 columns on.
var wideWants = map[string][]string{
	"activities": {"2 missing DPIA?", "6.1.a, 6.1.b  "},
	"processors": {"Independent controller", "requested!  "},
	"requests":   {"Restriction of processing  ", "identity check  "},
	"breaches":   {"5 very high  ", "not assessed"},
}
