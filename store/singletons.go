package store

import (
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// Organisation returns the controller's details; the zero Organisation when none
// are saved yet.
func (w *Workspace) Organisation() (model.Organisation, error) {
	var o model.Organisation
	err := w.view(func(txn *badger.Txn) error { return getValue(txn, keyOrg, &o) })
	if errors.Is(err, ErrNotFound) {
		return model.Organisation{}, nil
	}
	if err != nil {
		return o, fmt.Errorf("read organisation: %w", err)
	}
	return o, nil
}

// SaveOrganisation replaces the controller's details, with an audit entry.
func (w *Workspace) SaveOrganisation(o model.Organisation) error {
	err := w.update(func(t *tx) error {
		var old *model.Organisation
		var prev model.Organisation
		switch err := t.get(keyOrg, &prev); {
		case err == nil:
			old = &prev
		case !errors.Is(err, ErrNotFound):
			return err
		}
		if err := t.put(keyOrg, o); err != nil {
			return err
		}
		var before any
		if old != nil {
			before = old
		}
		return t.audit("update", kindOrganisation, 0, o.Name, before, o)
	})
	if err != nil {
		return fmt.Errorf("save organisation: %w", err)
	}
	return nil
}

// Setting returns a workspace setting, "" when unset. Settings are preferences
// (last opened page, holiday region); they are not audited.
func (w *Workspace) Setting(key string) (string, error) {
	var v string
	err := w.view(func(txn *badger.Txn) error {
		item, err := txn.Get(keySetting(key))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		b, err := item.ValueCopy(nil)
		v = string(b)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("read setting %q: %w", key, err)
	}
	return v, nil
}

// SetSetting stores a workspace setting; "" removes it.
func (w *Workspace) SetSetting(key, value string) error {
	if key == "" {
		return errors.New("a setting needs a key")
	}
	err := w.update(func(t *tx) error {
		if value == "" {
			return t.del(keySetting(key))
		}
		return t.setRaw(keySetting(key), []byte(value))
	})
	if err != nil {
		return fmt.Errorf("save setting %q: %w", key, err)
	}
	return nil
}

// Counts is the number of records of each kind.
type Counts struct {
	Activities, Processors, Requests, Documents, AuditEntries int
}

// Counts reads the per-kind counters kept in every transaction, and the audit head.
func (w *Workspace) Counts() (Counts, error) {
	var c Counts
	err := w.view(func(txn *badger.Txn) error {
		for kind, dst := range map[string]*int{
			kindActivity: &c.Activities, kindProcessor: &c.Processors,
			kindRequest: &c.Requests, kindDocument: &c.Documents,
		} {
			n, err := readUint(txn, keyCount(kind))
			if err != nil {
				return err
			}
			*dst = int(n)
		}
		head, err := readAuditHead(txn)
		c.AuditEntries = int(head.seq)
		return err
	})
	if err != nil {
		return Counts{}, fmt.Errorf("count records: %w", err)
	}
	return c, nil
}
