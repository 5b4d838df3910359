package store

import (
	"errors"
	"fmt"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// ErrInUse is returned when deleting a record that others still point at.
var ErrInUse = errors.New("still in use")

var processors = spec[model.Processor]{
	kind: kindProcessor, rec: prefixProcessor, row: prefixProcessorRow,
	id:    func(p *model.Processor) uint64 { return p.ID },
	label: func(p *model.Processor) string { return p.Name },
	rowOf: func(p *model.Processor) ([]byte, error) { return encodeProcessorRow(p.Row()), nil },
	index: processorIndexKeys,
	unique: func(p *model.Processor) []byte {
		return ixPrefix(kindProcessor, "name", fold(p.Name))
	},
}

// ProcessorFilter selects processors; zero fields select everything.
type ProcessorFilter struct {
	Status       model.RecordStatus
	NameContains string // case-insensitive, in the name, legal entity or an alias
	DPAStatus    string
}

func (f ProcessorFilter) keep(p model.Processor) bool {
	if f.Status != "" && p.Status != f.Status || f.DPAStatus != "" && p.DPA.Status != f.DPAStatus {
		return false
	}
	if f.NameContains == "" || containsFold(p.Name, f.NameContains) || containsFold(p.LegalEntity, f.NameContains) {
		return true
	}
	for _, alias := range p.Aliases {
		if containsFold(alias, f.NameContains) {
			return true
		}
	}
	return false
}

func newProcessor(p *model.Processor, id uint64, t *tx) (model.Processor, error) {
	if strings.TrimSpace(p.Name) == "" {
		return model.Processor{}, errors.New("a processor needs a name")
	}
	rec := *p
	rec.ID, rec.CreatedAt, rec.UpdatedAt, rec.Version = id, t.at, t.at, 1
	if rec.Status == "" {
		rec.Status = model.StatusActive
	}
	return rec, nil
}

// CreateProcessor stores a new processor: ID, timestamps, Version 1, Status active
// when none is given. The name must be unused (ErrExists).
func (w *Workspace) CreateProcessor(p *model.Processor) error {
	id, err := w.nextID(kindProcessor)
	if err != nil {
		return err
	}
	var rec model.Processor
	err = w.update(func(t *tx) error {
		if rec, err = newProcessor(p, id, t); err != nil {
			return err
		}
		return processors.insert(t, &rec, "create")
	})
	if err != nil {
		return fmt.Errorf("create processor %q: %w", p.Name, err)
	}
	*p = rec
	return nil
}

// GetProcessor reads one processor.
func (w *Workspace) GetProcessor(id uint64) (model.Processor, error) {
	var p model.Processor
	err := w.view(func(txn *badger.Txn) (err error) {
		p, err = processors.load(txn, id)
		return err
	})
	return p, err
}

func changedProcessor(t *tx, p *model.Processor) (old, rec model.Processor, err error) {
	old, err = processors.load(t.txn, p.ID)
	if err != nil {
		return old, rec, err
	}
	if old.Version != p.Version {
		return old, rec, fmt.Errorf("processor %q is at version %d, the edit was made on version %d: %w",
			old.Name, old.Version, p.Version, ErrConflict)
	}
	if strings.TrimSpace(p.Name) == "" {
		return old, rec, errors.New("a processor needs a name")
	}
	rec = *p
	rec.CreatedAt, rec.UpdatedAt, rec.Version = old.CreatedAt, t.at, old.Version+1
	if rec.Status == "" {
		rec.Status = model.StatusActive
	}
	return old, rec, nil
}

// UpdateProcessor saves an edited processor; ErrConflict when p.Version is stale.
func (w *Workspace) UpdateProcessor(p *model.Processor) error {
	var rec model.Processor
	err := w.update(func(t *tx) error {
		old, r, err := changedProcessor(t, p)
		if err != nil {
			return err
		}
		rec = r
		return processors.replace(t, &old, &rec, "update")
	})
	if err != nil {
		return fmt.Errorf("update processor %d: %w", p.ID, err)
	}
	*p = rec
	return nil
}

// DeleteProcessor removes a processor. It refuses (ErrInUse) while activities
// still list it, so the register never points at a processor that is gone.
func (w *Workspace) DeleteProcessor(id uint64) error {
	err := w.update(func(t *tx) error {
		old, err := processors.load(t.txn, id)
		if err != nil {
			return err
		}
		if users := indexIDs(t.txn, ixPrefix(kindActivity, "processor", u64(id)), false); len(users) > 0 {
			return fmt.Errorf("processor %q is used by %d activities: %w", old.Name, len(users), ErrInUse)
		}
		return processors.remove(t, &old, "delete")
	})
	if err != nil {
		return fmt.Errorf("delete processor: %w", err)
	}
	return nil
}

// ListProcessors returns the processors that match f, in ID order.
func (w *Workspace) ListProcessors(f ProcessorFilter) ([]model.Processor, error) {
	var out []model.Processor
	err := w.view(func(txn *badger.Txn) error {
		add := func(p model.Processor) {
			if f.keep(p) {
				out = append(out, p)
			}
		}
		if f.Status != "" {
			return loadEach(txn, processors, indexIDs(txn, ixPrefix(kindProcessor, "status", []byte(f.Status)), false), add)
		}
		return scanRecords(txn, prefixProcessor, add)
	})
	if err != nil {
		return nil, fmt.Errorf("list processors: %w", err)
	}
	return out, nil
}

// ProcessorRows returns every processor's table row from the row keys only.
func (w *Workspace) ProcessorRows() ([]model.ProcessorRow, error) {
	var out []model.ProcessorRow
	r := newRowReader()
	err := w.view(func(txn *badger.Txn) error {
		return scanRaw(txn, prefixProcessorRow, func(_, b []byte) error {
			row, err := decodeProcessorRow(r, b)
			out = append(out, row)
			return err
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read processor rows: %w", err)
	}
	return out, nil
}

// FindProcessorByName finds a processor by name, legal entity or alias, ignoring
// case; a match on the name wins over the legal entity, which wins over an alias.
func (w *Workspace) FindProcessorByName(name string) (model.Processor, bool, error) {
	var p model.Processor
	var found bool
	err := w.view(func(txn *badger.Txn) error {
		for _, field := range []string{"name", "entity", "alias"} {
			if id := firstID(txn, ixPrefix(kindProcessor, field, fold(name)), 0); id != 0 {
				var err error
				p, err = processors.load(txn, id)
				found = err == nil
				return err
			}
		}
		return nil
	})
	if err != nil {
		return model.Processor{}, false, fmt.Errorf("find processor %q: %w", name, err)
	}
	return p, found, nil
}

// ActivitiesOfProcessor returns the rows of the activities that use a processor.
func (w *Workspace) ActivitiesOfProcessor(id uint64) ([]model.ActivityRow, error) {
	var out []model.ActivityRow
	r := newRowReader()
	err := w.view(func(txn *badger.Txn) error {
		for _, aid := range indexIDs(txn, ixPrefix(kindActivity, "processor", u64(id)), false) {
			item, err := txn.Get(idKey(prefixActivityRow, aid))
			if errors.Is(err, badger.ErrKeyNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			if err := item.Value(func(b []byte) error {
				row, err := decodeActivityRow(r, b)
				out = append(out, row)
				return err
			}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("activities of processor %d: %w", id, err)
	}
	return out, nil
}
