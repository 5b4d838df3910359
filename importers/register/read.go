// Package register reads an existing spreadsheet register — the record of
// processing activities, a processors list or a requests log kept in Excel or as
// CSV — into model records. It maps columns by their header in English or German,
// and reports every row it cannot read with its row number and the reason. It
// writes nothing: the caller shows the Plan and stores it only when it is clean.
package register

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// Kinds of register.
const (
	KindActivities = "activities"
	KindProcessors = "processors"
	KindRequests   = "requests"
)

// Kinds lists the register kinds for help texts.
var Kinds = []string{KindActivities, KindProcessors, KindRequests}

// sheet is the grid read from a file, before any header is interpreted.
type sheet struct {
	rows   [][]string
	source string // how it was read, for the dry run: "CSV (;), windows-1252"
}

// ReadFile reads the file at path as a register of the given kind.
func ReadFile(path, kind string, opts Options) (Plan, error) {
	data, err := readLimited(path)
	if err != nil {
		return Plan{}, err
	}
	return Read(filepath.Base(path), data, kind, opts)
}

// Read reads a CSV or XLSX register from data; name gives the extension.
func Read(name string, data []byte, kind string, opts Options) (Plan, error) {
	if !validKind(kind) {
		return Plan{}, fmt.Errorf("unknown register kind %q: use %s", kind, strings.Join(Kinds, ", "))
	}
	if len(data) > MaxFileSize {
		return Plan{}, tooLarge(int64(len(data)))
	}
	var sh sheet
	var err error
	if isXLSX(name, data) {
		sh, err = readXLSX(data, kind)
	} else {
		sh, err = readCSV(data)
	}
	if err != nil {
		return Plan{}, fmt.Errorf("read register %s: %w", name, err)
	}
	return plan(sh, kind, opts.withDefaults())
}

func validKind(k string) bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// isXLSX trusts the zip signature over the extension: a register saved as .xlsx
// and renamed .csv is still a workbook.
func isXLSX(name string, data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) || strings.EqualFold(filepath.Ext(name), ".xlsx")
}

func readCSV(data []byte) (sheet, error) {
	text, enc := decode(data)
	sep := separator(text)
	r := csv.NewReader(strings.NewReader(text))
	r.Comma, r.FieldsPerRecord, r.LazyQuotes = sep, -1, true
	rows, err := r.ReadAll()
	if err != nil {
		return sheet{}, fmt.Errorf("not a readable CSV file (%v): save it from the spreadsheet as CSV or XLSX", err)
	}
	return sheet{rows: rows, source: fmt.Sprintf("CSV (%c), %s", sep, enc)}, nil
}

// decode turns the bytes into UTF-8. Spreadsheets on Windows save CSV as
// Windows-1252 unless told otherwise, so text that is not UTF-8 is read as that.
func decode(data []byte) (string, string) {
	if b, ok := bytes.CutPrefix(data, []byte{0xEF, 0xBB, 0xBF}); ok {
		return string(b), "UTF-8 with BOM"
	}
	if utf8.Valid(data) {
		return string(data), "UTF-8"
	}
	out, _ := charmap.Windows1252.NewDecoder().Bytes(data)
	return string(out), "Windows-1252"
}

// separator picks ; or , by counting both in the header line outside quotes:
// German Excel writes ;, everything else ,.
func separator(text string) rune {
	line, _, _ := strings.Cut(text, "\n")
	semis, commas, quoted := 0, 0, false
	for _, r := range line {
		switch {
		case r == '"':
			quoted = !quoted
		case quoted:
		case r == ';':
			semis++
		case r == ',':
			commas++
		}
	}
	if semis > commas {
		return ';'
	}
	return ','
}

func readXLSX(data []byte, kind string) (sheet, error) {
	if err := checkUnzipped(data); err != nil {
		return sheet{}, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzippedPart})
	if err != nil {
		return sheet{}, fmt.Errorf("not a readable XLSX workbook (%v): open and save it again in the spreadsheet", err)
	}
	defer f.Close()
	list := f.GetSheetList()
	if len(list) == 0 {
		return sheet{}, errors.New("the workbook has no sheets")
	}
	name := pickSheet(list, kind)
	rows, err := f.GetRows(name)
	if err != nil {
		return sheet{}, fmt.Errorf("sheet %q: %w", name, err)
	}
	return sheet{rows: rows, source: fmt.Sprintf("XLSX, sheet %q", name)}, nil
}

// sheetNames are the sheet names that say which register a sheet holds.
var sheetNames = map[string][]string{
	KindActivities: {"activities", "ropa", "record of processing activities", "verarbeitungstätigkeiten", "vvt", "verzeichnis", "verarbeitungsverzeichnis"},
	KindProcessors: {"processors", "auftragsverarbeiter", "dienstleister", "vendors"},
	KindRequests:   {"requests", "dsr", "anträge", "betroffenenanfragen", "betroffenenrechte", "anfragen"},
}

// pickSheet takes the sheet named like the kind, else the first sheet.
func pickSheet(list []string, kind string) string {
	for _, n := range list {
		for _, want := range sheetNames[kind] {
			if normalize(n) == want {
				return n
			}
		}
	}
	return list[0]
}
