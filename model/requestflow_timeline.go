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
	// Msg is Text unformatted, for faces that show it in German.
	Msg Msg `json:"-"`
}

// TextIn is the entry's text in lang.
func (e TimelineEntry) TextIn(lang string) string {
	if e.Msg.Format == "" {
		return e.Text
	}
	return e.Msg.In(lang)
}

// pauseReasons are the reasons a question stops the clock, named in the catalogue.
var _ = []string{N("identity"), N("clarification"), N("fee")}

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
	via := M("received via %s", Bilingual{strings.ReplaceAll(r.Channel, "_", " "), Label(VocabChannel, r.Channel, "de")})
	receipt := TimelineEntry{Day: DateOf(r.Received), Kind: "receipt", Logged: r.CreatedAt, Text: via.In("en"), Msg: via}
	if ReceiptHasTime(r.Received) {
		receipt.Time = r.Received.Format("15:04 MST")
	}
	out := []TimelineEntry{receipt}
	for i, e := range r.Events {
		if i == 0 && e.Kind == EventStatus && e.Status == StatusReceived {
			out[0].Logged = e.At // the receipt's own record
			continue
		}
		m := e.DescribeMsg()
		out = append(out, TimelineEntry{Day: e.Day(), Kind: e.Kind, Text: m.In("en"), Msg: m, Logged: e.At})
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
func (e RequestEvent) Describe() string { return e.DescribeMsg().In("en") }

// DescribeMsg is Describe unformatted, to be shown in any language.
func (e RequestEvent) DescribeMsg() Msg {
	switch e.Kind {
	case EventStatus:
		return M("status → %s", Bilingual{strings.ReplaceAll(e.Status, "_", " "), StatusLabel(e.Status, "de")})
	case EventPause:
		return M("asked for %s; clock stopped", M(e.Reason))
	case EventResume:
		return M("%s arrived; clock runs again", M(e.Reason))
	case EventExtend:
		return M("extended: %s (Art. 12(3); the data subject was told)", e.Reason)
	case EventClose:
		return closeText(e)
	case EventReopen:
		return M("reopened: %s", e.Reason)
	case EventNote:
		return M("note: %s", e.Text)
	}
	return M("%s", e.Kind)
}

func closeText(e RequestEvent) Msg {
	f, args := "closed: %s", []any{M(e.Outcome)}
	if !e.Notified.IsZero() {
		f, args = f+", reply sent %s", append(args, e.Notified)
	}
	if e.Reason != "" {
		f, args = f+"; reason: %s", append(args, e.Reason)
	}
	if e.RemediesTold() {
		f += "; told of the right to complain and to a judicial remedy (Art. 12(4))"
	}
	return M(f, args...)
}

// closeFormats are the texts closeText builds, named for the catalogue.
var _ = []string{N("closed: %s"), N("closed: %s, reply sent %s"), N("closed: %s; reason: %s"),
	N("closed: %s, reply sent %s; reason: %s"), N("closed: %s; told of the right to complain and to a judicial remedy (Art. 12(4))"),
	N("closed: %s, reply sent %s; told of the right to complain and to a judicial remedy (Art. 12(4))"),
	N("closed: %s; reason: %s; told of the right to complain and to a judicial remedy (Art. 12(4))"),
	N("closed: %s, reply sent %s; reason: %s; told of the right to complain and to a judicial remedy (Art. 12(4))"),
	N("fulfilled"), N("refused"), N("withdrawn")}
