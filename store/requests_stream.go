package store

import (
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// RequestRowSet holds the encoded slim rows of every request in one buffer, in
// ID order: at 100,000 requests about 12 MB where the decoded rows take several
// times that, so a listing can sort and print them without holding them all
// decoded. Row decodes one again; a set is for one goroutine.
type RequestRowSet struct {
	buf  []byte
	ends []uint32
	rd   *rowReader
}

// Len is the number of rows.
func (s *RequestRowSet) Len() int { return len(s.ends) }

// Row decodes row i (0 ≤ i < Len).
func (s *RequestRowSet) Row(i int) (model.Request, error) {
	start := uint32(0)
	if i > 0 {
		start = s.ends[i-1]
	}
	return decodeRequestRow(s.rd, s.buf[start:s.ends[i]])
}

// RequestRowSet reads the encoded slim row of every request.
func (w *Workspace) RequestRowSet() (*RequestRowSet, error) {
	s := &RequestRowSet{rd: newRowReader()}
	err := w.view(func(txn *badger.Txn) error {
		if n, err := readUint(txn, keyCount(kindRequest)); err == nil {
			s.ends = make([]uint32, 0, n)
			s.buf = make([]byte, 0, n*96)
		}
		return scanRaw(txn, prefixRequestRow, func(_, b []byte) error {
			if uint64(len(s.buf))+uint64(len(b)) > 1<<32-1 {
				return fmt.Errorf("request rows exceed 4 GB")
			}
			s.buf = append(s.buf, b...)
			s.ends = append(s.ends, uint32(len(s.buf)))
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read request rows: %w", err)
	}
	return s, nil
}

// EachRequest calls fn with every full request in ID order, one decoded at a
// time, so an export streams instead of holding the register in memory.
func (w *Workspace) EachRequest(fn func(model.Request) error) error {
	err := w.view(func(txn *badger.Txn) error {
		return scanRaw(txn, prefixRequest, func(_, v []byte) error {
			var r model.Request
			if err := decode(v, &r); err != nil {
				return err
			}
			return fn(r)
		})
	})
	if err != nil {
		return fmt.Errorf("read requests: %w", err)
	}
	return nil
}
