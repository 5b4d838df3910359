package model

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Request statuses: received → identity_check → in_progress → completed | refused | withdrawn.
const (
	StatusReceived      = "received"
	StatusIdentityCheck = "identity_check"
	StatusInProgress    = "in_progress"
	StatusCompleted     = "completed"
	StatusRefused       = "refused"
	StatusWithdrawn     = "withdrawn"
)

// Event kinds of a request's timeline.
const (
	EventStatus = "status"
	EventPause  = "pause"
	EventResume = "resume"
	EventExtend = "extend"
	EventNote   = "note"
	EventClose  = "close"
	EventReopen = "reopen"
)

// Pause reasons: what the controller is waiting for (GDPR.md §3.3).
var pauseReasons = []string{"identity", "clarification", "fee"}

// closeOutcomes maps an outcome to the status it leaves the request in.
var closeOutcomes = map[string]string{
	"fulfilled": StatusCompleted,
	"refused":   StatusRefused,
	"withdrawn": StatusWithdrawn,
}

// NewRequest checks and builds a request in status received. An empty channel is
// "other" and an empty jurisdiction "eu".
func NewRequest(typ, subject, contact, channel, jurisdiction string, received time.Time) (Request, error) {
	typ = strings.ToLower(strings.TrimSpace(typ))
	if _, ok := RequestTypeByKey(typ); !ok {
		return Request{}, fmt.Errorf("unknown request type %q: use one of %s", typ, strings.Join(RequestTypeKeys(), ", "))
	}
	subject = strings.TrimSpace(subject)
	if subject == "" {
		return Request{}, errors.New("the data subject's name is missing: give the name (or a pseudonym) of the person who asked")
	}
	channel = strings.ToLower(strings.TrimSpace(channel))
	if channel == "" {
		channel = "other"
	}
	if !ValidChannel(channel) {
		return Request{}, fmt.Errorf("unknown channel %q: use one of %s", channel, strings.Join(channels, ", "))
	}
	jurisdiction = strings.ToLower(strings.TrimSpace(jurisdiction))
	if jurisdiction == "" {
		jurisdiction = "eu"
	}
	if _, ok := JurisdictionByCode(jurisdiction); !ok {
		return Request{}, fmt.Errorf("unknown jurisdiction %q: use one of %s", jurisdiction, strings.Join(JurisdictionCodes(), ", "))
	}
	if received.IsZero() {
		return Request{}, errors.New("the date of receipt is missing: give the day the request reached any channel")
	}
	now := time.Now()
	if received.After(now.Add(24 * time.Hour)) {
		return Request{}, fmt.Errorf("the request is recorded as received on %s, which is in the future: give the day it arrived", DateOf(received))
	}
	return Request{
		Type: typ, Subject: subject, Contact: strings.TrimSpace(contact), Channel: channel,
		Received: received, Jurisdiction: jurisdiction, Status: StatusReceived,
		Events:    []RequestEvent{{Kind: EventStatus, At: now, Status: StatusReceived}},
		CreatedAt: now, UpdatedAt: now,
	}, nil
}

// IsOpen reports whether the request still needs an answer.
func (r Request) IsOpen() bool {
	return r.Status == StatusReceived || r.Status == StatusIdentityCheck || r.Status == StatusInProgress
}

// IsPaused reports whether an open request waits for identity, clarification or a fee.
func (r Request) IsPaused() bool {
	if !r.IsOpen() {
		return false
	}
	_, open := r.openPause()
	return open
}

// IsExtended reports whether an extension has been recorded.
func (r Request) IsExtended() bool { return hasExtension(r.Events) }

// openPause returns the pause event not yet followed by a resume.
func (r Request) openPause() (RequestEvent, bool) {
	var last RequestEvent
	for _, e := range r.Events {
		if e.Kind == EventPause || e.Kind == EventResume {
			last = e
		}
	}
	return last, last.Kind == EventPause
}

// StartIdentityCheck moves a received request to identity_check (Art. 12(6)).
func (r *Request) StartIdentityCheck(now time.Time) error {
	if r.Status != StatusReceived {
		return r.transitionError(StatusIdentityCheck)
	}
	r.setStatus(StatusIdentityCheck, now)
	return nil
}

// StartWork moves a received or identity-checked request to in_progress.
func (r *Request) StartWork(now time.Time) error {
	if r.Status != StatusReceived && r.Status != StatusIdentityCheck {
		return r.transitionError(StatusInProgress)
	}
	r.setStatus(StatusInProgress, now)
	return nil
}

// Close ends the request: fulfilled → completed, refused → refused, withdrawn →
// withdrawn, with the reply sent on the day of now. It records no reasons: faces
// that ask for the reply's details use CloseWith, which requires them for a refusal.
func (r *Request) Close(outcome string, now time.Time) error {
	return r.closeWith(Closing{Outcome: outcome}, now, false)
}

// Pause records that the controller asked for identity, clarification or a fee on
// the day on; whether the clock stops depends on the jurisdiction's pause policy.
func (r *Request) Pause(reason string, on Date, now time.Time) error {
	reason = strings.ToLower(strings.TrimSpace(reason))
	if !slices.Contains(pauseReasons, reason) {
		return fmt.Errorf("unknown pause reason %q: use identity, clarification or fee", reason)
	}
	if err := r.checkOnClock("pause"); err != nil {
		return err
	}
	if r.IsPaused() {
		p, _ := r.openPause()
		return fmt.Errorf("the request is already paused since %s (%s): resume it first", eventDay(p.Paused, p), p.Reason)
	}
	if err := r.checkEventDay("the request for "+reason, on, r.lastResume(), now); err != nil {
		return err
	}
	r.UpdatedAt = now
	r.Events = append(r.Events, RequestEvent{Kind: EventPause, At: now, Reason: reason, Paused: on})
	return nil
}

