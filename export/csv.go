package export

import (
	"encoding/csv"
	"io"

	"github.com/dpodesk/dpodesk/model"
)

// ListSeparator joins the values of a list cell in CSV. The register importer
// splits on it (and on newlines, and on commas in vocabulary columns).
const ListSeparator = "; "

// utf8BOM lets Excel recognise the file as UTF-8 when it is opened by a double
// click; without it umlauts arrive garbled on Windows.
const utf8BOM = "\uFEFF"

func writeCSV(w io.Writer, t Table, opts Options) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	header := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		header[i] = c.Header(opts.Lang)
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, row := range t.Rows {
		rec := make([]string, len(row))
		for i, cell := range row {
			rec[i] = model.SafeCell(cell.Text(ListSeparator)) // no formulas, no control characters
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
