package importers

import (
	"errors"
	"strings"
)

// Sentinel errors, one per kind of bad input, so that callers can decide with
// errors.Is (exit code, status line) while the message itself stays readable.
var (
	ErrEmpty      = errors.New("empty file")
	ErrBinary     = errors.New("not a text document")
	ErrTooLarge   = errors.New("file too large")
	ErrEncrypted  = errors.New("password-protected")
	ErrTruncated  = errors.New("truncated file")
	ErrNotAFile   = errors.New("not a regular file")
	ErrUnreadable = errors.New("unreadable document")
)

// ReadError is the one error type the readers return. Its message is a single
// lowercase line: the file, what is wrong with it and what the user can do, e.g.
// "policy.pdf: the PDF is password-protected; remove the password and import again".
type ReadError struct {
	Name    string // base name of the file
	Problem string // what is wrong, lowercase, no trailing punctuation
	Fix     string // what to do about it
	Kind    error  // one of the sentinel errors above
	Cause   error  // the underlying library error, if any; not shown in the message
}

func (e *ReadError) Error() string {
	msg := e.Name + ": " + e.Problem
	if e.Fix != "" {
		msg += "; " + e.Fix
	}
	return oneLine(msg)
}

// Unwrap exposes both the sentinel and the cause to errors.Is and errors.As.
func (e *ReadError) Unwrap() []error {
	if e.Cause == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Cause}
}

func fail(name string, kind error, problem, fix string) *ReadError {
	return &ReadError{Name: name, Problem: problem, Fix: fix, Kind: kind}
}

func failWith(name string, kind error, cause error, problem, fix string) *ReadError {
	return &ReadError{Name: name, Problem: problem, Fix: fix, Kind: kind, Cause: cause}
}

// oneLine keeps a message on one line even when a file name contains control
// characters, so that it never breaks the status line or a log.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}

const fixFormats = "import a pdf, docx, odt, html, markdown or text file"
