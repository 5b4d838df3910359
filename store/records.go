package store

import (
	"bytes"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"
)

// setter is what a Badger transaction and a WriteBatch have in common.
type setter interface {
	Set(k, v []byte) error
	Delete(k []byte) error
}

// spec describes how one record kind is stored: its prefixes, its row, its index
// keys, and its unique name. The repositories and Apply and BulkCreate all write
// records through it, so a record never goes out without its row, indexes,
// counter and audit entry.
type spec[T any] struct {
	kind  string
	rec   []byte // record prefix
	row   []byte // row prefix, nil when the kind has no separate row
	id    func(*T) uint64
	label func(*T) string
	rowOf func(*T) ([]byte, error)
	// cp is the prefix of a binary copy of the whole record, which an export
	// reads instead of decoding the record's JSON; nil for kinds without one.
	cp     []byte
	copyOf func(*T) []byte
	index  func(*T) [][]byte
	// derived are the keys that depend on the workspace's rules (the due
	// index); nil for kinds without any. Without a rule none are written, and
	// the write marks the derived index for a rebuild.
	derived func(*DueRule, *T) derivedKeys
	unique  func(*T) []byte // exact index prefix that must hold no other ID; nil for none
	snap    func(*T) any    // what goes into audit entries; nil means the record itself
}

func (s spec[T]) snapshot(r *T) any {
	if r == nil {
		return nil
	}
	if s.snap != nil {
		return s.snap(r)
	}
	return r
}

// load reads one record; ErrNotFound names the kind and ID.
func (s spec[T]) load(txn *badger.Txn, id uint64) (T, error) {
	var r T
	if err := getValue(txn, idKey(s.rec, id), &r); err != nil {
		return r, fmt.Errorf("%s %d: %w", s.kind, id, err)
	}
	return r, nil
}

// derivedKeys are a record's keys that depend on the rules: index keys
// without a value, and the key under which its row is kept a second time in
// the order a listing prints (the request list by due date), so a listing
// streams one scan instead of reading, sorting and holding every row; nil
// for none.
type derivedKeys struct {
	index   [][]byte
	ordered []byte
}

// keys are every index key of r: the plain ones and those rule derives, the
// ordered row's among them (so that a replace or a remove moves it), which is
// also returned on its own.
func (s spec[T]) keys(rule *DueRule, r *T) (ks [][]byte, ordered []byte) {
	ks = s.index(r)
	if s.derived == nil || rule == nil {
		return ks, nil
	}
	d := s.derived(rule, r)
	ks = append(ks, d.index...)
	if d.ordered != nil {
		ks = append(ks, d.ordered)
	}
	return ks, d.ordered
}

// staleDerived marks the derived index for a rebuild when a write of a kind
// that has one happens without a rule: its keys were not kept up to date.
func (s spec[T]) staleDerived(w setter, rule *DueRule) error {
	if s.derived == nil || rule != nil {
		return nil
	}
	return w.Delete(keyDueFingerprint)
}

// asStored makes r say what its record will say when read back, and returns
// the record's encoding. encoding/json writes each byte of a string that is
// not UTF-8 as U+FFFD (the escape \ufffd); a row, an index key or an audit
// entry made from r as it came would then disagree with the record, and
// `workspace check` would call the workspace damaged.
func asStored[T any](r *T) ([]byte, error) {
	v, err := encode(r)
	if err != nil || !bytes.Contains(v, []byte(`\ufffd`)) {
		return v, err
	}
	var back T
	if err := decode(v, &back); err != nil {
		return nil, err
	}
	*r = back
	return encode(r)
}

// writeRecord sets the record, its row and its index keys (none deleted). r
// becomes what the record says (asStored).
func (s spec[T]) writeRecord(w setter, rule *DueRule, r *T) error {
	v, err := asStored(r)
	if err != nil {
		return err
	}
	return s.writeStored(w, rule, r, v)
}

// writeStored is writeRecord for r as stored, v being its encoding (asStored).
func (s spec[T]) writeStored(w setter, rule *DueRule, r *T, v []byte) error {
	err := w.Set(idKey(s.rec, s.id(r)), v)
	if err != nil {
		return err
	}
	var rv []byte
	if s.row != nil {
		if rv, err = s.rowOf(r); err != nil {
			return err
		}
		if err := w.Set(idKey(s.row, s.id(r)), rv); err != nil {
			return err
		}
	}
	if s.cp != nil {
		if err := w.Set(idKey(s.cp, s.id(r)), s.copyOf(r)); err != nil {
			return err
		}
	}
	ks, ordered := s.keys(rule, r)
	for _, k := range ks {
		if ordered != nil && bytes.Equal(k, ordered) {
			continue
		}
		if err := w.Set(k, nil); err != nil {
			return err
		}
	}
	if ordered != nil {
		if err := w.Set(ordered, rv); err != nil {
			return err
		}
	}
	return s.staleDerived(w, rule)
}

func (s spec[T]) checkUnique(t *tx, r *T) error {
	if s.unique == nil {
		return nil
	}
	if other := firstID(t.txn, s.unique(r), s.id(r)); other != 0 {
		return fmt.Errorf("%s %q (id %d): %w", s.kind, s.label(r), other, ErrExists)
	}
	return nil
}

// insert writes a new record with everything that belongs to it.
func (s spec[T]) insert(t *tx, r *T, action string) error {
	v, err := asStored(r) // before anything is derived from r
	if err != nil {
		return err
	}
	if err := s.checkUnique(t, r); err != nil {
		return err
	}
	if err := s.writeStored(t.txn, t.due, r, v); err != nil {
		return fmt.Errorf("write %s: %w", s.kind, err)
	}
	if err := t.addCount(s.kind, 1); err != nil {
		return err
	}
	return t.audit(action, s.kind, s.id(r), s.label(r), nil, s.snapshot(r))
}

// replace overwrites old with r, moving index keys that changed.
func (s spec[T]) replace(t *tx, old, r *T, action string) error {
	v, err := asStored(r) // before anything is derived from r
	if err != nil {
		return err
	}
	if err := s.checkUnique(t, r); err != nil {
		return err
	}
	before, _ := s.keys(t.due, old)
	after, _ := s.keys(t.due, r)
	if err := t.reindex(before, after); err != nil {
		return err
	}
	if err := s.writeStored(t.txn, t.due, r, v); err != nil { // sets the new index keys again: harmless
		return fmt.Errorf("write %s: %w", s.kind, err)
	}
	return t.audit(action, s.kind, s.id(r), s.label(r), s.snapshot(old), s.snapshot(r))
}

// remove deletes a record, its row and its index keys.
func (s spec[T]) remove(t *tx, old *T, action string) error {
	if err := s.drop(t, old); err != nil {
		return err
	}
	return t.audit(action, s.kind, s.id(old), s.label(old), s.snapshot(old), nil)
}

// drop is remove without its audit entry, for an action that writes one entry
// for many records (removing the demo data).
func (s spec[T]) drop(t *tx, old *T) error {
	id := s.id(old)
	if err := t.del(idKey(s.rec, id)); err != nil {
		return err
	}
	for _, prefix := range [][]byte{s.row, s.cp} {
		if prefix == nil {
			continue
		}
		if err := t.del(idKey(prefix, id)); err != nil {
			return err
		}
	}
	before, _ := s.keys(t.due, old)
	if err := t.reindex(before, nil); err != nil {
		return err
	}
	if err := s.staleDerived(t.txn, t.due); err != nil {
		return err
	}
	return t.addCount(s.kind, -1)
}
