package tui

import (
	"testing"

	"github.com/dpodesk/dpodesk/model"
)

// The edit form corrects a mistyped date of receipt: the deadline follows and
// the journal records request.correct.
func TestEditCorrectsReceipt(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("3", "e", "enter", "enter", "enter", "enter", "enter", "ctrl+u", "type:2026-01-05", "enter")
	r, _ := findRequest(t, s, "Anna Schmidt")
	if got := r.Received.Format("2006-01-02 15:04"); got != "2026-01-05 00:00" {
		t.Fatalf("received %s, want 2026-01-05 as a date; screen:\n%s", got, h.plain())
	}
	if due := s.Rules().Deadline(r).Due.String(); due != "2026-02-05" {
		t.Errorf("due %s after the correction, want 2026-02-05", due)
	}
	entries, err := s.AuditEntries(kindRequest, r.ID, 1, 0)
	if err != nil || len(entries) != 1 || entries[0].Action != "request.correct" {
		t.Errorf("newest journal entry %+v (%v), want request.correct", entries, err)
	}
}

// Two people edit the same request: the second save reports the conflict
// instead of overwriting the first.
func TestRequestEditReportsConflict(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("3", "e")
	r, _ := findRequest(t, s, "Anna Schmidt")
	r.Contact = "anna@elsewhere.example" // another session saves first
	if err := s.UpdateRequest(&r, model.ActionUpdate); err != nil {
		t.Fatal(err)
	}
	h.keys("ctrl+u", "type:Anna S.", "enter", "enter", "enter", "enter", "enter", "enter")
	h.contains("changed by someone else")
	if got, _ := findRequest(t, s, "Anna Schmidt"); got.Contact != "anna@elsewhere.example" {
		t.Errorf("the other session's change was overwritten: %+v", got)
	}
}
