package model

import (
	"slices"
	"strings"
	"time"
)

// TimelineEntry is one line of a request's history as a reader needs it: the day
// the thing happened (the day of receipt, the day the question went out, the day
// the answer arrived), apart from the moment it was typed into dpodesk.
type TimelineEntry struct {
	Day    Date      `json:"day"`
	Time   string    `json:"time,omitempty"` // "14:30 CET" when the time of day is known
	Kind   string    `json:"kind"`           // receipt, status, pause, resume, extend, note, close, reopen
	Text   string    `json:"text"`
	Logged time.Time `json:"logged"` // when it was recorded
}

// ReceivedOnDay is the receipt time recorded when only the day is known: midnight
// of that day in loc. ReceiptHasTime tells the two apart again.
func ReceivedOnDay(d Date, loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// ReceiptHasTime reports whether a receipt was recorded with its time of day;
// a receipt given as a date is stored at midnight (ReceivedOnDay).
func ReceiptHasTime(t time.Time) bool {
	h, m, s := t.Clock()
	return h != 0 || m != 0 || s != 0 || t.Nanosecond() != 0
}

// Timeline lists what happened to the request in the order it happened: the
// receipt at its own date first, then every event at the day it refers to,
// events of one day in the order they were recorded.
func (r Request) Timeline() []TimelineEntry {
	receipt := TimelineEntry{Day: DateOf(r.Received), Kind: "receipt", Logged: r.CreatedAt,
		Text: "received via " + strings.ReplaceAll(r.Channel, "_", " ")}
	if ReceiptHasTime(r.Received) {
		receipt.Time = r.Received.Format("15:04 MST")
	}
	out := []TimelineEntry{receipt}
	for i, e := range r.Events {
		if i == 0 && e.Kind == EventStatus && e.Status == StatusReceived {
			out[0].Logged = e.At // the receipt's own record
			continue
		}
		out = append(out, TimelineEntry{Day: e.Day(), Kind: e.Kind, Text: e.Describe(), Logged: e.At})
	}
	slices.SortStableFunc(out, func(a, b TimelineEntry) int { return a.Day.Compare(b.Day) })
	return out
}

// Day is the day an event refers to: the day the question went out, the answer
// arrived, the data subject was told or the reply was sent; otherwise the day it
// was recorded.
func (e RequestEvent) Day() Date {
	var d Date
	switch e.Kind {
	case EventPause:
		d = e.Paused
	case EventResume:
		d = e.Resumed
	case EventExtend, EventClose:
		d = e.Notified
	}
	if d.IsZero() {
		return DateOf(e.At)
	}
	return d
}

// Describe is the event in words, the same in every face.
func (e RequestEvent) Describe() string {
	switch e.Kind {
	case EventStatus:
		return "status → " + strings.ReplaceAll(e.Status, "_", " ")
	case EventPause:
		return "asked for " + e.Reason + "; clock stopped"
	case EventResume:
		return e.Reason + " arrived; clock runs again"
	case EventExtend:
		return "extended: " + e.Reason + " (Art. 12(3); the data subject was told)"
	case EventClose:
		return closeText(e)
	case EventReopen:
		return "reopened: " + e.Reason
	case EventNote:
		return "note: " + e.Text
	}
	return e.Kind
}

func closeText(e RequestEvent) string {
	s := "closed: " + e.Outcome
	if !e.Notified.IsZero() {
		s += ", reply sent " + e.Notified.String()
	}
	if e.Reason != "" {
		s += "; reason: " + e.Reason
	}
	if e.RemediesTold() {
		s += "; told of the right to complain and to a judicial remedy (Art. 12(4))"
	}
	return s
}
