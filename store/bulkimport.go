package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// A bulk import is too large for one Badger transaction, so it is made atomic
// by a marker. Before the first record, meta/import/pending/<id> is written
// (synced) with what the import may touch: the journal head and counters before
// it and the ID range reserved per kind. The records then go out in write
// batches, each with its journal entry. One transaction commits the import: it
// deletes the pending marker and, when the input has a key, writes
// meta/import/done/<key>. At every open, an import whose pending marker is still
// there is rolled back: its records, rows, index keys and journal entries are
// deleted and the head and counters set back. A crash thus leaves all of an
// import or none of it, and a retry of an input that was committed is refused.
//
//	meta/import/pending/<id>   JSON pendingImport
//	meta/import/done/<key>     JSON importDone

var (
	prefixImportPending = []byte("meta/import/pending/")
	prefixImportDone    = []byte("meta/import/done/")
)

// ImportBatch is one all-or-nothing bulk import.
type ImportBatch struct {
	// Key identifies the input, e.g. the SHA-256 of the imported file. A key
	// that was committed before with records of a kind this batch writes is
	// refused with ErrExists, so re-running an import whose success message a
	// crash swallowed adds nothing; the other kinds of the same input (the
	// sheets of one workbook) can still be imported, one after the other.
	// "" means no such check.
	Key        string
	Action     string // audit action of every entry; "" means "create"
	Activities []*model.Activity
	Processors []*model.Processor
	Requests   []*model.Request
	Progress   func(done, total int)
}

// ImportResult says what a committed import wrote.
type ImportResult struct {
	ID                               string
	Activities, Processors, Requests int
}

type idRange struct{ First, Last uint64 }

type pendingImport struct {
	ID       string             `json:"id"`
	Key      string             `json:"key,omitempty"`
	Started  time.Time          `json:"started"`
	HeadSeq  uint64             `json:"head_seq"`
	HeadHash string             `json:"head_hash"`
	Counts   map[string]uint64  `json:"counts"`
	Ranges   map[string]idRange `json:"ranges"`
}

type importDone struct {
	ID         string    `json:"id"`
	At         time.Time `json:"at"`
	Activities int       `json:"activities"`
	Processors int       `json:"processors"`
	Requests   int       `json:"requests"`
}

// BulkImport writes the batch all or nothing. Ordinary writes wait while it
// runs; ctx cancels it between records (and rolls it back). On success the
// records passed in carry their stored form.
func (w *Workspace) BulkImport(ctx context.Context, in ImportBatch) (ImportResult, error) {
	if w.opts.ReadOnly {
		return ImportResult{}, ErrReadOnly
	}
	w.bulk.Lock()
	defer w.bulk.Unlock()
	res, err := w.bulkImport(ctx, in)
	if err != nil {
		return res, fmt.Errorf("import into %q: %w", w.opts.Name, mapFault(w.opts.Name, err))
	}
	return res, nil
}

func (w *Workspace) bulkImport(ctx context.Context, in ImportBatch) (ImportResult, error) {
	res := ImportResult{Activities: len(in.Activities), Processors: len(in.Processors), Requests: len(in.Requests)}
	if err := w.checkImportKey(in); err != nil {
		return res, err
	}
	if err := w.checkBulkNames(in.Activities, in.Processors); err != nil {
		return res, err
	}
	b, err := w.startBulk(res.Activities + res.Processors + res.Requests)
	if err != nil {
		return res, err
	}
	defer b.wb.Cancel()
	b.report = in.Progress
	p, ids, err := w.beginImport(in, b)
	if err != nil {
		return res, err
	}
	res.ID = p.ID
	err = w.bulkRecords(ctx, b, in, ids)
	if err == nil {
		err = b.wb.Flush()
	}
	if err == nil {
		err = w.commitImport(p, res)
	}
	if err != nil {
		b.wb.Cancel()
		if rerr := w.rollbackImport(p); rerr != nil {
			return res, fmt.Errorf("%w (rolling it back failed too: %v; the next open retries)", err, rerr)
		}
		return res, fmt.Errorf("%w; nothing was imported", err)
	}
	for _, copyBack := range b.stored {
		copyBack()
	}
	w.writeAnchor(b.head)
	return res, nil
}

