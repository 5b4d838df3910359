package model

import (
	"fmt"
	"strconv"
)

// Extension modes: where the two further months of Art. 12(3) are counted from.
// For day-counted regimes (CCPA) they read "receipt + period + extension" and
// "unrolled first deadline + extension".
const (
	ExtendFromReceipt  = "receipt+3m"  // ICO, CNIL: at most three months from receipt
	ExtendFromDeadline = "deadline+2m" // cautious: two months from the unrolled first deadline
)

// DeadlineRules are a workspace's settings for the deadline engine: the holiday
// region, the extension mode and an optional pause policy that overrides the
// jurisdictions' own. The zero value counts weekends only, receipt+3m, per-jurisdiction pauses.
type DeadlineRules struct {
	Region        string // as configured: "DE-BE", "" or "none"
	ExtensionMode string // ExtendFromReceipt or ExtendFromDeadline
	PausePolicy   string // "" = each jurisdiction's own, or none, pause, restart
	calendars     map[string]*Calendar
}

// NewDeadlineRules checks the settings and prepares the calendar of every jurisdiction.
func NewDeadlineRules(region, extensionMode, pausePolicy string) (DeadlineRules, error) {
	if _, err := NewCalendar(region); err != nil {
		return DeadlineRules{}, err
	}
	switch extensionMode {
	case "":
		extensionMode = ExtendFromReceipt
	case ExtendFromReceipt, ExtendFromDeadline:
	default:
		return DeadlineRules{}, fmt.Errorf("unknown extension mode %q: use %s (at most three months from receipt) or %s (two months from the first deadline)",
			extensionMode, ExtendFromReceipt, ExtendFromDeadline)
	}
	if !validPausePolicy(pausePolicy) {
		return DeadlineRules{}, fmt.Errorf("unknown pause policy %q: use none, pause or restart, or leave it empty to follow each jurisdiction", pausePolicy)
	}
	r := DeadlineRules{Region: region, ExtensionMode: extensionMode, PausePolicy: pausePolicy,
		calendars: map[string]*Calendar{}}
	for _, j := range loadJurisdictions() {
		c, err := NewCalendar(j.holidayRegionFor(region))
		if err != nil {
			return DeadlineRules{}, fmt.Errorf("jurisdiction %s: %w", j.Code, err)
		}
		r.calendars[j.Code] = c
	}
	return r, nil
}

// Deadline is the computed deadline of a request with the rule that produced it.
type Deadline struct {
	Due         Date   `json:"due"`          // the date in force now: the extended date when extended
	FirstDue    Date   `json:"first_due"`    // the period's deadline before any extension, after pauses
	MaxExtended Date   `json:"max_extended"` // the latest date an extension could reach
	Extended    bool   `json:"extended"`
	Paused      bool   `json:"paused"`   // the clock is stopped now (an open pause that counts)
	OnClock     bool   `json:"on_clock"` // false for consent withdrawal: an internal service level
	PausedDays  int    `json:"paused_days"`
	PausedSince Date   `json:"paused_since,omitempty"`
	Explanation string `json:"explanation"`
}

// DaysLeft counts calendar days from today to Due (0 = due today, negative = overdue).
// While the clock is stopped the count is frozen at the end of the day before the
// pause, because the pause day itself does not count against the controller.
func (d Deadline) DaysLeft(today Date) int {
	if d.Paused && !d.PausedSince.IsZero() {
		today = d.PausedSince.shift(-1)
	}
	return d.Due.epochDay() - today.epochDay()
}

// Deadline computes the deadline of req from its receipt day (in the zone it was
// received in), its jurisdiction, its type and its pause, resume and extend events.
// An unknown jurisdiction is computed as EU and says so.
func (r DeadlineRules) Deadline(req Request) Deadline {
	j, ok := JurisdictionByCode(req.Jurisdiction)
	if !ok {
		j, _ = JurisdictionByCode("eu")
	}
	t, _ := RequestTypeByKey(req.Type)
	d := r.compute(DateOf(req.Received), j, t, req.Events)
	if !ok {
		d.Explanation = "unknown jurisdiction " + strconv.Quote(req.Jurisdiction) + ", counted as EU: " + d.Explanation
	}
	return d
}

