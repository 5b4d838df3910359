package model

import "strconv"

// IfResumed is the deadline req would have if the information it waits for
// arrived on day on: the open pause closed on that day. For a request that is
// not paused it is the deadline as it stands.
func (r DeadlineRules) IfResumed(req Request, on Date) Deadline {
	if _, open := req.openPause(); !open {
		return r.Deadline(req)
	}
	events := make([]RequestEvent, len(req.Events), len(req.Events)+1)
	copy(events, req.Events)
	req.Events = append(events, RequestEvent{Kind: EventResume, Resumed: on})
	return r.Deadline(req)
}

// Days writes a count of days with the right number: "1 day", "3 days".
func Days(n int) string {
	if n == 1 || n == -1 {
		return strconv.Itoa(n) + " day"
	}
	return strconv.Itoa(n) + " days"
}

// ClockText is the one line that says where a request stands against its clock,
// the same in every face:
//   - closed: "closed"
//   - off the clock: "service level 7 days: due 2026-03-12 (5 days left)"
//   - paused: "clock stopped — 29 days will remain; if the information arrives
//     today, the deadline is 2026-12-07"
//   - running: "12 days left" or "3 days overdue" or "due today"
func (r DeadlineRules) ClockText(req Request, today Date) string {
	return r.ClockTextIn(req, today, "en")
}

// ClockTextIn is ClockText in lang.
func (r DeadlineRules) ClockTextIn(req Request, today Date, lang string) string {
	if !req.IsOpen() {
		return T(lang, "closed")
	}
	return r.ClockTextGiven(req, r.Deadline(req), today, lang)
}

// ClockTextGiven is ClockTextIn for a request whose deadline d the caller has
// computed already (r.Deadline(req)): a listing computes it once per request.
func (r DeadlineRules) ClockTextGiven(req Request, d Deadline, today Date, lang string) string {
	if !req.IsOpen() {
		return T(lang, "closed")
	}
	left, _ := r.DaysLeftGiven(req, d, today)
	if !d.OnClock {
		t, _ := RequestTypeByKey(req.Type)
		return T(lang, "service level %s: due %s (%s)", DaysIn(t.ServiceDays, lang), DateIn(d.Due, lang), leftText(left, lang))
	}
	if d.Paused {
		return T(lang, "clock stopped — %s will remain; if the information arrives today, the deadline is %s",
			DaysIn(left, lang), DateIn(r.IfResumed(req, today).Due, lang))
	}
	return leftText(left, lang)
}

// DaysLeftOf is the number of days left that a face shows for req: none for a
// closed request (it has no clock any more), the service level's days for a
// request off the clock, and while the clock is stopped the days that will remain
// once it runs again: those from the day the information arrives, if today, to
// the deadline it then gives.
func (r DeadlineRules) DaysLeftOf(req Request, today Date) (int, bool) {
	if !req.IsOpen() {
		return 0, false
	}
	return r.DaysLeftGiven(req, r.Deadline(req), today)
}

// DaysLeftGiven is DaysLeftOf for a request whose deadline d the caller has
// computed already (r.Deadline(req)).
func (r DeadlineRules) DaysLeftGiven(req Request, d Deadline, today Date) (int, bool) {
	if !req.IsOpen() {
		return 0, false
	}
	if d.Paused {
		return r.IfResumed(req, today).Due.epochDay() - today.epochDay(), true
	}
	return d.DaysLeft(today), true
}

func leftText(left int, lang string) string {
	switch {
	case left == 0:
		return T(lang, "due today")
	case left < 0:
		return T(lang, "%s overdue", DaysIn(-left, lang))
	}
	return T(lang, "%s left", DaysIn(left, lang))
}

// ClockWaits reports whether a question for reason (identity, clarification,
// fee) stops the clock of a request in this jurisdiction under these rules: what
// a letter may promise the data subject.
func (r DeadlineRules) ClockWaits(jurisdiction, reason string) bool {
	j, ok := JurisdictionByCode(jurisdiction)
	if !ok {
		j, _ = JurisdictionByCode("eu")
	}
	switch r.policyFor(j) {
	case PausePause:
		return true
	case PauseRestart:
		return true // identity and fee restart the period, clarification pauses it
	}
	return false
}
