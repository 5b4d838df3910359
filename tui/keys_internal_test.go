package tui

import (
	"testing"

	"github.com/dpodesk/dpodesk/tui/internal/widget"
)

func TestKeyPressStrings(t *testing.T) {
	for _, s := range []string{"n", "D", "?", "/", "enter", "esc", "tab", "shift+tab", "ctrl+k", "ctrl+c", "space", "up", "pgdown", "1"} {
		if got := widget.KeyPress(s).String(); got != s {
			t.Errorf("widget.KeyPress(%q).String() = %q", s, got)
		}
	}
}
