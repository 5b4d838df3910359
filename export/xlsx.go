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

func writeSheet(f *excelize.File, t Table, st xlsxStyles, lang string) error {
	sheet := t.Kind
	header := make([]any, len(t.Columns))
	for i, c := range t.Columns {
		header[i] = c.Header(lang)
	}
	if err := f.SetSheetRow(sheet, "A1", &header); err != nil {
		return err
	}
	for r, row := range t.Rows {
		vals := make([]any, len(row))
		for i, cell := range row {
			vals[i] = model.SafeCell(cell.Text("\n"))
		}
		if err := f.SetSheetRow(sheet, cellName(1, r+2), &vals); err != nil {
			return err
		}
	}
	last := cellName(len(t.Columns), len(t.Rows)+1)
	if err := f.SetCellStyle(sheet, "A1", cellName(len(t.Columns), 1), st.header); err != nil {
		return err
	}
	if len(t.Rows) > 0 {
		if err := f.SetCellStyle(sheet, "A2", last, st.body); err != nil {
			return err
		}
	}
	if err := f.SetRowHeight(sheet, 1, headerRowHt); err != nil {
		return err
	}
	if err := setWidths(f, sheet, t.Columns, lang); err != nil {
		return err
	}
	if err := freeze(f, sheet, t.Columns); err != nil {
		return err
	}
	return f.AutoFilter(sheet, "A1:"+last, nil)
}

func setWidths(f *excelize.File, sheet string, cols []Column, lang string) error {
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
		name, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, name, name, w); err != nil {
			return err
		}
	}
	return nil
}

// freeze keeps the header row and the identifying columns (up to the name or
// reference) in view while scrolling through a wide register.
func freeze(f *excelize.File, sheet string, cols []Column) error {
	x := 0
	for i, c := range cols {
		if c.Key == "name" || c.Key == "ref" {
			x = i + 1
			break
		}
	}
	return f.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: x, YSplit: 1,
		TopLeftCell: cellName(x+1, 2), ActivePane: "bottomRight"})
}

func cellName(col, row int) string {
	n, _ := excelize.CoordinatesToCellName(col, row)
	return n
}
