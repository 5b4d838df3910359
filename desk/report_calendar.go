package desk

import (
	"errors"
	"io"

	"github.com/dpodesk/dpodesk/export"
	"github.com/dpodesk/dpodesk/model"
)

// DueEntries are the dates a DPO keeps in a calendar: every open request's due
// date and extension cut-off, every active activity's and processor's review
// date, in date order (model.DeadlineRules.DueEntries).
func (d *Desk) DueEntries() ([]model.DueEntry, error) {
	reqs, errR := d.ws.RequestRows()
	acts, errA := d.ws.ActivityRows()
	procs, errP := d.ws.ProcessorRows()
	if err := errors.Join(errR, errA, errP); err != nil {
		return nil, err
	}
	return d.Rules().DueEntries(reqs, acts, procs, d.Today()), nil
}

// UpcomingEntries are the due entries from today through the next days days,
// with the overdue ones first: the dashboard's "upcoming" section.
func (d *Desk) UpcomingEntries(days int) ([]model.DueEntry, error) {
	all, err := d.DueEntries()
	if err != nil {
		return nil, err
	}
	end := d.Today().AddDays(days)
	var out []model.DueEntry
	for _, e := range all {
		if !e.Day.After(end) {
			out = append(out, e)
		}
	}
	return out, nil
}

// DeadlinesICS writes the due entries as an iCalendar file with stable UIDs.
func (d *Desk) DeadlinesICS(w io.Writer) error {
	entries, err := d.DueEntries()
	if err != nil {
		return err
	}
	return export.DeadlinesICS(w, d.ws.Name(), entries, d.now())
}
