package desk

import (
	"io"
	"slices"

	"github.com/dpodesk/dpodesk/export"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// RequestList is the result of a request query held compactly: the encoded
// rows and their display order, each turned into a view only when it is
// printed, so `request list` at 100,000 requests never holds 100,000 views.
type RequestList struct {
	d     *Desk
	rows  *store.RequestRowSet
	order []int32
}

// Len is the number of requests selected.
func (l *RequestList) Len() int { return len(l.order) }

// Each calls fn with the views in display order (model.CompareDue), without
// their timelines, as Requests returns them. It may be called more than once.
func (l *RequestList) Each(fn func(RequestView) error) error {
	for _, i := range l.order {
		r, err := l.rows.Row(int(i))
		if err != nil {
			return err
		}
		v := l.d.ViewRequest(r)
		v.Events, v.Timeline = nil, nil
		if err := fn(v); err != nil {
			return err
		}
	}
	return nil
}

// RequestList selects the requests of the query in display order. It computes
// each deadline once to select and sort, keeping a due date and an ID per
// request; the views are computed again as Each hands them out.
func (d *Desk) RequestList(q RequestQuery) (*RequestList, error) {
	rows, err := d.ws.RequestRowSet()
	if err != nil {
		return nil, err
	}
	rules, today := d.Rules(), d.Today()
	type key struct {
		due string
		id  uint64
		i   int32
	}
	keys := make([]key, 0, rows.Len())
	for i := range rows.Len() {
		r, err := rows.Row(i)
		if err != nil {
			return nil, err
		}
		dl := rules.Deadline(r)
		u := model.RequestUrgency(r, dl, today)
		if !q.keep(r.Status, r.Type, u, dl.DaysLeft(today)) {
			continue
		}
		keys = append(keys, key{dl.Due.String(), r.ID, int32(i)})
	}
	slices.SortStableFunc(keys, func(a, b key) int { return model.CompareDue(a.due, a.id, b.due, b.id) })
	l := &RequestList{d: d, rows: rows, order: make([]int32, len(keys))}
	for j, k := range keys {
		l.order[j] = k.i
	}
	return l, nil
}

// ExportRequestsCSV streams the requests register as CSV, one request read
// at a time: the bytes Export gives for it, at a fraction of the memory.
func (d *Desk) ExportRequestsCSV(w io.Writer, opts export.Options) error {
	return export.RequestsCSV(w, d.ws.EachRequest, opts)
}

// WriteFileFrom writes path atomically with what fill writes, as WriteFile
// does with data: a failed write leaves the old file.
func WriteFileFrom(path string, fill func(io.Writer) error) error { return writeAtomic(path, fill) }
