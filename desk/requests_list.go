package desk

import (
	"cmp"
	"io"
	"slices"

	"github.com/dpodesk/dpodesk/export"
	"github.com/dpodesk/dpodesk/model"
)

// RequestList is the result of a request query held compactly: the IDs in
// display order, each request read again and turned into a view only when it
// is printed, so `request list` at 100,000 requests never holds 100,000 views.
type RequestList struct {
	d   *Desk
	ids []uint64
}

// Len is the number of requests selected.
func (l *RequestList) Len() int { return len(l.ids) }

// Each calls fn with the views in display order (model.CompareDue), without
// their timelines, as Requests returns them. It may be called more than once.
// Each reads the rows as they are then: a request saved since RequestList is
// printed as saved, in the place its earlier due date gave it, and one deleted
// since is left out.
func (l *RequestList) Each(fn func(RequestView) error) error {
	return l.d.ws.RequestRowsOf(l.ids, func(r model.Request) error { return fn(l.d.viewRequest(r, false)) })
}

// RequestList selects the requests of the query in display order. It computes
// each deadline once to select and sort, keeping a due date and an ID per
// request; the views are computed again as Each hands them out.
func (d *Desk) RequestList(q RequestQuery) (*RequestList, error) {
	rules, today := d.Rules(), d.Today()
	type key struct {
		due model.Date
		id  uint64
	}
	var keys []key
	err := d.ws.EachRequestRow(func(r model.Request) error {
		dl := rules.Deadline(r)
		if q.keep(r.Status, r.Type, model.RequestUrgency(r, dl, today), dl.DaysLeft(today)) {
			keys = append(keys, key{dl.Due, r.ID})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// The order of model.CompareDue: due dates as their text "YYYY-MM-DD"
	// (no date first), which for four-digit years is the order of dayKey; ties by ID.
	slices.SortFunc(keys, func(a, b key) int {
		if c := cmp.Compare(dayKey(a.due), dayKey(b.due)); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	l := &RequestList{d: d, ids: make([]uint64, len(keys))}
	for j, k := range keys {
		l.ids[j] = k.id
	}
	return l, nil
}

// dayKey orders dates as their text does; no date comes first.
func dayKey(d model.Date) int {
	if d.IsZero() {
		return -1
	}
	return d.Year*512 + int(d.Month)*32 + d.Day
}

// ExportRequestsCSV streams the requests register as CSV, one request read
// at a time: the bytes Export gives for it, at a fraction of the memory.
func (d *Desk) ExportRequestsCSV(w io.Writer, opts export.Options) error {
	return export.RequestsCSV(w, d.ws.EachRequest, opts)
}

// WriteFileFrom writes path atomically with what fill writes, as WriteFile
// does with data: a failed write leaves the old file.
func WriteFileFrom(path string, fill func(io.Writer) error) error { return writeAtomic(path, fill) }

// EachRequestRow hands over the slim row of every request, one at a time, in
// ID order: what the interface's table needs, without holding every row.
func (d *Desk) EachRequestRow(fn func(model.Request) error) error { return d.ws.EachRequestRow(fn) }
