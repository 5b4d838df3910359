package tui

import (
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/model"
)

func findRequest(t *testing.T, s *workspace, subject string) (model.Request, bool) {
	t.Helper()
	rows, err := s.RequestRows()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Subject == subject {
			full, err := s.GetRequest(r.ID)
			if err != nil {
				t.Fatal(err)
			}
			return full, true
		}
	}
	return model.Request{}, false
}

// Typing a name and pressing enter through the remaining fields saves a
// request with every default: access, received today, e-mail, the configured
// jurisdiction.
func TestNewRequestEnterThrough(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, testOptions(t))
	h.keys("3", "n", "type:Eva Braun", "enter", "enter", "enter", "enter", "enter", "enter")
	r, ok := findRequest(t, s, "Eva Braun")
	if !ok {
		t.Fatalf("request not saved; screen:\n%s", h.plain())
	}
	if r.Type != "access" || r.Channel != "email" || r.Jurisdiction != "eu" || model.DateOf(r.Received) != model.DateOf(testNow) {
		t.Errorf("defaults not applied: %+v", r)
	}
	h.contains("saved for Eva Braun", "Eva Braun", "2026-04-02")
}

// An empty name keeps the form open with the error at the field; nothing is saved.
func TestNewRequestNeedsName(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, testOptions(t))
	h.keys("3", "n", "enter")
	h.contains("New request", "the data subject's name is required")
	h.keys("esc")
	if rows, _ := s.RequestRows(); len(rows) != 0 {
		t.Fatalf("saved %d requests from an invalid form", len(rows))
	}
	h.contains("cancelled, nothing saved")
}

// A receipt date in the future is refused at the field.
func TestNewRequestFutureDate(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, testOptions(t))
	h.keys("3", "n", "type:Eva", "enter", "enter")
	for range 10 {
		h.keys("backspace")
	}
	h.keys("type:2026-04-01", "enter")
	h.contains("is in the future")
}

func TestExtendRequest(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("3", "down", "enter", "x", "type:complexity of the request", "enter", "enter")
	r, _ := findRequest(t, s, "Ben Okafor")
	if !r.IsExtended() {
		t.Fatalf("request not extended; screen:\n%s", h.plain())
	}
	h.contains("deadline extended", "extended (first deadline 2026-03-03)", "Due 2026-05-04")
}

func TestPauseAndResume(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("3", "down", "down", "p", "enter", "enter")
	r, _ := findRequest(t, s, "Chloé Martin")
	if !r.IsPaused() {
		t.Fatalf("not paused; screen:\n%s", h.plain())
	}
	h.keys("r", "enter")
	r, _ = findRequest(t, s, "Chloé Martin")
	if r.IsPaused() {
		t.Fatalf("still paused; screen:\n%s", h.plain())
	}
}

func TestCloseAndNote(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("3", "c", "enter", "enter", "enter", "enter") // outcome, reply day, reasons, remedies
	r, _ := findRequest(t, s, "Anna Schmidt")
	if r.IsOpen() || r.Outcome != "fulfilled" {
		t.Fatalf("not closed: %+v", r)
	}
	h.keys("a", "type:sent the copy by post", "enter")
	r, _ = findRequest(t, s, "Anna Schmidt")
	if last := r.Events[len(r.Events)-1]; last.Kind != model.EventNote || last.Text != "sent the copy by post" {
		t.Fatalf("note not added: %+v", r.Events)
	}
}

// A refused step shows the model's reason in the status line.
func TestRefusedStepShowsReason(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("3", "r", "enter")
	h.contains("not paused")
	h.keys("down")
	if strings.Contains(h.plain(), "not paused") {
		t.Fatal("status line not cleared by the next key")
	}
}

func TestDeleteNeedsConfirmation(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("3", "d", "n")
	if _, ok := findRequest(t, s, "Anna Schmidt"); !ok {
		t.Fatal("deleted without confirmation")
	}
	h.keys("d", "enter")
	if _, ok := findRequest(t, s, "Anna Schmidt"); !ok {
		t.Fatal("enter must not confirm a delete")
	}
	h.keys("esc", "d", "y")
	if _, ok := findRequest(t, s, "Anna Schmidt"); ok {
		t.Fatal("not deleted after y")
	}
	h.contains("deleted", "3 of 3")
}

func TestFilterAsYouType(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("3", "/", "type:ben")
	h.contains("1 of 4", "Ben Okafor")
	h.keys("type:x")
	h.contains("0 of 4")
	h.keys("backspace", "enter")
	h.contains("1 of 4", "filter: ben")
	h.keys("esc")
	h.contains("4 of 4")
}

// A stale filter result (an older keystroke) never replaces a newer one.
func TestFilterDropsStaleResults(t *testing.T) {
	var f filterState
	hay := func() []string { return []string{"anna", "ben", "chloé"} }
	f.query = "a"
	old := f.run(hay, nil, true)().(filterDoneMsg)
	f.query = "b"
	cur := f.run(hay, nil, true)().(filterDoneMsg)
	if !f.apply(cur) || f.apply(old) {
		t.Fatal("stale result applied")
	}
	if len(f.view) != 1 || f.view[0] != 1 {
		t.Fatalf("view = %v", f.view)
	}
}

func TestHistoryShowsOnlyTheRecord(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("3", "enter", "h")
	h.contains("Audit journal — request", "1 of 1", "R-2026-0001")
	h.keys("esc")
	h.contains("9 of 9")
}
