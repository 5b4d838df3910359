package widget

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// KeyPress builds the key message for a binding name such as "n", "enter",
// "shift+tab" or "ctrl+k". The command palette replays actions through it, and
// the tests type with it.
func KeyPress(s string) tea.KeyPressMsg {
	var mod tea.KeyMod
	for {
		switch {
		case strings.HasPrefix(s, "ctrl+") && len(s) > 5:
			mod |= tea.ModCtrl
			s = s[5:]
			continue
		case strings.HasPrefix(s, "shift+") && len(s) > 6:
			mod |= tea.ModShift
			s = s[6:]
			continue
		case strings.HasPrefix(s, "alt+") && len(s) > 4:
			mod |= tea.ModAlt
			s = s[4:]
			continue
		}
		break
	}
	if code, ok := specialKeys[s]; ok {
		return tea.KeyPressMsg{Code: code, Mod: mod}
	}
	r := []rune(s)
	if len(r) == 0 {
		return tea.KeyPressMsg{}
	}
	if len(r) == 1 && mod == 0 {
		return tea.KeyPressMsg{Code: r[0], Text: s}
	}
	return tea.KeyPressMsg{Code: r[0], Mod: mod}
}

var specialKeys = map[string]rune{
	"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "backspace": tea.KeyBackspace,
	"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
	"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
	"space": tea.KeySpace, "delete": tea.KeyDelete,
}