// ForReceived computes the deadline of an access-type request received on received,
// with no events; extended asks for the date with the extension applied.
func (r DeadlineRules) ForReceived(received Date, jurisdiction string, extended bool) (Deadline, error) {
	if jurisdiction == "" {
		jurisdiction = "eu"
	}
	j, ok := JurisdictionByCode(jurisdiction)
	if !ok {
		return Deadline{}, fmt.Errorf("unknown jurisdiction %q: use one of %v", jurisdiction, JurisdictionCodes())
	}
	if extended && !j.CanExtend() {
		return Deadline{}, fmt.Errorf("%s allows no fixed extension of the %s period", j.Name, j.PeriodText())
	}
	var events []RequestEvent
	if extended {
		events = []RequestEvent{{Kind: "extend", Notified: received}}
	}
	t, _ := RequestTypeByKey("access")
	return r.compute(received, j, t, events), nil
}

func (r DeadlineRules) calendarFor(j Jurisdiction) *Calendar {
	if c := r.calendars[j.Code]; c != nil {
		return c
	}
	c, err := NewCalendar(j.holidayRegionFor(r.Region))
	if err != nil {
		c, _ = NewCalendar("")
	}
	return c
}

func (r DeadlineRules) policyFor(j Jurisdiction) string {
	if r.PausePolicy != "" {
		return r.PausePolicy
	}
	return j.PausePolicy
}

// addPeriod moves d by n units of the jurisdiction's counting, without rolling.
// The start day is not counted (Reg. 1182/71 Art. 3(1)), which plain date
// arithmetic already does: one day after Monday is Tuesday.
func addPeriod(d Date, j Jurisdiction, months, days int) Date {
	if j.Counting == CountCalendarDays {
		return d.shift(days)
	}
	return d.AddMonths(months)
}

// compute is the whole algorithm; see docs/deadlines.md.
func (r DeadlineRules) compute(received Date, j Jurisdiction, t RequestType, events []RequestEvent) Deadline {
	if t.Key != "" && !t.OnClock {
		return offClock(received, t)
	}
	cal := r.calendarFor(j)
	policy := r.policyFor(j)
	var scratch [4]pauseSpan
	c := clockOf(received, events, policy, scratch[:0])
	extended := hasExtension(events)

	limitFrom := func(start Date) Date {
		if extended && j.CanExtend() {
			return addPeriod(start, j, j.Months+j.ExtensionMonths, j.Days+j.ExtensionDays)
		}
		return addPeriod(start, j, j.Months, j.Days)
	}
	c.countPauses(limitFrom, func(d Date) Date { return roll(cal, j, d) })
	first := addPeriod(c.start, j, j.Months, j.Days)
	total := addPeriod(c.start, j, j.Months+j.ExtensionMonths, j.Days+j.ExtensionDays)

	firstUnrolled := first.shift(c.pausedDays)
	c.firstEnd = firstUnrolled
	maxUnrolled := total.shift(c.pausedDays)
	if r.ExtensionMode == ExtendFromDeadline {
		maxUnrolled = addPeriod(firstUnrolled, j, j.ExtensionMonths, j.ExtensionDays)
	}
	d := Deadline{
		FirstDue: roll(cal, j, firstUnrolled), MaxExtended: roll(cal, j, maxUnrolled),
		Extended: extended && j.CanExtend(), Paused: c.openSince != Date{},
		OnClock: true, PausedDays: c.pausedDays, PausedSince: c.openSince,
	}
	if !j.CanExtend() {
		d.MaxExtended = d.FirstDue
	}
	d.Due, d.Explanation = d.FirstDue, r.explain(cal, j, c, policy, firstUnrolled, d.FirstDue, false)
	if d.Extended {
		d.Due, d.Explanation = d.MaxExtended, r.explain(cal, j, c, policy, maxUnrolled, d.MaxExtended, true)
	}
	return d
}

// roll applies Reg. 1182/71 Art. 3(4): a last day on a Saturday, Sunday or public
// holiday moves to the next working day, where the jurisdiction rolls at all.
func roll(cal *Calendar, j Jurisdiction, d Date) Date {
	if !j.Roll {
		return d
	}
	return cal.NextWorkingDay(d)
}

