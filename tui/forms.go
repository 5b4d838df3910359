package tui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/dpodesk/dpodesk/model"
)

// formModal shows a huh form over the page. Its values are bound to variables
// the submit closure reads; submit runs only once huh reports the form complete,
// which huh allows only when every field validates.
type formModal struct {
	st     *Styles
	title  string
	form   *huh.Form
	submit func() tea.Cmd
}

func newFormModal(st *Styles, title string, submit func() tea.Cmd, groups ...*huh.Group) *formModal {
	km := huh.NewDefaultKeyMap()
	km.Quit = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))
	f := huh.NewForm(groups...).
		WithKeyMap(km).
		WithTheme(huh.ThemeFunc(huh.ThemeBase16)).
		WithShowHelp(true).
		WithShowErrors(true)
	return &formModal{st: st, title: title, form: f, submit: submit}
}

// open returns the command that shows the form and starts its fields.
func (m *formModal) open(w, h int) tea.Cmd {
	m.form = m.form.WithWidth(max(w-4, 30)).WithHeight(max(h-3, 6))
	return tea.Batch(openModal(m), m.form.Init())
}

func (m *formModal) Update(msg tea.Msg) (tea.Cmd, bool) {
	f, cmd := m.form.Update(msg)
	if ff, ok := f.(*huh.Form); ok {
		m.form = ff
	}
	switch m.form.State {
	case huh.StateCompleted:
		return tea.Batch(cmd, m.submit()), true
	case huh.StateAborted:
		return func() tea.Msg { return statusMsg{text: "cancelled, nothing saved"} }, true
	}
	return cmd, false
}

func (m *formModal) View(w, h int) string {
	return m.st.Section.Render(m.title) + m.st.Muted.Render("  (esc cancels)") + "\n\n" + m.form.View()
}

// confirmModal asks a yes/no question; only "y" confirms, so a stray enter
// never deletes anything.
type confirmModal struct {
	st       *Styles
	question string
	yes      func() tea.Cmd
	no       string // status line when declined
}

func confirm(st *Styles, question string, yes func() tea.Cmd) tea.Cmd {
	return confirmOr(st, question, "not deleted", yes)
}

// confirmOr is confirm for questions that are not about deleting.
func confirmOr(st *Styles, question, no string, yes func() tea.Cmd) tea.Cmd {
	return openModal(&confirmModal{st: st, question: question, yes: yes, no: no})
}

func (m *confirmModal) Update(msg tea.Msg) (tea.Cmd, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	switch k.String() {
	case "y", "Y":
		return m.yes(), true
	case "n", "N", "esc", "q":
		return func() tea.Msg { return statusMsg{text: m.no} }, true
	}
	return nil, false
}

func (m *confirmModal) View(w, h int) string {
	box := m.st.Modal.Render(m.question + "\n\n" + m.st.Key.Render("y") + " yes    " + m.st.Key.Render("n") + " no")
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box)
}

// Field helpers: validation messages are shown by huh under the field.

func validDate(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("enter a date as YYYY-MM-DD")
	}
	_, err := model.ParseDate(strings.TrimSpace(s))
	return err
}

func validOptionalDate(s string) error {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return validDate(s)
}

func notEmpty(what string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(what + " is required")
		}
		return nil
	}
}

func parseOptionalDate(s string) model.Date {
	d, _ := model.ParseDate(strings.TrimSpace(s))
	return d
}

// vocabOptions turns a vocabulary into select options labelled in lang.
func vocabOptions(kind, lang string) []huh.Option[string] {
	var opts []huh.Option[string]
	for _, t := range model.Vocabulary(kind) {
		opts = append(opts, huh.NewOption(t.Label(lang), t.Key))
	}
	return opts
}

// splitList reads "a; b, c" as a list, dropping empties.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == '\n' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func joinList(xs []string) string { return strings.Join(xs, "; ") }
