package model

import (
	"strings"
	"testing"
	"time"
)

func TestBreachDeadlineAcrossDST(t *testing.T) {
	cases := []struct {
		name, tz, aware string
		wantBy          string // wall clock of the deadline in the zone, with its abbreviation
		wall            int    // hours on the wall clock
	}{
		{"Berlin winter, no change", "Europe/Berlin", "2026-12-04 16:30", "Mon 2026-12-07 16:30 CET", 72},
		{"Berlin spring forward", "Europe/Berlin", "2026-03-27 10:00", "Mon 2026-03-30 11:00 CEST", 73},
		{"Berlin aware just before the change", "Europe/Berlin", "2026-03-29 01:30", "Wed 2026-04-01 02:30 CEST", 73},
		{"Berlin autumn back", "Europe/Berlin", "2026-10-23 10:00", "Mon 2026-10-26 09:00 CET", 71},
		{"Berlin summer, no change", "Europe/Berlin", "2026-03-30 09:00", "Thu 2026-04-02 09:00 CEST", 72},
		{"London spring forward", "Europe/London", "2026-03-27 16:30", "Mon 2026-03-30 17:30 BST", 73},
		{"London autumn back", "Europe/London", "2026-10-23 16:30", "Mon 2026-10-26 15:30 GMT", 71},
		{"London winter, no change", "Europe/London", "2026-12-04 16:30", "Mon 2026-12-07 16:30 GMT", 72},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			aware, err := ParseBreachTime(c.aware, c.tz)
			if err != nil {
				t.Fatal(err)
			}
			b := Breach{AwareAt: aware, TZ: c.tz}
			by := b.NotifyBy()
			if got := by.Sub(aware); got != 72*time.Hour {
				t.Errorf("elapsed %v, want exactly 72h", got)
			}
			if got := by.Format("Mon 2006-01-02 15:04 MST"); got != c.wantBy {
				t.Errorf("notify by %s, want %s", got, c.wantBy)
			}
			if got := wallHours(aware, by); got != c.wall {
				t.Errorf("wall-clock hours %d, want %d", got, c.wall)
			}
			rule := ClockRule(aware)
			if !strings.Contains(rule, "→ "+c.wantBy+" (Art. 33(1))") {
				t.Errorf("rule %q does not end at %s", rule, c.wantBy)
			}
			if strings.Contains(rule, "wall clock") != (c.wall != 72) {
				t.Errorf("rule %q: the wall-clock note should appear only across a change", rule)
			}
		})
	}
}

func TestClockRuleText(t *testing.T) {
	aware, err := ParseBreachTime("2026-12-04 16:30", "Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	want := "aware Fri 2026-12-04 16:30 CET + 72 h → Mon 2026-12-07 16:30 CET (Art. 33(1))"
	if got := ClockRule(aware); got != want {
		t.Errorf("rule\n got %s\nwant %s", got, want)
	}
	b := Breach{AwareAt: aware, TZ: "Europe/Berlin"}
	c := b.Clock(aware.Add(70*time.Hour + 30*time.Minute))
	if c.HoursLeft != 1.5 || c.Passed {
		t.Errorf("hours left %v passed %v, want 1.5 and false", c.HoursLeft, c.Passed)
	}
	c = b.Clock(aware.Add(73 * time.Hour))
	if c.HoursLeft != -1 || !c.Passed {
		t.Errorf("hours left %v passed %v, want -1 and true", c.HoursLeft, c.Passed)
	}
}

func TestParseBreachTime(t *testing.T) {
	if _, err := ParseBreachTime("2026-03-29 02:30", "Europe/Berlin"); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("a skipped wall-clock time: got %v", err)
	}
	if _, err := ParseBreachTime("2026-12-04 16:30", "Mars/Olympus"); err == nil || !strings.Contains(err.Error(), "IANA") {
		t.Errorf("an unknown zone: got %v", err)
	}
	if _, err := ParseBreachTime("04.12.2026", "Europe/Berlin"); err == nil || !strings.Contains(err.Error(), "YYYY-MM-DD HH:MM") {
		t.Errorf("a wrong layout: got %v", err)
	}
	if got, err := ParseBreachTime("04.12.2026 16:30", "Europe/Berlin"); err != nil || got.Format("2006-01-02 15:04 MST") != "2026-12-04 16:30 CET" {
		t.Errorf("the German form: got %v %v", got, err)
	}
	got, err := ParseBreachTime("2026-12-04T15:30:00Z", "Europe/Berlin")
	if err != nil || got.Format("15:04 MST") != "16:30 CET" {
		t.Errorf("RFC 3339 shown in the zone: got %v %v", got, err)
	}
}

