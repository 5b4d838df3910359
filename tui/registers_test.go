package tui

import (
	"testing"

	"github.com/dpodesk/dpodesk/model"
)

// enterThrough presses enter until the open form closes.
func (h *harness) enterThrough() {
	h.t.Helper()
	for range 40 {
		if h.r.modal == nil {
			return
		}
		h.keys("enter")
	}
	h.t.Fatalf("form did not close:\n%s", h.plain())
}

func findActivity(t *testing.T, s *workspace, name string) (model.Activity, bool) {
	t.Helper()
	rows, err := s.ActivityRows()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Name == name {
			a, err := s.GetActivity(r.ID)
			if err != nil {
				t.Fatal(err)
			}
			return a, true
		}
	}
	return model.Activity{}, false
}

func TestActivityCreateEditDelete(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("2", "n", "type:Job applications")
	h.enterThrough()
	a, ok := findActivity(t, s, "Job applications")
	if !ok {
		t.Fatalf("not saved:\n%s", h.plain())
	}
	if a.Status != model.StatusActive {
		t.Errorf("status %q", a.Status)
	}
	h.contains("activity \"Job applications\" saved")

	// Edit: the cursor is on the new record; add a purpose on the second page.
	h.keys("e", "enter", "enter", "enter", "enter", "enter", "type:recruiting")
	h.enterThrough()
	a, _ = findActivity(t, s, "Job applications")
	if len(a.Purposes) != 1 || a.Purposes[0] != "recruiting" {
		t.Fatalf("purposes %v\n%s", a.Purposes, h.plain())
	}

	h.keys("d", "y")
	if _, ok := findActivity(t, s, "Job applications"); ok {
		t.Fatal("not deleted")
	}
}

func TestActivityNeedsName(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, testOptions(t))
	h.keys("2", "n", "enter")
	h.contains("the name is required")
}

// The DPIA screening shows the suggestion and records the decision.
func TestDPIADecision(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("2", "down", "down", "enter")
	h.contains("Video surveillance")
	h.keys("s")
	h.contains("Suggestion: required")
	h.keys("enter", "enter", "type:CCTV covers the public entrance", "enter", "enter")
	a, _ := findActivity(t, s, "Video surveillance")
	if a.DPIA.Decision != "required" || a.DPIA.Reason == "" || a.DPIA.DecidedOn != model.DateOf(testNow) {
		t.Fatalf("decision not recorded: %+v\n%s", a.DPIA, h.plain())
	}
}

func TestActivityDetailGerman(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	o := testOptions(t)
	o.Lang = "de"
	h := newHarness(t, s, o)
	h.keys("2", "enter")
	h.contains("(b) Zwecke", "(c) Betroffene Personen", "2 Tätigkeiten")
}

func TestProcessorCreateAndDetail(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("4", "n", "type:Hosting AG")
	h.enterThrough()
	rows, _ := s.ProcessorRows()
	var id uint64
	for _, r := range rows {
		if r.Name == "Hosting AG" {
			id = r.ID
		}
	}
	if id == 0 {
		t.Fatalf("not saved:\n%s", h.plain())
	}
	h.keys("esc", "home", "enter")
	h.contains("CloudMail GmbH", "Art. 28(3) clauses", "[x] (a)")
	for range 20 {
		h.keys("down")
	}
	h.contains("MailRelay Inc", "Linked activities (1)", "Newsletter")
}

// A signed DPA without a date is refused at the last field with the model's reason.
func TestProcessorValidation(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, testOptions(t))
	h.keys("4", "n", "type:Signed Ltd", "enter", "enter", "enter", "enter", "enter", "enter")
	// DPA status is the first field of the second page: move to "signed".
	for range 3 {
		h.keys("right")
	}
	for range 20 { // to the last field, which checks the whole record
		h.keys("enter")
	}
	h.contains("a signed DPA needs the date")
	if rows, _ := s.ProcessorRows(); len(rows) != 0 {
		t.Fatal("saved an invalid processor")
	}
}
