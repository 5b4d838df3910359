package store

import (
	"context"
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// Changeset is one user action that touches several records, such as accepting
// an importer's suggestions: it is written in one transaction, with one audit
// entry per record, or not at all.
type Changeset struct {
	Action            string // audit action of every entry, e.g. "import.apply"; "" means create/update
	Documents         []*model.Document
	NewActivities     []*model.Activity
	ChangedActivities []*model.Activity // Version must be the stored one
	NewProcessors     []*model.Processor
	ChangedProcessors []*model.Processor // Version must be the stored one
	// Link, when set, runs after the new records have their IDs and before
	// anything is written, so that new activities can point at new processors
	// (ProcessorIDs) and at the new document (Source.DocumentID).
	Link func() error
}

func (c Changeset) action(def string) string {
	if c.Action != "" {
		return c.Action
	}
	return def
}

// assignIDs gives every new record of the changeset its ID.
func (w *Workspace) assignIDs(c Changeset) error {
	for _, d := range c.Documents {
		if err := w.assignID(kindDocument, &d.ID); err != nil {
			return err
		}
	}
	for _, p := range c.NewProcessors {
		if err := w.assignID(kindProcessor, &p.ID); err != nil {
			return err
		}
	}
	for _, a := range c.NewActivities {
		if err := w.assignID(kindActivity, &a.ID); err != nil {
			return err
		}
	}
	return nil
}

func (w *Workspace) assignID(kind string, dst *uint64) error {
	id, err := w.nextID(kind)
	*dst = id
	return err
}

// Apply writes a changeset atomically. On success the records passed in carry
// their stored form (IDs, timestamps, versions); on failure nothing is written.
func (w *Workspace) Apply(c Changeset) error {
	if err := w.assignIDs(c); err != nil {
		return fmt.Errorf("apply %s: %w", c.action("changeset"), err)
	}
	if c.Link != nil {
		if err := c.Link(); err != nil {
			return fmt.Errorf("apply %s: %w", c.action("changeset"), err)
		}
	}
	var out applied
	err := w.update(func(t *tx) error {
		out = applied{}
		return out.write(t, c)
	})
	if errors.Is(err, badger.ErrTxnTooBig) && c.onlyNewOfOneKind() {
		// a register of thousands of records: the same, through the staged
		// all-or-nothing bulk path (the IDs assigned above stay unused)
		_, err = w.BulkImport(context.Background(), ImportBatch{Action: c.action("create"),
			Activities: c.NewActivities, Processors: c.NewProcessors})
		if err != nil {
			return fmt.Errorf("apply %s: %w", c.action("changeset"), err)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("apply %s: %w", c.action("changeset"), err)
	}
	out.copyBack(c)
	return nil
}

// onlyNewOfOneKind: new activities or new processors, nothing else, so the IDs
// can be assigned again without breaking links between the records.
func (c Changeset) onlyNewOfOneKind() bool {
	return len(c.Documents) == 0 && len(c.ChangedActivities) == 0 && len(c.ChangedProcessors) == 0 && c.Link == nil &&
		(len(c.NewActivities) == 0 || len(c.NewProcessors) == 0)
}

// applied holds the stored forms until the transaction commits.
type applied struct {
	docs          []model.Document
	newActs, acts []model.Activity
	newProcs, pro []model.Processor
}

func (o *applied) write(t *tx, c Changeset) error {
	for _, d := range c.Documents {
		rec, err := newDocument(t, d, d.ID)
		if err != nil {
			return err
		}
		o.docs = append(o.docs, rec)
		if err := documents.insert(t, &rec, c.action("create")); err != nil {
			return err
		}
	}
	for _, p := range c.NewProcessors {
		rec, err := newProcessor(p, p.ID, t)
		if err != nil {
			return err
		}
		o.newProcs = append(o.newProcs, rec)
		if err := processors.insert(t, &rec, c.action("create")); err != nil {
			return err
		}
	}
	for _, p := range c.ChangedProcessors {
		old, rec, err := changedProcessor(t, p)
		if err != nil {
			return err
		}
		o.pro = append(o.pro, rec)
		if err := processors.replace(t, &old, &rec, c.action("update")); err != nil {
			return err
		}
	}
	return o.writeActivities(t, c)
}

func (o *applied) writeActivities(t *tx, c Changeset) error {
	for _, a := range c.NewActivities {
		rec, err := newActivity(a, a.ID, t)
		if err != nil {
			return err
		}
		o.newActs = append(o.newActs, rec)
		if err := activities.insert(t, &rec, c.action("create")); err != nil {
			return err
		}
	}
	for _, a := range c.ChangedActivities {
		old, rec, err := changedActivity(t, a)
		if err != nil {
			return err
		}
		o.acts = append(o.acts, rec)
		if err := activities.replace(t, &old, &rec, c.action("update")); err != nil {
			return err
		}
	}
	return nil
}

func (o *applied) copyBack(c Changeset) {
	for i, d := range c.Documents {
		*d = o.docs[i]
	}
	for i, p := range c.NewProcessors {
		*p = o.newProcs[i]
	}
	for i, p := range c.ChangedProcessors {
		*p = o.pro[i]
	}
	for i, a := range c.NewActivities {
		*a = o.newActs[i]
	}
	for i, a := range c.ChangedActivities {
		*a = o.acts[i]
	}
}
