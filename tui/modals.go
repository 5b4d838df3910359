package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// helpModal shows every binding of the current page and the global ones.
type helpModal struct {
	st    *Styles
	text  string
	title string
	lang  string
}

func newHelpModal(st *Styles, h help.Model, page help.KeyMap, global GlobalKeys, title, lang string) *helpModal {
	h.ShowAll = true
	// Page keys and global keys are drawn as two blocks so neither is cut at 80 columns.
	tabs := key.NewBinding(key.WithKeys("1"), key.WithHelp("1…6", "switch tab"))
	globals := [][]key.Binding{trKeys(lang, []key.Binding{tabs, global.Next, global.Prev}), trKeys(lang, []key.Binding{global.Help, global.Palette, global.Switch, global.Quit})}
	text := h.FullHelpView(page.FullHelp()) + "\n\n" + st.Section.Render(tr(lang, "Everywhere")) + "\n" + h.FullHelpView(globals)
	return &helpModal{st: st, title: title, text: text, lang: lang}
}

func (m *helpModal) Update(msg tea.Msg) (tea.Cmd, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	switch k.String() {
	case "esc", "?", "q", "enter":
		return nil, true
	}
	return nil, false
}

func (m *helpModal) View(w, h int) string {
	return m.st.Section.Render(trf(m.lang, "Keys — %s", m.title)) + m.st.Muted.Render(tr(m.lang, "  (esc or ? closes)")) + "\n\n" + m.text
}

// paletteModal is the ctrl+k command palette: every action by name, filtered as
// you type; enter runs the action by replaying its key on its tab.
type paletteModal struct {
	st     *Styles
	all    []action
	shown  []int
	query  string
	cursor int
	offset int
}

func newPalette(st *Styles, as []action) *paletteModal {
	m := &paletteModal{st: st, all: as}
	m.refilter()
	return m
}

func (m *paletteModal) refilter() {
	m.shown = m.shown[:0]
	words := strings.Fields(strings.ToLower(m.query))
	for i, a := range m.all {
		name := strings.ToLower(a.title())
		ok := true
		for _, w := range words {
			if !strings.Contains(name, w) {
				ok = false
				break
			}
		}
		if ok {
			m.shown = append(m.shown, i)
		}
	}
	m.cursor, m.offset = 0, 0
}

func (m *paletteModal) Update(msg tea.Msg) (tea.Cmd, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	switch k.String() {
	case "esc", "ctrl+k":
		return nil, true
	case "enter":
		if len(m.shown) == 0 {
			return nil, false
		}
		a := m.all[m.shown[m.cursor]]
		if why := a.unavailable(); why != "" {
			return func() tea.Msg { return statusMsg{text: why, err: true} }, true
		}
		return func() tea.Msg { return replayKeyMsg{to: a.Tab, key: a.replayKey()} }, true
	case "up", "ctrl+p":
		m.cursor = max(m.cursor-1, 0)
	case "down", "ctrl+n":
		m.cursor = min(m.cursor+1, max(len(m.shown)-1, 0))
	case "backspace":
		if r := []rune(m.query); len(r) > 0 {
			m.query = string(r[:len(r)-1])
			m.refilter()
		}
	default:
		if k.Text != "" {
			m.query += k.Text
			m.refilter()
		}
	}
	return nil, false
}

func (m *paletteModal) View(w, h int) string {
	var b strings.Builder
	b.WriteString(m.st.Section.Render(ft("Commands")) + m.st.Muted.Render(ft("  type to search · enter runs · esc closes")) + "\n")
	b.WriteString(m.st.Key.Render("> ") + m.query + "█\n")
	rows := max(h-3, 1)
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+rows {
		m.offset = m.cursor - rows + 1
	}
	for i := m.offset; i < len(m.shown) && i < m.offset+rows; i++ {
		a := m.all[m.shown[i]]
		line := a.title()
		if a.keyText() != "" {
			line += m.st.Muted.Render("  " + a.keyText())
		}
		if i == m.cursor {
			b.WriteString(m.st.Selected.Render("> "+a.title()) + m.st.Muted.Render("  "+a.keyText()) + "\n")
		} else {
			b.WriteString("  " + line + "\n")
		}
	}
	if len(m.shown) == 0 {
		b.WriteString(m.st.Muted.Render(ft("  no command matches")))
	}
	return strings.TrimRight(b.String(), "\n")
}
