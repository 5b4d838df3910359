package tui

import (
	"github.com/dpodesk/dpodesk/model"
)

// receivedText is the receipt as it was recorded: a date, with the time of day
// only when one was given.
func receivedText(r model.Request, o Options) string {
	e := r.Timeline()[0]
	if e.Time == "" {
		return o.fmtDate(e.Day)
	}
	return o.fmtDate(e.Day) + " " + e.Time
}

// timelineLine is one entry of the timeline: the day it happened, what
// happened, and apart from it when it was logged.
func timelineLine(st *Styles, o Options, e model.TimelineEntry) string {
	when := o.fmtDate(e.Day)
	if e.Time != "" {
		when += " " + e.Time
	}
	return st.Muted.Render(when) + "  " + model.SafeLine(e.TextIn(o.Lang)) + st.Muted.Render(trf(o.Lang, "  (logged %s)", e.Logged.Local().Format(o.DateFormat+" 15:04")))
}

// clockText is the request's standing against its clock (model.ClockText), with
// the reply against its due date once closed.
func clockText(o Options, rules model.DeadlineRules, r model.Request) string {
	if rep, ok := rules.ReplyOf(r); ok {
		return rep.StandingIn(o.Lang)
	}
	return rules.ClockTextIn(r, o.today(), o.Lang)
}