func TestENISAWorkedExamples(t *testing.T) {
	cases := []struct {
		name string
		a    BreachAssessment
		se   float64
		band string
	}{
		{"bank statements lost to unknown persons", BreachAssessment{DPC: 3, EI: 0.75, Confidentiality: 0.5}, 2.75, BandMedium},
		{"contact list mailed to one known wrong recipient", BreachAssessment{DPC: 1, EI: 1, Confidentiality: 0.25}, 1.25, BandLow},
		{"health records stolen and published", BreachAssessment{DPC: 4, EI: 1, Confidentiality: 0.5, Malicious: true}, 5, BandVeryHigh},
		{"location history leaked by an attacker", BreachAssessment{DPC: 2, EI: 0.75, Confidentiality: 0.5, Malicious: true}, 2.5, BandMedium},
		{"card data exposed to unknown persons", BreachAssessment{DPC: 3, EI: 1, Confidentiality: 0.5}, 3.5, BandHigh},
		{"pseudonymised financial data, temporary outage", BreachAssessment{DPC: 3, EI: 0.5, Availability: 0.25}, 1.75, BandLow},
		{"boundary low/medium", BreachAssessment{DPC: 2, EI: 1}, 2, BandMedium},
		{"boundary medium/high", BreachAssessment{DPC: 4, EI: 0.75}, 3, BandHigh},
		{"boundary high/very high", BreachAssessment{DPC: 4, EI: 1}, 4, BandVeryHigh},
		{"ransomware: altered, not recoverable, permanent loss", BreachAssessment{DPC: 2, EI: 0.5, Integrity: 0.5, Availability: 0.5, Malicious: true}, 2.5, BandMedium},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.a.Rationale = "worked example"
			if err := c.a.Validate(); err != nil {
				t.Fatal(err)
			}
			if got := c.a.SE(); got != c.se {
				t.Errorf("SE %g, want %g", got, c.se)
			}
			if got := c.a.Band(); got != c.band {
				t.Errorf("band %s, want %s", got, c.band)
			}
		})
	}
}

func TestAssessmentRejectsOffScale(t *testing.T) {
	a := BreachAssessment{DPC: 5, EI: 0.6, Confidentiality: 0.3}
	err := a.Validate()
	for _, want := range []string{"DPC 5", "EI 0.6", "confidentiality 0.3", "rationale"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("want an error naming %q, got %v", want, err)
		}
	}
}

func TestBreachLifecycle(t *testing.T) {
	aware, _ := ParseBreachTime("2026-12-04 16:30", "Europe/Berlin")
	b := Breach{Title: "Laptop stolen", AwareAt: aware, TZ: "Europe/Berlin", Status: BreachOpen}
	if err := b.Close(); err == nil {
		t.Error("closed without a decision")
	}
	if err := b.Decide(BreachDecision{NotifyAuthority: false, NotifySubjects: false}, aware); err == nil {
		t.Error("a no-notification decision without reasons was accepted")
	}
	if err := b.Assess(BreachAssessment{DPC: 3, EI: 1, Confidentiality: 0.5, Rationale: "r"}, aware); err != nil || b.Status != BreachAssessed {
		t.Fatalf("assess: %v, status %s", err, b.Status)
	}
	if err := b.Decide(BreachDecision{NotifyAuthority: true, NotifySubjects: true}, aware); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err == nil {
		t.Error("closed before the decided notification")
	}
	late := aware.Add(80 * time.Hour)
	if err := b.Notify(BreachNotice{At: late}, late); err == nil || !strings.Contains(err.Error(), "8 h after the 72 hours") {
		t.Errorf("late notification without reasons: %v", err)
	}
	if err := b.Notify(BreachNotice{At: aware.Add(48 * time.Hour), Reference: "LDA-1"}, late); err != nil || b.Status != BreachNotified {
		t.Fatalf("notify: %v, status %s", err, b.Status)
	}
	if err := b.Close(); err != nil || b.Status != BreachClosed {
		t.Fatalf("close: %v", err)
	}
}