// checkImportKey refuses a batch whose input was committed before with
// records of a kind the batch writes.
func (w *Workspace) checkImportKey(in ImportBatch) error {
	if in.Key == "" {
		return nil
	}
	return w.view(func(txn *badger.Txn) error {
		done, found, err := readImportDone(txn, in.Key)
		if err != nil || !found {
			return err
		}
		if done.Activities > 0 && len(in.Activities) > 0 || done.Processors > 0 && len(in.Processors) > 0 ||
			done.Requests > 0 && len(in.Requests) > 0 {
			return fmt.Errorf("this input was imported already on %s (%d activities, %d processors, %d requests): %w",
				done.At.Format("2006-01-02 15:04"), done.Activities, done.Processors, done.Requests, ErrExists)
		}
		return nil
	})
}

func readImportDone(txn *badger.Txn, key string) (importDone, bool, error) {
	var done importDone
	err := getValue(txn, join(prefixImportDone, []byte(key)), &done)
	if errors.Is(err, ErrNotFound) {
		return done, false, nil
	}
	return done, err == nil, err
}

// beginImport reserves the IDs and writes the pending marker, synced, before
// any record is written.
func (w *Workspace) beginImport(in ImportBatch, b *bulkWriter) (pendingImport, map[string][]uint64, error) {
	id := make([]byte, 8)
	rand.Read(id)
	p := pendingImport{ID: hex.EncodeToString(id), Key: in.Key, Started: w.now().UTC(), HeadSeq: b.head.seq,
		HeadHash: b.head.hash, Counts: map[string]uint64{}, Ranges: map[string]idRange{}}
	for k, n := range b.counts {
		p.Counts[k] = n
	}
	ids := map[string][]uint64{}
	for kind, n := range map[string]int{kindActivity: len(in.Activities), kindProcessor: len(in.Processors), kindRequest: len(in.Requests)} {
		if n == 0 {
			continue
		}
		list, err := w.reserveIDs(kind, n)
		if err != nil {
			return p, nil, err
		}
		ids[kind] = list
		p.Ranges[kind] = idRange{First: list[0], Last: list[len(list)-1]}
	}
	err := w.db.Update(func(txn *badger.Txn) error {
		v, err := encode(p)
		if err != nil {
			return err
		}
		return txn.Set(join(prefixImportPending, []byte(p.ID)), v)
	})
	return p, ids, err
}

// commitImport is the one transaction that makes the import count.
func (w *Workspace) commitImport(p pendingImport, res ImportResult) error {
	return w.db.Update(func(txn *badger.Txn) error {
		if err := txn.Delete(join(prefixImportPending, []byte(p.ID))); err != nil {
			return err
		}
		if p.Key == "" {
			return nil
		}
		// an earlier import of other kinds of the same input stays counted
		before, _, err := readImportDone(txn, p.Key)
		if err != nil {
			return err
		}
		v, err := encode(importDone{ID: p.ID, At: w.now().UTC(), Activities: before.Activities + res.Activities,
			Processors: before.Processors + res.Processors, Requests: before.Requests + res.Requests})
		if err != nil {
			return err
		}
		return txn.Set(join(prefixImportDone, []byte(p.Key)), v)
	})
}

// rollbackPending rolls back every import a crash interrupted; it runs at open.
func (w *Workspace) rollbackPending() (int, error) {
	var pending []pendingImport
	err := w.view(func(txn *badger.Txn) error {
		return scanRaw(txn, prefixImportPending, func(_, v []byte) error {
			var p pendingImport
			if err := decode(v, &p); err != nil {
				return err
			}
			pending = append(pending, p)
			return nil
		})
	})
	if err != nil {
		return 0, err
	}
	if len(pending) > 0 && w.opts.ReadOnly {
		return 0, describe(ErrReadOnly, "workspace %q has an interrupted import: open it once read-write to roll it back", w.opts.Name)
	}
	for _, p := range pending {
		if err := w.rollbackImport(p); err != nil {
			return 0, fmt.Errorf("rolling back interrupted import %s: %w", p.ID, err)
		}
	}
	return len(pending), nil
}
