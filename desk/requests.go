package desk

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// RequestView is a request with its deadline and urgency, computed by the
// model at the moment of asking; it is what `request list|show --json` prints.
type RequestView struct {
	ID           uint64                `json:"id"`
	Ref          string                `json:"ref"`
	Type         string                `json:"type"`
	Subject      string                `json:"subject"`
	Contact      string                `json:"contact,omitempty"`
	Channel      string                `json:"channel"`
	Received     string                `json:"received"`
	Jurisdiction string                `json:"jurisdiction"`
	Status       string                `json:"status"`
	Outcome      string                `json:"outcome,omitempty"`
	Due          string                `json:"due"`
	FirstDue     string                `json:"first_due"`
	MaxExtended  string                `json:"max_extended,omitempty"`
	DaysLeft     *int                  `json:"days_left,omitempty"` // none once closed; while paused, what will remain
	Urgency      string                `json:"urgency"`
	Clock        string                `json:"clock"` // where it stands, in words (model.ClockText)
	OnClock      bool                  `json:"on_clock"`
	Extended     bool                  `json:"extended"`
	Paused       bool                  `json:"paused"`
	Explanation  string                `json:"explanation"`
	Events       []model.RequestEvent  `json:"events,omitempty"`
	Reply        *model.Reply          `json:"reply,omitempty"`    // once closed: when, and whether on time
	Timeline     []model.TimelineEntry `json:"timeline,omitempty"` // what happened, in date order

	urgency model.Urgency
	left    int // days to the due date in force, for the filters
}

// UrgencyClass is the view's urgency as the model classifies it.
func (v RequestView) UrgencyClass() model.Urgency { return v.urgency }

// ViewRequest computes a request's deadline and urgency for today.
func (d *Desk) ViewRequest(r model.Request) RequestView { return d.viewRequest(r, true) }

// viewRequest is ViewRequest; a listing, which prints no timelines, leaves
// them out rather than compute and drop them.
func (d *Desk) viewRequest(r model.Request, timeline bool) RequestView {
	rules := d.Rules()
	return viewOf(rules, d.Today(), r, rules.Deadline(r), timeline)
}

// viewOf is the view of r on today, whose deadline dl under rules the caller
// has computed (a listing computes it first to select).
func viewOf(rules model.DeadlineRules, today model.Date, r model.Request, dl model.Deadline, timeline bool) RequestView {
	u := model.RequestUrgency(r, dl, today)
	v := RequestView{
		ID: r.ID, Ref: r.Ref, Type: r.Type, Subject: r.Subject, Contact: r.Contact, Channel: r.Channel,
		Received: r.Received.Format("2006-01-02T15:04:05Z07:00"), Jurisdiction: r.Jurisdiction,
		Status: r.Status, Outcome: r.Outcome, Due: dl.Due.String(), FirstDue: dl.FirstDue.String(),
		MaxExtended: dl.MaxExtended.String(), Urgency: u.String(), Clock: rules.ClockTextGiven(r, dl, today, "en"), OnClock: dl.OnClock,
		Extended: dl.Extended, Paused: dl.Paused, Explanation: dl.Explanation,
		urgency: u, left: dl.DaysLeft(today),
	}
	if timeline {
		v.Events, v.Timeline = r.Events, r.Timeline()
	}
	if n, ok := rules.DaysLeftGiven(r, dl, today); ok {
		v.DaysLeft = &n
	}
	if p, ok := rules.ReplyGiven(r, dl); ok {
		v.Reply = &p
	}
	return v
}

// ReceivedText is the receipt as recorded: the day, with the time of day only
// when one was given (the timeline's first entry).
func (v RequestView) ReceivedText() string {
	if len(v.Timeline) == 0 {
		return v.Received
	}
	e := v.Timeline[0]
	if e.Time == "" {
		return e.Day.String()
	}
	return e.Day.String() + " " + e.Time
}

// RequestQuery selects requests; the zero value selects every one.
type RequestQuery struct {
	Open    bool   // only open requests
	Overdue bool   // only open requests past their deadline
	Within  int    // only open requests due within this many days; -1 for no limit
	Status  string // only this status
	Type    string // only this type
}

// AllRequests is the query that selects every request.
var AllRequests = RequestQuery{Within: -1}

// Keep says whether a request's view is selected by the query, by the model's
// urgency rule: the same answer as `check` and the dashboard give.
func (q RequestQuery) Keep(v RequestView) bool { return q.keep(v.Status, v.Type, v.urgency, v.left) }

