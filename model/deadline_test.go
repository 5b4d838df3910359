package model

import (
	"strings"
	"testing"
	"time"
)

func mustDate(t testing.TB, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func mustRules(t testing.TB, region, mode, policy string) DeadlineRules {
	t.Helper()
	r, err := NewDeadlineRules(region, mode, policy)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestGDPRVectors runs every vector of GDPR.md §3.2 in all three columns.
func TestGDPRVectors(t *testing.T) {
	tests := []struct {
		received, first, receipt3m, deadline2m string
	}{
		{"2025-03-05", "2025-04-07", "2025-06-05", "2025-06-05"},
		{"2025-01-31", "2025-02-28", "2025-04-30", "2025-04-28"},
		{"2024-01-31", "2024-02-29", "2024-04-30", "2024-04-29"},
		{"2025-08-31", "2025-09-30", "2025-12-01", "2025-12-01"},
		{"2026-01-30", "2026-03-02", "2026-04-30", "2026-04-28"},
	}
	receipt := mustRules(t, "none", ExtendFromReceipt, "")
	deadline := mustRules(t, "none", ExtendFromDeadline, "")
	for _, tc := range tests {
		t.Run(tc.received, func(t *testing.T) {
			rec := mustDate(t, tc.received)
			d, err := receipt.ForReceived(rec, "eu", false)
			if err != nil {
				t.Fatal(err)
			}
			if d.Due.String() != tc.first || d.FirstDue.String() != tc.first {
				t.Errorf("one month: got %s, want %s (%s)", d.Due, tc.first, d.Explanation)
			}
			if d.MaxExtended.String() != tc.receipt3m {
				t.Errorf("receipt+3m max: got %s, want %s", d.MaxExtended, tc.receipt3m)
			}
			e, _ := receipt.ForReceived(rec, "eu", true)
			if e.Due.String() != tc.receipt3m || !e.Extended || e.FirstDue.String() != tc.first {
				t.Errorf("receipt+3m: got %+v, want %s", e, tc.receipt3m)
			}
			e, _ = deadline.ForReceived(rec, "eu", true)
			if e.Due.String() != tc.deadline2m {
				t.Errorf("deadline+2m: got %s, want %s (%s)", e.Due, tc.deadline2m, e.Explanation)
			}
		})
	}
}

func TestExplanationExample(t *testing.T) {
	r := mustRules(t, "DE-BE", "", "")
	d, err := r.ForReceived(mustDate(t, "2025-03-05"), "eu", false)
	if err != nil {
		t.Fatal(err)
	}
	want := "1 month from 2025-03-05 → Sat 2025-04-05 → next working day Mon 2025-04-07 (EU, holidays DE-BE)"
	if d.Explanation != want {
		t.Errorf("explanation\n got %s\nwant %s", d.Explanation, want)
	}
}

// TestOneMonthWithHolidays covers movable feasts, regional holidays, the UK vectors
// of GDPR.md §3.2, leap years and month and year ends.
func TestOneMonthWithHolidays(t *testing.T) {
	tests := []struct {
		name, region, jur, received, due, explainHas string
	}{
		{"UK vector 2024", "GB-ENG", "uk", "2024-11-25", "2024-12-27", "Wed 2024-12-25 Christmas Day"},
		{"UK vector 2025", "GB-ENG", "uk", "2025-11-25", "2025-12-29", "(UK, holidays GB-ENG)"},
		{"UK without region uses GB-ENG", "", "uk", "2024-11-25", "2024-12-27", "holidays GB-ENG"},
		{"UK in a German workspace uses GB-ENG", "DE-BE", "uk", "2025-11-25", "2025-12-29", "holidays GB-ENG"},
		{"UK St Andrew's Day in Scotland", "GB-SCT", "uk", "2026-10-30", "2026-12-01", "St Andrew's Day"},
		{"UK St Andrew's Day not in England", "GB-ENG", "uk", "2026-10-30", "2026-11-30", ""},
		{"Good Friday and Easter Monday", "DE-BE", "eu", "2025-03-18", "2025-04-22", "Karfreitag"},
		{"Ascension", "DE-BE", "eu", "2025-04-29", "2025-05-30", "Christi Himmelfahrt"},
		{"Whit Monday", "DE", "eu", "2025-05-09", "2025-06-10", "Pfingstmontag"},
		{"Corpus Christi in Bavaria", "DE-BY", "eu", "2025-05-19", "2025-06-20", "Fronleichnam"},
		{"no Corpus Christi in Berlin", "DE-BE", "eu", "2025-05-19", "2025-06-19", ""},
		{"Repentance Day in Saxony", "DE-SN", "eu", "2025-10-19", "2025-11-20", "Buß- und Bettag"},
		{"no Repentance Day in Bavaria", "DE-BY", "eu", "2025-10-19", "2025-11-19", ""},
		{"Assumption in Saarland", "DE-SL", "eu", "2025-07-15", "2025-08-18", "Mariä Himmelfahrt"},
		{"Assumption not statewide in Bavaria", "DE-BY", "eu", "2025-07-15", "2025-08-15", ""},
		{"Women's Day in Berlin", "DE-BE", "eu", "2024-02-08", "2024-03-11", "Frauentag"},
		{"no Women's Day in Bavaria", "DE-BY", "eu", "2024-02-08", "2024-03-08", ""},
		{"Epiphany in Baden-Württemberg", "DE-BW", "eu", "2025-12-06", "2026-01-07", "Heilige Drei Könige"},
		{"no Epiphany in Berlin", "DE-BE", "eu", "2025-12-06", "2026-01-06", ""},
		{"Berlin 8 May 2025", "DE-BE", "eu", "2025-04-08", "2025-05-09", "Tag der Befreiung"},
		{"Bastille Day", "FR", "eu", "2025-06-14", "2025-07-15", ""},
		{"leap day", "none", "eu", "2024-01-29", "2024-02-29", ""},
		{"no leap day", "none", "eu", "2023-01-29", "2023-02-28", ""},
		{"from a leap day into Easter", "DE", "eu", "2024-02-29", "2024-04-02", "Karfreitag"},
		{"from a leap day, weekends only", "none", "eu", "2024-02-29", "2024-03-29", "weekends only"},
		{"31 March to 30 April", "none", "eu", "2025-03-31", "2025-04-30", ""},
		{"year end to a Saturday", "none", "eu", "2025-12-31", "2026-02-02", ""},
		{"into New Year's Day", "DE", "eu", "2025-12-01", "2026-01-02", "Neujahrstag"},
		{"into Boxing Day", "DE-BE", "eu", "2024-11-26", "2024-12-27", ""},
		{"Christmas Eve is a working day", "DE-BE", "eu", "2025-11-24", "2025-12-24", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := mustRules(t, tc.region, "", "")
			d, err := r.ForReceived(mustDate(t, tc.received), tc.jur, false)
			if err != nil {
				t.Fatal(err)
			}
			if d.Due.String() != tc.due {
				t.Errorf("due %s, want %s (%s)", d.Due, tc.due, d.Explanation)
			}
			if !strings.Contains(d.Explanation, tc.explainHas) {
				t.Errorf("explanation %q lacks %q", d.Explanation, tc.explainHas)
			}
		})
	}
}

// TestExtensions covers both modes across year ends and for day-counted regimes.
func TestExtensions(t *testing.T) {
	tests := []struct {
		name, region, jur, mode, received, first, due, explainHas string
	}{
		{"Reformation Day in Saxony", "DE-SN", "eu", ExtendFromReceipt, "2025-07-31", "2025-09-01", "2025-11-03", "Fri 2025-10-31 Reformationstag"},
		{"no Reformation Day in Bavaria", "DE-BY", "eu", ExtendFromReceipt, "2025-07-31", "2025-09-01", "2025-10-31", "(EU, holidays DE-BY)"},
		{"receipt+3m across year end", "none", "eu", ExtendFromReceipt, "2025-10-31", "2025-12-01", "2026-02-02", "3 months from 2025-10-31 (receipt+3m)"},
		{"deadline+2m from the unrolled Sunday", "none", "eu", ExtendFromDeadline, "2025-10-31", "2025-12-01", "2026-01-30", "+ 2 months (deadline+2m)"},
		{"CCPA +45 days", "US", "ccpa", ExtendFromReceipt, "2025-03-05", "2025-04-19", "2025-06-03", "90 days from 2025-03-05"},
		{"CCPA deadline mode", "US", "ccpa", ExtendFromDeadline, "2025-03-05", "2025-04-19", "2025-06-03", "+ 45 days (deadline+2m)"},
		{"UK receipt+3m", "GB-ENG", "uk", ExtendFromReceipt, "2025-09-26", "2025-10-27", "2025-12-29", "Fri 2025-12-26 Boxing Day"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := mustRules(t, tc.region, tc.mode, "")
			d, err := r.ForReceived(mustDate(t, tc.received), tc.jur, true)
			if err != nil {
				t.Fatal(err)
			}
			if d.FirstDue.String() != tc.first || d.Due.String() != tc.due || !d.Extended {
				t.Errorf("first %s due %s extended %v, want %s %s (%s)", d.FirstDue, d.Due, d.Extended, tc.first, tc.due, d.Explanation)
			}
			if !strings.Contains(d.Explanation, tc.explainHas) {
				t.Errorf("explanation %q lacks %q", d.Explanation, tc.explainHas)
			}
		})
	}
}

