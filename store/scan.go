package store

import (
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"
)

// scanRaw calls fn with every key and value under prefix, in key order. The slices
// are valid only during the call (copy what you keep).
func scanRaw(txn *badger.Txn, prefix []byte, fn func(k, v []byte) error) error {
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: prefix})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		item := it.Item()
		if err := item.Value(func(v []byte) error { return fn(item.Key(), v) }); err != nil {
			return err
		}
	}
	return nil
}

// eachValue calls fn, in key order and from one snapshot, with every value
// under prefix, valid only during fn; what names the values in an error.
func (w *Workspace) eachValue(prefix []byte, what string, fn func(v []byte) error) error {
	err := w.view(func(txn *badger.Txn) error {
		return scanRaw(txn, prefix, func(_, v []byte) error { return fn(v) })
	})
	if err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	return nil
}

// scanRecords decodes every record under prefix.
func scanRecords[T any](txn *badger.Txn, prefix []byte, fn func(T)) error {
	return scanRaw(txn, prefix, func(_, v []byte) error {
		var r T
		if err := decode(v, &r); err != nil {
			return err
		}
		fn(r)
		return nil
	})
}

// loadEach reads the records with the given IDs; IDs whose record is gone (an
// index key left by an older version) are skipped.
func loadEach[T any](txn *badger.Txn, s spec[T], ids []uint64, fn func(T)) error {
	for _, id := range ids {
		r, err := s.load(txn, id)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		fn(r)
	}
	return nil
}

// countKeys counts the keys under prefix without reading values.
func countKeys(txn *badger.Txn, prefix []byte) int {
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: prefix})
	defer it.Close()
	n := 0
	for it.Rewind(); it.Valid(); it.Next() {
		n++
	}
	return n
}
