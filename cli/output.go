package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/dpodesk/dpodesk/config"
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

// printJSONList prints a slice as printJSON's encoder would, one element at
// a time, so a listing of 10,000 activities never holds its whole JSON (nor
// indents it again as a whole).
func (a *App) printJSONList(list reflect.Value) error {
	var elem bytes.Buffer
	enc := json.NewEncoder(&elem)
	enc.SetIndent("  ", "  ") // one level deeper: inside the array
	enc.SetEscapeHTML(false)
	w := bufio.NewWriterSize(a.stdout, 64<<10)
	sep := "[\n  "
	for i := range list.Len() {
		elem.Reset()
		if err := enc.Encode(list.Index(i).Interface()); err != nil {
			return err
		}
		w.WriteString(sep)
		sep = ",\n  "
		w.Write(bytes.TrimSuffix(elem.Bytes(), []byte("\n")))
	}
	w.WriteString("\n]\n")
	return w.Flush()
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
