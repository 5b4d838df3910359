package desk

import (
	"cmp"
	"errors"
	"io"
	"slices"
	"sync"

	"github.com/dpodesk/dpodesk/export"
	"github.com/dpodesk/dpodesk/internal/pipeline"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
	"golang.org/x/sync/errgroup"
)

// RequestList is the result of a request query held compactly: the encoded
// rows in display order, each decoded and turned into a view only when it is
// printed, so `request list` at 100,000 requests never holds 100,000 views
// and never reads a row twice.
//
// When the workspace keeps its rows in due order (store.EachOrderedRow), the
// list holds nothing: every Each reads them in one scan, selecting and
// printing as it goes, in memory that does not grow with the register.
type RequestList struct {
	d       *Desk
	q       RequestQuery
	ordered bool     // read the rows in due order at every Each
	rows    [][]byte // otherwise: the selected encoded rows, in display order
}

// listBatch is how many rows one worker decodes at a time.
const listBatch = 256

// Each calls fn with the views in display order (model.CompareDue), without
// their timelines, as Requests returns them. It may be called more than once;
// each call reads one consistent state of the register (the rows in due order
// as they are then, or those RequestList read). The views (decoding a row and
// computing its deadline, clock and reply) are made on every CPU while fn
// prints on the caller's goroutine, in order.
func (l *RequestList) Each(fn func(RequestView) error) error {
	return eachBatch(l, func(b *rowBatch) ([]RequestView, error) {
		out := make([]RequestView, 0, len(b.rows))
		err := l.views(b, false, func(v RequestView) error {
			out = append(out, v)
			return nil
		})
		return out, err
	}, pipeline.Each(fn))
}

// EachEncoded is Each for an encoding that keeps nothing of the view: enc
// appends v's bytes to dst (the JSON of one element, a CSV line), and fn gets
// them in display order, valid only during the call. Since nothing outlives
// a batch, its rows, decoded strings and encodings reuse a few buffers, and a
// listing of 100,000 requests allocates little more than one of 256.
func EachEncoded(l *RequestList, enc func(dst []byte, v RequestView) ([]byte, error), fn func([]byte) error) error {
	return eachBatch(l, func(b *rowBatch) (*encodedBatch, error) {
		return encodeBatch(func(each func(RequestView) error) error { return l.views(b, true, each) }, enc)
	}, writeEncoded(fn))
}

// encodeRows is EachEncoded for every row a store reader hands over (scan):
// enc appends the encoding of each request, which keeps nothing of it, and
// fn gets them in the reader's order.
func encodeRows(scan func(func(raw []byte) error) error, enc func([]byte, model.Request) ([]byte, error), fn func([]byte) error) error {
	return pipeline.Ordered(batchesOf(scan), func(b *rowBatch) (*encodedBatch, error) {
		return encodeBatch(func(each func(model.Request) error) error { return decodeRows(b, true, each) }, enc)
	}, writeEncoded(fn))
}

// encodeBatch appends enc's encoding of everything visit hands over, one
// after the other, to a batch from the pool.
func encodeBatch[T any](visit func(func(T) error) error, enc func([]byte, T) ([]byte, error)) (*encodedBatch, error) {
	e := encodedBatches.Get().(*encodedBatch)
	err := visit(func(v T) (err error) {
		e.buf, err = enc(e.buf, v)
		e.ends = append(e.ends, len(e.buf))
		return err
	})
	return e, err
}

// writeEncoded is the consume step of an encoding: fn gets each encoding of
// a batch in turn, and the batch's memory goes back to the pool.
func writeEncoded(fn func([]byte) error) func(*encodedBatch) error {
	return func(e *encodedBatch) error {
		defer e.release()
		start := 0
		for _, end := range e.ends {
			if err := fn(e.buf[start:end]); err != nil {
				return err
			}
			start = end
		}
		return nil
	}
}

// eachBatch reads the list's rows in batches and runs work on every CPU,
// handing consume the results in display order.
func eachBatch[O any](l *RequestList, work func(*rowBatch) (O, error), consume func(O) error) error {
	produce := func(send func(*rowBatch) bool) error {
		for i := 0; i < len(l.rows); i += listBatch {
			if !send(&rowBatch{rows: l.rows[i:min(i+listBatch, len(l.rows))]}) {
				return nil
			}
		}
		return nil
	}
	if l.ordered {
		produce = batchesOf(func(add func([]byte) error) error {
			ready, err := l.d.ws.EachOrderedRow(add)
			if err == nil && !ready {
				return errRulesChanged
			}
			return err
		})
	}
	return pipeline.Ordered(produce, work, consume)
}

