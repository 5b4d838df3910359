package store

import (
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/internal/pipeline"
	"github.com/dpodesk/dpodesk/model"
)

// EachRequestRow calls fn with the slim row (model.Request.Slim) of every
// request in ID order, decoding one at a time: a listing computes what it
// sorts on without holding the rows.
func (w *Workspace) EachRequestRow(fn func(model.Request) error) error {
	r := newRowReader()
	err := w.view(func(txn *badger.Txn) error {
		return scanRaw(txn, prefixRequestRow, func(_, b []byte) error {
			row, err := decodeRequestRow(r, b)
			if err != nil {
				return err
			}
			return fn(row)
		})
	})
	if err != nil {
		return fmt.Errorf("read request rows: %w", err)
	}
	return nil
}

// EachRequestRowEncoded calls fn with the encoded slim row of every request
// in ID order, valid only during fn: a listing copies the bytes it keeps and
// decodes them on every CPU (RequestRowDecoder).
func (w *Workspace) EachRequestRowEncoded(fn func(raw []byte) error) error {
	return w.eachValue(prefixRequestRow, "request rows", fn)
}

// RequestRowDecoder decodes rows EachRequestRowEncoded handed over; it interns the
// strings rows repeat, so one decoder serves a whole listing.
type RequestRowDecoder struct{ r *rowReader }

// NewRequestRowDecoder returns a decoder for one listing (not for concurrent use).
func NewRequestRowDecoder() *RequestRowDecoder { return &RequestRowDecoder{r: newRowReader()} }

// Decode decodes one row.
func (d *RequestRowDecoder) Decode(raw []byte) (model.Request, error) {
	return decodeRequestRow(d.r, raw)
}

// DecodeHead decodes the head of one row, what it holds before the events
// (ID, ref, type, subject, channel, receipt, jurisdiction, status, outcome):
// for a pass that needs no deadline, such as the widths of a table's columns.
func (d *RequestRowDecoder) DecodeHead(raw []byte) (model.Request, error) {
	q, _, err := decodeRequestHead(d.r, raw)
	return q, err
}

// Recycle lets the decoder reuse the memory of the requests it has decoded:
// their strings and events are overwritten by the next Decode. It is for a
// pass that reads each request and keeps nothing of it (a selection by
// deadline), which then allocates nothing per row.
func (d *RequestRowDecoder) Recycle() { d.r.recycle() }

// EachRequest calls fn with every full request in ID order, one at a time, so
// an export streams instead of holding the register in memory. Records are
// decoded in batches on every CPU (the decoding is most of an export's time)
// while fn runs on the caller's goroutine, in order; at most a few batches are
// in memory at once.
func (w *Workspace) EachRequest(fn func(model.Request) error) error {
	const batch = 256
	err := pipeline.Ordered(func(send func([][]byte) bool) error {
		return w.view(func(txn *badger.Txn) error {
			b := pipeline.NewBatches(batch, send)
			err := scanRaw(txn, prefixRequest, func(_, v []byte) error { return b.Add(append([]byte(nil), v...)) })
			if err == nil {
				b.Flush()
			}
			return err
		})
	}, func(raws [][]byte) ([]model.Request, error) {
		out := make([]model.Request, len(raws))
		for i, v := range raws {
			if err := decode(v, &out[i]); err != nil {
				return nil, err
			}
		}
		return out, nil
	}, pipeline.Each(fn))
	if err != nil {
		return fmt.Errorf("read requests: %w", err)
	}
	return nil
}

// EachCurrentRequestRow calls fn, in ID order and from one snapshot, with
// the encoded row of every request in the current layout, valid only during
// fn (decode it with a RequestRowDecoder): the requests export, which needs no
// more than a row holds, reads rows instead of decoding whole records. A row
// written before rows carried the contact is made anew from the request's
// record, so an old workspace exports the same bytes.
func (w *Workspace) EachCurrentRequestRow(fn func(raw []byte) error) error {
	err := w.view(func(txn *badger.Txn) error {
		return scanRaw(txn, prefixRequestRow, func(k, v []byte) error {
			row, _, err := requestRowNow(txn, idOf(k), v)
			if err != nil {
				return err
			}
			return fn(row)
		})
	})
	if err != nil {
		return fmt.Errorf("read requests: %w", err)
	}
	return nil
}
