package export

import (
	"encoding/json"
	"io"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// JSONVersion is the version of the JSON export shape documented in
// docs/exports.md; it changes only when a field changes meaning or goes away.
const JSONVersion = 1

// jsonDoc is the JSON export: a header, the column list in display order and
// one object per record keyed by column key. Scalar columns are strings; list
// columns are arrays of {"text", "key"} so that a machine reads the vocabulary
// key or legal-basis code and a person the label.
type jsonDoc struct {
	Format     string             `json:"format"`
	Version    int                `json:"version"`
	Register   string             `json:"register"`
	Language   string             `json:"language"`
	ExportedAt string             `json:"exported_at"`
	Controller model.Organisation `json:"controller"`
	Columns    []jsonColumn       `json:"columns"`
	Records    []map[string]any   `json:"records"`
}

type jsonColumn struct {
	Key    string `json:"key"`
	Header string `json:"header"`
	List   bool   `json:"list,omitempty"`
}

func writeJSON(w io.Writer, t Table, org model.Organisation, opts Options) error {
	doc := jsonDoc{Format: "dpodesk-register", Version: JSONVersion, Register: t.Kind,
		Language: langCode(opts.Lang), ExportedAt: opts.Now.UTC().Format(time.RFC3339),
		Controller: org, Columns: []jsonColumn{}, Records: []map[string]any{}}
	for _, c := range t.Columns {
		doc.Columns = append(doc.Columns, jsonColumn{Key: c.Key, Header: c.Header(opts.Lang), List: c.List})
	}
	for _, row := range t.Rows {
		doc.Records = append(doc.Records, jsonRecord(t.Columns, row))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// jsonRecord keeps every column, empty ones included, so the shape of a record
// does not depend on its content.
func jsonRecord(cols []Column, row []Cell) map[string]any {
	rec := make(map[string]any, len(cols))
	for i, c := range cols {
		if c.List {
			items := []Item(row[i])
			if items == nil {
				items = []Item{}
			}
			rec[c.Key] = items
			continue
		}
		rec[c.Key] = row[i].Text(ListSeparator)
	}
	return rec
}

func langCode(lang string) string { return pick(lang, "en", "de") }
