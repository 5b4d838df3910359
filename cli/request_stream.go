package cli

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

// streamingGC is the collector's target for `request list` and the requests
// CSV export, in percent of the live heap. Their live heap is small (Badger's
// caches and a few batches of rows, about 11 MB at 100,000 requests, whatever
// the register's size) and, as they reuse their buffers, they allocate little:
// collecting when the heap has grown by half instead of doubled costs about
// 0.04 s of CPU at 100,000 requests and lowers the peak resident memory by
// about 5 MB (docs/performance.md).
const streamingGC = 50

// collectOftenForStreaming sets streamingGC unless GOGC set a target.
func collectOftenForStreaming() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(streamingGC)
	}
}

// streamJSON prints the list as printJSON prints a slice of its views (an
// indented JSON array), one view at a time: each is encoded on every CPU, in
// batches, and only the writing is in order.
func (a *App) streamJSON(list *desk.RequestList) error {
	arr := newJSONArray(unchecked(a.stdout)) // each element is made safe where it is encoded
	if err := desk.EachEncoded(list, appendElement, arr.add); err != nil {
		return err
	}
	return arr.close()
}

// appendElement appends v as printJSON writes it as an element of an array:
// indented one level deeper, without the line break after it. Control
// characters JSON does not escape (DEL, C1) are replaced as the output filter
// replaces them.
func appendElement(dst []byte, v desk.RequestView) ([]byte, error) {
	start := len(dst)
	b, safe, err := appendListElement(dst, v)
	if !safe && len(b) > start {
		if safe := safeChunk(b[start:]); &safe[0] != &b[start] { // rare: something was replaced
			b = append(b[:start], safe...)
		}
	}
	return b, err
}

// appendCells appends the cells of v's row in the `request list` table,
// each ended by a zero byte, which no cell holds (the subject is shown with
// its control characters as text, the other cells are the register's own).
func appendCells(dst []byte, v desk.RequestView) ([]byte, error) {
	dst = appendHeadCells(dst, v.Ref, v.Subject, v.Type, v.Status)
	dst = append(append(dst, v.Due...), 0)
	if v.DaysLeft != nil {
		dst = strconv.AppendInt(dst, int64(*v.DaysLeft), 10)
	} else {
		dst = append(dst, "–"...)
	}
	dst = append(dst, 0)
	sep := ""
	if v.Extended {
		dst, sep = append(dst, "extended"...), ","
	}
	if v.Paused {
		dst = append(append(dst, sep...), "paused"...)
	}
	return append(dst, 0), nil
}

// appendHeadCells appends the table's first cells, which a row's head holds.
func appendHeadCells(dst []byte, ref, subject, typ, status string) []byte {
	dst = append(append(dst, model.SafeLine(ref)...), 0)
	dst = append(append(dst, model.SafeLine(subject)...), 0)
	dst = append(append(dst, typ...), 0)
	return append(append(dst, status...), 0)
}

// requestTableWidths measures the columns of the request table and says
// whether it has a row. A list of every request takes the widest ref,
// subject, type and status from the workspace's width index (they are
// measured as measureCells measures a cell, by model.LineWidth); any other
// reads them from the rows' heads, with no deadline computed. A due date is
// always ten characters (a year of four digits) and the days left, at most
// eight (a sign and the days to the year 9999), never wider than their
// header; the flags are the last, unpadded column. Only when the list selects
// by deadline is every row's view made, as the printing pass makes it.
func requestTableWidths(list *desk.RequestList) (widths [7]int, hasRows bool, err error) {
	measureCells(widths[:], requestHeader)
	if w, ok, err := list.Widths(); err != nil || ok {
		for i, n := range w.Columns { // the table's first columns
			widths[i] = max(widths[i], n)
		}
		if w.Any {
			widths[4] = max(widths[4], len("YYYY-MM-DD"))
		}
		return widths, w.Any, err
	}
	// the heads come from every CPU at once; each keeps its own widths
	type fold struct {
		widths [7]int
		n      int
		cells  []byte
		_      [64]byte // apart from the next CPU's, on a cache line of its own
	}
	folds := make([]fold, runtime.GOMAXPROCS(0))
	ok, err := list.EachHead(len(folds), func(k int, r model.Request) error {
		f := &folds[k]
		f.n++
		f.cells = appendHeadCells(f.cells[:0], r.Ref, r.Subject, r.Type, r.Status)
		measureCells(f.widths[:], f.cells)
		return nil
	})
	n := 0
	for _, f := range folds {
		n += f.n
		for i := range widths {
			widths[i] = max(widths[i], f.widths[i])
		}
	}
	if err != nil {
		return widths, false, err
	}
	if !ok {
		n = 0
		err = desk.EachEncoded(list, appendCells, func(row []byte) error { n++; measureCells(widths[:], row); return nil })
		return widths, n > 0, err
	}
	if n > 0 {
		widths[4] = max(widths[4], len("YYYY-MM-DD"))
	}
	return widths, n > 0, nil
}

var requestHeader = []byte("REF\x00SUBJECT\x00TYPE\x00STATUS\x00DUE\x00DAYS LEFT\x00FLAGS\x00")

// streamRequestTable prints the table as text/tabwriter would (columns padded
// to the widest cell plus two spaces, the last one unpadded), holding no row
// in memory: the widths come first, from the width index or a pass over the
// list (requestTableWidths), then the rows.
func (a *App) streamRequestTable(list *desk.RequestList) error {
	widths, hasRows, err := requestTableWidths(list)
	if err != nil {
		return err
	}
	if !hasRows {
		fmt.Fprintln(a.stdout, "no requests match")
		return nil
	}
	w := bufio.NewWriterSize(a.stdout, 64<<10)
	writeCells(w, widths[:], requestHeader)
	if err := desk.EachEncoded(list, appendCells, func(row []byte) error { writeCells(w, widths[:], row); return nil }); err != nil {
		return err
	}
	return w.Flush()
}
