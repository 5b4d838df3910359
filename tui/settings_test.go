package tui

import (
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/model"
)

// The Settings page shows the organisation and saves it through the desk; a
// new holiday region recomputes the deadlines and says how many moved.
func TestSettingsPage(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	if _, err := s.SaveOrganisation(model.Organisation{Name: "Lindenhof Bakery GmbH", Authority: "DE-BE"}); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, testOptions(t))
	h.keys("8")
	h.contains("Lindenhof Bakery GmbH", "Berliner Beauftragte", "Holiday region", "weekends only")
	h.keys("e")
	if h.r.modal == nil {
		t.Fatal("e opened no form")
	}
	h.contains("Organisation", "Controller")
	h.keys("esc")

	p := h.r.pages[tabSettings].(*settingsPage)
	o := p.org
	o.Deadlines.Holidays = "DE-BY"
	msg := p.save(o)()
	saved, ok := msg.(savedMsg)
	if !ok {
		t.Fatalf("save: %#v", msg)
	}
	if got, _ := s.Organisation(); got.Deadlines.Holidays != "DE-BY" || got.Name != "Lindenhof Bakery GmbH" {
		t.Fatalf("stored %+v", got)
	}
	if !strings.HasPrefix(saved.text, "organisation saved") {
		t.Errorf("status %q", saved.text)
	}
	if s.Rules().Region != "DE-BY" {
		t.Errorf("the desk still counts by region %q", s.Rules().Region)
	}
}
