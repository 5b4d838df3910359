package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
	"sync"

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

// streamCSV writes the header of cols and then what each hands over, in
// order: each reads the records and hands fn what line appended of each.
// line may run on other goroutines (it lays out the row and encodes it), so
// an export's work is spread over every CPU and only the writing is in order.
// The bytes are those writeCSV gives for a table of the same rows.
func streamCSV[T any](w io.Writer, cols []Column, opts Options, row func(T) []Cell, each func(line func(dst []byte, v T) ([]byte, error), fn func([]byte) error) error) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	cw, err := startCSV(bw, cols, opts)
	if err != nil {
		return err
	}
	if cw.Flush(); cw.Error() != nil {
		return cw.Error()
	}
	line := func(dst []byte, v T) ([]byte, error) {
		lw := lineWriters.Get().(*lineWriter)
		defer lineWriters.Put(lw)
		lw.buf.Reset()
		if err := writeCSVRow(lw.csv, row(v), &lw.rec); err != nil {
			return dst, err
		}
		lw.csv.Flush()
		return append(dst, lw.buf.Bytes()...), lw.csv.Error()
	}
	if err := each(line, func(b []byte) error { _, err := bw.Write(b); return err }); err != nil {
		return err
	}
	return bw.Flush()
}

// lineWriter encodes one CSV line at a time; the export's goroutines share a
// pool of them, as a csv.Writer per line would allocate its 4 KB buffer for
// every record.
type lineWriter struct {
	buf bytes.Buffer
	csv *csv.Writer
	rec []string
}

var lineWriters = sync.Pool{New: func() any {
	lw := &lineWriter{}
	lw.csv = csv.NewWriter(&lw.buf)
	return lw
}}
