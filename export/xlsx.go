package export

import (
	"fmt"
	"io"
	"time"

	"github.com/dpodesk/dpodesk/model"
	"github.com/xuri/excelize/v2"
)

// Workbook writes the three registers into one XLSX file, a sheet each, named
// after the register kind (activities, processors, requests) so that the register
// importer and scripts find them in either language.
func Workbook(w io.Writer, reg Register, opts Options) error {
	return writeXLSX(w, []Table{ActivityTable(reg, opts.Lang), ProcessorTable(reg, opts.Lang), RequestTable(reg, opts)}, opts)
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

func writeXLSX(w io.Writer, tables []Table, opts Options) error {
	f := excelize.NewFile()
	defer f.Close()
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
	_, err = f.WriteTo(w)
	return err
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
// for a workbook with 100,000 requests held more than a gigabyte. Widths,
// panes and the filter are set before the rows, as the stream writer needs.
func writeSheet(f *excelize.File, t Table, st xlsxStyles, lang string) error {
	sheet := t.Kind
	last := cellName(len(t.Columns), len(t.Rows)+1)
	// the filter goes into the sheet before the stream writer takes it over,
	// which writes it out with the rows
	if err := f.AutoFilter(sheet, "A1:"+last, nil); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
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
	for r, row := range t.Rows {
		clear(vals)
		for i, cell := range row {
			vals[i] = model.SafeCell(cell.Text("\n"))
		}
		if err := sw.SetRow(cellName(1, r+2), vals[:len(row)], excelize.RowOpts{StyleID: st.body}); err != nil {
			return err
		}
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
