package store

import (
	"encoding/binary"
	"fmt"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// DueRule is how the due index files an open request: the deadline the
// workspace's rules give it. The desk sets it when it opens a workspace and
// again when the deadline settings change. Fingerprint names the rules (the
// settings and the calendar data they use): an index built under another
// fingerprint is rebuilt, so a due date in the index is always the one the
// rules in force compute.
type DueRule struct {
	Fingerprint string
	Deadline    func(model.Request) model.Deadline
}

// DueEntry is one open request in the due index: the counts and the first
// screens of the interface read these instead of decoding every request.
type DueEntry struct {
	ID       uint64
	Due      model.Date
	Paused   bool
	Extended bool
}

var (
	prefixDue         = []byte("ix/" + kindRequest + "/due/")
	keyDueFingerprint = []byte("meta/dueindex")
)

const (
	dueFlagPaused   = 1
	dueFlagExtended = 2
)

// dueKey is ix/request/due/<date><flags>/<id>: in due order, the flags in the
// key so a pause or an extension moves the key within the transaction.
func dueKey(id uint64, dl model.Deadline) []byte {
	var v [5]byte
	if !dl.Due.IsZero() {
		binary.BigEndian.PutUint32(v[:4], uint32(dl.Due.Year*512+int(dl.Due.Month)*32+dl.Due.Day))
	}
	if dl.Paused {
		v[4] |= dueFlagPaused
	}
	if dl.Extended {
		v[4] |= dueFlagExtended
	}
	return join(prefixDue, v[:], []byte("/"), u64(id))
}

func parseDueKey(k []byte) (DueEntry, bool) {
	rest := k[len(prefixDue):]
	if len(rest) != 5+1+8 {
		return DueEntry{}, false
	}
	v := binary.BigEndian.Uint32(rest[:4])
	e := DueEntry{ID: idOf(k), Paused: rest[4]&dueFlagPaused != 0, Extended: rest[4]&dueFlagExtended != 0}
	if v != 0 {
		e.Due = model.Date{Year: int(v / 512), Month: time.Month(v % 512 / 32), Day: int(v % 32)}
	}
	return e, true
}

// dueKeys is the due index key of a request under rule: one for an open
// request, none for a closed one or when no rule is set.
func dueKeys(rule *DueRule, r *model.Request) [][]byte {
	if rule == nil || !model.RequestOpen(*r) {
		return nil
	}
	return [][]byte{dueKey(r.ID, rule.Deadline(*r))}
}

// SetDueRule sets the rule the due index follows from now on and rebuilds the
// index when it was built under another rule (or by a write that had none). It
// holds the workspace exclusively while it rebuilds, so no write slips between.
// A read-only workspace keeps its index; DueIndexReady then says whether it
// can be used.
func (w *Workspace) SetDueRule(rule *DueRule) error {
	w.bulk.Lock()
	defer w.bulk.Unlock()
	w.due.Store(rule)
	if rule == nil || w.opts.ReadOnly {
		return nil
	}
	ready, err := w.dueIndexReady(rule)
	if err != nil || ready {
		return err
	}
	if err := w.rebuildDueIndex(rule); err != nil {
		return fmt.Errorf("workspace %q: rebuild the due index: %w", w.opts.Name, mapFault(w.opts.Name, err))
	}
	return nil
}

// DueIndexReady says whether the due index was built under the rule in force.
func (w *Workspace) DueIndexReady() (bool, error) {
	rule := w.due.Load()
	if rule == nil {
		return false, nil
	}
	return w.dueIndexReady(rule)
}

func (w *Workspace) dueIndexReady(rule *DueRule) (ready bool, err error) {
	err = w.view(func(txn *badger.Txn) (err error) {
		ready, err = builtUnder(txn, rule)
		return err
	})
	return ready, err
}

// builtUnder says whether the index in txn was built under rule.
func builtUnder(txn *badger.Txn, rule *DueRule) (bool, error) {
	item, err := txn.Get(keyDueFingerprint)
	if err == badger.ErrKeyNotFound {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	var ready bool
	err = item.Value(func(v []byte) error {
		ready = string(v) == rule.Fingerprint
		return nil
	})
	return ready, err
}

// openDueKeys are the due index keys every open request should have under
// rule, with the request each belongs to: what a rebuild writes and a check
// compares with.
func openDueKeys(txn *badger.Txn, rule *DueRule) (map[string]uint64, error) {
	want := map[string]uint64{}
	r := newRowReader()
	err := scanRaw(txn, prefixRequestRow, func(_, b []byte) error {
		row, err := decodeRequestRow(r, b)
		if err != nil {
			return err
		}
		for _, k := range dueKeys(rule, &row) {
			want[string(k)] = row.ID
		}
		return nil
	})
	return want, err
}

// rebuildDueIndex deletes the index and files every open request again; the
// fingerprint goes last, so a crash half-way leaves an index the next open
// rebuilds. The caller holds w.bulk exclusively.
func (w *Workspace) rebuildDueIndex(rule *DueRule) error {
	var stale [][]byte
	var fresh map[string]uint64
	err := w.view(func(txn *badger.Txn) (err error) {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefixDue})
		for it.Rewind(); it.Valid(); it.Next() {
			stale = append(stale, it.Item().KeyCopy(nil))
		}
		it.Close()
		fresh, err = openDueKeys(txn, rule)
		return err
	})
	if err != nil {
		return err
	}
	wb := w.db.NewWriteBatch()
	defer wb.Cancel()
	if err := wb.Delete(keyDueFingerprint); err != nil {
		return err
	}
	if err := wb.Flush(); err != nil {
		return err
	}
	wb = w.db.NewWriteBatch()
	for _, k := range stale {
		if _, keep := fresh[string(k)]; !keep {
			if err := wb.Delete(k); err != nil {
				return err
			}
		}
	}
	for k := range fresh {
		if err := wb.Set([]byte(k), nil); err != nil {
			return err
		}
	}
	if err := wb.Set(keyDueFingerprint, []byte(rule.Fingerprint)); err != nil {
		return err
	}
	return wb.Flush()
}

