package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/model"
)

// printJSON writes v as indented JSON followed by a newline.
func (a *app) printJSON(v any) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// parseWhen reads a receipt time: YYYY-MM-DD (midnight in the local zone, or now
// when it is today) or an RFC 3339 timestamp with its zone. Empty means now.
func (a *app) parseWhen(s string) (time.Time, error) {
	now := a.now()
	if s == "" {
		return now, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	d, err := model.ParseDate(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date: use YYYY-MM-DD or a timestamp like 2025-03-05T14:30:00+01:00", s)
	}
	if d == model.DateOf(now) {
		return now, nil
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, now.Location()), nil
}

// parseDay reads an optional YYYY-MM-DD, defaulting to today.
func (a *app) parseDay(s, flag string) (model.Date, error) {
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
func (a *app) confirm(question string, yes bool) error {
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
		return &exitError{code: exitFailure, err: fmt.Errorf("nothing deleted")}
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
