// Package export renders the registers of a workspace — the record of processing
// activities (Art. 30(1) GDPR), processors and data subject requests — as CSV,
// XLSX, Markdown, HTML or JSON, and drafts the Art. 15 letter. It is pure: the
// caller reads the store and passes the records in, so the output depends only on
// its input and on Options.Now, and tests can compare it byte for byte.
package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// Formats accepted by the register functions.
const (
	FormatCSV  = "csv"
	FormatXLSX = "xlsx"
	FormatMD   = "md"
	FormatHTML = "html"
	FormatJSON = "json"
)

// Formats lists the formats in the order the help text shows them.
var Formats = []string{FormatCSV, FormatXLSX, FormatMD, FormatHTML, FormatJSON}

// Options say how to render. Now is the moment of export: it is printed in the
// documents and used for the requests' days left, so it is passed in rather than
// read from the clock.
type Options struct {
	Format string
	Lang   string // "en" or "de"; anything else is English
	Now    time.Time
	Rules  model.DeadlineRules // computes the requests' due dates
	// Scope names the statuses of the entries included ("active"), for the
	// document's header; "" when the register is not filtered by status.
	Scope string
	// TempDir is where a workbook keeps the rows of a sheet larger than
	// excelize's 16 MB chunk while it is written: beside the file it goes to,
	// so that personal data are not copied to the system's temporary
	// directory. "" means the system's.
	TempDir string
}

// Register is everything an export may show. Processors resolve the activities'
// ProcessorIDs to names; Org fills Art. 30(1)(a).
type Register struct {
	Org        model.Organisation
	Activities []model.Activity
	Processors []model.Processor
	Requests   []model.Request
	Breaches   []model.BreachView
}

// Item is one value of a cell: the text people read, and the vocabulary key or
// code behind it when there is one (JSON keeps both).
type Item struct {
	Text string `json:"text"`
	Key  string `json:"key,omitempty"`
}

// Column is one column of a register with its stable key and its headers.
type Column struct {
	Key  string
	Kind string // the register whose label table names it (model.LabelActivity, …)
	List bool   // multi-valued: joined in CSV, bulleted in documents, an array in JSON
	Wide bool   // long free text: a wider XLSX column
}

// Header returns the column's header in lang, from the model's label table,
// so an export calls a field what `show` and the interface call it.
func (c Column) Header(lang string) string { return model.Field(c.Kind, c.Key).Title(lang) }

// Table is one register laid out as rows of cells; cells[i] belongs to Columns[i].
type Table struct {
	Kind    string // activities, processors, requests
	Title   string // in the export's language
	Columns []Column
	Rows    [][]Cell
}

// Cell is the content of one cell.
type Cell []Item

// Text joins the cell's items with sep.
func (c Cell) Text(sep string) string {
	switch len(c) {
	case 0:
		return ""
	case 1: // most cells: nothing to join
		return c[0].Text
	}
	parts := make([]string, len(c))
	for i, it := range c {
		parts[i] = it.Text
	}
	return strings.Join(parts, sep)
}

func text(s string) Cell {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return Cell{{Text: s}}
}

func texts(ss []string) Cell { return appendTexts(nil, ss) }

// appendTexts appends an item for each of ss that is not blank.
func appendTexts(items []Item, ss []string) []Item {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			items = append(items, Item{Text: s})
		}
	}
	return items
}

// terms labels vocabulary keys; free text kept in a vocabulary field shows as is.
func terms(kind string, keys []string, lang string) Cell { return appendTerms(nil, kind, keys, lang) }

// appendTerms appends an item for each of keys, as terms labels them.
func appendTerms(items []Item, kind string, keys []string, lang string) []Item {
	for _, k := range keys {
		items = append(items, termItem(kind, k, lang))
	}
	return items
}

// termItem labels one vocabulary key, or keeps free text as is.
func termItem(kind, key, lang string) Item {
	if t, ok := model.MatchTerm(kind, key); ok {
		return Item{Text: t.Label(lang), Key: t.Key}
	}
	return Item{Text: key}
}

func term(kind, key, lang string) Cell {
	if key == "" {
		return nil
	}
	return terms(kind, []string{key}, lang)
}

func date(d model.Date) Cell {
	if d.IsZero() {
		return nil
	}
	return Cell{{Text: d.String()}}
}

func pick(lang, en, de string) string {
	if strings.EqualFold(lang, "de") {
		return de
	}
	return en
}

// countryName names an ISO code in lang, keeping the code for the reader who
// filters by it: "United States (US)".
func countryName(iso, lang string) string {
	if c, ok := model.Country(iso); ok {
		return c.Name(lang) + " (" + c.ISO2 + ")"
	}
	return iso
}

// write dispatches a single table to the format's writer; XLSX is handled by
// Workbook because it takes several sheets.
func write(w io.Writer, t Table, reg Register, opts Options) error {
	switch opts.Format {
	case FormatCSV, "":
		return writeCSV(w, t, opts)
	case FormatMD:
		return writeMarkdown(w, t, reg.Org, opts)
	case FormatHTML:
		return writeHTML(w, t, reg.Org, opts)
	case FormatJSON:
		return writeJSON(w, t, reg.Org, opts)
	case FormatXLSX:
		return writeXLSX(w, []sheet{wholeSheet(t)}, opts)
	}
	return fmt.Errorf("unknown format %q: use one of %s", opts.Format, strings.Join(Formats, ", "))
}