// DueIndex reads the due index in one snapshot: the number of requests, and
// every open request through fn, soonest first (no date first, ties by ID).
// ready is false, and fn is not called, while the index was not built under
// the rule in force (or no rule is set); the caller then computes from the rows.
// An error fn returns ends the read and is returned.
func (w *Workspace) DueIndex(fn func(DueEntry) error) (total int, ready bool, err error) {
	rule := w.due.Load()
	if rule == nil {
		return 0, false, nil
	}
	err = w.view(func(txn *badger.Txn) error {
		if ready, err = builtUnder(txn, rule); err != nil || !ready {
			return err
		}
		n, err := readUint(txn, keyCount(kindRequest))
		if err != nil {
			return err
		}
		total = int(n)
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefixDue})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			e, ok := parseDueKey(it.Item().Key())
			if !ok {
				return fmt.Errorf("due index: malformed key %q", it.Item().Key())
			}
			if err := fn(e); err != nil {
				return err
			}
		}
		return nil
	})
	return total, ready, err
}

// checkDueIndex compares the due index with the open requests' deadlines under
// the rule in force: a request missing from it, filed under another date, or
// a key without an open request is a problem.
func checkDueIndex(txn *badger.Txn, rule *DueRule, rep *CheckReport) error {
	// not built yet, or under other rules: the next open (re)builds it
	if built, err := builtUnder(txn, rule); err != nil || !built {
		return err
	}
	want, err := openDueKeys(txn, rule)
	if err != nil {
		return err
	}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefixDue})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		k := it.Item().Key()
		if _, ok := want[string(k)]; ok {
			delete(want, string(k))
			continue
		}
		rep.problem("request %d: the due index files it under a date or state its deadline does not have", idOf(k))
	}
	for _, id := range want {
		rep.problem("request %d: open but missing from the due index", id)
	}
	return nil
}
