package cli

import (
	"bufio"
	"bytes"
	"text/tabwriter"
	"unicode/utf8"
)

// tableWriter is a tabwriter whose output is buffered: text/tabwriter writes
// every cell and every run of padding separately, which on a terminal or a
// pipe is a system call each (a 10,000-activity table spent 60% of its time
// in them). Flush writes the table out.
type tableWriter struct {
	*tabwriter.Writer
	buf *bufio.Writer
}

// newTable is a table on standard output with padding spaces between columns.
func (a *App) newTable(padding int) *tableWriter {
	buf := bufio.NewWriterSize(a.stdout, 64<<10)
	return &tableWriter{Writer: tabwriter.NewWriter(buf, 0, 0, padding, ' ', 0), buf: buf}
}

// Flush ends the table and writes it.
func (t *tableWriter) Flush() error {
	if err := t.Writer.Flush(); err != nil {
		return err
	}
	return t.buf.Flush()
}

// Tables of many rows are printed from cells, each ended by a zero byte
// (which no cell holds: free text passes model.SafeLine, which shows a NUL
// as ␀), as text/tabwriter with padding 2 prints a table whose rows all have
// the same cells: every cell but the last padded to the widest of its
// column plus two spaces. Unlike tabwriter, nothing but the cells is held:
// the request table takes its widths before it prints (requestTableWidths).

// eachCell calls fn with the index and the text of every cell of row.
func eachCell(row []byte, fn func(i int, cell []byte)) {
	for i := 0; len(row) > 0; i++ {
		end := bytes.IndexByte(row, 0)
		fn(i, row[:end])
		row = row[end+1:]
	}
}

// measureCells widens widths to the cells of row, each as wide as its
// characters (model.LineWidth's count, which the width index keeps).
func measureCells(widths []int, row []byte) {
	eachCell(row, func(i int, cell []byte) { widths[i] = max(widths[i], utf8.RuneCount(cell)) })
}

// writeCells writes row as one line of the table whose columns have widths.
// A cell wider than its column (a request saved by someone after the request
// table took its widths, see requestTableWidths) still gets the two spaces.
func writeCells(w *bufio.Writer, widths []int, row []byte) {
	eachCell(row, func(i int, cell []byte) {
		w.Write(cell)
		if i == len(widths)-1 {
			w.WriteByte('\n')
			return
		}
		for pad := max(widths[i]+2-utf8.RuneCount(cell), 2); pad > 0; pad-- {
			w.WriteByte(' ')
		}
	})
}