// EachHead calls fn with the head of every request the list selects
// (store.RequestRowDecoder.DecodeHead: ref, type, subject, status, … without
// the events), with no deadline computed, from workers goroutines at once and
// in no order: it is for a pass that only folds the heads, such as the widths
// of a table's columns, which then costs a fraction of the views. worker is as
// for store.Workspace.EachOrderedRowConcurrently; r's strings are valid only
// during the call. ok is false, and fn is not called, when the list selects
// by deadline as it reads (open, overdue or due within on a workspace whose
// rows are in due order), which a head cannot tell.
func (l *RequestList) EachHead(workers int, fn func(worker int, r model.Request) error) (ok bool, err error) {
	if l.ordered && l.q.selectsByDeadline() {
		return false, nil
	}
	workers = max(workers, 1)
	decs := make([]*store.RequestRowDecoder, workers)
	for k := range decs {
		decs[k] = store.NewRequestRowDecoder()
	}
	head := func(k int, raw []byte) error {
		decs[k].Recycle()
		r, err := decs[k].DecodeHead(raw)
		if err != nil {
			return err
		}
		// without a selection by deadline, the query reads status and type only
		if !l.ordered || l.q.keep(r.Status, r.Type, model.UrgencyOnTrack, 0) {
			return fn(k, r)
		}
		return nil
	}
	if !l.ordered {
		return true, eachPart(l.rows, workers, head)
	}
	ready, err := l.d.ws.EachOrderedRowConcurrently(workers, head)
	if err == nil && !ready {
		err = errRulesChanged
	}
	return true, err
}

// Widths are the widths of the widest ref, subject, type and status among the
// list's requests, read from the workspace's width index without reading a
// row. ok is false, and the rows must be measured, unless the list holds
// every request in due order and the index is built under the rules in force.
func (l *RequestList) Widths() (w store.RequestWidths, ok bool, err error) {
	if !l.ordered || !l.q.selectsAll() {
		return w, false, nil
	}
	return l.d.ws.RequestWidths()
}

// errRulesChanged: the rules changed since RequestList looked at the index;
// a new list reads the rows again.
var errRulesChanged = errors.New("the deadline settings changed while the list was read; run it again")

// eachPart calls fn with every row, the rows cut into one part per worker,
// each part on a goroutine of its own.
func eachPart(rows [][]byte, workers int, fn func(worker int, raw []byte) error) error {
	var g errgroup.Group
	for k := range workers {
		part := rows[k*len(rows)/workers : (k+1)*len(rows)/workers]
		g.Go(func() error {
			for _, raw := range part {
				if err := fn(k, raw); err != nil {
					return err
				}
			}
			return nil
		})
	}
	return g.Wait()
}

// views calls fn with the view of each request of b the query selects (see
// decodeRows for recycle).
func (l *RequestList) views(b *rowBatch, recycle bool, fn func(RequestView) error) error {
	rules, today := l.d.Rules(), l.d.Today()
	return decodeRows(b, recycle, func(r model.Request) error {
		dl := rules.Deadline(r)
		if l.ordered && !l.q.keepRequest(r, dl, today) {
			return nil // selected before its view is made: --overdue picks a few of 100,000
		}
		return fn(viewOf(rules, today, r, dl, false))
	})
}

