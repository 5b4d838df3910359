package model

import (
	"testing"
)

func TestStats(t *testing.T) {
	rules := mustRules(t, "none", "", "")
	now := mustDate(t, "2026-06-30").Time()
	mk := func(typ, received string, apply func(*Request)) Request {
		r := Request{Type: typ, Jurisdiction: "eu", Status: StatusInProgress, Received: mustDate(t, received).Time()}
		if apply != nil {
			apply(&r)
		}
		return r
	}
	closeOn := func(outcome, replied string) func(*Request) {
		return func(r *Request) {
			if err := r.CloseWith(Closing{Outcome: outcome, Replied: mustDate(t, replied), Reason: "x"}, now); err != nil {
				t.Fatal(err)
			}
		}
	}
	reqs := []Request{
		mk("access", "2026-01-05", closeOn("fulfilled", "2026-01-15")), // 10 days, on time
		mk("access", "2026-01-20", closeOn("fulfilled", "2026-02-25")), // due 02-20: late, 36 days
		mk("erasure", "2026-03-02", closeOn("refused", "2026-03-22")),  // 20 days, on time
		mk("erasure", "2026-03-03", func(r *Request) {
			if err := r.Extend("complex", mustDate(t, "2026-03-10"), rules, now); err != nil {
				t.Fatal(err)
			}
		}),
		mk("access", "2026-05-20", nil),
		mk("portability", "2026-04-01", func(r *Request) { r.Status, r.Outcome = StatusCompleted, "fulfilled" }), // closed before replies were recorded // open, due 06-22: overdue on 06-30
		mk("access", "2025-12-31", nil), // before the period
		mk("access", "2026-07-01", nil), // after it
	}
	s := rules.Stats(reqs, mustDate(t, "2026-01-01"), mustDate(t, "2026-06-30"))
	check := func(name string, got, want any) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	check("received", s.Received, 6)
	check("closed", s.Closed, 4)
	check("closed without a reply day", s.NoReplyDay, 1)
	check("open", s.Open, 2)
	check("on time", s.OnTime, 2)
	check("late", s.Late, 1)
	check("share", s.OnTimeShare, 2.0/3)
	check("median days", s.MedianDays, 20.0)
	check("extended", s.Extended, 1)
	check("refused", s.Refused, 1)
	check("overdue open", s.OverdueOpen, 2) // the extended erasure was due 2026-06-03
	check("months", len(s.Months), 6)
	check("january", s.Months[0].Total, 2)
	check("february", s.Months[1].Total, 0)
	check("march erasures", s.Months[2].ByType[0], TypeCount{"erasure", 2})
	check("types", len(s.ByType), 3)
	check("access first", s.ByType[0], TypeCount{"access", 3})
	if empty := rules.Stats(nil, mustDate(t, "2026-01-01"), mustDate(t, "2026-01-31")); empty.OnTimeShare != 0 || empty.MedianDays != 0 || len(empty.Months) != 1 {
		t.Errorf("no requests: %+v", empty)
	}
}
