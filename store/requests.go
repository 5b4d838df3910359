package store

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

var requests = spec[model.Request]{
	kind: kindRequest, rec: prefixRequest, row: prefixRequestRow,
	id:      func(r *model.Request) uint64 { return r.ID },
	label:   func(r *model.Request) string { return r.Ref },
	rowOf:   func(r *model.Request) ([]byte, error) { return encodeRequestRow(r.Slim()), nil },
	index:   func(r *model.Request) [][]byte { return requestIndexKeys(r.ID, r.Ref, r.Status, r.Type) },
	derived: requestDerived,
}

// RequestFilter selects requests; zero fields select everything.
type RequestFilter struct {
	Status string
	Type   string
	Open   bool // only requests not completed, refused or withdrawn
}

func (f RequestFilter) keep(r model.Request) bool {
	return (f.Status == "" || r.Status == f.Status) && (f.Type == "" || r.Type == f.Type) &&
		(!f.Open || r.IsOpen())
}

// RequestRef is the reference a request is known by: R-<year received>-<id>.
func RequestRef(r model.Request) string {
	return fmt.Sprintf("R-%d-%04d", r.Received.Year(), r.ID)
}

func newRequest(r *model.Request, id uint64, t *tx) (model.Request, error) {
	if strings.TrimSpace(r.Type) == "" {
		return model.Request{}, errors.New("a request needs a type")
	}
	rec := *r
	rec.ID, rec.CreatedAt, rec.UpdatedAt, rec.Version = id, t.at, t.at, 1
	if rec.Received.IsZero() {
		rec.Received = t.at
	}
	if err := model.CheckReceived(rec.Received); err != nil {
		return model.Request{}, err
	}
	if rec.Status == "" {
		rec.Status = "received"
	}
	rec.Ref = RequestRef(rec)
	return rec, nil
}

// CreateRequest stores a new request: it assigns ID, Ref ("R-2026-0042"),
// timestamps, Version 1, Received (now) and Status "received" when they are empty.
func (w *Workspace) CreateRequest(r *model.Request) error {
	id, err := w.nextID(kindRequest)
	if err != nil {
		return err
	}
	var rec model.Request
	err = w.update(func(t *tx) error {
		if rec, err = newRequest(r, id, t); err != nil {
			return err
		}
		return requests.insert(t, &rec, "create")
	})
	if err != nil {
		return fmt.Errorf("create request: %w", err)
	}
	*r = rec
	return nil
}

// GetRequest reads one request.
func (w *Workspace) GetRequest(id uint64) (model.Request, error) {
	var r model.Request
	err := w.view(func(txn *badger.Txn) (err error) {
		r, err = requests.load(txn, id)
		return err
	})
	return r, err
}

// GetRequestByRef reads a request by its ref, ignoring case.
func (w *Workspace) GetRequestByRef(ref string) (model.Request, error) {
	var r model.Request
	err := w.view(func(txn *badger.Txn) (err error) {
		id := firstID(txn, ixPrefix(kindRequest, "ref", fold(ref)), 0)
		if id == 0 {
			return fmt.Errorf("request %s: %w", strings.TrimSpace(ref), ErrNotFound)
		}
		r, err = requests.load(txn, id)
		return err
	})
	return r, err
}

// ResolveRequest accepts what a user types: the numeric ID ("42") or the ref
// ("R-2026-0042", any case).
func (w *Workspace) ResolveRequest(idOrRef string) (model.Request, error) {
	s := strings.TrimPrefix(strings.TrimSpace(idOrRef), "#")
	if id, err := strconv.ParseUint(s, 10, 64); err == nil {
		return w.GetRequest(id)
	}
	return w.GetRequestByRef(s)
}

// UpdateRequest saves a changed request under the audit action given (e.g.
// "request.extend"; "" means "update"). r.Version must be the stored value: a
// request changed by someone else since it was read gives ErrConflict. (Not
// UpdatedAt: the lifecycle methods in model stamp it with the time of the event.)
func (w *Workspace) UpdateRequest(r *model.Request, action string) error {
	if action == "" {
		action = "update"
	}
	var rec model.Request
	err := w.update(func(t *tx) error {
		old, err := requests.load(t.txn, r.ID)
		if err != nil {
			return err
		}
		if old.Version != r.Version {
			return fmt.Errorf("request %s was changed at %s: %w", old.Ref, old.UpdatedAt.Format("15:04:05"), ErrConflict)
		}
		rec = *r
		rec.Ref, rec.CreatedAt, rec.UpdatedAt, rec.Version = old.Ref, old.CreatedAt, t.at, old.Version+1
		return requests.replace(t, &old, &rec, action)
	})
	if err != nil {
		return fmt.Errorf("update request %d: %w", r.ID, err)
	}
	*r = rec
	return nil
}

// DeleteRequest removes a request with its row and index keys.
func (w *Workspace) DeleteRequest(id uint64) error {
	err := w.update(func(t *tx) error {
		old, err := requests.load(t.txn, id)
		if err != nil {
			return err
		}
		return requests.remove(t, &old, "delete")
	})
	if err != nil {
		return fmt.Errorf("delete request: %w", err)
	}
	return nil
}

// ListRequests returns the full requests that match f, in ID order.
func (w *Workspace) ListRequests(f RequestFilter) ([]model.Request, error) {
	var out []model.Request
	err := w.view(func(txn *badger.Txn) error {
		add := func(r model.Request) {
			if f.keep(r) {
				out = append(out, r)
			}
		}
		switch {
		case f.Status != "":
			return loadEach(txn, requests, indexIDs(txn, ixPrefix(kindRequest, "status", []byte(f.Status)), false), add)
		case f.Type != "":
			return loadEach(txn, requests, indexIDs(txn, ixPrefix(kindRequest, "type", []byte(f.Type)), false), add)
		}
		return scanRecords(txn, prefixRequest, add)
	})
	if err != nil {
		return nil, fmt.Errorf("list requests: %w", err)
	}
	return out, nil
}

// RequestRows returns the slim copy (model.Request.Slim) of every request, read
// from the compact row keys: what tables and deadline computation need.
func (w *Workspace) RequestRows() ([]model.Request, error) {
	var out []model.Request
	r := newRowReader()
	err := w.view(func(txn *badger.Txn) error {
		if n, err := readUint(txn, keyCount(kindRequest)); err == nil {
			out = make([]model.Request, 0, n)
		}
		return scanRaw(txn, prefixRequestRow, func(_, b []byte) error {
			row, err := decodeRequestRow(r, b)
			out = append(out, row)
			return err
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read request rows: %w", err)
	}
	return out, nil
}