// decodeRows decodes the rows of b and calls fn with each request, then gives
// the rows' buffer back: what fn receives holds copies. recycle lets each
// row's decoding overwrite the last one's, for an fn that keeps nothing of the
// request; otherwise its strings and events are the decoder's memory and live
// on in what fn makes of them.
func decodeRows(b *rowBatch, recycle bool, fn func(model.Request) error) error {
	defer b.release()
	pool := &viewDecoders
	if recycle {
		pool = &recycledDecoders
	}
	dec := pool.Get().(*store.RequestRowDecoder)
	defer pool.Put(dec)
	for _, raw := range b.rows {
		if recycle {
			dec.Recycle()
		}
		r, err := dec.Decode(raw)
		if err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// The decoders of listings are shared between batches, so that each goes on
// filling its chunks of strings and events instead of starting new ones for
// every 256 rows (which cost more in clearing memory than the decoding).
// recycledDecoders are recycled after every row: what they serve (a selection,
// an encoding) keeps nothing of the requests they decode.
var (
	viewDecoders     = sync.Pool{New: func() any { return store.NewRequestRowDecoder() }}
	recycledDecoders = sync.Pool{New: func() any { return store.NewRequestRowDecoder() }}
)

// encodedBatch is what EachEncoded makes of one batch: the encodings one
// after the other in buf, each ending at its offset in ends.
type encodedBatch struct {
	buf  []byte
	ends []int
}

var encodedBatches = sync.Pool{New: func() any { return &encodedBatch{buf: make([]byte, 0, 256<<10)} }}

func (e *encodedBatch) release() {
	e.buf, e.ends = e.buf[:0], e.ends[:0]
	encodedBatches.Put(e)
}

// listKey is what RequestList sorts a selected request by, with its row.
type listKey struct {
	due int
	id  uint64
	row []byte
}

// RequestList selects the requests of the query in display order. The rows
// are copied as they are read and decoded on every CPU, where each deadline
// is computed once to select and sort; the due date and the encoded row of
// each selected request are kept, and the views are made as Each hands them out.
func (d *Desk) RequestList(q RequestQuery) (*RequestList, error) {
	if ready, err := d.ws.DueIndexReady(); err != nil {
		return nil, err
	} else if ready {
		return &RequestList{d: d, q: q, ordered: true}, nil
	}
	rules, today := d.Rules(), d.Today()
	var keys []listKey
	err := pipeline.Ordered(batchesOf(d.ws.EachRequestRowEncoded), func(b *rowBatch) ([]listKey, error) {
		// the batch is not released: the list keeps the rows it selects
		dec := recycledDecoders.Get().(*store.RequestRowDecoder)
		defer recycledDecoders.Put(dec)
		var out []listKey
		for _, raw := range b.rows {
			dec.Recycle()
			r, err := dec.Decode(raw)
			if err != nil {
				return nil, err
			}
			if dl := rules.Deadline(r); q.keepRequest(r, dl, today) {
				out = append(out, listKey{dayKey(dl.Due), r.ID, raw})
			}
		}
		return out, nil
	}, func(ks []listKey) error {
		keys = append(keys, ks...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// The order of model.CompareDue: due dates as their text "YYYY-MM-DD"
	// (no date first), which for four-digit years is the order of dayKey; ties by ID.
	slices.SortFunc(keys, func(a, b listKey) int {
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

// rowBatch is a batch of encoded rows. Those a scan copied are in buf, which
// goes back to the pool once the rows are decoded; a batch of the rows a
// RequestList holds has no buf and keeps them.
type rowBatch struct {
	rows [][]byte
	buf  []byte
}

var rowBatchPool = sync.Pool{New: func() any {
	return &rowBatch{rows: make([][]byte, 0, listBatch), buf: make([]byte, 0, 128<<10)}
}}

func (b *rowBatch) release() {
	if b.buf == nil {
		return
	}
	b.rows, b.buf = b.rows[:0], b.buf[:0]
	rowBatchPool.Put(b)
}

// batchesOf is the Ordered producer of the rows scan hands over, copied into
// batches.
func batchesOf(scan func(add func(raw []byte) error) error) func(send func(*rowBatch) bool) error {
	return func(send func(*rowBatch) bool) error {
		b := &rowBatches{send: send}
		err := scan(b.add)
		if err == nil {
			b.flush()
		}
		return err
	}
}

// rowBatches copies the rows a reader hands over (valid only during the
// call) into batches for an Ordered producer: listBatch rows, or fewer when
// they fill a batch's buffer.
type rowBatches struct {
	send func(*rowBatch) bool
	cur  *rowBatch
}

// add is the reader's callback.
func (b *rowBatches) add(raw []byte) error {
	// a row that does not fit sends the batch as it is: growing its buffer
	// would copy the rows before, and a batch of large records (an activity
	// is a few hundred bytes) would grow every time
	if c := b.cur; c != nil && len(c.buf)+len(raw) > cap(c.buf) {
		if err := b.sendCurrent(); err != nil {
			return err
		}
	}
	if b.cur == nil {
		b.cur = rowBatchPool.Get().(*rowBatch)
	}
	// so only a batch's first row can be larger than the buffer, which grows
	c := b.cur
	start := len(c.buf)
	c.buf = append(c.buf, raw...)
	c.rows = append(c.rows, c.buf[start:len(c.buf):len(c.buf)])
	if len(c.rows) == listBatch {
		return b.sendCurrent()
	}
	return nil
}

// sendCurrent sends the batch being filled; the next row starts another.
func (b *rowBatches) sendCurrent() error {
	c := b.cur
	b.cur = nil
	if !b.send(c) {
		return pipeline.ErrStopped
	}
	return nil
}

// flush sends the last, partial batch.
func (b *rowBatches) flush() {
	if b.cur != nil {
		b.send(b.cur)
	}
	b.cur = nil
}

// dayKey orders dates as their text does; no date comes first.
func dayKey(d model.Date) int {
	if d.IsZero() {
		return -1
	}
	return d.Year*512 + int(d.Month)*32 + d.Day
}

// ExportRequestsCSV streams the requests register as CSV from the requests'
// rows, which hold every field it prints: the bytes Export gives for it, at
// a fraction of the memory and time.
func (d *Desk) ExportRequestsCSV(w io.Writer, opts export.Options) error {
	return export.RequestsCSV(w, func(line func([]byte, model.Request) ([]byte, error), fn func([]byte) error) error {
		return encodeRows(d.ws.EachCurrentRequestRow, line, fn)
	}, opts)
}

// WriteFileFrom writes path atomically with what fill writes, as WriteFile
// does with data: a failed write leaves the old file.
func WriteFileFrom(path string, fill func(io.Writer) error) error { return writeAtomic(path, fill) }

// EachRequestRow hands over the slim row of every request, one at a time, in
// ID order: what the interface's table needs, without holding every row.
func (d *Desk) EachRequestRow(fn func(model.Request) error) error { return d.ws.EachRequestRow(fn) }
