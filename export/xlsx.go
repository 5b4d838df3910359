package export

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/dpodesk/dpodesk/model"
	"github.com/xuri/excelize/v2"
)

// Workbook writes the three registers into one XLSX file, a sheet each, named
// after the register kind (activities, processors, requests) so that the register
// importer and scripts find them in either language.
func Workbook(w io.Writer, reg Register, opts Options) error {
	each := func(fn func(model.Request) error) error {
		for _, r := range reg.Requests {
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	}
	return WorkbookStreamed(w, reg, each, opts)
}

// WorkbookStreamed is Workbook with the requests sheet written as each hands
// over the requests, one at a time and in the order the sheet lists them, so
// that a register of 100,000 requests is never held whole; reg's requests are
// not used. Each row is laid out in the same cells, as the CSV export lays
// its rows out.
func WorkbookStreamed(w io.Writer, reg Register, each func(fn func(model.Request) error) error, opts Options) error {
	today := model.DateOf(opts.Now)
	row := newRowCells(len(RequestColumns))
	requests := sheet{Table: requestTableHead(opts.Lang), stream: func(fn func([]Cell) error) error {
		return each(func(r model.Request) error {
			row.reset()
			requestRow(&row, r, opts, today)
			return fn(row.cells)
		})
	}}
	return writeXLSX(w, []sheet{wholeSheet(ActivityTable(reg, opts.Lang)), wholeSheet(ProcessorTable(reg, opts.Lang)),
		requests}, opts)
}

// A sheet is a table whose rows are given whole (Rows) or handed over one at
// a time (stream, which calls fn with each row's cells, valid during fn).
type sheet struct {
	Table
	stream func(fn func([]Cell) error) error
}

func wholeSheet(t Table) sheet { return sheet{Table: t} }

// each calls fn with every row of the sheet.
func (s sheet) each(fn func([]Cell) error) error {
	if s.stream != nil {
		return s.stream(fn)
	}
	for _, row := range s.Rows {
		if err := fn(row); err != nil {
			return err
		}
	}
	return nil
}

// Column widths in Excel character units: long text gets room, short codes
// stay narrow, and nothing is so wide that a row needs sideways scrolling to read.
const (
	widthWide   = 48
	widthList   = 30
	widthMin    = 10
	widthMax    = 28
	headerRowHt = 45
)

func writeXLSX(w io.Writer, tables []sheet, opts Options) error {
	f := excelize.NewFile(excelize.Options{TmpDir: opts.TempDir})
	defer f.Close() // removes the temporary files
	st, err := newXLSXStyles(f)
	if err != nil {
		return err
	}
	for i, t := range tables {
		if i == 0 {
			err = f.SetSheetName("Sheet1", t.Kind)
		} else {
			_, err = f.NewSheet(t.Kind)
		}
		if err == nil {
			err = writeSheet(f, t, st, opts.Lang)
		}
		if err != nil {
			return fmt.Errorf("xlsx sheet %s: %w", t.Kind, err)
		}
	}
	// Fixed document dates keep the file identical for the same input and time.
	stamp := opts.Now.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{Created: stamp, Modified: stamp, Creator: "dpodesk",
		Title: tables[0].Title, Language: langCode(opts.Lang)}); err != nil {
		return err
	}
	var book bytes.Buffer
	if _, err := f.WriteTo(&book); err != nil {
		return err
	}
	return inNameOrder(w, book.Bytes())
}

// inNameOrder copies the parts of a zip file to w sorted by name, their
// compressed bytes as they are. excelize writes the parts of streamed sheets
// in map order, so two exports of the same register at the same moment would
// differ in their bytes; docs/exports.md promises that they do not.
func inNameOrder(w io.Writer, book []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		return err
	}
	parts := slices.Clone(zr.File)
	slices.SortFunc(parts, func(a, b *zip.File) int { return strings.Compare(a.Name, b.Name) })
	zw := zip.NewWriter(w)
	for _, p := range parts {
		if err := zw.Copy(p); err != nil {
			return err
		}
	}
	return zw.Close()
}

type xlsxStyles struct{ header, body int }

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	var s xlsxStyles
	var err error
	s.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE4EE"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
		Border:    []excelize.Border{{Type: "bottom", Color: "7F8C9D", Style: 1}},
	})
	if err != nil {
		return s, err
	}
	s.body, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	return s, err
}

// writeSheet streams the table into its sheet: excelize's stream writer keeps
// the rows in a temporary file instead of a cell structure per value, which
// for a workbook with 100,000 requests held more than a gigabyte. Widths and
// panes are set before the rows, as the stream writer needs; the filter,
// which needs the number of rows, after them: it goes into the worksheet the
// stream writer writes out at Flush (TestWorkbookLayout reads it back).
func writeSheet(f *excelize.File, t sheet, st xlsxStyles, lang string) error {
	sw, err := f.NewStreamWriter(t.Kind)
	if err != nil {
		return err
	}
	if err := setWidths(sw, t.Columns, lang); err != nil {
		return err
	}
	if err := freeze(sw, t.Columns); err != nil {
		return err
	}
	vals := make([]any, len(t.Columns))
	for i, c := range t.Columns {
		vals[i] = c.Header(lang)
	}
	if err := sw.SetRow("A1", vals, excelize.RowOpts{StyleID: st.header, Height: headerRowHt}); err != nil {
		return err
	}
	n := 1
	err = t.each(func(row []Cell) error {
		n++
		clear(vals)
		for i, cell := range row {
			vals[i] = model.SafeCell(cell.Text("\n"))
		}
		return sw.SetRow(cellName(1, n), vals[:len(row)], excelize.RowOpts{StyleID: st.body})
	})
	if err != nil {
		return err
	}
	if err := f.AutoFilter(t.Kind, "A1:"+cellName(len(t.Columns), n), nil); err != nil {
		return err
	}
	return sw.Flush()
}

func setWidths(sw *excelize.StreamWriter, cols []Column, lang string) error {
	for i, c := range cols {
		w := float64(len([]rune(c.Header(lang)))) * 0.9
		switch {
		case c.Wide:
			w = widthWide
		case c.List:
			w = widthList
		}
		w = max(widthMin, min(w, widthWide))
		if !c.Wide && !c.List {
			w = min(w, widthMax)
		}
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	return nil
}

// freeze keeps the header row and the identifying columns (up to the name or
// reference) in view while scrolling through a wide register.
func freeze(sw *excelize.StreamWriter, cols []Column) error {
	x := 0
	for i, c := range cols {
		if c.Key == "name" || c.Key == "ref" {
			x = i + 1
			break
		}
	}
	return sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: x, YSplit: 1,
		TopLeftCell: cellName(x+1, 2), ActivePane: "bottomRight"})
}

func cellName(col, row int) string {
	n, _ := excelize.CoordinatesToCellName(col, row)
	return n
}
