package model

import (
	"fmt"
	"testing"
)

// TestDateStringWritesAsFmt holds the direct Date.String to the format it
// replaces, on ordinary and odd dates.
func TestDateStringWritesAsFmt(t *testing.T) {
	for _, d := range []Date{{2026, 1, 5}, {1, 12, 31}, {999, 2, 3}, {10000, 10, 10}, {2026, 0, 0}, {-5, 1, 1}, {2026, 13, 40}} {
		if got, want := d.String(), fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day); got != want {
			t.Errorf("%+v: %q, fmt writes %q", d, got, want)
		}
	}
}
