package tui

import "testing"

func TestKeyPressStrings(t *testing.T) {
	for _, s := range []string{"n", "D", "?", "/", "enter", "esc", "tab", "shift+tab", "ctrl+k", "ctrl+c", "space", "up", "pgdown", "1"} {
		if got := keyPress(s).String(); got != s {
			t.Errorf("keyPress(%q).String() = %q", s, got)
		}
	}
}
