package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/term"

	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/internal/pipeline"
	"github.com/dpodesk/dpodesk/model"
)

// printJSON writes v as indented JSON followed by a newline.
func (a *App) printJSON(v any) error {
	if list := reflect.ValueOf(v); list.Kind() == reflect.Slice && list.Len() > 0 {
		return a.printJSONList(list)
	}
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// printJSONList prints a slice as printJSON's encoder would (printJSONElements).
func (a *App) printJSONList(list reflect.Value) error {
	return a.printJSONElements(list.Len(), func(dst []byte, i int) ([]byte, bool, error) {
		b, err := appendJSONElement(dst, list.Index(i).Interface())
		return b, false, err
	})
}

// printJSONElements prints n elements as printJSON's encoder prints a slice
// of them, elem appending element i (safe: it holds nothing the output filter
// changes), one element at a time, so a listing of 10,000 activities never
// holds its whole JSON (nor indents it again as a whole). The elements are
// encoded in batches on every CPU, each made safe for the terminal where it is
// encoded; only the writing is in order.
func (a *App) printJSONElements(n int, elem func(dst []byte, i int) (b []byte, safe bool, err error)) error {
	arr := newJSONArray(unchecked(a.stdout))
	produce := func(send func(int) bool) error {
		for from := 0; from < n; from += jsonBatch {
			if !send(from) {
				break
			}
		}
		return nil
	}
	var hint atomic.Int64 // the bytes of the last batch: a new buffer starts that large
	encode := func(from int) (*jsonBatchOut, error) {
		to := min(from+jsonBatch, n)
		o := jsonBatchOuts.Get().(*jsonBatchOut)
		buf := o.buf[:0] // the batch's elements, one after the other
		if cap(buf) == 0 {
			buf = make([]byte, 0, hint.Load()*5/4)
		}
		ends := make([]int, 0, to-from)
		for i := from; i < to; i++ {
			start := len(buf)
			b, safe, err := elem(buf, i)
			if err != nil {
				return nil, err
			}
			if !safe {
				b = append(b[:start], safeChunk(b[start:])...)
			}
			buf = b
			ends = append(ends, len(buf))
		}
		hint.Store(int64(len(buf)))
		start := 0
		for _, end := range ends {
			o.elems = append(o.elems, buf[start:end:end])
			start = end
		}
		o.buf = buf
		return o, nil
	}
	write := func(o *jsonBatchOut) error {
		defer o.release()
		return pipeline.Each(arr.add)(o.elems)
	}
	if err := pipeline.Ordered(produce, encode, write); err != nil {
		return err
	}
	return arr.close()
}

// jsonBatchOut is a batch of printJSONElements' elements, encoded one after
// the other in buf, which goes back to the pool once they are printed: a
// buffer grown anew for every batch cost a listing of 10,000 activities a
// quarter of its CPU in copying and clearing.
type jsonBatchOut struct {
	buf   []byte
	elems [][]byte
}

var jsonBatchOuts = sync.Pool{New: func() any { return new(jsonBatchOut) }}

func (o *jsonBatchOut) release() {
	o.buf, o.elems = o.buf[:0], o.elems[:0]
	jsonBatchOuts.Put(o)
}

// jsonBatch is how many elements of a list one CPU encodes at a time.
const jsonBatch = 256

// appendJSONElement appends v as printJSON's encoder writes it as an element
// of an array: indented one level deeper, HTML left unescaped, without the
// line break after it.
func appendJSONElement(dst []byte, v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("  ", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return dst, err
	}
	return append(dst, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...), nil
}

// jsonArray writes an indented JSON array as printJSON's encoder writes a
// slice, from elements encoded one at a time (appendJSONElement).
type jsonArray struct {
	w *bufio.Writer
	n int
}

func newJSONArray(w io.Writer) *jsonArray { return &jsonArray{w: bufio.NewWriterSize(w, 64<<10)} }

// add writes the next element.
func (j *jsonArray) add(elem []byte) error {
	if j.n == 0 {
		j.w.WriteString("[\n  ")
	} else {
		j.w.WriteString(",\n  ")
	}
	j.n++
	_, err := j.w.Write(elem)
	return err
}

// close ends the array, "[]" when it has no element, and writes it out.
func (j *jsonArray) close() error {
	if j.n == 0 {
		j.w.WriteString("[]\n")
	} else {
		j.w.WriteString("\n]\n")
	}
	return j.w.Flush()
}

// parseWhen reads a receipt time as model.ParseReceived does.
func (a *App) parseWhen(s string) (time.Time, error) { return model.ParseReceived(s, a.now()) }

// parseDay reads an optional YYYY-MM-DD, defaulting to today.
func (a *App) parseDay(s, flag string) (model.Date, error) {
	if s == "" {
		return model.DateOf(a.now()), nil
	}
	d, err := model.ParseDate(s)
	if err != nil {
		return d, usagef("%s: %v", flag, err)
	}
	return d, nil
}

// parseWithin reads a window such as "7d" or "7" (days).
func parseWithin(s string) (int, error) {
	n, err := config.ParseEvery(strings.TrimSpace(s))
	if err != nil || n == 0 {
		return 0, usagef("--due-within %q: write a number of days such as 7d", s)
	}
	return n, nil
}

// confirm asks a yes/no question on a terminal. Off a terminal, destructive verbs
// need --yes instead, so a script never hangs on a prompt.
func (a *App) confirm(question string, yes bool) error {
	if yes {
		return nil
	}
	f, ok := a.stdin.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return usagef("%s: add --yes to confirm", strings.TrimSuffix(question, "?"))
	}
	fmt.Fprintf(a.stderr, "%s [y/N] ", question)
	line, _ := bufio.NewReader(a.stdin).ReadString('\n')
	if ans := strings.ToLower(strings.TrimSpace(line)); ans != "y" && ans != "yes" {
		return &exitError{code: ExitFailure, err: fmt.Errorf("nothing deleted")}
	}
	return nil
}

// splitList turns repeated or comma-separated flag values into a clean list.
func splitList(vals []string) []string {
	var out []string
	for _, v := range vals {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// plainErr drops Go's "open /path:" prefix, which repeats what the message names.
func plainErr(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
