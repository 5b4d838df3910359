package store

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// A workspace bundle is every record of a workspace as one JSON object, to move a
// workspace between machines and dpodesk versions (docs/workspaces.md). Unlike a
// backup it does not depend on Badger's format, and a person can read it.
const (
	BundleFormat  = "dpodesk-workspace"
	BundleVersion = 1
)

// Bundle is the bundle's document. Records keep their IDs, so the links between
// activities and processors, and request refs, survive an import. Audit is the
// journal, in sequence order; a bundle without it is accepted too.
type Bundle struct {
	Format       string              `json:"format"`
	Version      int                 `json:"version"`
	ExportedAt   time.Time           `json:"exported_at"`
	Workspace    string              `json:"workspace"`
	Organisation *model.Organisation `json:"organisation"`
	Activities   []model.Activity    `json:"activities"`
	Processors   []model.Processor   `json:"processors"`
	Requests     []model.Request     `json:"requests"`
	Documents    []model.Document    `json:"documents"`
	Breaches     []model.Breach      `json:"breaches,omitempty"`
	Audit        []model.AuditEntry  `json:"audit,omitempty"`
}

// ExportBundle writes every record of the workspace as a bundle, one record per
// line, from one consistent read.
func (w *Workspace) ExportBundle(out io.Writer) error {
	bw := bufio.NewWriterSize(out, 256<<10)
	e := &bundleWriter{w: bw}
	err := w.view(func(txn *badger.Txn) error {
		e.head(w.opts.Name, w.now().UTC())
		var org model.Organisation
		switch err := getValue(txn, keyOrg, &org); err {
		case nil:
			e.field("organisation", org)
		case ErrNotFound:
			e.field("organisation", nil)
		default:
			return err
		}
		exportKind[model.Activity](e, txn, "activities", prefixActivity)
		exportKind[model.Processor](e, txn, "processors", prefixProcessor)
		exportKind[model.Request](e, txn, "requests", prefixRequest)
		exportKind[model.Document](e, txn, "documents", prefixDocument)
		exportKind[model.Breach](e, txn, "breaches", prefixBreach)
		exportKind[model.AuditEntry](e, txn, "audit", prefixLog)
		e.raw("\n}\n")
		return e.err
	})
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("export workspace %q: %w", w.opts.Name, err)
	}
	return nil
}

// bundleWriter writes the bundle's object by hand so that records stream out one
// at a time instead of being collected in memory first. The first error sticks.
type bundleWriter struct {
	w      *bufio.Writer
	buf    bytes.Buffer
	fields int
	err    error
}

func (e *bundleWriter) raw(s string) {
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

// json encodes v without escaping <, > and &, which policy texts are full of.
func (e *bundleWriter) json(v any) {
	if e.err != nil {
		return
	}
	e.buf.Reset()
	enc := json.NewEncoder(&e.buf)
	enc.SetEscapeHTML(false)
	if e.err = enc.Encode(v); e.err == nil {
		_, e.err = e.w.Write(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")))
	}
}

func (e *bundleWriter) key(name string) {
	if e.fields == 0 {
		e.raw("{\n  ")
	} else {
		e.raw(",\n  ")
	}
	e.fields++
	e.json(name)
	e.raw(": ")
}

func (e *bundleWriter) field(name string, v any) {
	e.key(name)
	e.json(v)
}

func (e *bundleWriter) head(workspace string, at time.Time) {
	e.field("format", BundleFormat)
	e.field("version", BundleVersion)
	e.field("exported_at", at)
	e.field("workspace", workspace)
}

// exportKind writes one array of records, decoded and re-encoded so that records
// written by an older dpodesk come out in the current model's shape.
func exportKind[T any](e *bundleWriter, txn *badger.Txn, name string, prefix []byte) {
	e.key(name)
	e.raw("[")
	n := 0
	err := scanRecords(txn, prefix, func(r T) {
		if n > 0 {
			e.raw(",")
		}
		e.raw("\n    ")
		e.json(r)
		n++
	})
	if e.err == nil {
		e.err = err
	}
	if n > 0 {
		e.raw("\n  ")
	}
	e.raw("]")
}
