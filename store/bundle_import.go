package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// ErrNotEmpty is returned when a bundle is imported into a workspace that
// already has records.
var ErrNotEmpty = errors.New("workspace is not empty")

// ImportBundle reads a bundle into this workspace, which must be empty. Records
// keep their IDs; the ID sequences continue after the highest one. A bundle with
// a journal keeps it (after checking its chain) and gets one more entry for the
// import; a bundle without one gets an "import" entry per record. Everything is
// checked before the first write; the writes go in batches.
func (w *Workspace) ImportBundle(r io.Reader) error {
	if w.opts.ReadOnly {
		return ErrReadOnly
	}
	var b Bundle
	dec := json.NewDecoder(r)
	if err := dec.Decode(&b); err != nil {
		return fmt.Errorf("import bundle: the file is not a readable workspace bundle: %w", err)
	}
	if err := b.check(); err != nil {
		return fmt.Errorf("import bundle: %w", err)
	}
	w.bulk.Lock()
	defer w.bulk.Unlock()
	if err := w.checkEmpty(); err != nil {
		return err
	}
	if err := w.releaseSequences(); err != nil {
		return err
	}
	if err := w.writeBundle(&b); err != nil {
		return fmt.Errorf("import bundle into %q (the workspace is now incomplete; delete it and import again): %w", w.opts.Name, err)
	}
	return w.anchorHead()
}

// check validates the bundle as a whole: format, unique IDs and names, and an
// intact journal.
func (b *Bundle) check() error {
	if b.Format != BundleFormat {
		return fmt.Errorf("format %q is not a dpodesk workspace bundle (want %q)", b.Format, BundleFormat)
	}
	if b.Version < 1 || b.Version > BundleVersion {
		return fmt.Errorf("bundle version %d is not known to this dpodesk (it reads 1 to %d); update dpodesk", b.Version, BundleVersion)
	}
	errs := []error{
		uniqueIDs(activities, b.Activities, true),
		uniqueIDs(processors, b.Processors, true),
		uniqueIDs(requests, b.Requests, false),
		uniqueIDs(documents, b.Documents, false),
		uniqueIDs(breaches, b.Breaches, false),
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	return checkChain(b.Audit)
}

// uniqueIDs refuses a zero or repeated ID, and with names a repeated name.
func uniqueIDs[T any](s spec[T], list []T, names bool) error {
	ids, seen := map[uint64]bool{}, map[string]bool{}
	for i := range list {
		id, label := s.id(&list[i]), s.label(&list[i])
		if id == 0 || ids[id] {
			return fmt.Errorf("%s %q has a missing or repeated id %d", s.kind, label, id)
		}
		ids[id] = true
		if names && seen[string(fold(label))] {
			return fmt.Errorf("%s name %q: %w", s.kind, label, ErrExists)
		}
		seen[string(fold(label))] = true
	}
	return nil
}

// checkChain recomputes the journal's hash chain, as VerifyAudit does.
func checkChain(entries []model.AuditEntry) error {
	prev := ""
	for i, e := range entries {
		if e.Seq != uint64(i+1) || e.Prev != prev || auditHash(e) != e.Hash {
			return fmt.Errorf("the bundle's audit journal is broken at entry %d; the file was changed after export", i+1)
		}
		prev = e.Hash
	}
	return nil
}

func (w *Workspace) checkEmpty() error {
	var c BackupCounts
	err := w.view(func(txn *badger.Txn) error {
		c = recordCounts(txn)
		if _, err := txn.Get(keyOrg); err == nil {
			c.AuditEntries++ // an organisation alone makes the workspace non-empty too
		}
		return nil
	})
	if err != nil {
		return err
	}
	if c != (BackupCounts{}) {
		return fmt.Errorf("import bundle into %q: %w; import into a new workspace: dpodesk import-workspace FILE --workspace NEW",
			w.opts.Name, ErrNotEmpty)
	}
	return nil
}

// writeBundle writes records, counters, sequences, organisation and journal
// through one write batch.
func (w *Workspace) writeBundle(b *Bundle) error {
	bw := &bulkWriter{wb: w.db.NewWriteBatch(), counts: map[string]uint64{}, due: w.due.Load()}
	defer bw.wb.Cancel()
	perRecord := len(b.Audit) == 0
	at := model.AuditEntry{At: w.now(), Action: "import"}
	errs := []error{
		importKind(bw, activities, b.Activities, perRecord, at),
		importKind(bw, processors, b.Processors, perRecord, at),
		importKind(bw, requests, b.Requests, perRecord, at),
		importKind(bw, documents, b.Documents, perRecord, at),
		importKind(bw, breaches, b.Breaches, perRecord, at),
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if err := w.importJournal(bw, b); err != nil {
		return err
	}
	return bw.wb.Flush()
}

// importKind writes one kind's records with rows and index keys, its counter,
// and its sequence, set past the highest ID so new records never reuse one.
func importKind[T any](b *bulkWriter, s spec[T], list []T, audit bool, at model.AuditEntry) error {
	var maxID uint64
	for i := range list {
		r := &list[i]
		if err := s.writeRecord(b.wb, b.due, r); err != nil {
			return fmt.Errorf("write %s %d: %w", s.kind, s.id(r), err)
		}
		if audit {
			if err := b.appendEntry(at.Action, s.kind, s.id(r), s.label(r), nil, s.snapshot(r), at); err != nil {
				return err
			}
		}
		maxID = max(maxID, s.id(r))
	}
	if err := b.wb.Set(keyCount(s.kind), u64(uint64(len(list)))); err != nil {
		return err
	}
	return b.wb.Set(keySequence(s.kind), u64(maxID+1))
}

// importJournal writes the organisation and the bundle's journal, then one
// entry that records the import itself.
func (w *Workspace) importJournal(b *bulkWriter, bundle *Bundle) error {
	if bundle.Organisation != nil {
		v, err := encode(*bundle.Organisation)
		if err != nil {
			return err
		}
		if err := b.wb.Set(keyOrg, v); err != nil {
			return err
		}
	}
	for _, e := range bundle.Audit {
		if err := b.writeEntry(e); err != nil {
			return err
		}
	}
	label := fmt.Sprintf("bundle of %q exported %s", bundle.Workspace, bundle.ExportedAt.UTC().Format(time.RFC3339))
	return b.appendEntry("workspace.import", "workspace", 0, label, nil, nil, model.AuditEntry{At: w.now()})
}
