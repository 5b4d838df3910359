package desk

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// testDesk opens a real workspace in a temporary directory with the clock pinned.
func testDesk(t *testing.T, now time.Time) *Desk {
	t.Helper()
	dir := t.TempDir()
	ws, err := store.Open(store.Options{Name: "test", Dir: filepath.Join(dir, "ws"), Create: true,
		Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	rules, err := model.NewDeadlineRules("DE-BE", "", "")
	if err != nil {
		t.Fatal(err)
	}
	return New(ws, Options{Rules: rules, Now: func() time.Time { return now }})
}

func addRequest(t *testing.T, d *Desk, received string) model.Request {
	t.Helper()
	day, err := model.ParseDate(received)
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.NewRequest("access", "Erika Muster", "erika@example.org", "email", "eu", model.ReceivedOnDay(day, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Store().CreateRequest(&r); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCloseReopenAudited(t *testing.T) {
	d := testDesk(t, time.Date(2026, 4, 20, 10, 0, 0, 0, time.UTC))
	r := addRequest(t, d, "2026-03-02") // due Thu 2026-04-02

	_, _, err := d.CloseRequest(r.Ref, model.Closing{Outcome: "refused"})
	var re *RuleError
	if !errors.As(err, &re) || !strings.Contains(err.Error(), "needs its reasons") {
		t.Fatalf("a refusal without reasons: %v", err)
	}
	if got, _ := d.Store().GetRequest(r.ID); got.Status != model.StatusReceived || got.Version != r.Version {
		t.Fatalf("a refused change was saved: %+v", got)
	}

	_, rep, err := d.CloseRequest(r.Ref, model.Closing{Outcome: "refused", Reason: "manifestly excessive",
		Replied: model.Date{Year: 2026, Month: 4, Day: 7}, RemediesTold: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.OnTime || rep.DaysLate != 5 || rep.Due.String() != "2026-04-02" || !rep.RemediesTold {
		t.Errorf("refusal sent 2026-04-07 against due 2026-04-02: %+v, want 5 days late with remedies told", rep)
	}
	if _, err := d.ReopenRequest(r.Ref, ""); err == nil {
		t.Fatal("reopened without a reason")
	}
	got, err := d.ReopenRequest(r.Ref, "refusal entered for the wrong person")
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != model.StatusInProgress || got.Outcome != "" {
		t.Errorf("after reopening: %s %q", got.Status, got.Outcome)
	}
	_, rep, err = d.CloseRequest(r.Ref, model.Closing{Outcome: "fulfilled", Replied: model.Date{Year: 2026, Month: 4, Day: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OnTime || rep.Outcome != "fulfilled" {
		t.Errorf("second close: %+v, want fulfilled on time", rep)
	}

	entries, err := d.Store().Audit(store.AuditFilter{Kind: "request", RecordID: r.ID})
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range entries {
		actions = append(actions, e.Action)
	}
	want := "request.close request.reopen request.close create"
	if strings.Join(actions, " ") != want {
		t.Errorf("audit (newest first) %v, want %s", actions, want)
	}
}

func TestCorrectRequest(t *testing.T) {
	d := testDesk(t, time.Date(2026, 4, 20, 10, 0, 0, 0, time.UTC))
	r := addRequest(t, d, "2026-03-02")
	got, err := d.CorrectRequest(r.Ref, model.Correction{Received: model.ReceivedOnDay(model.Date{Year: 2026, Month: 3, Day: 9}, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if due := d.Rules().Deadline(got).Due.String(); due != "2026-04-09" {
		t.Errorf("due %s after correcting the receipt to 2026-03-09, want 2026-04-09", due)
	}
	if _, err := d.CorrectRequest(r.Ref, model.Correction{Jurisdiction: "atlantis"}); err == nil {
		t.Error("an unknown jurisdiction was accepted")
	}
	entries, err := d.Store().Audit(store.AuditFilter{Kind: "request", RecordID: r.ID, Limit: 1})
	if err != nil || len(entries) != 1 || entries[0].Action != "request.correct" {
		t.Errorf("newest entry %+v (%v), want request.correct", entries, err)
	}
}
