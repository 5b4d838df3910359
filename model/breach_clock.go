package model

import (
	"fmt"
	"math"
	"strings"
	"time"
	// The 72-hour clock must follow each zone's daylight-saving rules on any
	// machine, including one without a zone database (Windows, minimal containers).
	_ "time/tzdata"
)

// NotifyWithin is the Art. 33(1) period: 72 hours of elapsed time from awareness.
// Reg. 1182/71 Art. 3(4) (rolling over to the next working day) applies to periods
// of days or longer, not to hours, so the deadline can fall on a weekend.
const NotifyWithin = 72 * time.Hour

// AssessWithin is how long a breach may stay unassessed before check warns.
const AssessWithin = 24 * time.Hour

// LoadZone loads an IANA time zone, with an error that says what to write.
func LoadZone(name string) (*time.Location, error) {
	if strings.TrimSpace(name) == "" {
		return nil, fmt.Errorf("a breach needs the time zone of its times: give --tz such as Europe/Berlin")
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("time zone %q is not known: use an IANA name such as Europe/Berlin or Europe/London", name)
	}
	return loc, nil
}

// breachLayouts are the wall-clock forms a DPO types, ISO or German
// (04.12.2026 16:30, which no other convention writes with dots).
var breachLayouts = []string{"2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02T15:04:05",
	"02.01.2006 15:04", "02.01.2006 15:04:05"}

// ParseBreachTime reads a moment such as "2026-12-04 16:30" on the wall clock of
// zone tz, or an RFC 3339 timestamp with its offset. A wall-clock time skipped by
// a daylight-saving change does not exist and is refused rather than guessed.
func ParseBreachTime(s, tz string) (time.Time, error) {
	s = strings.TrimSpace(s)
	loc, err := LoadZone(tz)
	if err != nil {
		return time.Time{}, err
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.In(loc), nil
	}
	for _, layout := range breachLayouts {
		t, err := time.ParseInLocation(layout, s, loc)
		if err != nil {
			continue
		}
		if t.Format(layout) != s {
			return time.Time{}, fmt.Errorf("%s does not exist in %s (the clocks moved forward then); give the time before or after the change", s, tz)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q is not a time: write YYYY-MM-DD HH:MM, e.g. \"2026-12-04 16:30\", with --tz for the zone", s)
}

// Zone returns the breach's zone, UTC when it cannot be loaded.
func (b Breach) Zone() *time.Location {
	if loc, err := time.LoadLocation(b.TZ); err == nil && b.TZ != "" {
		return loc
	}
	return time.UTC
}

// NotifyBy is the latest moment to notify the supervisory authority:
// AwareAt + 72 hours of elapsed time (Art. 33(1)), in the breach's zone.
func (b Breach) NotifyBy() time.Time { return b.AwareAt.Add(NotifyWithin).In(b.Zone()) }

// BreachClock is the Art. 33(1) deadline as every face shows it.
type BreachClock struct {
	AwareAt  time.Time `json:"aware_at"`
	NotifyBy time.Time `json:"notify_by"`
	// HoursLeft is the time left until NotifyBy in hours, one decimal;
	// negative once the deadline has passed.
	HoursLeft float64 `json:"hours_left"`
	Passed    bool    `json:"passed"`
	Rule      string  `json:"rule"`
}

// Clock computes the deadline at now, with its explanation.
func (b Breach) Clock(now time.Time) BreachClock {
	by := b.NotifyBy()
	left := by.Sub(now)
	return BreachClock{
		AwareAt: b.AwareAt.In(b.Zone()), NotifyBy: by,
		HoursLeft: math.Trunc(left.Hours()*10) / 10, Passed: left < 0,
		Rule: ClockRule(b.AwareAt.In(b.Zone())),
	}
}

// ClockRule explains the deadline, e.g. "aware Fri 2026-12-04 16:30 CET + 72 h →
// Mon 2026-12-07 16:30 CET (Art. 33(1))". Across a daylight-saving change the
// wall clock moves 71 or 73 hours, which the explanation says.
func ClockRule(aware time.Time) string { return ClockRuleIn(aware, "en") }

// ClockRuleIn is ClockRule in lang; German dates read 04.12.2026 16:30 CET.
func ClockRuleIn(aware time.Time, lang string) string {
	by := aware.Add(NotifyWithin)
	layout := T(lang, "Mon 2006-01-02 15:04 MST")
	s := T(lang, "aware %s + 72 h → %s (Art. 33(1))", aware.Format(layout), by.Format(layout))
	if wall := wallHours(aware, by); wall != 72 {
		s += T(lang, "; the clocks change in between, so %d h on the wall clock", wall)
	}
	return s
}

// wallHours is the difference between two moments read off their wall clocks.
func wallHours(a, b time.Time) int {
	wa := time.Date(a.Year(), a.Month(), a.Day(), a.Hour(), a.Minute(), 0, 0, time.UTC)
	wb := time.Date(b.Year(), b.Month(), b.Day(), b.Hour(), b.Minute(), 0, 0, time.UTC)
	return int(math.Round(wb.Sub(wa).Hours()))
}

// FormatHours writes a duration as "5 h 30 min", "3 h" or "45 min".
func FormatHours(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	d = d.Round(time.Minute)
	h, m := int(d.Hours()), int(d.Minutes())%60
	switch {
	case h == 0:
		return fmt.Sprintf("%d min", m)
	case m == 0:
		return fmt.Sprintf("%d h", h)
	}
	return fmt.Sprintf("%d h %d min", h, m)
}

// HoursLeftText says how long is left, or how long ago the deadline passed.
func (c BreachClock) HoursLeftText(now time.Time) string {
	d := c.NotifyBy.Sub(now)
	if d < 0 {
		return FormatHours(d) + " overdue"
	}
	return FormatHours(d) + " left"
}
