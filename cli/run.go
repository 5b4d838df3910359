// Package cli is dpodesk's command line: every verb as flags → one call into
// the application layer (desk) → printed output, with the exit statuses of
// docs/cli.md. The dpodesk binary runs it, and the SSH server runs the same
// verbs for a user's session, so both faces have every verb.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/dpodesk/dpodesk/store"
	"github.com/spf13/cobra"
)

// Exit statuses, documented in docs/cli.md.
const (
	ExitOK       = 0
	ExitFailure  = 1
	ExitUsage    = 2
	ExitBusy     = 3
	ExitPassword = 4
	ExitAudit    = 5
)

// exitError carries an exit status chosen by a verb (e.g. `check` with high
// findings) together with the one-line message to print, if any.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}
func (e *exitError) Unwrap() error { return e.err }

// usageError marks a mistake in how the command was called (exit status 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// Options are what the binary adds to the command line.
type Options struct {
	Version string
	// Interactive runs when no verb is given: the terminal interface. nil
	// means a bare `dpodesk` prints the help.
	Interactive func(*App) error
	// Serve runs `dpodesk serve` (the SSH server); nil in a build without one.
	Serve func(*App, ServeOptions) error
	// Remote runs the command line for an SSH session: the workspace comes
	// from Remote.Open instead of the data directory (see Remote).
	Remote *Remote
	// Now is the clock; nil means time.Now. Tests pin it to compare faces.
	Now func() time.Time
}

// Run executes one dpodesk command line and returns its exit status. Errors are
// printed as one line on stderr, "dpodesk: …", never with a stack or usage dump.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer, o Options) int {
	out, errOut := &safeWriter{w: stdout}, &safeWriter{w: stderr}
	defer out.Close()
	defer errOut.Close()
	a := newApp(stdin, out, errOut)
	if o.Now != nil {
		a.now = o.Now
	}
	root := a.rootCommand(o)
	root.SetArgs(args)
	err := a.execute(root)
	a.close()
	if err == nil {
		return ExitOK
	}
	code := exitCode(err)
	if msg := err.Error(); msg != "" {
		fmt.Fprintf(errOut, "dpodesk: %s\n", oneLine(msg))
	}
	return code
}

// execute runs the command tree. A panic — a defect, or a library that met
// data it cannot handle — never reaches the user as a stack trace: the trace
// goes to the log file and the user gets one line, with exit status 1.
func (a *App) execute(root *cobra.Command) (err error) {
	defer func() {
		if p := recover(); p != nil {
			where := a.logPanic(p, debug.Stack())
			err = fmt.Errorf("internal error: %v; nothing more was written. The details are in %s; please report them", p, where)
		}
	}()
	return root.Execute()
}

// logPanic appends a panic with its stack to the log file and says where.
func (a *App) logPanic(p any, stack []byte) string {
	dir := os.TempDir()
	if a.home != nil {
		dir = a.cfg.LogsDir()
	}
	path := filepath.Join(dir, "dpodesk-crash.log")
	if os.MkdirAll(dir, 0o700) == nil {
		if f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600); err == nil {
			fmt.Fprintf(f, "%s panic: %v\n%s\n", a.now().Format(time.RFC3339), p, stack)
			f.Close()
		}
	}
	return path
}

func exitCode(err error) int {
	var ee *exitError
	var ue *usageError
	switch {
	case errors.As(err, &ee):
		return ee.code
	case errors.As(err, &ue), isCobraUsage(err):
		return ExitUsage
	case errors.Is(err, store.ErrLocked):
		return ExitBusy
	case errors.Is(err, store.ErrWrongPassphrase):
		return ExitPassword
	}
	return ExitFailure
}

// isCobraUsage recognises cobra's own usage errors, which are plain errors.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag",
		"accepts ", "requires at least", "requires at most", "invalid argument", "flag needs an argument",
		"required flag", "if any flags in the group"} {
		if strings.HasPrefix(msg, p) || strings.Contains(msg, " "+p) {
			return true
		}
	}
	return false
}

// oneLine makes an error one line: the problems errors.Join put on lines of
// their own are separated by "; ", so that two of them read as two.
func oneLine(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		switch {
		case line == "":
			continue
		case b.Len() == 0:
		case strings.HasSuffix(b.String(), ":"): // a heading of what follows
			b.WriteString(" ")
		default:
			b.WriteString("; ")
		}
		b.WriteString(line)
	}
	return b.String()
}