// keepRequest is Keep for r with its deadline dl, before any view is made.
func (q RequestQuery) keepRequest(r model.Request, dl model.Deadline, today model.Date) bool {
	return q.keep(r.Status, r.Type, model.RequestUrgency(r, dl, today), dl.DaysLeft(today))
}

// selectsByDeadline says whether the query selects by what a deadline tells
// (open, overdue, due within) rather than by status and type alone.
func (q RequestQuery) selectsByDeadline() bool { return q.Open || q.Overdue || q.Within >= 0 }

// selectsAll says whether the query selects every request.
func (q RequestQuery) selectsAll() bool {
	return !q.selectsByDeadline() && q.Status == "" && q.Type == ""
}

// keep is Keep on the parts of a view it reads: status, type, urgency and the
// days to the due date in force.
func (q RequestQuery) keep(status, typ string, u model.Urgency, left int) bool {
	switch {
	case q.Status != "" && status != q.Status, q.Type != "" && typ != q.Type:
		return false
	case q.selectsByDeadline() && u == model.UrgencyClosed:
		return false
	case q.Overdue && u != model.UrgencyOverdue:
		return false
	case q.Within >= 0 && !model.DueWithin(u, left, q.Within):
		return false
	}
	return true
}

// Requests lists the requests the query selects, soonest deadline first
// (model.CompareDue), without their timelines.
func (d *Desk) Requests(q RequestQuery) ([]RequestView, error) {
	rows, err := d.ws.RequestRows()
	if err != nil {
		return nil, err
	}
	views := []RequestView{}
	for _, r := range rows {
		v := d.viewRequest(r, false)
		if !q.Keep(v) {
			continue
		}
		views = append(views, v)
	}
	slices.SortStableFunc(views, func(a, b RequestView) int { return model.CompareDue(a.Due, a.ID, b.Due, b.ID) })
	return views, nil
}

// Request finds a request by numeric id or ref, as a user types it.
func (d *Desk) Request(idOrRef string) (model.Request, error) {
	r, err := d.ws.ResolveRequest(idOrRef)
	if err != nil {
		return r, fmt.Errorf("request %q: %w", idOrRef, err)
	}
	return r, nil
}

// CreateRequest logs a new request; the model checks its fields first.
func (d *Desk) CreateRequest(r *model.Request) error {
	if err := d.allow(ActEdit, "change requests"); err != nil {
		return err
	}
	if _, err := model.NewRequest(r.Type, r.Subject, r.Contact, r.Channel, r.Jurisdiction, r.Received); err != nil {
		return &InputError{err}
	}
	if err := model.CheckLengths(r); err != nil {
		return &InputError{err}
	}
	return d.ws.CreateRequest(r)
}

// conflictTries bounds how often an action is re-applied to a request that
// someone else saved in between (Bubble Tea runs commands concurrently; a
// team shares a workspace).
const conflictTries = 5

// ActOnRequest applies a lifecycle step (a model transition) to the current
// state of a request and saves it under the audit action, in one transaction.
// When someone saved the request in between, it reads it again and applies
// the step again, so no one's change is lost and the step still has to be
// valid on what is stored.
func (d *Desk) ActOnRequest(id uint64, action string, apply func(*model.Request) error) (model.Request, error) {
	if err := d.allow(ActEdit, "change requests"); err != nil {
		return model.Request{}, err
	}
	for try := 0; ; try++ {
		r, err := d.ws.GetRequest(id)
		if err != nil {
			return r, err
		}
		if err := apply(&r); err != nil {
			return r, err
		}
		if err := model.CheckLengths(r); err != nil {
			return r, &InputError{err}
		}
		err = d.ws.UpdateRequest(&r, action)
		if errors.Is(err, store.ErrConflict) && try < conflictTries {
			continue
		}
		return r, err
	}
}

// EditRequest corrects a request's details; edit changes the copy read from
// the store, and the result is checked as a new request would be.
func (d *Desk) EditRequest(id uint64, edit func(*model.Request)) (model.Request, error) {
	return d.ActOnRequest(id, model.ActionUpdate, func(r *model.Request) error {
		edit(r)
		r.Jurisdiction = strings.ToLower(r.Jurisdiction)
		// as a new request would be, and no step dated before the receipt
		if err := r.CheckFacts(); err != nil {
			return &InputError{err}
		}
		return nil
	})
}

// InputError is a value the model refuses, as typed by the user: nothing was
// saved, and the face asks again (the CLI exits with its usage status).
type InputError struct{ Err error }

func (e *InputError) Error() string { return e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// DeleteRequest removes a request and journals it.
func (d *Desk) DeleteRequest(id uint64) error {
	if err := d.allow(ActEdit, "change requests"); err != nil {
		return err
	}
	return d.ws.DeleteRequest(id)
}
