package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/dpodesk/dpodesk/model"
)

// upcomingDays is how far ahead the dashboard's "upcoming" section looks.
const upcomingDays = 14

// upcomingShown caps the section's lines so the counts below stay in view.
const upcomingShown = 5

// upcomingMsg carries the dates due in the next days (model.DueEntries), the
// overdue ones first; seq drops a result older than the latest request.
type upcomingMsg struct {
	seq     uint64
	entries []model.DueEntry
}

// runUpcoming computes the upcoming dates off the event loop once every register
// has loaded: open requests' due dates and extension cut-offs, DPA and activity
// reviews, the same entries as the calendar export.
func (d *dashboard) runUpcoming() tea.Cmd {
	if !d.loaded[0] || !d.loaded[1] || !d.loaded[2] {
		return nil
	}
	d.upcomingSeq++
	seq, s, act, proc, today, rules, lang := d.upcomingSeq, d.s, d.act.rows, d.proc.rows, d.o.today(), d.s.Rules(), d.o.Lang
	return func() tea.Msg {
		end := today.AddDays(upcomingDays)
		reqs, err := s.RequestsDueBetween(today, end)
		if err != nil {
			return statusMsg{text: tr(lang, "upcoming dates: ") + err.Error(), err: true}
		}
		var out []model.DueEntry
		for _, e := range rules.DueEntries(reqs, act, proc, today) {
			// what has passed is counted above (overdue, reviews passed): the
			// section shows each date once, the days ahead
			if !e.Day.Before(today) && !e.Day.After(end) {
				out = append(out, e)
			}
		}
		return upcomingMsg{seq: seq, entries: out}
	}
}

// upcomingLines is the dashboard section: a head with the count, then the
// first entries with the days from today in the count column.
func (d *dashboard) upcomingLines(lv func(int, model.Urgency) model.Urgency) []dashLine {
	today := d.o.today()
	// no targets: the cursor keeps moving between the counts, as before
	L := []dashLine{{text: trf(d.o.Lang, "Upcoming %d days  %d dates", upcomingDays, len(d.upcoming)), head: true}}
	for i, e := range d.upcoming {
		if i == upcomingShown {
			L = append(L, dashLine{text: trf(d.o.Lang, "… %d more: dpodesk export deadlines --format ics", len(d.upcoming)-upcomingShown), head: true})
			break
		}
		days := today.DaysUntil(e.Day)
		level := model.UrgencyDueWeek
		if days < 0 {
			level = model.UrgencyOverdue
		}
		L = append(L, dashLine{text: d.o.fmtDate(e.Day) + "  " + e.SummaryIn(d.o.Lang), count: days, level: lv(1, level)})
	}
	return L
}
