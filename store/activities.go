package store

import (
	"errors"
	"fmt"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

var activities = spec[model.Activity]{
	kind: kindActivity, rec: prefixActivity, row: prefixActivityRow,
	id:    func(a *model.Activity) uint64 { return a.ID },
	label: func(a *model.Activity) string { return a.Name },
	rowOf: func(a *model.Activity) ([]byte, error) { return encodeActivityRow(a.Row()), nil },
	cp:    prefixActivityCopy, copyOf: encodeActivityCopy,
	index: activityIndexKeys,
	unique: func(a *model.Activity) []byte {
		return ixPrefix(kindActivity, "name", fold(a.Name))
	},
}

// ActivityFilter selects activities; zero fields select everything.
type ActivityFilter struct {
	Status       model.RecordStatus
	NameContains string // case-insensitive
	ProcessorID  uint64 // activities that use this processor
}

// newActivity fills what the store owns on a new activity.
func newActivity(a *model.Activity, id uint64, t *tx) (model.Activity, error) {
	if strings.TrimSpace(a.Name) == "" {
		return model.Activity{}, errors.New("an activity needs a name")
	}
	rec := *a
	rec.ID, rec.CreatedAt, rec.UpdatedAt, rec.Version = id, t.at, t.at, 1
	if rec.Status == "" {
		rec.Status = model.StatusActive
	}
	return rec, nil
}

// CreateActivity stores a new activity: it assigns ID, timestamps and Version 1,
// and Status active when none is given. The name must be unused (ErrExists).
func (w *Workspace) CreateActivity(a *model.Activity) error {
	id, err := w.nextID(kindActivity)
	if err != nil {
		return err
	}
	var rec model.Activity
	err = w.update(func(t *tx) error {
		if rec, err = newActivity(a, id, t); err != nil {
			return err
		}
		return activities.insert(t, &rec, "create")
	})
	if err != nil {
		return fmt.Errorf("create activity %q: %w", a.Name, err)
	}
	*a = rec
	return nil
}

// GetActivity reads one activity.
func (w *Workspace) GetActivity(id uint64) (model.Activity, error) {
	var a model.Activity
	err := w.view(func(txn *badger.Txn) (err error) {
		a, err = activities.load(txn, id)
		return err
	})
	return a, err
}

// changedActivity checks a's Version against the stored one and returns the
// stored version and the record to write.
func changedActivity(t *tx, a *model.Activity) (old, rec model.Activity, err error) {
	old, err = activities.load(t.txn, a.ID)
	if err != nil {
		return old, rec, err
	}
	if old.Version != a.Version {
		return old, rec, fmt.Errorf("activity %q is at version %d, the edit was made on version %d: %w",
			old.Name, old.Version, a.Version, ErrConflict)
	}
	if strings.TrimSpace(a.Name) == "" {
		return old, rec, errors.New("an activity needs a name")
	}
	rec = *a
	rec.CreatedAt, rec.UpdatedAt, rec.Version = old.CreatedAt, t.at, old.Version+1
	if rec.Status == "" {
		rec.Status = model.StatusActive
	}
	return old, rec, nil
}

// UpdateActivity saves an edited activity. a.Version must be the stored version
// (ErrConflict otherwise); on success a carries the new Version and UpdatedAt.
func (w *Workspace) UpdateActivity(a *model.Activity) error {
	var rec model.Activity
	err := w.update(func(t *tx) error {
		old, r, err := changedActivity(t, a)
		if err != nil {
			return err
		}
		rec = r
		return activities.replace(t, &old, &rec, "update")
	})
	if err != nil {
		return fmt.Errorf("update activity %d: %w", a.ID, err)
	}
	*a = rec
	return nil
}

// DeleteActivity removes an activity with its row and index keys.
func (w *Workspace) DeleteActivity(id uint64) error {
	err := w.update(func(t *tx) error {
		old, err := activities.load(t.txn, id)
		if err != nil {
			return err
		}
		return activities.remove(t, &old, "delete")
	})
	if err != nil {
		return fmt.Errorf("delete activity: %w", err)
	}
	return nil
}

// ListActivities returns the activities that match f, in ID order. A processor or
// status filter reads only the matching records, found through their index.
func (w *Workspace) ListActivities(f ActivityFilter) ([]model.Activity, error) {
	var out []model.Activity
	keep := func(a model.Activity) bool {
		return (f.Status == "" || a.Status == f.Status) && containsFold(a.Name, f.NameContains)
	}
	err := w.view(func(txn *badger.Txn) error {
		var ids []uint64
		switch {
		case f.ProcessorID != 0:
			ids = indexIDs(txn, ixPrefix(kindActivity, "processor", u64(f.ProcessorID)), false)
		case f.Status != "":
			ids = indexIDs(txn, ixPrefix(kindActivity, "status", []byte(f.Status)), false)
		default:
			// sized first: growing a slice of 10,000 large records by a
			// quarter at a time copied and faulted in several times its size
			out = make([]model.Activity, 0, countKeys(txn, prefixActivity))
			return scanRecords(txn, prefixActivity, func(a model.Activity) {
				if keep(a) {
					out = append(out, a)
				}
			})
		}
		return loadEach(txn, activities, ids, func(a model.Activity) {
			if keep(a) {
				out = append(out, a)
			}
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list activities: %w", err)
	}
	return out, nil
}

// ActivityRows returns every activity's table row, read from the row keys only.
func (w *Workspace) ActivityRows() ([]model.ActivityRow, error) {
	var out []model.ActivityRow
	r := newRowReader()
	err := w.view(func(txn *badger.Txn) error {
		// sized first, as ListActivities is: growing a slice of 10,000 rows
		// copied them over and over, a third of the listing's time
		out = make([]model.ActivityRow, 0, countKeys(txn, prefixActivityRow))
		return scanRaw(txn, prefixActivityRow, func(_, b []byte) error {
			row, err := decodeActivityRow(r, b)
			out = append(out, row)
			return err
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read activity rows: %w", err)
	}
	return out, nil
}

// FindActivityByName finds the activity with this name, ignoring case.
func (w *Workspace) FindActivityByName(name string) (model.Activity, bool, error) {
	var a model.Activity
	var found bool
	err := w.view(func(txn *badger.Txn) error {
		id := firstID(txn, ixPrefix(kindActivity, "name", fold(name)), 0)
		if id == 0 {
			return nil
		}
		var err error
		a, err = activities.load(txn, id)
		found = err == nil
		return err
	})
	if err != nil {
		return model.Activity{}, false, fmt.Errorf("find activity %q: %w", name, err)
	}
	return a, found, nil
}

func containsFold(s, sub string) bool {
	return sub == "" || strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// EachActivityRecord calls fn, in ID order and from one snapshot, with the
// encoded form of every activity, valid only during fn (decode it with an
// ActivityDecoder): an export of 10,000 activities then decodes them on every
// CPU and holds only the ones being written. It hands over the activities'
// binary copies, or, in a workspace of schema 1 opened read-only before its
// migration, their records.
func (w *Workspace) EachActivityRecord(fn func(raw []byte) error) error {
	err := w.view(func(txn *badger.Txn) error {
		copies, err := hasActivityCopies(txn)
		if err != nil {
			return err
		}
		prefix := prefixActivityCopy
		if !copies {
			prefix = prefixActivity
		}
		return scanRaw(txn, prefix, func(_, v []byte) error { return fn(v) })
	})
	if err != nil {
		return fmt.Errorf("read activities: %w", err)
	}
	return nil
}

// ActivityDecoder decodes what EachActivityRecord handed over; it interns the
// codes and vocabulary keys activities repeat. Not for concurrent use.
type ActivityDecoder struct{ r *rowReader }

// NewActivityDecoder returns a decoder for one pass over the activities.
func NewActivityDecoder() *ActivityDecoder { return &ActivityDecoder{r: newRowReader()} }

// Decode decodes one activity into a, which it empties first. A caller
// decoding many passes the same a: a new one for each would cost an
// allocation of the whole activity. The strings of a stay valid until Recycle.
func (d *ActivityDecoder) Decode(raw []byte, a *model.Activity) error {
	if len(raw) > 0 && raw[0] == activityCopyV1 {
		return decodeActivityCopy(d.r, raw, a)
	}
	*a = model.Activity{}
	if err := decode(raw, a); err != nil {
		return fmt.Errorf("read activities: %w", err)
	}
	return nil
}

// Recycle lets the decoder reuse the memory of the activities it has decoded,
// which the caller no longer holds.
func (d *ActivityDecoder) Recycle() { d.r.recycle() }
