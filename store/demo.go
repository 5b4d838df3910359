package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// DemoMark remembers which records the demo loaded, so that they and only they
// can be removed again. IDs are kept as runs [first, last]: a demo loaded in
// bulk is one run per kind however large it is.
type DemoMark struct {
	Activities [][2]uint64 `json:"activities"`
	Processors [][2]uint64 `json:"processors"`
	Requests   [][2]uint64 `json:"requests"`
	// Organisation is the demo organisation's name; Previous is what the
	// workspace held before, restored when the demo's is still in place.
	Organisation string             `json:"organisation"`
	Previous     model.Organisation `json:"previous"`
}

// IDRuns compresses IDs into runs of consecutive numbers.
func IDRuns(ids []uint64) [][2]uint64 {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	var runs [][2]uint64
	for _, id := range ids {
		if n := len(runs); n > 0 && runs[n-1][1]+1 == id {
			runs[n-1][1] = id
			continue
		}
		runs = append(runs, [2]uint64{id, id})
	}
	return runs
}

func inRuns(runs [][2]uint64, id uint64) bool {
	for _, r := range runs {
		if id >= r[0] && id <= r[1] {
			return true
		}
	}
	return false
}

// SaveDemoMark records what the demo loaded.
func (w *Workspace) SaveDemoMark(m DemoMark) error {
	return w.update(func(t *tx) error { return t.put(keyDemo, m) })
}

// Demo returns the mark of the demo data, found false when none is loaded.
func (w *Workspace) Demo() (DemoMark, bool, error) {
	var m DemoMark
	err := w.view(func(txn *badger.Txn) error { return getValue(txn, keyDemo, &m) })
	if errors.Is(err, ErrNotFound) {
		return DemoMark{}, false, nil
	}
	return m, err == nil, err
}

// DemoRemoved counts what RemoveDemo deleted.
type DemoRemoved struct{ Activities, Processors, Requests int }

// ErrDemoInUse refuses to remove demo processors that the user's own
// activities still use.
var ErrDemoInUse = errors.New("demo processors in use")

// RemoveDemo deletes the demo's records that still exist, in one transaction
// with one audit entry, and restores the organisation the workspace had when
// the demo's is still in place. Records created after the demo are never
// touched; a demo processor that one of them uses stops the removal.
func (w *Workspace) RemoveDemo() (DemoRemoved, error) {
	var out DemoRemoved
	err := w.update(func(t *tx) error {
		out = DemoRemoved{}
		var m DemoMark
		if err := t.get(keyDemo, &m); err != nil {
			return err
		}
		if err := demoProcessorsFree(t, m); err != nil {
			return err
		}
		var err error
		if out.Activities, err = dropRuns(t, activities, m.Activities); err != nil {
			return err
		}
		if out.Processors, err = dropRuns(t, processors, m.Processors); err != nil {
			return err
		}
		if out.Requests, err = dropRuns(t, requests, m.Requests); err != nil {
			return err
		}
		if err := restoreOrganisation(t, m); err != nil {
			return err
		}
		if err := t.del(keyDemo); err != nil {
			return err
		}
		label := fmt.Sprintf("%d activities, %d processors, %d requests", out.Activities, out.Processors, out.Requests)
		return t.audit(actionDemoRemove, "demo", 0, label, m, out)
	})
	if errors.Is(err, badger.ErrTxnTooBig) {
		return out, fmt.Errorf("the demo data is too large to remove in one step; it was loaded with --scale: delete the workspace instead")
	}
	if err != nil {
		return out, fmt.Errorf("remove demo data: %w", err)
	}
	return out, nil
}

// demoProcessorsFree refuses when an activity that is not the demo's uses a
// demo processor: removing it would leave the user's record pointing at nothing.
func demoProcessorsFree(t *tx, m DemoMark) error {
	for _, r := range m.Processors {
		for id := r[0]; id <= r[1]; id++ {
			for _, aid := range indexIDs(t.txn, ixPrefix(kindActivity, "processor", u64(id)), false) {
				if inRuns(m.Activities, aid) {
					continue
				}
				a, err := activities.load(t.txn, aid)
				if err != nil {
					return err
				}
				p, _ := processors.load(t.txn, id)
				return fmt.Errorf("your activity %q uses the demo processor %q; remove it from the activity first: %w", a.Name, p.Name, ErrDemoInUse)
			}
		}
	}
	return nil
}

// dropRuns deletes the records of the runs that still exist.
func dropRuns[T any](t *tx, s spec[T], runs [][2]uint64) (int, error) {
	n := 0
	for _, r := range runs {
		for id := r[0]; id <= r[1]; id++ {
			old, err := s.load(t.txn, id)
			if errors.Is(err, ErrNotFound) {
				continue // deleted since
			}
			if err != nil {
				return n, err
			}
			if err := s.drop(t, &old); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}

func restoreOrganisation(t *tx, m DemoMark) error {
	var cur model.Organisation
	if err := t.get(keyOrg, &cur); err != nil && !errors.Is(err, ErrNotFound) {
		return err
	}
	if cur.Name != m.Organisation {
		return nil // the user has entered their own organisation since
	}
	prev := m.Previous
	prev.Deadlines = cur.Deadlines // the workspace keeps its deadline settings
	return t.put(keyOrg, prev)
}

// actionDemoRemove is the one journal entry of RemoveDemo: its "before" is the
// DemoMark, so the integrity check knows which records it deleted.
const actionDemoRemove = "demo.remove"

// demoRemovedStates records, for the integrity check, that every record of the
// mark in a demo.remove entry was deleted then.
func demoRemovedStates(e model.AuditEntry, last map[recordRef][32]byte) error {
	var m DemoMark
	if err := json.Unmarshal(e.Before, &m); err != nil {
		return fmt.Errorf("journal entry %d: %w", e.Seq, err)
	}
	for kind, runs := range map[string][][2]uint64{kindActivity: m.Activities, kindProcessor: m.Processors, kindRequest: m.Requests} {
		for _, r := range runs {
			for id := r[0]; id <= r[1]; id++ {
				if _, ok := last[recordRef{kind, id}]; ok {
					last[recordRef{kind, id}] = [32]byte{}
				}
			}
		}
	}
	return nil
}
