package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	badger "github.com/dgraph-io/badger/v4"
)

// maxAttempts bounds the retries of a transaction that lost a conflict. Writers
// of one process queue on writeMu, so a conflict means a writer that bypassed it;
// retrying keeps a Bubble Tea command from failing for that.
const maxAttempts = 8

// tx is one read-write transaction with the helpers every repository uses.
type tx struct {
	txn  *badger.Txn
	at   time.Time  // the time of the user action, shared by record and audit entry
	head *auditHead // the journal head after this transaction's entries, if any
	// author is who made the change, named in the audit entry
	author string
	// due is the rule of the due index, nil until the desk sets one
	due *DueRule
}

// update runs fn in one read-write transaction, retrying Badger conflicts. fn may
// run more than once, so it must not change its inputs before it succeeds.
func (w *Workspace) update(fn func(t *tx) error) error {
	if w.opts.ReadOnly {
		return ErrReadOnly
	}
	if !w.gate.enter() {
		return ErrClosed
	}
	defer w.gate.leave()
	w.bulk.RLock()
	defer w.bulk.RUnlock()
	w.writeMu.Lock()
	defer w.writeMu.Unlock()
	var err error
	for attempt := range maxAttempts {
		var last *tx
		err = w.db.Update(func(txn *badger.Txn) error {
			last = &tx{txn: txn, at: w.now(), author: w.author, due: w.due.Load()}
			return fn(last)
		})
		if err == nil && last.head != nil {
			w.writeAnchor(*last.head)
		}
		if !errors.Is(err, badger.ErrConflict) {
			return mapFault(w.opts.Name, err)
		}
		time.Sleep(time.Duration(attempt+1) * time.Millisecond)
	}
	return fmt.Errorf("gave up after %d conflicting attempts: %w", maxAttempts, err)
}

// view runs fn in a read-only transaction.
func (w *Workspace) view(fn func(txn *badger.Txn) error) error {
	if !w.gate.enter() {
		return ErrClosed
	}
	defer w.gate.leave()
	return mapFault(w.opts.Name, w.db.View(fn))
}

// getValue reads a record value; ErrNotFound when missing.
func getValue(txn *badger.Txn, key []byte, v any) error {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return ErrNotFound
	}
	if err != nil {
		return err
	}
	return item.Value(func(b []byte) error { return decode(b, v) })
}

func (t *tx) get(key []byte, v any) error { return getValue(t.txn, key, v) }

func (t *tx) put(key []byte, v any) error {
	b, err := encode(v)
	if err != nil {
		return err
	}
	return t.txn.Set(key, b)
}

func (t *tx) setRaw(key, value []byte) error { return t.txn.Set(key, value) }
func (t *tx) del(key []byte) error           { return t.txn.Delete(key) }

// reindex deletes the index keys of the old version that the new one no longer
// has and writes the new ones, so renaming "CRM" to "Sales CRM" leaves no stale
// "crm" entry behind.
func (t *tx) reindex(old, new [][]byte) error {
	for _, k := range old {
		if !containsKey(new, k) {
			if err := t.txn.Delete(k); err != nil {
				return err
			}
		}
	}
	for _, k := range new {
		if !containsKey(old, k) {
			if err := t.txn.Set(k, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

func containsKey(list [][]byte, k []byte) bool {
	for _, x := range list {
		if bytes.Equal(x, k) {
			return true
		}
	}
	return false
}

// firstID returns the ID of the first index key under prefix that ends exactly
// after the prefix and an 8-byte ID, or 0; except is skipped.
func firstID(txn *badger.Txn, prefix []byte, except uint64) uint64 {
	ids := indexIDs(txn, prefix, false)
	for _, id := range ids {
		if id != except {
			return id
		}
	}
	return 0
}

// indexIDs lists the IDs under an exact index prefix (key-only scan).
func indexIDs(txn *badger.Txn, prefix []byte, reverse bool) []uint64 {
	opts := badger.IteratorOptions{PrefetchValues: false, Prefix: prefix, Reverse: reverse}
	it := txn.NewIterator(opts)
	defer it.Close()
	var ids []uint64
	start := prefix
	if reverse {
		start = append(bytes.Clone(prefix), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)
	}
	for it.Seek(start); it.ValidForPrefix(prefix); it.Next() {
		k := it.Item().Key()
		if len(k) == len(prefix)+8 {
			ids = append(ids, idOf(k))
		}
	}
	return ids
}

// addCount moves a per-kind counter by delta in the same transaction as the record.
func (t *tx) addCount(kind string, delta int64) error {
	n, err := readUint(t.txn, keyCount(kind))
	if err != nil {
		return err
	}
	return t.txn.Set(keyCount(kind), u64(uint64(int64(n)+delta)))
}

func readUint(txn *badger.Txn, key []byte) (uint64, error) {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	var n uint64
	err = item.Value(func(b []byte) error {
		if len(b) != 8 {
			return fmt.Errorf("%s: want 8 bytes, have %d", key, len(b))
		}
		n = binary.BigEndian.Uint64(b)
		return nil
	})
	return n, err
}
