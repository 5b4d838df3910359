package desk

import (
	"cmp"
	"io"
	"runtime"
	"slices"
	"sync/atomic"

	"github.com/dpodesk/dpodesk/export"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// RequestList is the result of a request query held compactly: the encoded
// rows in display order, each decoded and turned into a view only when it is
// printed, so `request list` at 100,000 requests never holds 100,000 views
// and never reads a row twice.
type RequestList struct {
	d    *Desk
	rows [][]byte // encoded slim rows (store.EachRequestRowRaw), in display order
}

// Len is the number of requests selected.
func (l *RequestList) Len() int { return len(l.rows) }

// Each calls fn with the views in display order (model.CompareDue), without
// their timelines, as Requests returns them. It may be called more than once;
// every call shows the requests as they were when RequestList read them. The
// views (decoding a row and computing its deadline, clock and reply) are made
// in batches on every CPU while fn prints on the caller's goroutine, in order.
func (l *RequestList) Each(fn func(RequestView) error) error {
	const batch = 256
	workers := max(runtime.GOMAXPROCS(0), 1)
	type views struct {
		rows [][]byte
		out  []RequestView
		err  error
		done chan struct{}
	}
	queue := make(chan *views, 2*workers) // in display order, to the caller
	work := make(chan *views, 2*workers)  // to the workers, any order
	var stop atomic.Bool
	for range workers {
		go func() {
			dec := store.NewRequestRowDecoder()
			for b := range work {
				b.out = make([]RequestView, 0, len(b.rows))
				for _, raw := range b.rows {
					r, err := dec.Decode(raw)
					if err != nil {
						b.err = err
						break
					}
					b.out = append(b.out, l.d.viewRequest(r, false))
				}
				close(b.done)
			}
		}()
	}
	go func() {
		defer close(work)
		defer close(queue)
		for i := 0; i < len(l.rows) && !stop.Load(); i += batch {
			b := &views{rows: l.rows[i:min(i+batch, len(l.rows))], done: make(chan struct{})}
			queue <- b
			work <- b
		}
	}()
	var err error
	for b := range queue {
		<-b.done
		for i := 0; err == nil && i < len(b.out); i++ {
			err = fn(b.out[i])
		}
		if err == nil {
			err = b.err
		}
		if err != nil {
			stop.Store(true) // no new batches; those under way are drained
		}
	}
	return err
}

// RequestList selects the requests of the query in display order. It computes
// each deadline once to select and sort, keeping the due date and the encoded
// row of each request selected; the views are computed as Each hands them out.
func (d *Desk) RequestList(q RequestQuery) (*RequestList, error) {
	rules, today := d.Rules(), d.Today()
	type key struct {
		due int
		id  uint64
		row []byte
	}
	var keys []key
	var arena []byte // the rows' bytes, copied into few large blocks
	err := d.ws.EachRequestRowRaw(func(r model.Request, raw []byte) error {
		dl := rules.Deadline(r)
		if !q.keep(r.Status, r.Type, model.RequestUrgency(r, dl, today), dl.DaysLeft(today)) {
			return nil
		}
		if cap(arena)-len(arena) < len(raw) {
			arena = make([]byte, 0, max(1<<20, len(raw)))
		}
		start := len(arena)
		arena = append(arena, raw...)
		keys = append(keys, key{dayKey(dl.Due), r.ID, arena[start:len(arena):len(arena)]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	// The order of model.CompareDue: due dates as their text "YYYY-MM-DD"
	// (no date first), which for four-digit years is the order of dayKey; ties by ID.
	slices.SortFunc(keys, func(a, b key) int {
		if c := cmp.Compare(a.due, b.due); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	l := &RequestList{d: d, rows: make([][]byte, len(keys))}
	for j, k := range keys {
		l.rows[j] = k.row
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