func TestDayCountedJurisdictions(t *testing.T) {
	tests := []struct {
		jur, due, explainHas string
		canExtend            bool
	}{
		{"ccpa", "2025-04-19", "45 days from 2025-03-05 → Sat 2025-04-19 (CCPA, calendar days, no roll", true},
		{"lgpd", "2025-03-20", "15 days from 2025-03-05 → Thu 2025-03-20 (LGPD [U]", false},
		{"ch", "2025-04-04", "30 days from 2025-03-05 → Fri 2025-04-04 (CH [U]", false},
	}
	r := mustRules(t, "DE-BE", "", "")
	for _, tc := range tests {
		t.Run(tc.jur, func(t *testing.T) {
			d, err := r.ForReceived(mustDate(t, "2025-03-05"), tc.jur, false)
			if err != nil {
				t.Fatal(err)
			}
			if d.Due.String() != tc.due || !strings.Contains(d.Explanation, tc.explainHas) {
				t.Errorf("got %s %q, want %s %q", d.Due, d.Explanation, tc.due, tc.explainHas)
			}
			_, err = r.ForReceived(mustDate(t, "2025-03-05"), tc.jur, true)
			if (err == nil) != tc.canExtend {
				t.Errorf("extension allowed %v, want %v (%v)", err == nil, tc.canExtend, err)
			}
		})
	}
}

