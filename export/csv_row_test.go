package export

import (
	"bytes"
	"encoding/csv"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/model"
)

// referenceCSVRow is how a row was written before appendCSVRow: each cell
// joined, made safe by model.SafeCell and written by encoding/csv.
func referenceCSVRow(row []Cell) string {
	var b bytes.Buffer
	cw := csv.NewWriter(&b)
	rec := make([]string, len(row))
	for i, c := range row {
		rec[i] = model.SafeCell(c.Text(ListSeparator))
	}
	if err := cw.Write(rec); err != nil {
		panic(err)
	}
	cw.Flush()
	return b.String()
}

// TestAppendCSVRowEqualsEncodingCSV holds appendCSVRow to encoding/csv's
// bytes on fixed hard cases and on random rows made of the pieces that change
// quoting or safety: separators, quotes, line breaks, leading spaces of both
// widths, formula starts, numbers, control characters and invalid UTF-8.
func TestAppendCSVRowEqualsEncodingCSV(t *testing.T) {
	rows := [][]Cell{
		{},
		{nil},
		{nil, nil},
		{{{Text: `\.`}}},
		{{{Text: `\.`}, {Text: "x"}}},
		{{{Text: " lead"}}, {{Text: "\u00a0nbsp"}}, {{Text: "\u2003em"}}},
		{{{Text: "-5"}}, {{Text: "-5"}, {Text: "6"}}, {{Text: ""}, {Text: "=1"}}},
		{{{Text: "a,b"}}, {{Text: `say "hi"`}}, {{Text: "two\nlines"}}, {{Text: "cr\rhere"}}},
		{{{Text: "\x1b]0;t\x07"}}, {{Text: "\xff\xfe"}}, {{Text: "\xff\x01"}}},
	}
	pieces := []string{"a", "Zoë", " ", ",", "\"", "\n", "\r", "\t", "\x00", "\x1b", "\x7f", "\u0085", "\u00a0",
		"=", "+", "-", "@", "1", "0.5", "e9", `\.`, "\\", "\xff", "\xc2", ";", "'"}
	rng := rand.New(rand.NewPCG(7, 11))
	for range 5000 {
		row := make([]Cell, rng.IntN(5))
		for i := range row {
			for range rng.IntN(4) {
				var b strings.Builder
				for range rng.IntN(5) {
					b.WriteString(pieces[rng.IntN(len(pieces))])
				}
				row[i] = append(row[i], Item{Text: b.String()})
			}
		}
		rows = append(rows, row)
	}
	var field []byte
	for _, row := range rows {
		got := string(appendCSVRow([]byte("before\n"), row, &field))
		if want := "before\n" + referenceCSVRow(row); got != want {
			t.Fatalf("row %q:\n got %q\nwant %q", row, got, want)
		}
	}
}

// FuzzAppendCSVRow holds appendCSVRow to encoding/csv with model.SafeCell on
// rows made from arbitrary bytes: 0x1e separates the cells, 0x1f the items
// of a cell. Run: go test ./export -run='^$' -fuzz=FuzzAppendCSVRow.
func FuzzAppendCSVRow(f *testing.F) {
	for _, seed := range []string{"", "\x1e", `\.`, " lead\x1e\u00a0nbsp", "-5\x1e-5\x1f6\x1e\x1f=1",
		"a,b\x1esay \"hi\"\x1etwo\nlines\x1ecr\rhere", "\x1b]0;t\x07\x1e\xff\xfe\x1e\xff\x01", "@SUM(A1)\x1f+1e3"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var row []Cell
		if len(data) > 0 {
			for _, cell := range bytes.Split(data, []byte{0x1e}) {
				var c Cell
				for _, item := range bytes.Split(cell, []byte{0x1f}) {
					c = append(c, Item{Text: string(item)})
				}
				row = append(row, c)
			}
		}
		var field []byte
		if got, want := string(appendCSVRow(nil, row, &field)), referenceCSVRow(row); got != want {
			t.Fatalf("row %q:\n got %q\nwant %q", row, got, want)
		}
	})
}
