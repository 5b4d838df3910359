package cli

import (
	"bufio"
	"fmt"
	"math"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

// streamingHeap is the soft heap limit of `request list` and of the requests
// CSV export. Their live heap is Badger's caches and a few batches of rows;
// without a limit the collector lets garbage grow to as much again before it
// runs. At 100,000 requests the limit takes `request list --json` from 120 to
// 77 MB and the export from 125 to 80 MB, for about 0.08 s more collecting.
const streamingHeap = 64 << 20

// limitHeapForStreaming sets streamingHeap unless GOMEMLIMIT set a limit.
func limitHeapForStreaming() {
	if debug.SetMemoryLimit(-1) == math.MaxInt64 {
		debug.SetMemoryLimit(streamingHeap)
	}
}

// streamJSON prints the list as printJSON prints a slice of its views (an
// indented JSON array), one view at a time: each is encoded on every CPU, in
// batches, and only the writing is in order.
func (a *App) streamJSON(list *desk.RequestList) error {
	w := bufio.NewWriterSize(unchecked(a.stdout), 64<<10) // each element is made safe where it is encoded
	sep := "[\n  "
	err := desk.EachEncoded(list, appendElement, func(b []byte) error {
		w.WriteString(sep)
		sep = ",\n  "
		_, err := w.Write(b)
		return err
	})
	if err != nil {
		return err
	}
	if sep == "[\n  " { // nothing matched
		w.WriteString("[]\n")
	} else {
		w.WriteString("\n]\n")
	}
	return w.Flush()
}

// appendElement appends v as printJSON writes it as an element of an array:
// indented one level deeper, without the line break after it. Control
// characters JSON does not escape (DEL, C1) are replaced as the output filter
// replaces them.
func appendElement(dst []byte, v desk.RequestView) ([]byte, error) {
	start := len(dst)
	b, err := appendListElement(dst, v)
	if len(b) > start {
		if safe := safeChunk(b[start:]); &safe[0] != &b[start] { // rare: something was replaced
			b = append(b[:start], safe...)
		}
	}
	return b, err
}

// requestCells are the columns of the `request list` table.
func requestCells(v desk.RequestView) [7]string {
	flags := []string{}
	if v.Extended {
		flags = append(flags, "extended")
	}
	if v.Paused {
		flags = append(flags, "paused")
	}
	left := "–"
	if v.DaysLeft != nil {
		left = fmt.Sprint(*v.DaysLeft)
	}
	return [7]string{v.Ref, model.SafeLine(v.Subject), v.Type, v.Status, v.Due, left, strings.Join(flags, ",")}
}

func cellsOf(v desk.RequestView) ([7]string, error) { return requestCells(v), nil }

var requestHeader = [7]string{"REF", "SUBJECT", "TYPE", "STATUS", "DUE", "DAYS LEFT", "FLAGS"}

// streamRequestTable prints the table as text/tabwriter would (columns padded
// to the widest cell plus two spaces, the last one unpadded) in two passes over
// the list, the first for the widths, so no row is held in memory.
func (a *App) streamRequestTable(list *desk.RequestList) error {
	var widths [7]int
	measure := func(cells [7]string) {
		for i, c := range cells {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	measure(requestHeader)
	n := 0
	if err := desk.EachAs(list, cellsOf, func(cells [7]string) error { measure(cells); n++; return nil }); err != nil {
		return err
	}
	if n == 0 {
		fmt.Fprintln(a.stdout, "no requests match")
		return nil
	}
	w := bufio.NewWriterSize(a.stdout, 64<<10)
	line := func(cells [7]string) {
		for i, c := range cells[:6] {
			w.WriteString(c)
			// at least the two spaces: a request saved by someone between the
			// two passes may have grown past the width measured
			w.WriteString(strings.Repeat(" ", max(widths[i]+2-utf8.RuneCountInString(c), 2)))
		}
		w.WriteString(cells[6])
		w.WriteByte('\n')
	}
	line(requestHeader)
	if err := desk.EachAs(list, cellsOf, func(cells [7]string) error { line(cells); return nil }); err != nil {
		return err
	}
	return w.Flush()
}
