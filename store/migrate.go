package store

import (
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"
)

// SchemaVersion is the layout of keys and values this build writes. Schema 2:
// every activity has a binary copy (ac/), which a build of schema 1 would not
// keep up to date; it refuses the workspace instead, asking for an update.
const SchemaVersion = 2

// oldestReadable is the oldest schema this build reads without migrating it,
// so that a read-only open (a listing, an export, a check) of a workspace an
// older dpodesk wrote works before its first read-write open: schema 1 differs
// from 2 only in lacking the activity copies, and the activities are then read
// from their records (EachActivityRecord, checkKind).
const oldestReadable = 1

// migrations[v] brings a workspace from schema v to v+1 and then sets
// meta/schema, so that a crash leaves the older version to migrate again.
// Append only; never edit a migration that has shipped.
var migrations = []func(w *Workspace, to uint64) error{
	0: inOneTransaction(migrateRowsAndIndexes), // v0 → v1: records only; derive rows, indexes, counters
	1: migrateActivityCopies,                   // v1 → v2: a binary copy of every activity
}

// migrate reads meta/schema and runs the migrations this workspace needs.
func (w *Workspace) migrate() error {
	var version uint64
	err := w.view(func(txn *badger.Txn) (err error) {
		version, err = readUint(txn, keySchema)
		return err
	})
	if err != nil {
		return fmt.Errorf("workspace %q: read schema version: %w", w.opts.Name, err)
	}
	switch {
	case version > SchemaVersion:
		return describe(ErrNewerSchema, "workspace %q was written by a newer dpodesk (schema %d, this one reads up to %d): update dpodesk",
			w.opts.Name, version, SchemaVersion)
	case version == SchemaVersion:
		return nil
	case w.opts.ReadOnly && version >= oldestReadable:
		return nil
	case w.opts.ReadOnly:
		return describe(ErrReadOnly, "workspace %q has schema %d and needs an upgrade to %d: open it once read-write",
			w.opts.Name, version, SchemaVersion)
	}
	for v := version; v < SchemaVersion; v++ {
		if err := migrations[v](w, v+1); err != nil {
			return fmt.Errorf("workspace %q: migrate schema %d to %d: %w", w.opts.Name, v, v+1, err)
		}
	}
	return nil
}

// inOneTransaction makes a migration of fn, which it runs in one transaction
// together with the new meta/schema: a crash leaves either version, never half.
func inOneTransaction(fn func(txn *badger.Txn) error) func(*Workspace, uint64) error {
	return func(w *Workspace, to uint64) error {
		return w.db.Update(func(txn *badger.Txn) error {
			if err := fn(txn); err != nil {
				return err
			}
			return txn.Set(keySchema, u64(to))
		})
	}
}

// migrateRowsAndIndexes derives rows, index keys and counters from the records.
// Schema 0 is a workspace that has records only (or nothing at all).
func migrateRowsAndIndexes(txn *badger.Txn) error {
	return errors.Join(
		rebuild(txn, activities),
		rebuild(txn, processors),
		rebuild(txn, requests),
		rebuild(txn, documents),
	)
}

func rebuild[T any](txn *badger.Txn, s spec[T]) error {
	var all []T
	if err := scanRecords(txn, s.rec, func(r T) { all = append(all, r) }); err != nil {
		return fmt.Errorf("read %s records: %w", s.kind, err)
	}
	for i := range all {
		if err := s.writeRecord(txn, nil, &all[i]); err != nil {
			return fmt.Errorf("rebuild %s %d: %w", s.kind, s.id(&all[i]), err)
		}
	}
	return txn.Set(keyCount(s.kind), u64(uint64(len(all))))
}
