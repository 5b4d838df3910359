package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// GlobalKeys are the bindings that work on every page when no form is open.
type GlobalKeys struct {
	Tab1, Tab2, Tab3, Tab4, Tab5, Tab6, Tab7, Tab8 key.Binding
	Next, Prev, Help, Palette, Quit                key.Binding
	// Switch closes the workspace and goes back to the workspace picker.
	Switch key.Binding
	// Export writes a register to a file; Backup takes a backup now.
	Export, Backup key.Binding
}

// NewGlobalKeys returns the global bindings.
func NewGlobalKeys() GlobalKeys {
	b := func(k, h string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, h)) }
	return GlobalKeys{
		Tab1: b("1", "dashboard"), Tab2: b("2", "activities"), Tab3: b("3", "requests"),
		Tab4: b("4", "processors"), Tab5: b("5", "documents"), Tab6: b("6", "audit"), Tab7: b("7", "breaches"), Tab8: b("8", "settings"),
		Next:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next tab")),
		Prev:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous tab")),
		Help:    b("?", "help"),
		Palette: b("ctrl+k", "commands"),
		Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Switch:  b("W", "switch workspace"),
		Export:  b("X", "export a register"),
		Backup:  b("B", "back up now"),
	}
}

func (k GlobalKeys) tabs() []key.Binding {
	return []key.Binding{k.Tab1, k.Tab2, k.Tab3, k.Tab4, k.Tab5, k.Tab6, k.Tab7, k.Tab8}
}

// ShortHelp implements help.KeyMap.
func (k GlobalKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Next, k.Help, k.Palette, k.Quit}
}

// FullHelp implements help.KeyMap.
func (k GlobalKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.tabs(), {k.Next, k.Prev, k.Help, k.Palette, k.Export, k.Backup, k.Switch, k.Quit}}
}

// TableKeys are the bindings shared by every table page.
type TableKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	New, Open, Edit, Delete, Filter, Back   key.Binding
}

// NewTableKeys returns the table bindings; pages disable what they do not offer.
func NewTableKeys() TableKeys {
	return TableKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("pgdn", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "first")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "last")),
		New:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Edit:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit")),
		Delete:   key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "delete")),
		Filter:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
}

func (k TableKeys) nav() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
}

func (k TableKeys) crud() []key.Binding {
	return []key.Binding{k.New, k.Open, k.Edit, k.Delete, k.Filter, k.Back}
}

// keyMap is a help.KeyMap assembled from groups of bindings.
type keyMap struct {
	short []key.Binding
	full  [][]key.Binding
}

func (k keyMap) ShortHelp() []key.Binding  { return k.short }
func (k keyMap) FullHelp() [][]key.Binding { return k.full }

var _ help.KeyMap = keyMap{}

// keyPress builds the key message for a binding name such as "n", "enter",
// "shift+tab" or "ctrl+k". The command palette replays actions through it, and
// the tests type with it.
func keyPress(s string) tea.KeyPressMsg {
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