// Resume records the day the missing identity, clarification or fee arrived.
func (r *Request) Resume(on Date, now time.Time) error {
	p, open := r.openPause()
	if !open || !r.IsOpen() {
		return errors.New("the request is not paused: nothing to resume")
	}
	if err := r.checkEventDay("the "+p.Reason+" reply", on, eventDay(p.Paused, p), now); err != nil {
		return err
	}
	r.UpdatedAt = now
	r.Events = append(r.Events, RequestEvent{Kind: EventResume, At: now, Reason: p.Reason, Resumed: on})
	return nil
}

// Extend records an extension under Art. 12(3): allowed once, with a reason, where
// the jurisdiction provides one, and only when the data subject was told within
// the first period.
func (r *Request) Extend(reason string, notified Date, rules DeadlineRules, now time.Time) error {
	reason = strings.TrimSpace(reason)
	j, ok := JurisdictionByCode(r.Jurisdiction)
	switch {
	case !r.IsOpen():
		return fmt.Errorf("the request is closed (%s): a closed request cannot be extended", r.Status)
	case reason == "":
		return errors.New("the extension needs a reason (complexity or number of requests): Art. 12(3) requires telling the data subject why")
	case r.IsExtended():
		return errors.New("the request is already extended: the period can be extended only once")
	case !ok:
		return fmt.Errorf("unknown jurisdiction %q: set one of %s first", r.Jurisdiction, strings.Join(JurisdictionCodes(), ", "))
	case !j.CanExtend():
		return fmt.Errorf("%s allows no fixed extension of the %s period: %s", j.Name, j.PeriodText(), extensionHint(j))
	}
	if err := r.checkOnClock("extend"); err != nil {
		return err
	}
	if err := r.checkEventDay("the notice of extension", notified, DateOf(r.Received), now); err != nil {
		return err
	}
	first := rules.Deadline(*r).FirstDue
	if notified.After(first) {
		within := "month"
		if j.Counting == CountCalendarDays || j.Months != 1 {
			within = j.PeriodText()
		}
		return fmt.Errorf("the extension was told to the data subject on %s, after the first deadline %s: %s requires telling them within the first %s",
			notified, first, j.Law, within)
	}
	r.UpdatedAt = now
	r.Events = append(r.Events, RequestEvent{Kind: EventExtend, At: now, Reason: reason, Notified: notified})
	return nil
}

// AddNote adds a free-text note; notes are allowed after closing too.
func (r *Request) AddNote(text string, now time.Time) error {
	text = strings.TrimSpace(text)
	if text == "" {
		return errors.New("the note is empty: write what happened")
	}
	r.UpdatedAt = now
	r.Events = append(r.Events, RequestEvent{Kind: EventNote, At: now, Text: text})
	return nil
}

func (r *Request) setStatus(status string, now time.Time) {
	r.Status, r.UpdatedAt = status, now
	r.Events = append(r.Events, RequestEvent{Kind: EventStatus, At: now, Status: status})
}

func (r Request) transitionError(to string) error {
	if !r.IsOpen() {
		return fmt.Errorf("the request is closed (%s): it cannot move to %s", r.Status, to)
	}
	return fmt.Errorf("a request in status %s cannot move to %s: the order is received → identity_check → in_progress", r.Status, to)
}

// checkOnClock refuses clock operations on requests outside Art. 12(3).
func (r Request) checkOnClock(what string) error {
	if !r.IsOpen() {
		return fmt.Errorf("the request is closed (%s): nothing to %s", r.Status, what)
	}
	if t, ok := RequestTypeByKey(r.Type); ok && !t.OnClock {
		return fmt.Errorf("a %s is not on the Art. 12(3) clock: nothing to %s", strings.ToLower(t.LabelEN), what)
	}
	return nil
}

// checkEventDay requires a day that is given, not before earliest and not after today.
func (r Request) checkEventDay(what string, on, earliest Date, now time.Time) error {
	loc := r.Received.Location()
	today := DateOf(now.In(loc))
	switch {
	case on.IsZero():
		return fmt.Errorf("the date of %s is missing: give it as YYYY-MM-DD", what)
	case on.Before(DateOf(r.Received)):
		return fmt.Errorf("the date of %s, %s, is before the request was received on %s", what, on, DateOf(r.Received))
	case on.Before(earliest):
		return fmt.Errorf("the date of %s, %s, is before %s, the previous step", what, on, earliest)
	case on.After(today):
		return fmt.Errorf("the date of %s, %s, is in the future: record it on the day it happens", what, on)
	}
	return nil
}

func (r Request) lastResume() Date {
	var d Date
	for _, e := range r.Events {
		if e.Kind == EventResume {
			d = eventDay(e.Resumed, e)
		}
	}
	return d
}

func extensionHint(j Jurisdiction) string {
	if j.ExtensionNotice != "" {
		return j.ExtensionNotice
	}
	return "answer within the period or explain the delay in a note"
}
