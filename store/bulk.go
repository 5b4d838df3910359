package store

import (
	"context"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// progressEvery is how many records pass between progress callbacks.
const progressEvery = 500

// bulkWriter writes records through a WriteBatch while keeping the audit chain
// and the counters that ordinary transactions keep. The head and the counters are
// rewritten after every record, so each batch Badger commits carries the state
// that matches the records in it.
type bulkWriter struct {
	wb     *badger.WriteBatch
	head   auditHead
	counts map[string]uint64
	done   int
	total  int
	report func(done, total int)
	stored []func() // copy each stored form back to the caller's record, after commit
	due    *DueRule // the due index's rule; nil marks that index for a rebuild
}

func bulkWrite[T any](b *bulkWriter, s spec[T], r *T, action string, at model.AuditEntry) error {
	if err := s.writeRecord(b.wb, b.due, r); err != nil {
		return fmt.Errorf("write %s: %w", s.kind, err)
	}
	if err := b.appendEntry(action, s.kind, s.id(r), s.label(r), nil, s.snapshot(r), at); err != nil {
		return err
	}
	b.counts[s.kind]++
	if err := b.wb.Set(keyCount(s.kind), u64(b.counts[s.kind])); err != nil {
		return err
	}
	b.done++
	if b.report != nil && (b.done%progressEvery == 0 || b.done == b.total) {
		b.report(b.done, b.total)
	}
	return nil
}

// appendEntry chains one new journal entry after the writer's head.
func (b *bulkWriter) appendEntry(action, kind string, id uint64, label string, before, after any, at model.AuditEntry) error {
	e, err := newAuditEntry(b.head, at.At, at.Author, action, kind, id, label, before, after)
	if err != nil {
		return err
	}
	return b.writeEntry(e)
}

func (b *bulkWriter) writeEntry(e model.AuditEntry) error {
	if err := putAudit(b.wb.Set, e); err != nil {
		return err
	}
	b.head = auditHead{seq: e.Seq, hash: e.Hash}
	return nil
}

// BulkCreate stores many new records quickly (demo data, benchmarks, register
// imports): Badger write batches instead of one synced transaction per record,
// still with rows, indexes, counters and one audit entry per record. It is
// all or nothing (see BulkImport). Names must be unused, as with CreateActivity.
func (w *Workspace) BulkCreate(acts []*model.Activity, procs []*model.Processor, reqs []*model.Request, progress func(done, total int)) error {
	_, err := w.BulkImport(context.Background(), ImportBatch{Action: "create", Activities: acts, Processors: procs,
		Requests: reqs, Progress: progress})
	return err
}

func (w *Workspace) startBulk(total int) (*bulkWriter, error) {
	b := &bulkWriter{counts: map[string]uint64{}, total: total, due: w.due.Load()}
	err := w.view(func(txn *badger.Txn) error {
		var err error
		if b.head, err = readAuditHead(txn); err != nil {
			return err
		}
		for _, kind := range []string{kindActivity, kindProcessor, kindRequest} {
			if b.counts[kind], err = readUint(txn, keyCount(kind)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	b.wb = w.db.NewWriteBatch()
	return b, nil
}

// bulkRecords writes the batch with the IDs reserved for it, checking ctx
// between records.
func (w *Workspace) bulkRecords(ctx context.Context, b *bulkWriter, in ImportBatch, ids map[string][]uint64) error {
	at := model.AuditEntry{At: w.now(), Author: w.author}
	action := in.Action
	if action == "" {
		action = "create"
	}
	t := &tx{at: at.At, author: w.author}
	err := bulkKind(ctx, b, processors, in.Processors, ids[kindProcessor], action, func(p *model.Processor, id uint64) (model.Processor, error) {
		return newProcessor(p, id, t)
	}, at)
	if err != nil {
		return err
	}
	err = bulkKind(ctx, b, activities, in.Activities, ids[kindActivity], action, func(a *model.Activity, id uint64) (model.Activity, error) {
		return newActivity(a, id, t)
	}, at)
	if err != nil {
		return err
	}
	return bulkKind(ctx, b, requests, in.Requests, ids[kindRequest], action, func(r *model.Request, id uint64) (model.Request, error) {
		return newRequest(r, id, t)
	}, at)
}

// bulkKind writes the records of one kind; prepare fills ID and timestamps.
// The caller's records get their stored form only when the whole batch
// commits, so they are prepared into copies here.
func bulkKind[T any](ctx context.Context, b *bulkWriter, s spec[T], list []*T, ids []uint64, action string, prepare func(*T, uint64) (T, error), at model.AuditEntry) error {
	for i, r := range list {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := prepare(r, ids[i])
		if err != nil {
			return fmt.Errorf("%s %d of %d: %w", s.kind, i+1, len(list), err)
		}
		if err := bulkWrite(b, s, &rec, action, at); err != nil {
			return err
		}
		b.stored = append(b.stored, func() { *r = rec })
	}
	return nil
}

// checkBulkNames refuses names already stored or repeated within the batch,
// before anything is written.
func (w *Workspace) checkBulkNames(acts []*model.Activity, procs []*model.Processor) error {
	return w.view(func(txn *badger.Txn) error {
		seen := map[string]bool{}
		check := func(kind, name string) error {
			k := kind + "/" + string(fold(name))
			if seen[k] || firstID(txn, ixPrefix(kind, "name", fold(name)), 0) != 0 {
				return fmt.Errorf("%s %q: %w", kind, name, ErrExists)
			}
			seen[k] = true
			return nil
		}
		for _, a := range acts {
			if err := check(kindActivity, a.Name); err != nil {
				return err
			}
		}
		for _, p := range procs {
			if err := check(kindProcessor, p.Name); err != nil {
				return err
			}
		}
		return nil
	})
}
