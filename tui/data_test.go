package tui

import (
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// The memo must give exactly what the engine gives, for plain requests and for
// requests whose events change the deadline.
func TestDeadlineMemoMatchesEngine(t *testing.T) {
	rules, err := model.NewDeadlineRules("DE-BE", "", "")
	if err != nil {
		t.Fatal(err)
	}
	memo := map[deadlineKey]model.Deadline{}
	base := time.Date(2025, 12, 1, 10, 0, 0, 0, time.UTC)
	for i := range 120 {
		r := model.Request{Type: []string{"access", "erasure", "consent_withdrawal"}[i%3], Jurisdiction: []string{"eu", "uk", "ccpa"}[i%3],
			Received: base.AddDate(0, 0, i/2), Status: model.StatusReceived,
			Events: []model.RequestEvent{{Kind: model.EventStatus, Status: model.StatusReceived}}}
		if i%7 == 0 {
			on := model.DateOf(r.Received).AddDays(2)
			r.Events = append(r.Events, model.RequestEvent{Kind: model.EventPause, Reason: "identity", Paused: on})
		}
		if got, want := deadlineOf(rules, r, memo), rules.Deadline(r); got != want {
			t.Fatalf("request %d: memo %+v, engine %+v", i, got, want)
		}
	}
}

// The counting sort and the comparison sort give the same order.
func TestSortOrder(t *testing.T) {
	var reqs []model.Request
	var dls []slimDeadline
	day := model.Date{Year: 2026, Month: 1, Day: 1}
	for i := range 500 {
		reqs = append(reqs, model.Request{ID: uint64(i + 1)})
		dls = append(dls, slimDeadline{due: day.AddDays((i * 37) % 90), open: i%3 != 0})
	}
	fast := sortOrder(reqs, dls)
	// Reverse the IDs' order to force the comparison sort, then compare by ID.
	rev := make([]model.Request, len(reqs))
	rdl := make([]slimDeadline, len(dls))
	for i := range reqs {
		rev[len(reqs)-1-i], rdl[len(reqs)-1-i] = reqs[i], dls[i]
	}
	slow := sortOrder(rev, rdl)
	for j := range fast {
		if reqs[fast[j]].ID != rev[slow[j]].ID {
			t.Fatalf("position %d: counting sort gives ID %d, comparison sort %d", j, reqs[fast[j]].ID, rev[slow[j]].ID)
		}
	}
	for j := 1; j < len(fast); j++ {
		a, b := dls[fast[j-1]], dls[fast[j]]
		if a.open && b.open && b.due.Before(a.due) || !a.open && b.open || !a.open && !b.open && a.due.Before(b.due) {
			t.Fatalf("position %d out of order: %+v then %+v", j, a, b)
		}
	}
}
