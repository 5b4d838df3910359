package model

import (
	"strings"
	"testing"
	"time"
)

func TestTimelineInDateOrder(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	typed := time.Date(2025, 6, 1, 16, 45, 0, 0, berlin) // logged months after the receipt
	r, err := NewRequest("access", "Erika Muster", "", "letter", "eu", ReceivedOnDay(mustDate(t, "2025-03-05"), berlin))
	if err != nil {
		t.Fatal(err)
	}
	r.Events[0].At = typed
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(r.Pause("identity", mustDate(t, "2025-03-10"), typed))
	must(r.Resume(mustDate(t, "2025-03-12"), typed))
	must(r.AddNote("copied the file to the shared drive", typed.Add(24*time.Hour)))
	must(r.CloseWith(Closing{Outcome: "fulfilled", Replied: mustDate(t, "2025-03-30")}, typed.Add(25*time.Hour)))

	tl := r.Timeline()
	var got []string
	for _, e := range tl {
		got = append(got, e.Day.String()+" "+e.Time+" "+e.Kind)
	}
	want := []string{"2025-03-05  receipt", "2025-03-10  pause", "2025-03-12  resume", "2025-03-30  close", "2025-06-02  note"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("timeline\n got %q\nwant %q", got, want)
	}
	if !tl[0].Logged.Equal(typed) {
		t.Errorf("the receipt was logged at %s, want %s (the time of typing, shown apart)", tl[0].Logged, typed)
	}
	if tl[3].Text != "closed: fulfilled, reply sent 2025-03-30" {
		t.Errorf("close text %q", tl[3].Text)
	}
}

func TestTimelineReceiptWithTime(t *testing.T) {
	cet := time.FixedZone("CET", 3600)
	r, err := NewRequest("erasure", "Max", "", "email", "eu", time.Date(2025, 3, 5, 14, 30, 0, 0, cet))
	if err != nil {
		t.Fatal(err)
	}
	if e := r.Timeline()[0]; e.Time != "14:30 CET" || e.Day.String() != "2025-03-05" {
		t.Errorf("receipt entry %+v, want 2025-03-05 at 14:30 CET", e)
	}
	r.Received = ReceivedOnDay(mustDate(t, "2025-03-05"), cet)
	if e := r.Timeline()[0]; e.Time != "" {
		t.Errorf("a receipt given as a date shows a time: %q", e.Time)
	}
}

func TestCloseAndReopen(t *testing.T) {
	rules := mustRules(t, "none", "", "")
	now := mustDate(t, "2025-05-01").Time().Add(10 * time.Hour)
	base := func() Request {
		return Request{Type: "access", Jurisdiction: "eu", Status: StatusInProgress, Received: mustDate(t, "2025-03-05").Time()}
	}
	tests := []struct {
		name    string
		c       Closing
		errHas  string
		status  string
		onTime  bool
		standin string
	}{
		{"fulfilled on time", Closing{Outcome: "fulfilled", Replied: mustDate(t, "2025-04-07")}, "", StatusCompleted, true, "replied 2025-04-07, on time (due 2025-04-07)"},
		{"fulfilled a day late", Closing{Outcome: "fulfilled", Replied: mustDate(t, "2025-04-08")}, "", StatusCompleted, false, "replied 2025-04-08, 1 day late (due 2025-04-07)"},
		{"refused with reasons and remedies", Closing{Outcome: "refused", Replied: mustDate(t, "2025-03-20"), Reason: "manifestly unfounded", RemediesTold: true}, "", StatusRefused, true, "on time"},
		{"refused without reasons", Closing{Outcome: "refused"}, "needs its reasons", StatusInProgress, false, ""},
		{"no outcome", Closing{}, "outcome is missing", StatusInProgress, false, ""},
		{"reply before receipt", Closing{Outcome: "fulfilled", Replied: mustDate(t, "2025-03-01")}, "before the request was received", StatusInProgress, false, ""},
		{"reply in the future", Closing{Outcome: "fulfilled", Replied: mustDate(t, "2025-05-02")}, "in the future", StatusInProgress, false, ""},
		{"reply today by default", Closing{Outcome: "withdrawn"}, "", StatusWithdrawn, false, "replied 2025-05-01, 24 days late"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := base()
			err := r.CloseWith(tc.c, now)
			if tc.errHas != "" {
				if err == nil || !strings.Contains(err.Error(), tc.errHas) {
					t.Fatalf("error %v, want one containing %q", err, tc.errHas)
				}
				if r.Status != tc.status || len(r.Events) != 0 {
					t.Errorf("a refused close changed the request: %+v", r)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			rep, ok := rules.ReplyOf(r)
			if !ok || r.Status != tc.status || rep.OnTime != tc.onTime || !strings.Contains(rep.Standing(), tc.standin) {
				t.Errorf("status %s, reply %+v %q; want %s on time %v %q", r.Status, rep, rep.Standing(), tc.status, tc.onTime, tc.standin)
			}
			if rep.RemediesTold != tc.c.RemediesTold {
				t.Errorf("remedies told %v, want %v", rep.RemediesTold, tc.c.RemediesTold)
			}
		})
	}
}

func TestReopen(t *testing.T) {
	rules := mustRules(t, "none", "", "")
	now := mustDate(t, "2025-04-01").Time().Add(10 * time.Hour)
	r := Request{Type: "access", Jurisdiction: "eu", Status: StatusInProgress, Received: mustDate(t, "2025-03-05").Time()}
	due := rules.Deadline(r).Due
	if err := r.Reopen("wrong outcome", now); err == nil || !strings.Contains(err.Error(), "nothing to reopen") {
		t.Errorf("reopening an open request: %v", err)
	}
	if err := r.CloseWith(Closing{Outcome: "refused", Reason: "unfounded"}, now); err != nil {
		t.Fatal(err)
	}
	if err := r.CloseWith(Closing{Outcome: "fulfilled"}, now); err == nil || !strings.Contains(err.Error(), "reopen it first") {
		t.Errorf("closing twice: %v", err)
	}
	if err := r.Reopen("  ", now); err == nil || !strings.Contains(err.Error(), "needs a reason") {
		t.Errorf("reopen without a reason: %v", err)
	}
	if err := r.Reopen("the refusal was entered for the wrong request", now); err != nil {
		t.Fatal(err)
	}
	if r.Status != StatusInProgress || r.Outcome != "" || !r.IsOpen() {
		t.Errorf("after reopening: status %s outcome %q", r.Status, r.Outcome)
	}
	if _, ok := rules.ReplyOf(r); ok {
		t.Error("an open request has a reply")
	}
	if d := rules.Deadline(r).Due; d != due {
		t.Errorf("reopening moved the deadline from %s to %s", due, d)
	}
	if err := r.CloseWith(Closing{Outcome: "fulfilled", Replied: mustDate(t, "2025-03-31")}, now); err != nil {
		t.Fatal(err)
	}
	if rep, _ := rules.ReplyOf(r); rep.Outcome != "fulfilled" || rep.Replied.String() != "2025-03-31" {
		t.Errorf("the reply in force is %+v, want the second close", rep)
	}
}