func TestRulesErrors(t *testing.T) {
	tests := []struct{ region, mode, policy, errHas string }{
		{"XX-YY", "", "", "unknown holiday region"},
		{"DE-BE", "receipt+4m", "", "unknown extension mode"},
		{"DE-BE", "", "sometimes", "unknown pause policy"},
	}
	for _, tc := range tests {
		_, err := NewDeadlineRules(tc.region, tc.mode, tc.policy)
		if err == nil || !strings.Contains(err.Error(), tc.errHas) {
			t.Errorf("NewDeadlineRules(%q, %q, %q) = %v, want %q", tc.region, tc.mode, tc.policy, err, tc.errHas)
		}
	}
	if _, err := mustRules(t, "", "", "").ForReceived(mustDate(t, "2025-03-05"), "mars", false); err == nil {
		t.Error("unknown jurisdiction accepted")
	}
}

// The received timestamp counts in its own zone: 00:30 in Berlin is still the 5th.
func TestReceivedInOwnZone(t *testing.T) {
	berlin := time.FixedZone("CET", 3600)
	req := Request{Type: "access", Jurisdiction: "eu", Received: time.Date(2025, 3, 5, 0, 30, 0, 0, berlin)}
	d := mustRules(t, "none", "", "").Deadline(req)
	if d.Due.String() != "2025-04-07" {
		t.Errorf("due %s, want 2025-04-07 (%s)", d.Due, d.Explanation)
	}
}

func TestConsentWithdrawalOffClock(t *testing.T) {
	req := Request{Type: "consent_withdrawal", Jurisdiction: "eu", Received: time.Date(2025, 3, 5, 9, 0, 0, 0, time.UTC)}
	d := mustRules(t, "DE-BE", "", "").Deadline(req)
	if d.OnClock || d.Due.String() != "2025-03-12" || !strings.Contains(d.Explanation, "not a statutory deadline") {
		t.Errorf("got %+v", d)
	}
}

// BenchmarkDeadline measures one Deadline call on a request with a closed pause, as
// the TUI does for every request at start.
func BenchmarkDeadline(b *testing.B) {
	r := mustRules(b, "DE-BE", "", "")
	req := Request{Type: "access", Jurisdiction: "eu", Received: time.Date(2025, 3, 5, 9, 0, 0, 0, time.UTC),
		Events: []RequestEvent{
			{Kind: EventPause, Reason: "identity", Paused: mustDate(b, "2025-03-10")},
			{Kind: EventResume, Resumed: mustDate(b, "2025-03-15")},
		}}
	b.ReportAllocs()
	for b.Loop() {
		_ = r.Deadline(req)
	}
}

// pauseEvents builds pause/resume events from "reason:from..to" ("to" empty = open).
func pauseEvents(t *testing.T, specs ...string) []RequestEvent {
	var evs []RequestEvent
	for _, s := range specs {
		reason, span, _ := strings.Cut(s, ":")
		from, to, _ := strings.Cut(span, "..")
		evs = append(evs, RequestEvent{Kind: EventPause, Reason: reason, Paused: mustDate(t, from)})
		if to != "" {
			evs = append(evs, RequestEvent{Kind: EventResume, Reason: reason, Resumed: mustDate(t, to)})
		}
	}
	return evs
}

