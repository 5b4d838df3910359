package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

var documents = spec[model.Document]{
	kind: kindDocument, rec: prefixDocument, row: prefixDocumentRow,
	id:    func(d *model.Document) uint64 { return d.ID },
	label: func(d *model.Document) string { return d.Name },
	rowOf: func(d *model.Document) ([]byte, error) { return encode(documentHead(*d)) },
	index: func(d *model.Document) [][]byte { return documentIndexKeys(d.ID, d.Name) },
	snap:  func(d *model.Document) any { return auditDocument(*d) },
}

// documentHead is a document without its text and sections, for lists.
func documentHead(d model.Document) model.Document {
	d.Text, d.Sections = "", nil
	return d
}

// documentSnapshot is what audit entries keep of a document: a policy's text can
// be hundreds of kilobytes and would be copied into every entry, so the journal
// holds its SHA-256 instead (the outer Text, empty, hides the embedded one).
type documentSnapshot struct {
	model.Document
	Text       string `json:"text,omitempty"`
	TextSHA256 string `json:"text_sha256"`
}

func auditDocument(d model.Document) documentSnapshot {
	sum := sha256.Sum256([]byte(d.Text))
	return documentSnapshot{Document: d, TextSHA256: hex.EncodeToString(sum[:])}
}

func newDocument(t *tx, d *model.Document, id uint64) (model.Document, error) {
	if strings.TrimSpace(d.Name) == "" {
		return model.Document{}, errors.New("a document needs a name")
	}
	rec := *d
	rec.ID = id
	if rec.ImportedAt.IsZero() {
		rec.ImportedAt = t.at
	}
	if rec.Supersedes == 0 {
		if prev := indexIDs(t.txn, ixPrefix(kindDocument, "name", fold(d.Name)), true); len(prev) > 0 {
			rec.Supersedes = prev[0]
		}
	}
	return rec, nil
}

// CreateDocument stores an imported document. It assigns ID and ImportedAt, and
// Supersedes the latest earlier import of the same name when not set.
func (w *Workspace) CreateDocument(d *model.Document) error {
	id, err := w.nextID(kindDocument)
	if err != nil {
		return err
	}
	var rec model.Document
	err = w.update(func(t *tx) error {
		if rec, err = newDocument(t, d, id); err != nil {
			return err
		}
		return documents.insert(t, &rec, "create")
	})
	if err != nil {
		return fmt.Errorf("store document %q: %w", d.Name, err)
	}
	*d = rec
	return nil
}

// GetDocument reads a document with its text and sections.
func (w *Workspace) GetDocument(id uint64) (model.Document, error) {
	var d model.Document
	err := w.view(func(txn *badger.Txn) (err error) {
		d, err = documents.load(txn, id)
		return err
	})
	return d, err
}

// ListDocuments returns every document without Text and Sections, in ID order.
func (w *Workspace) ListDocuments() ([]model.Document, error) {
	var out []model.Document
	err := w.view(func(txn *badger.Txn) error {
		return scanRecords(txn, prefixDocumentRow, func(d model.Document) { out = append(out, d) })
	})
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return out, nil
}

// LatestDocumentByName returns the newest import of a file name (any case), with
// its text, so a re-import can be compared with it.
func (w *Workspace) LatestDocumentByName(name string) (model.Document, bool, error) {
	var d model.Document
	var found bool
	err := w.view(func(txn *badger.Txn) error {
		ids := indexIDs(txn, ixPrefix(kindDocument, "name", fold(name)), true)
		if len(ids) == 0 {
			return nil
		}
		var err error
		d, err = documents.load(txn, ids[0])
		found = err == nil
		return err
	})
	if err != nil {
		return model.Document{}, false, fmt.Errorf("find document %q: %w", name, err)
	}
	return d, found, nil
}

// DeleteDocument removes a document.
func (w *Workspace) DeleteDocument(id uint64) error {
	err := w.update(func(t *tx) error {
		old, err := documents.load(t.txn, id)
		if err != nil {
			return err
		}
		return documents.remove(t, &old, "delete")
	})
	if err != nil {
		return fmt.Errorf("delete document: %w", err)
	}
	return nil
}
