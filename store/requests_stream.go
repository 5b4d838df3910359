package store

import (
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"

	badger "github.com/dgraph-io/badger/v4"

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

// EachRequestRowRaw is EachRequestRow that also hands over the row's encoded
// form, valid only during fn: a listing that sorts keeps the bytes it will
// print (a fraction of the decoded rows) instead of reading each row again.
func (w *Workspace) EachRequestRowRaw(fn func(row model.Request, raw []byte) error) error {
	r := newRowReader()
	err := w.view(func(txn *badger.Txn) error {
		return scanRaw(txn, prefixRequestRow, func(_, b []byte) error {
			row, err := decodeRequestRow(r, b)
			if err != nil {
				return err
			}
			return fn(row, b)
		})
	})
	if err != nil {
		return fmt.Errorf("read request rows: %w", err)
	}
	return nil
}

// RequestRowDecoder decodes rows EachRequestRowRaw handed over; it interns the
// strings rows repeat, so one decoder serves a whole listing.
type RequestRowDecoder struct{ r *rowReader }

// NewRequestRowDecoder returns a decoder for one listing (not for concurrent use).
func NewRequestRowDecoder() *RequestRowDecoder { return &RequestRowDecoder{r: newRowReader()} }

// Decode decodes one row.
func (d *RequestRowDecoder) Decode(raw []byte) (model.Request, error) {
	return decodeRequestRow(d.r, raw)
}

// EachRequest calls fn with every full request in ID order, one at a time, so
// an export streams instead of holding the register in memory. Records are
// decoded in batches on every CPU (the decoding is most of an export's time)
// while fn runs on the caller's goroutine, in order; at most a few batches are
// in memory at once.
func (w *Workspace) EachRequest(fn func(model.Request) error) error {
	workers := max(runtime.GOMAXPROCS(0), 1)
	queue := make(chan *requestBatch, 2*workers) // in ID order, to the caller
	work := make(chan *requestBatch, 2*workers)  // to the decoders, any order
	var stop atomic.Bool
	var readErr error
	for range workers {
		go func() {
			for b := range work {
				b.decode()
			}
		}()
	}
	go func() {
		defer close(work)
		defer close(queue)
		readErr = w.view(func(txn *badger.Txn) error {
			b := newRequestBatch()
			err := scanRaw(txn, prefixRequest, func(_, v []byte) error {
				if stop.Load() {
					return errStopped
				}
				b.raw = append(b.raw, append([]byte(nil), v...))
				if len(b.raw) == cap(b.raw) {
					queue <- b
					work <- b
					b = newRequestBatch()
				}
				return nil
			})
			if len(b.raw) > 0 {
				queue <- b
				work <- b
			}
			return err
		})
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
			stop.Store(true) // the reader stops; the batches under way are drained
		}
	}
	if err == nil && readErr != nil && !errors.Is(readErr, errStopped) {
		err = readErr
	}
	if err != nil {
		return fmt.Errorf("read requests: %w", err)
	}
	return nil
}

var errStopped = errors.New("stopped")

// requestBatch is a run of encoded requests and, once done is closed, their
// decoding.
type requestBatch struct {
	raw  [][]byte
	out  []model.Request
	err  error
	done chan struct{}
}

func newRequestBatch() *requestBatch {
	return &requestBatch{raw: make([][]byte, 0, 256), done: make(chan struct{})}
}

func (b *requestBatch) decode() {
	defer close(b.done)
	b.out = make([]model.Request, len(b.raw))
	for i, v := range b.raw {
		if b.err = decode(v, &b.out[i]); b.err != nil {
			b.out = b.out[:i]
			return
		}
	}
	b.raw = nil
}