func TestBreachFindings(t *testing.T) {
	aware, _ := ParseBreachTime("2026-12-04 16:30", "Europe/Berlin")
	base := Breach{ID: 1, Title: "B", AwareAt: aware, TZ: "Europe/Berlin", Status: BreachOpen}
	rules := func(b Breach, now time.Time) map[string]string {
		m := map[string]string{}
		for _, f := range BreachFindings([]Breach{b}, now) {
			m[f.Rule] = f.Severity
		}
		return m
	}
	if got := rules(base, aware.Add(23*time.Hour)); len(got) != 0 {
		t.Errorf("at 23 h: %v, want none", got)
	}
	if got := rules(base, aware.Add(25*time.Hour)); got[RuleBreachNotAssessed] != FindingWarn || len(got) != 1 {
		t.Errorf("at 25 h: %v", got)
	}
	if got := rules(base, aware.Add(73*time.Hour)); got[RuleBreachDeadlinePassed] != FindingHigh {
		t.Errorf("at 73 h: %v", got)
	}
	notNotified := base
	notNotified.Decision = &BreachDecision{NotifyAuthority: false, NotifySubjects: false, Reason: "encrypted laptop"}
	if got := rules(notNotified, aware.Add(73*time.Hour)); got[RuleBreachDeadlinePassed] != "" {
		t.Errorf("decided not to notify: %v", got)
	}
	notNotified.Decision.Reason = ""
	if got := rules(notNotified, aware.Add(1*time.Hour)); got[RuleBreachNoReason] != FindingHigh {
		t.Errorf("no reasons: %v", got)
	}
	high := base
	high.Assessment = &BreachAssessment{DPC: 4, EI: 1, Rationale: "r"}
	if got := rules(high, aware.Add(time.Hour)); got[RuleBreachNoSubjectsChoice] != FindingHigh {
		t.Errorf("high risk without decision: %v", got)
	}
}

// A breach's moments keep the order they happen in and none is in the future.
func TestBreachTimeline(t *testing.T) {
	now := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	h := func(hours float64) time.Time { return now.Add(time.Duration(hours * float64(time.Hour))) }
	good := Breach{OccurredFrom: h(-30), OccurredTo: h(-28), DetectedAt: h(-20), AwareAt: h(-20), SubjectsToldAt: h(-2)}
	cases := []struct {
		name string
		edit func(b *Breach)
		want string // "" for none
	}{
		{"in order", func(*Breach) {}, ""},
		{"only awareness", func(b *Breach) { *b = Breach{AwareAt: h(-1)} }, ""},
		{"awareness a minute ahead of the clock", func(b *Breach) { b.AwareAt, b.SubjectsToldAt = now.Add(time.Minute), time.Time{} }, ""},
		{"awareness in the future", func(b *Breach) { b.AwareAt, b.SubjectsToldAt = h(24*365*4), time.Time{} }, "awareness cannot be in the future: check --aware"},
		{"detection in the future", func(b *Breach) { b.DetectedAt = h(1) }, "detection cannot be in the future"},
		{"end in the future", func(b *Breach) { b.OccurredTo = h(2) }, "end of the breach cannot be in the future"},
		{"start in the future", func(b *Breach) { b.OccurredFrom, b.OccurredTo = h(2), time.Time{} }, "start of the breach cannot be in the future"},
		{"subjects told in the future", func(b *Breach) { b.SubjectsToldAt = h(3) }, "telling the data subjects cannot be in the future"},
		{"aware before detected", func(b *Breach) { b.AwareAt = h(-21) }, "cannot become aware of the breach before it was detected"},
		{"aware before it began", func(b *Breach) { b.DetectedAt, b.AwareAt = time.Time{}, h(-31) }, "cannot become aware of the breach before it began"},
		{"detected before it began", func(b *Breach) { b.DetectedAt = h(-40) }, "cannot be detected before it began"},
		{"subjects told before awareness", func(b *Breach) { b.SubjectsToldAt = h(-25) }, "cannot be told before the controller became aware"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := good
			c.edit(&b)
			err := b.CheckTimeline(now)
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Fatalf("error %v, want one saying %q", err, c.want)
			}
		})
	}
}
