package cli

import (
	"errors"
	"testing"
)

// An error is printed on one line, and the problems errors.Join put on lines
// of their own stay apart.
func TestOneLine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"  spaced \t  out  ", "spaced out"},
		{errors.Join(errors.New("first problem: check --a"), errors.New("second problem: check --b")).Error(),
			"first problem: check --a; second problem: check --b"},
		{"wrapped:\n\n  detail\n", "wrapped: detail"},
	} {
		if got := oneLine(c.in); got != c.want {
			t.Errorf("oneLine(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
