package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

// streamJSON prints n values as printJSON prints a slice of them (an indented
// array, HTML left unescaped), encoding one value at a time.
func (a *App) streamJSON(n int, each func(func(desk.RequestView) error) error) error {
	w := bufio.NewWriterSize(a.stdout, 64<<10)
	if n == 0 {
		w.WriteString("[]\n")
		return w.Flush()
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("  ", "  ")
	enc.SetEscapeHTML(false)
	sep := "[\n  "
	err := each(func(v desk.RequestView) error {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		w.WriteString(sep)
		_, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		sep = ",\n  "
		return err
	})
	if err != nil {
		return err
	}
	w.WriteString("\n]\n")
	return w.Flush()
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

var requestHeader = [7]string{"REF", "SUBJECT", "TYPE", "STATUS", "DUE", "DAYS LEFT", "FLAGS"}

// streamRequestTable prints the table as text/tabwriter would (columns padded
// to the widest cell plus two spaces, the last one unpadded) in two passes over
// the list, the first for the widths, so no row is held in memory.
func (a *App) streamRequestTable(list *desk.RequestList) error {
	if list.Len() == 0 {
		fmt.Fprintln(a.stdout, "no requests match")
		return nil
	}
	var widths [7]int
	measure := func(cells [7]string) {
		for i, c := range cells {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	measure(requestHeader)
	if err := list.Each(func(v desk.RequestView) error { measure(requestCells(v)); return nil }); err != nil {
		return err
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
	if err := list.Each(func(v desk.RequestView) error { line(requestCells(v)); return nil }); err != nil {
		return err
	}
	return w.Flush()
}