// TestPausePolicies covers pause, restart and none, pauses across month ends, open
// pauses and pauses combined with extensions.
func TestPausePolicies(t *testing.T) {
	tests := []struct {
		name, region, jur, policy, received string
		pauses                              []string
		extended                            bool
		due                                 string
		pausedDays                          int
		paused                              bool
		explainHas                          string
	}{
		{"one pause", "none", "eu", "", "2025-03-05", []string{"identity:2025-03-10..2025-03-15"}, false, "2025-04-11", 6, false, "+ 6 pause days → Fri 2025-04-11"},
		{"across a month end", "none", "eu", "", "2025-01-20", []string{"clarification:2025-01-30..2025-02-02"}, false, "2025-02-24", 4, false, ""},
		{"two pauses, the second over February's end", "none", "eu", "", "2025-01-31",
			[]string{"identity:2025-02-03..2025-02-04", "fee:2025-02-20..2025-03-01"}, false, "2025-03-12", 12, false, ""},
		{"pause after the deadline does not count", "none", "eu", "", "2025-03-05", []string{"identity:2025-04-20..2025-04-25"}, false, "2025-04-07", 0, false, ""},
		{"pause on the rolled deadline counts", "none", "eu", "", "2025-03-05", []string{"identity:2025-04-07..2025-04-08"}, false, "2025-04-07", 2, false, ""},
		{"open pause freezes", "DE-BE", "eu", "", "2025-03-05", []string{"identity:2025-03-20.."}, false, "2025-04-07", 0, true, "paused since 2025-03-20 (identity), deadline frozen: 1 month from 2025-03-05"},
		{"policy none ignores pauses", "none", "eu", PauseNone, "2025-03-05", []string{"identity:2025-03-10..2025-03-15"}, false, "2025-04-07", 0, false, "pauses not counted (policy none)"},
		{"CCPA does not pause", "US", "ccpa", "", "2025-03-05", []string{"identity:2025-03-10..2025-03-15"}, false, "2025-04-19", 0, false, "pauses not counted"},
		{"pause with receipt+3m", "none", "eu", "", "2025-03-05", []string{"identity:2025-03-10..2025-03-15"}, true, "2025-06-11", 6, false, "3 months from 2025-03-05 (receipt+3m) + 6 pause days"},
		{"UK restart on identity", "GB-ENG", "uk", "", "2025-03-05", []string{"identity:2025-03-06..2025-03-12"}, false, "2025-04-14", 0, false, "1 month from 2025-03-12 (identity arrived, clock restarted) → Sat 2025-04-12"},
		{"UK clarification pauses", "GB-ENG", "uk", "", "2025-03-05", []string{"clarification:2025-03-10..2025-03-14"}, false, "2025-04-10", 5, false, ""},
		{"UK restart then clarification", "GB-ENG", "uk", "", "2025-03-05",
			[]string{"fee:2025-03-06..2025-03-12", "clarification:2025-03-20..2025-03-21"}, false, "2025-04-14", 2, false, ""},
		{"UK open identity request", "GB-ENG", "uk", "", "2025-03-05", []string{"identity:2025-03-06.."}, false, "2025-04-07", 0, true, "paused since 2025-03-06"},
		{"restart forced on EU", "none", "eu", PauseRestart, "2025-01-31", []string{"identity:2025-02-03..2025-02-28"}, false, "2025-03-28", 0, false, "clock restarted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := pauseEvents(t, tc.pauses...)
			if tc.extended {
				evs = append(evs, RequestEvent{Kind: EventExtend, Reason: "complex", Notified: mustDate(t, tc.received)})
			}
			req := Request{Type: "access", Jurisdiction: tc.jur, Events: evs,
				Received: mustDate(t, tc.received).Time().Add(10 * time.Hour)}
			d := mustRules(t, tc.region, "", tc.policy).Deadline(req)
			if d.Due.String() != tc.due || d.PausedDays != tc.pausedDays || d.Paused != tc.paused {
				t.Errorf("due %s paused days %d paused %v, want %s %d %v (%s)",
					d.Due, d.PausedDays, d.Paused, tc.due, tc.pausedDays, tc.paused, d.Explanation)
			}
			if !strings.Contains(d.Explanation, tc.explainHas) {
				t.Errorf("explanation %q lacks %q", d.Explanation, tc.explainHas)
			}
		})
	}
}

func TestDaysLeft(t *testing.T) {
	due := mustDate(t, "2025-04-07")
	tests := []struct {
		name, today, pausedSince string
		want                     int
	}{
		{"due today", "2025-04-07", "", 0},
		{"a week before", "2025-03-31", "", 7},
		{"overdue", "2025-04-10", "", -3},
		{"frozen while paused", "2025-05-30", "2025-03-20", 19},
	}
	for _, tc := range tests {
		d := Deadline{Due: due}
		if tc.pausedSince != "" {
			d.Paused, d.PausedSince = true, mustDate(t, tc.pausedSince)
		}
		if got := d.DaysLeft(mustDate(t, tc.today)); got != tc.want {
			t.Errorf("%s: DaysLeft = %d, want %d", tc.name, got, tc.want)
		}
	}
}
