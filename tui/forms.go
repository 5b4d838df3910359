package tui

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/dpodesk/dpodesk/model"
)

// formModal shows a huh form over the page. Its values are bound to variables
// the submit closure reads; submit runs only once huh reports the form complete,
// which huh allows only when every field validates.
//
// Esc belongs to the focused field first (a multi-select leaves its filter);
// otherwise it cancels, and on a form whose values changed it asks before
// discarding them.
type formModal struct {
	st     *Styles
	title  string
	form   *huh.Form
	submit func() tea.Cmd
	// changed reports whether the bound values differ from the record's; nil
	// means a small form that cancels at once.
	changed func() bool
	asking  bool // "discard changes?" is shown
}

func newFormModal(st *Styles, title string, submit func() tea.Cmd, groups ...*huh.Group) *formModal {
	km := localKeyMap(huh.NewDefaultKeyMap())
	km.Quit = key.NewBinding(key.WithDisabled()) // Esc is handled in Update
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

// withChanged sets how the form tells that its values changed.
func (m *formModal) withChanged(changed func() bool) *formModal { m.changed = changed; return m }

func (m *formModal) Update(msg tea.Msg) (tea.Cmd, bool) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if m.asking {
			m.asking = false
			if k.String() == "y" || k.String() == "Y" {
				return cancelled, true
			}
			return nil, false
		}
		if k.String() == "esc" && !fieldTakesEsc(m.form.GetFocusedField()) {
			if m.changed != nil && m.changed() {
				m.asking = true
				return nil, false
			}
			return cancelled, true
		}
	}
	f, cmd := m.form.Update(msg)
	if ff, ok := f.(*huh.Form); ok {
		m.form = ff
	}
	switch m.form.State {
	case huh.StateCompleted:
		return tea.Batch(cmd, m.submit()), true
	case huh.StateAborted:
		return cancelled, true
	}
	return cmd, false
}

func cancelled() tea.Msg { return statusMsg{text: ft("cancelled, nothing saved")} }

// fieldTakesEsc reports whether the field has a use for Esc now, such as a
// multi-select leaving or clearing its filter.
func fieldTakesEsc(f huh.Field) bool {
	if f == nil {
		return false
	}
	for _, b := range f.KeyBinds() {
		if b.Enabled() && slices.Contains(b.Keys(), "esc") {
			return true
		}
	}
	return false
}

func (m *formModal) View(w, h int) string {
	head := m.st.Section.Render(m.title) + m.st.Muted.Render(ft("  (esc cancels)"))
	if m.asking {
		head = m.st.Section.Render(m.title) + "  " + m.st.Danger.Render(ft("Discard your changes? ")) +
			m.st.Key.Render("y") + ft(" discard    ") + m.st.Muted.Render(ft("any other key: back to the form"))
	}
	return head + "\n\n" + m.form.View()
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
	return confirmOr(st, question, ft("not deleted"), yes)
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
	box := m.st.Modal.Render(m.question + "\n\n" + m.st.Key.Render("y") + ft(" yes    ") + m.st.Key.Render("n") + ft(" no"))
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box)
}

// Field helpers: validation messages are shown by huh under the field.

// formDateLayout is the configured date format (a Go layout) that date fields
// accept besides ISO; New sets it from Options.DateFormat.
var formDateLayout atomic.Value

func setFormDateLayout(layout string) { formDateLayout.Store(layout) }

// dateHint is the format a date field asks for: the configured one.
func dateHint() string {
	l, _ := formDateLayout.Load().(string)
	if l == "" || l == model.DateLayout {
		return ft("YYYY-MM-DD")
	}
	return ft(strings.NewReplacer("2006", "YYYY", "01", "MM", "02", "DD").Replace(l))
}

// parseFormDate reads a date in the configured format or as YYYY-MM-DD.
func parseFormDate(s string) (model.Date, error) {
	s = strings.TrimSpace(s)
	if d, err := model.ParseDate(s); err == nil {
		return d, nil
	}
	if l, _ := formDateLayout.Load().(string); l != "" && l != model.DateLayout {
		if t, err := time.Parse(l, s); err == nil {
			return model.DateOf(t), nil
		}
	}
	return model.Date{}, errors.New(ft("%q is not a date: enter it as %s (or YYYY-MM-DD)", s, dateHint()))
}

func validDate(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(ft("enter a date as %s", dateHint()))
	}
	_, err := parseFormDate(s)
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
			return errors.New(ft("%s is required", ft(what)))
		}
		return nil
	}
}

func parseOptionalDate(s string) model.Date {
	d, _ := parseFormDate(s)
	return d
}

// formDate shows a stored date in a field in the configured format.
func formDate(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	if l, _ := formDateLayout.Load().(string); l != "" && l != model.DateLayout {
		return d.Time().Format(l)
	}
	return d.String()
}

// countryText shows a country code in a field as "DE — Germany".
func countryText(iso, lang string) string {
	if c, ok := model.Country(iso); ok {
		return c.ISO2 + " — " + c.Name(lang)
	}
	return iso
}

// parseCountry reads a country field: an ISO code, an English or German name,
// or the "DE — Germany" the field shows.
func parseCountry(s string) (string, error) {
	s = strings.TrimSpace(s)
	if code, _, ok := strings.Cut(s, " — "); ok {
		s = strings.TrimSpace(code)
	}
	if s == "" {
		return "", nil
	}
	if c, ok := model.FindCountry(s); ok {
		return c.ISO2, nil
	}
	return "", fmt.Errorf("%q is not a country: enter a two-letter code such as DE or its name, such as Germany or Deutschland", s)
}

func validCountry(s string) error { _, err := parseCountry(s); return err }

// validCountries checks a list of countries separated by ";" or ",".
func validCountries(s string) error {
	for _, c := range splitList(s) {
		if err := validCountry(c); err != nil {
			return err
		}
	}
	return nil
}

func countryCode(s string) string {
	c, err := parseCountry(s)
	if err != nil {
		return strings.TrimSpace(s) // kept as typed, so the record's check names it
	}
	return c
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

// changedSince returns a check that the record built from the form's values
// differs from the one built when the form opened.
func changedSince[T any](build func() T) func() bool {
	first, _ := json.Marshal(build())
	return func() bool {
		now, _ := json.Marshal(build())
		return !bytes.Equal(first, now)
	}
}
