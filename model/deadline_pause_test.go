package model

import (
	"strings"
	"testing"
	"time"
)

// TestPauseAsTheLawCounts covers the pause rule of docs/deadlines.md: a question
// on the day the clock started behaves as a restart, an answer on the day of the
// question adds nothing, and a pause never gives a later date than a restart on
// the day the information arrived.
func TestPauseAsTheLawCounts(t *testing.T) {
	tests := []struct {
		name, jur, received string
		pauses              []string
		extended            bool
		due                 string
		pausedDays          int
		explainHas          string
	}{
		{"asked on receipt day, EU = UK restart", "eu", "2026-11-02", []string{"identity:2026-11-02..2026-11-03"}, false,
			"2026-12-03", 0, "1 month from 2026-11-03 (identity asked on the day the clock started: counted from its arrival, as a restart)"},
		{"asked on receipt day, UK restart", "uk", "2026-11-02", []string{"identity:2026-11-02..2026-11-03"}, false,
			"2026-12-03", 0, "1 month from 2026-11-03"},
		{"asked and answered on receipt day adds nothing", "eu", "2026-11-02", []string{"identity:2026-11-02..2026-11-02"}, false,
			"2026-12-02", 0, "1 month from 2026-11-02"},
		{"asked and answered the same later day adds nothing", "eu", "2025-03-05", []string{"clarification:2025-03-10..2025-03-10"}, false,
			"2025-04-07", 0, "1 month from 2025-03-05 → Sat 2025-04-05"},
		{"asked the day after receipt equals a restart", "eu", "2026-11-02", []string{"identity:2026-11-03..2026-11-04"}, false,
			"2026-12-04", 2, "+ 2 pause days"},
		{"a pause never runs past a restart", "eu", "2025-01-29", []string{"identity:2025-01-30..2025-01-31"}, false,
			"2025-02-28", 0, "1 month from 2025-01-31 (identity arrived; a pause never runs past a restart from that day)"},
		{"receipt-day restart with an extension", "eu", "2026-11-02", []string{"identity:2026-11-02..2026-11-03"}, true,
			"2027-02-03", 0, "3 months from 2026-11-03"},
		{"receipt-day question, then a second pause", "eu", "2026-11-02",
			[]string{"identity:2026-11-02..2026-11-03", "clarification:2026-11-10..2026-11-11"}, false, "2026-12-07", 2, "+ 2 pause days"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := pauseEvents(t, tc.pauses...)
			if tc.extended {
				evs = append(evs, RequestEvent{Kind: EventExtend, Reason: "complex", Notified: mustDate(t, "2026-11-20")})
			}
			req := Request{Type: "access", Jurisdiction: tc.jur, Events: evs, Status: StatusInProgress,
				Received: mustDate(t, tc.received).Time().Add(9 * time.Hour)}
			d := mustRules(t, "none", "", "").Deadline(req)
			if d.Due.String() != tc.due || d.PausedDays != tc.pausedDays {
				t.Errorf("due %s, %d pause days; want %s, %d (%s)", d.Due, d.PausedDays, tc.due, tc.pausedDays, d.Explanation)
			}
			if !strings.Contains(d.Explanation, tc.explainHas) {
				t.Errorf("explanation %q lacks %q", d.Explanation, tc.explainHas)
			}
		})
	}
}

// TestPauseNeverLaterThanRestart compares pause and restart over every receipt
// day of two years, every question day in the first ten days and answers up to
// twenty days later.
func TestPauseNeverLaterThanRestart(t *testing.T) {
	pause, restart := mustRules(t, "DE-BE", "", PausePause), mustRules(t, "DE-BE", "", PauseRestart)
	start := mustDate(t, "2025-01-01")
	for day := 0; day < 730; day++ {
		rec := start.shift(day)
		for ask := 0; ask < 10; ask++ {
			for wait := 0; wait < 20; wait += 3 {
				from := rec.shift(ask)
				to := from.shift(wait)
				req := Request{Type: "access", Jurisdiction: "eu", Status: StatusInProgress, Received: rec.Time(),
					Events: []RequestEvent{{Kind: EventPause, Reason: "identity", Paused: from}, {Kind: EventResume, Resumed: to}}}
				p, r := pause.Deadline(req), restart.Deadline(req)
				if p.Due.After(r.Due) {
					t.Fatalf("received %s, asked %s, answered %s: pause %s is later than restart %s (%s)",
						rec, from, to, p.Due, r.Due, p.Explanation)
				}
				if ask == 0 && p.Due != r.Due {
					t.Fatalf("received %s, asked the same day, answered %s: pause %s, restart %s", rec, to, p.Due, r.Due)
				}
			}
		}
	}
}

func TestClockText(t *testing.T) {
	rules := mustRules(t, "none", "", "")
	rec := mustDate(t, "2026-11-02").Time().Add(9 * time.Hour)
	open := Request{Type: "access", Jurisdiction: "eu", Status: StatusInProgress, Received: rec,
		Events: pauseEvents(t, "identity:2026-11-10..")}
	tests := []struct {
		name  string
		req   Request
		today string
		want  string
		left  int
		has   bool
	}{
		{"paused", open, "2026-11-20", "clock stopped — 24 days will remain; if the information arrives today, the deadline is 2026-12-14", 24, true},
		{"paused on receipt day", Request{Type: "access", Jurisdiction: "eu", Status: StatusInProgress, Received: rec,
			Events: pauseEvents(t, "identity:2026-11-02..")}, "2026-11-05",
			"clock stopped — 32 days will remain; if the information arrives today, the deadline is 2026-12-07", 32, true},
		{"running, one day", Request{Type: "access", Jurisdiction: "eu", Status: StatusReceived, Received: rec}, "2026-12-01", "1 day left", 1, true},
		{"overdue one day", Request{Type: "access", Jurisdiction: "eu", Status: StatusReceived, Received: rec}, "2026-12-03", "1 day overdue", -1, true},
		{"consent withdrawal", Request{Type: "consent_withdrawal", Jurisdiction: "eu", Status: StatusReceived, Received: rec}, "2026-11-04",
			"service level 7 days: due 2026-11-09 (5 days left)", 5, true},
		{"closed", Request{Type: "access", Jurisdiction: "eu", Status: StatusCompleted, Received: rec}, "2026-11-04", "closed", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			today := mustDate(t, tc.today)
			if got := rules.ClockText(tc.req, today); got != tc.want {
				t.Errorf("ClockText\n got %s\nwant %s", got, tc.want)
			}
			if left, has := rules.DaysLeftOf(tc.req, today); has != tc.has || (has && left != tc.left) {
				t.Errorf("DaysLeftOf = %d, %v; want %d, %v", left, has, tc.left, tc.has)
			}
		})
	}
}

// TestCheckCountsOneDay: the check's messages say "1 day", not "1 days".
func TestCheckCountsOneDay(t *testing.T) {
	rules := mustRules(t, "none", "", "")
	dl := rules.Deadline
	for _, tc := range []struct{ today, want string }{
		{"2026-03-01", "R-1 is due in 1 day (2026-03-02)"},
		{"2026-03-03", "R-1 is 1 day overdue (due 2026-03-02)"},
	} {
		fs := Check(CheckInput{Requests: []Request{request("R-1", StatusInProgress, "2026-01-30")}, Today: mustDate(t, tc.today), Deadline: dl})
		if len(fs) != 1 || fs[0].Message != tc.want {
			t.Errorf("%s: findings %+v, want %q", tc.today, fs, tc.want)
		}
	}
}
