package model

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Closing is how a request ends: the outcome, the day the reply was sent, the
// reasons (required for a refusal, Art. 12(4)) and whether the reply told the
// data subject of the right to complain to the authority and to a judicial remedy.
type Closing struct {
	Outcome      string
	Replied      Date // zero = today
	Reason       string
	RemediesTold bool
}

// remediesTold marks a close event whose reply named the Art. 12(4) remedies. The
// close event keeps it in its text, the one free field a close event has.
const remediesTold = "remedies told (Art. 12(4))"

// RemediesTold reports whether a close event records that the data subject was
// told of the right to complain and to a judicial remedy.
func (e RequestEvent) RemediesTold() bool { return e.Kind == EventClose && e.Text == remediesTold }

// CloseWith ends the request with its reply. A refusal needs its reasons: Art.
// 12(4) requires telling the data subject why.
func (r *Request) CloseWith(c Closing, now time.Time) error { return r.closeWith(c, now, true) }

func (r *Request) closeWith(c Closing, now time.Time, needReasons bool) error {
	outcome := strings.ToLower(strings.TrimSpace(c.Outcome))
	status, ok := closeOutcomes[outcome]
	switch {
	case outcome == "":
		return errors.New("the outcome is missing: give --outcome fulfilled, refused or withdrawn")
	case !ok:
		return fmt.Errorf("unknown outcome %q: use fulfilled, refused or withdrawn", outcome)
	case !r.IsOpen():
		return fmt.Errorf("the request is already closed (%s): reopen it first (request reopen --reason …)", r.Status)
	case needReasons && outcome == "refused" && strings.TrimSpace(c.Reason) == "":
		return errors.New("a refusal needs its reasons (--reason): Art. 12(4) requires telling the data subject why")
	}
	replied := c.Replied
	if replied.IsZero() {
		replied = DateOf(now.In(r.Received.Location()))
	}
	if err := r.checkEventDay("the reply", replied, DateOf(r.Received), now); err != nil {
		return err
	}
	e := RequestEvent{Kind: EventClose, At: now, Status: status, Outcome: outcome,
		Notified: replied, Reason: strings.TrimSpace(c.Reason)}
	if c.RemediesTold {
		e.Text = remediesTold
	}
	r.Status, r.Outcome, r.UpdatedAt = status, outcome, now
	r.Events = append(r.Events, e)
	return nil
}

// Reopen puts a closed request back in progress, for a wrong outcome or a reply
// that turned out incomplete; the reason stays in the timeline. The deadline is
// the one the request had: reopening does not start a new clock.
func (r *Request) Reopen(reason string, now time.Time) error {
	reason = strings.TrimSpace(reason)
	switch {
	case r.IsOpen():
		return fmt.Errorf("the request is open (%s): nothing to reopen", r.Status)
	case reason == "":
		return errors.New("reopening needs a reason (--reason): say what was wrong with the closing")
	}
	r.Status, r.Outcome, r.UpdatedAt = StatusInProgress, "", now
	r.Events = append(r.Events, RequestEvent{Kind: EventReopen, At: now, Status: StatusInProgress, Reason: reason})
	return nil
}

// LastClose is the close event in force: the last one, when the request is closed.
func (r Request) LastClose() (RequestEvent, bool) {
	if r.IsOpen() {
		return RequestEvent{}, false
	}
	for i := len(r.Events) - 1; i >= 0; i-- {
		if r.Events[i].Kind == EventClose {
			return r.Events[i], true
		}
	}
	return RequestEvent{}, false
}

// Reply is a closed request's reply measured against its deadline.
type Reply struct {
	Outcome      string `json:"outcome"`
	Replied      Date   `json:"replied"`
	Due          Date   `json:"due"`
	OnTime       bool   `json:"on_time"`
	DaysToReply  int    `json:"days_to_reply"` // calendar days from receipt to reply
	DaysLate     int    `json:"days_late,omitempty"`
	Reason       string `json:"reason,omitempty"`
	RemediesTold bool   `json:"remedies_told,omitempty"`
}

// ReplyOf measures a closed request's reply against the deadline in force: on
// time when sent on or before the due date (the service level for a request off
// the clock). A close recorded without a reply day counts from the day it was
// recorded.
func (r DeadlineRules) ReplyOf(req Request) (Reply, bool) {
	if _, ok := req.LastClose(); !ok {
		return Reply{}, false
	}
	return r.ReplyGiven(req, r.Deadline(req))
}

// ReplyGiven is ReplyOf for a request whose deadline d the caller has
// computed already (r.Deadline(req)).
func (r DeadlineRules) ReplyGiven(req Request, d Deadline) (Reply, bool) {
	e, ok := req.LastClose()
	if !ok {
		return Reply{}, false
	}
	replied := e.Day()
	rep := Reply{Outcome: e.Outcome, Replied: replied, Due: d.Due, OnTime: !replied.After(d.Due),
		DaysToReply: replied.epochDay() - DateOf(req.Received).epochDay(),
		Reason:      e.Reason, RemediesTold: e.RemediesTold()}
	if !rep.OnTime {
		rep.DaysLate = replied.epochDay() - d.Due.epochDay()
	}
	return rep, true
}

// Standing is the reply in words: "replied 2026-03-02, on time (due 2026-03-05)"
// or "replied 2026-03-09, 4 days late (due 2026-03-05)".
func (p Reply) Standing() string { return p.StandingIn("en") }

// StandingIn is Standing in lang.
func (p Reply) StandingIn(lang string) string {
	if p.OnTime {
		return T(lang, "replied %s, on time (due %s)", DateIn(p.Replied, lang), DateIn(p.Due, lang))
	}
	return T(lang, "replied %s, %s late (due %s)", DateIn(p.Replied, lang), DaysIn(p.DaysLate, lang), DateIn(p.Due, lang))
}
