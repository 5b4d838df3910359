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
