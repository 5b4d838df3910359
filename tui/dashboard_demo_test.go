package tui

import (
	tea "charm.land/bubbletea/v2"
	"testing"

	"github.com/dpodesk/dpodesk/model"
)

// D asks before loading the demo, saying what it adds; on a workspace with demo
// data it asks before removing it, and the user's own records stay.
func TestDemoAsksAndCanBeRemoved(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, testOptions(t))
	h.send(tea.WindowSizeMsg{Width: 200, Height: 40}) // the questions fit on one line
	h.keys("D")
	h.contains("Load the demo data? It adds 25 activities, 15 processors and 60", "requests of a fictional garden retailer")
	h.keys("n")
	h.contains("nothing loaded")
	if c, _ := s.store.Counts(); c.Activities+c.Processors+c.Requests != 0 {
		t.Fatalf("n loaded the demo: %+v", c)
	}
	h.keys("D", "y")
	h.contains("demo data loaded")
	own := model.Activity{Name: "Our own payroll", Status: model.StatusActive, Purposes: []string{"pay"}, LegalBases: []string{"6.1.b"}}
	if err := s.CreateActivity(&own); err != nil {
		t.Fatal(err)
	}
	h.keys("1", "D")
	h.contains("Remove the demo data?", "Records you added")
	h.keys("y")
	h.contains("demo data removed: 25 activities, 15 processors, 60 requests")
	rows, err := s.ActivityRows()
	if err != nil || len(rows) != 1 || rows[0].Name != "Our own payroll" {
		t.Fatalf("after removal: %v %v", rows, err)
	}
	if org, _ := s.store.Organisation(); org.Name != "" {
		t.Errorf("the demo organisation stayed: %q", org.Name)
	}
	if _, err := s.store.Check(t.Context()); err != nil {
		t.Errorf("the workspace fails its integrity check after the removal: %v", err)
	}
	h.keys("D")
	h.contains("the demo loads only into an empty workspace")
}
