package store

import (
	"errors"
	"fmt"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// breaches are few (a handful a year per client) and read whole, so they have
// no separate row; the status index serves the list of open ones.
var breaches = spec[model.Breach]{
	kind: kindBreach, rec: prefixBreach,
	id:    func(b *model.Breach) uint64 { return b.ID },
	label: func(b *model.Breach) string { return b.Title },
	index: breachIndexKeys,
}

func breachIndexKeys(b *model.Breach) [][]byte {
	return [][]byte{ixKey(kindBreach, "status", []byte(b.Status), b.ID)}
}

// CreateBreach stores a new breach: ID, timestamps, Version 1, status open.
// The record is validated first, so a bad one changes nothing.
func (w *Workspace) CreateBreach(b *model.Breach) error {
	if err := errors.Join(b.Validate(), b.CheckTimeline(w.now())); err != nil {
		return err
	}
	id, err := w.nextID(kindBreach)
	if err != nil {
		return err
	}
	var rec model.Breach
	err = w.update(func(t *tx) error {
		rec = *b
		rec.ID, rec.CreatedAt, rec.UpdatedAt, rec.Version = id, t.at, t.at, 1
		if rec.Status == "" {
			rec.Status = model.BreachOpen
		}
		return breaches.insert(t, &rec, "create")
	})
	if err != nil {
		return fmt.Errorf("create breach %q: %w", b.Title, err)
	}
	*b = rec
	return nil
}

// GetBreach reads one breach.
func (w *Workspace) GetBreach(id uint64) (model.Breach, error) {
	var b model.Breach
	err := w.view(func(txn *badger.Txn) (err error) {
		b, err = breaches.load(txn, id)
		return err
	})
	return b, err
}

// ChangeBreach reads a breach, lets change edit it and writes it back with an
// audit entry named action ("update", "breach.assess", …), all in one
// transaction. change gets the moment of the action; when it returns an error
// nothing is written. An edit made on a stale version (version > 0 and not the
// stored one) fails with ErrConflict.
func (w *Workspace) ChangeBreach(id uint64, version int, action string, change func(b *model.Breach, at time.Time) error) (model.Breach, error) {
	var rec model.Breach
	err := w.update(func(t *tx) error {
		old, err := breaches.load(t.txn, id)
		if err != nil {
			return err
		}
		if version > 0 && old.Version != version {
			return fmt.Errorf("breach %q is at version %d, the edit was made on version %d: %w", old.Title, old.Version, version, ErrConflict)
		}
		rec = cloneBreach(old)
		if err := change(&rec, t.at); err != nil {
			return err
		}
		if err := errors.Join(rec.Validate(), rec.CheckTimeline(t.at)); err != nil {
			return err
		}
		rec.ID, rec.CreatedAt, rec.UpdatedAt, rec.Version = old.ID, old.CreatedAt, t.at, old.Version+1
		return breaches.replace(t, &old, &rec, action)
	})
	if err != nil {
		return model.Breach{}, fmt.Errorf("breach %d: %w", id, err)
	}
	return rec, nil
}

// cloneBreach copies the parts a change may edit in place, so that a retried
// transaction starts from the stored record again.
func cloneBreach(b model.Breach) model.Breach {
	c := b
	c.Nature = append([]string(nil), b.Nature...)
	c.Systems = append([]string(nil), b.Systems...)
	c.ActivityIDs = append([]uint64(nil), b.ActivityIDs...)
	c.ProcessorIDs = append([]uint64(nil), b.ProcessorIDs...)
	c.DataCategories = append([]string(nil), b.DataCategories...)
	c.SubjectCategories = append([]string(nil), b.SubjectCategories...)
	c.Updates = append([]model.BreachUpdate(nil), b.Updates...)
	if b.Assessment != nil {
		a := *b.Assessment
		c.Assessment = &a
	}
	if b.Decision != nil {
		d := *b.Decision
		c.Decision = &d
	}
	if b.Notice != nil {
		n := *b.Notice
		c.Notice = &n
	}
	return c
}

// BreachFilter selects breaches; the zero value selects all.
type BreachFilter struct {
	Open bool // not closed
}

// ListBreaches returns the breaches that match f, in ID order.
func (w *Workspace) ListBreaches(f BreachFilter) ([]model.Breach, error) {
	var out []model.Breach
	err := w.view(func(txn *badger.Txn) error {
		return scanRecords(txn, prefixBreach, func(b model.Breach) {
			if !f.Open || model.BreachIsOpen(b) {
				out = append(out, b)
			}
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list breaches: %w", err)
	}
	return out, nil
}

// CountBreaches returns the number of breaches and of those not closed, from
// the counter and the status index (no record decoded).
func (w *Workspace) CountBreaches() (all, open int, err error) {
	err = w.view(func(txn *badger.Txn) error {
		n, err := readUint(txn, keyCount(kindBreach))
		all = int(n)
		closed := len(indexIDs(txn, ixPrefix(kindBreach, "status", []byte(model.BreachClosed)), false))
		open = all - closed
		return err
	})
	return all, open, err
}