// offClock handles requests outside Art. 12(3), such as consent withdrawal: effective
// on receipt, tracked against an internal service level in calendar days.
func offClock(received Date, t RequestType) Deadline {
	due := received.AddDays(t.ServiceDays)
	b := make([]byte, 0, 128)
	b = append(b, t.LabelEN...)
	b = append(b, " ("...)
	b = append(b, t.Article...)
	b = append(b, ") takes effect on receipt "...)
	b = appendDate(b, received)
	b = append(b, "; internal service level "...)
	b = strconv.AppendInt(b, int64(t.ServiceDays), 10)
	b = append(b, " days → "...)
	b = appendDay(b, due)
	b = append(b, " (not a statutory deadline)"...)
	return Deadline{Due: due, FirstDue: due, MaxExtended: due, Explanation: string(b)}
}

func hasExtension(events []RequestEvent) bool {
	for _, e := range events {
		if e.Kind == "extend" {
			return true
		}
	}
	return false
}

// pauseSpan is one pause of the clock, from the day the controller asked for
// identity, clarification or a fee to the day it arrived (zero while still open).
type pauseSpan struct {
	from, to Date
	reason   string
	counts   bool // stops the clock under the pause policy
}

// clock is where the period starts and which pauses stop it.
type clock struct {
	start      Date
	restarted  string // reason of the pause that restarted the clock, if any
	spans      []pauseSpan
	ignored    int // pauses recorded but not counted (policy none)
	pausedDays int
	openSince  Date
	openReason string
	firstEnd   Date // unrolled first deadline, the base of deadline+2m
	// restartedOnReceipt: the question went out on the day the clock started,
	// so the period runs from the answer; capped: the pauses would have given a
	// later date than a restart from the last answer, so the restart applies.
	restartedOnReceipt, capped bool
}

// clockOf applies the pause policy: "pause" counts every pause; "restart" starts the
// period again when a missing identity or fee arrives and counts clarification pauses;
// "none" counts nothing.
// spans is scratch space so that a request with a few pauses costs no allocation.
func clockOf(received Date, events []RequestEvent, policy string, spans []pauseSpan) clock {
	c := clock{start: received, spans: pauseSpans(events, spans)}
	for i, p := range c.spans {
		switch {
		case policy == PauseNone || policy == "":
			c.ignored++
		case policy == PauseRestart && p.reason != "clarification" && !p.to.IsZero():
			if p.to.Compare(c.start) >= 0 {
				c.start, c.restarted = p.to, p.reason
			}
		default:
			c.spans[i].counts = true
		}
	}
	return c
}

// countPauses applies the counted pauses that began on or after the day the clock
// started and on or before the running (rolled) end of the period; a pause after
// the deadline cannot revive it. An open pause freezes the deadline.
//
// The day the clock starts is never a period day (Reg. 1182/71 Art. 3(1)), so a
// question sent that day stops nothing that has run: the period starts afresh
// from the day the answer arrived, as a restart would. A later pause adds the
// days from the question through the answer, both inclusive, except that an
// answer on the day of the question adds nothing. Finally a pause never yields a
// later date than a restart on the day the information arrived would.
func (c *clock) countPauses(limitFrom func(Date) Date, roll func(Date) Date) {
	end := limitFrom(c.start)
	var lastTo Date
	var lastReason string
	for _, p := range c.spans {
		if !p.counts || p.from.Compare(c.start) < 0 || p.from.Compare(roll(end.shift(c.pausedDays))) > 0 {
			continue
		}
		if p.to.IsZero() {
			c.openSince, c.openReason = p.from, p.reason
			continue
		}
		if p.from == c.start {
			c.start, c.restarted, c.pausedDays = p.to, p.reason, 0
			c.restartedOnReceipt = true
			end, lastTo = limitFrom(c.start), Date{}
			continue
		}
		c.pausedDays += pauseDays(p.from, p.to)
		lastTo, lastReason = p.to, p.reason
	}
	if !lastTo.IsZero() && limitFrom(lastTo).Compare(end.shift(c.pausedDays)) < 0 {
		c.start, c.restarted, c.pausedDays = lastTo, lastReason, 0
		c.capped, c.restartedOnReceipt = true, false
	}
}

// pauseDays is the number of period days on which the clock stood still: from the
// day the question went out through the day the answer arrived, both inclusive,
// and none when the answer came the same day.
func pauseDays(from, to Date) int {
	if to.Compare(from) <= 0 {
		return 0
	}
	return to.epochDay() - from.epochDay() + 1
}

