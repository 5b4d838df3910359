package tui

import (
	"strings"
	"testing"
)

// Typing a catalogued vendor's name fills its country, legal entity and
// mechanism into the form for the DPO to confirm; the record then holds them.
func TestProcessorFormFromCatalogue(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, testOptions(t))
	h.keys("4", "n", "type:GitHub", "enter")
	h.contains("US — United States")
	h.enterThrough()
	rows, _ := s.ProcessorRows()
	if len(rows) != 1 {
		t.Fatalf("rows %+v (%s)", rows, h.r.status.text)
	}
	p, err := s.GetProcessor(rows[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Country != "US" || p.TransferMechanism != "dpf" || !strings.Contains(p.LegalEntity, "GitHub") {
		t.Errorf("processor %+v", p)
	}
	if sug := s.VendorSuggestions("github", 3); len(sug) == 0 || sug[0].Name != "GitHub" {
		t.Errorf("suggestions %+v", sug)
	}
}
