package tui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// noticeModal shows a sentence that needs reading before anything else, such as
// why a record cannot be deleted; any of esc, enter or q closes it.
type noticeModal struct {
	st   *Styles
	text string
}

func notice(st *Styles, text string) tea.Cmd { return openModal(&noticeModal{st: st, text: text}) }

func (m *noticeModal) Update(msg tea.Msg) (tea.Cmd, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	switch k.String() {
	case "esc", "enter", "q":
		return nil, true
	}
	return nil, false
}

func (m *noticeModal) View(w, h int) string {
	box := m.st.Modal.Width(min(w-4, 72)).Render(m.text + "\n\n" + m.st.Key.Render("enter") + " close")
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box)
}
