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
	cw, err := startCSV(w, t.Columns, opts)
	if err != nil {
		return err
	}
	var rec []string
	for _, row := range t.Rows {
		if err := writeCSVRow(cw, row, &rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// startCSV writes the byte order mark and the header line.
func startCSV(w io.Writer, cols []Column, opts Options) (*csv.Writer, error) {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return nil, err
	}
	cw := csv.NewWriter(w)
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = c.Header(opts.Lang)
	}
	return cw, cw.Write(header)
}

// writeCSVRow writes one row; rec is the record's memory, reused row after row.
func writeCSVRow(cw *csv.Writer, row []Cell, rec *[]string) error {
	*rec = (*rec)[:0]
	for _, cell := range row {
		*rec = append(*rec, model.SafeCell(cell.Text(ListSeparator))) // no formulas, no control characters
	}
	return cw.Write(*rec)
}
