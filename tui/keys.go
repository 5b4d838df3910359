package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// GlobalKeys are the bindings that work on every page when no form is open.
type GlobalKeys struct {
	Tab1, Tab2, Tab3, Tab4, Tab5, Tab6, Tab7, Tab8, Tab9 key.Binding
	Next, Prev, Help, Palette, Quit                      key.Binding
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
		Tab4: b("4", "processors"), Tab5: b("5", "documents"), Tab6: b("6", "audit"), Tab7: b("7", "breaches"), Tab8: b("8", "settings"), Tab9: b("9", "reports"),
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
	return []key.Binding{k.Tab1, k.Tab2, k.Tab3, k.Tab4, k.Tab5, k.Tab6, k.Tab7, k.Tab8, k.Tab9}
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
