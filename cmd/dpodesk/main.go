// Command dpodesk is a terminal workbench for data protection officers: the record
// of processing activities, data subject requests with statutory deadlines,
// processors and their contracts, and policy import — one workspace per client.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dpodesk/dpodesk/store"
)

// Exit statuses, documented in docs/cli.md.
const (
	exitOK       = 0
	exitFailure  = 1
	exitUsage    = 2
	exitBusy     = 3
	exitPassword = 4
	exitAudit    = 5
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

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one dpodesk command line and returns its exit status. Errors are
// printed as one line on stderr, "dpodesk: …", never with a stack or usage dump.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := newApp(stdin, stdout, stderr)
	root := a.rootCommand()
	root.SetArgs(args)
	err := root.Execute()
	a.close()
	if err == nil {
		return exitOK
	}
	code := exitCode(err)
	if msg := err.Error(); msg != "" {
		fmt.Fprintf(stderr, "dpodesk: %s\n", oneLine(msg))
	}
	return code
}

func exitCode(err error) int {
	var ee *exitError
	var ue *usageError
	switch {
	case errors.As(err, &ee):
		return ee.code
	case errors.As(err, &ue), isCobraUsage(err):
		return exitUsage
	case errors.Is(err, store.ErrLocked):
		return exitBusy
	case errors.Is(err, store.ErrWrongPassphrase):
		return exitPassword
	}
	return exitFailure
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

func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}
