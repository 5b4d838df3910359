package cli

import (
	"bufio"
	"text/tabwriter"
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
