package tui

import (
	"os"
	"path/filepath"
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

// X exports a register to the file given, as `dpodesk export` does.
func TestExportFromTheInterface(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	path := filepath.Join(t.TempDir(), "ropa.md")
	h := newHarness(t, s, testOptions(t))
	h.keys("X")
	h.contains("Export a register", "Record of processing activities")
	h.keys("enter", "enter", "enter", "enter", "type:"+path, "enter")
	h.contains("exported ropa to " + path)
	data, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(data), "Newsletter") {
		t.Fatalf("export file: %v\n%s", err, data)
	}
}

// A subject's control characters never reach the terminal from a table or a
// detail pane.
func TestInterfaceNeutralisesControlCharacters(t *testing.T) {
	s := openStore(t)
	r := model.Request{Type: "access", Subject: "\x1b]0;pwned\x07Eve\r\nfake", Contact: "\x1b]52;c;ZXZpbA==\x07",
		Channel: "email", Jurisdiction: "eu", Received: testNow, Status: model.StatusReceived}
	if err := s.store.CreateRequest(&r); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, testOptions(t))
	h.keys("3")
	for _, screen := range []string{h.r.View().Content, func() string { h.keys("enter"); return h.r.View().Content }()} {
		for _, bad := range []string{"\x1b]", "\x07", "\r"} {
			if strings.Contains(screen, bad) {
				t.Errorf("the screen carries %q", bad)
			}
		}
	}
	h.contains("␛]0;pwned␇Eve")
}

// A passed review date is marked in the activity and processor lists, as
// `check` reports it.
func TestListsMarkPassedReviews(t *testing.T) {
	s := openStore(t)
	past := model.Date{Year: 2026, Month: 2, Day: 1}
	a := model.Activity{Name: "Old review", Status: model.StatusActive, Purposes: []string{"x"}, NextReview: past}
	p := model.Processor{Name: "Late Ltd", Status: model.StatusActive, Role: "processor", Country: "DE",
		DPA: model.DPA{Status: "signed", SignedOn: model.Date{Year: 2025, Month: 1, Day: 1}, NextReview: past}}
	if err := s.store.CreateActivity(&a); err != nil {
		t.Fatal(err)
	}
	if err := s.store.CreateProcessor(&p); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, testOptions(t))
	h.keys("2")
	h.contains("2026-02-01!")
	h.keys("4")
	h.contains("2026-02-01!")
}