// pauseSpans pairs pause and resume events in order, appending to spans.
func pauseSpans(events []RequestEvent, spans []pauseSpan) []pauseSpan {
	open := -1
	for _, e := range events {
		switch e.Kind {
		case "pause":
			if open < 0 {
				spans = append(spans, pauseSpan{from: eventDay(e.Paused, e), reason: e.Reason})
				open = len(spans) - 1
			}
		case "resume":
			if open >= 0 {
				spans[open].to = eventDay(e.Resumed, e)
				open = -1
			}
		}
	}
	return spans
}

func eventDay(d Date, e RequestEvent) Date {
	if d.IsZero() {
		return DateOf(e.At)
	}
	return d
}

// explain writes the one-line account of the rule applied, e.g.
// "1 month from 2025-03-05 → Sat 2025-04-05 → next working day Mon 2025-04-07 (EU, holidays DE-BE)".
// It appends to a byte slice rather than using fmt: it runs for every request on start.
func (r DeadlineRules) explain(cal *Calendar, j Jurisdiction, c clock, policy string, unrolled, due Date, extended bool) string {
	b := make([]byte, 0, 160)
	if !c.openSince.IsZero() {
		b = append(b, "paused since "...)
		b = appendDate(b, c.openSince)
		b = append(b, " ("...)
		b = append(b, c.openReason...)
		b = append(b, "), deadline frozen: "...)
	}
	fromReceipt := extended && r.ExtensionMode != ExtendFromDeadline
	if fromReceipt {
		b = appendPeriod(b, j, j.Months+j.ExtensionMonths, j.Days+j.ExtensionDays)
	} else {
		b = appendPeriod(b, j, j.Months, j.Days)
	}
	b = append(b, " from "...)
	b = appendDate(b, c.start)
	if c.restarted != "" {
		b = append(b, " ("...)
		b = append(b, c.restarted...)
		switch {
		case c.restartedOnReceipt:
			b = append(b, " asked on the day the clock started: counted from its arrival, as a restart)"...)
		case c.capped:
			b = append(b, " arrived; a pause never runs past a restart from that day)"...)
		default:
			b = append(b, " arrived, clock restarted)"...)
		}
	}
	if fromReceipt {
		b = append(b, " ("+ExtendFromReceipt+")"...)
	}
	if c.pausedDays > 0 {
		b = append(b, " + "...)
		b = strconv.AppendInt(b, int64(c.pausedDays), 10)
		b = append(b, " pause days"...)
	}
	if extended && !fromReceipt {
		b = append(b, " = "...)
		b = appendDate(b, c.firstEnd)
		b = append(b, " + "...)
		b = appendPeriod(b, j, j.ExtensionMonths, j.ExtensionDays)
		b = append(b, " ("+ExtendFromDeadline+")"...)
	}
	b = append(b, " → "...)
	b = appendDay(b, unrolled)
	if name, ok := cal.Holiday(unrolled); ok && j.Roll {
		b = append(b, ' ')
		b = append(b, name...)
	}
	if due != unrolled {
		b = append(b, " → next working day "...)
		b = appendDay(b, due)
	}
	return string(appendContext(b, cal, j, c, policy))
}

// appendContext closes the line with the jurisdiction, the calendar and any rule
// that a reader might otherwise assume: "(EU, holidays DE-BE)".
func appendContext(b []byte, cal *Calendar, j Jurisdiction, c clock, policy string) []byte {
	b = append(b, " ("...)
	b = append(b, j.Label()...)
	if j.Roll {
		b = append(b, ", "...)
		b = append(b, cal.label...)
	} else {
		b = append(b, ", calendar days, no roll to a working day"...)
	}
	if c.ignored > 0 {
		b = append(b, ", pauses not counted (policy "...)
		b = append(b, policy...)
		b = append(b, ')')
	}
	return append(b, ')')
}

func appendPeriod(b []byte, j Jurisdiction, months, days int) []byte {
	if j.Counting == CountCalendarDays {
		months = days
	}
	b = strconv.AppendInt(b, int64(months), 10)
	switch {
	case j.Counting == CountCalendarDays && days == 1:
		return append(b, " day"...)
	case j.Counting == CountCalendarDays:
		return append(b, " days"...)
	case months == 1:
		return append(b, " month"...)
	}
	return append(b, " months"...)
}
