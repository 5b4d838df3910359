package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

// letterKinds are the letters of a request's steps, as `request letter --kind`.
var letterKinds = []string{model.N("identity"), model.N("clarification"), model.N("extension"), model.N("refusal"), model.N("erasure"), model.N("rectification"), model.N("access")}

// reopenForm asks why a closed request is reopened; the reason goes into the
// timeline and the journal (request.reopen).
func (p *requestsPage) reopenForm(id uint64) tea.Cmd {
	var reason string
	now := p.o.Now
	submit := func() tea.Cmd {
		return p.apply(id, "request.reopen", ft("reopened"), func(r *model.Request) error { return r.Reopen(reason, now()) })
	}
	g := huh.NewGroup(huh.NewInput().Title(ft("Why reopen (a wrong outcome, an incomplete reply)?")).Value(&reason).
		Validate(notEmpty("the reason")))
	return newFormModal(p.st, ft("Reopen %s", p.refOf(id)), submit, g).open(p.width, p.height)
}

// letterForm asks which letter to draft and in which language; the draft opens
// as a preview that can be saved to a file.
func (p *requestsPage) letterForm(id uint64) tea.Cmd {
	draft := p.s.DraftLetter
	v := struct{ kind, lang string }{"identity", p.o.Lang}
	if v.lang != "de" {
		v.lang = "en"
	}
	ref, st := p.refOf(id), p.st
	submit := func() tea.Cmd {
		return func() tea.Msg {
			text, err := draft(ref, v.kind, v.lang)
			if err != nil {
				return statusMsg{text: ft("no %s letter: %s", ft(v.kind), err.Error()), err: true}
			}
			name := fmt.Sprintf("%s-%s.%s.md", ref, v.kind, v.lang)
			return openModalMsg{newLetterModal(st, name, text)}
		}
	}
	var kinds []huh.Option[string]
	for _, k := range letterKinds {
		kinds = append(kinds, huh.NewOption(ft(k), k))
	}
	g := huh.NewGroup(
		huh.NewSelect[string]().Title(ft("Letter")).Options(kinds...).Value(&v.kind),
		huh.NewSelect[string]().Title(ft("Language")).Options(huh.NewOption("English", "en"), huh.NewOption("Deutsch", "de")).
			Value(&v.lang).Inline(true),
	)
	return newFormModal(p.st, ft("Draft a letter for %s", ref), submit, g).open(p.width, p.height)
}

// letterModal previews a drafted letter; s asks for a file to save it to.
type letterModal struct {
	st     *Styles
	name   string
	pane   textPane
	saving bool
	path   pathPrompt
}

// letterSavedMsg reports the file written, or why not.
type letterSavedMsg struct {
	path string
	err  error
}

func newLetterModal(st *Styles, name, text string) *letterModal {
	m := &letterModal{st: st, name: name, path: pathPrompt{st: st, value: name}}
	m.pane.render = func(int) string { return text }
	return m
}

func (m *letterModal) Update(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case letterSavedMsg:
		if msg.err != nil {
			m.saving = false
			return func() tea.Msg { return statusMsg{text: ft("not saved: ") + msg.err.Error(), err: true} }, false
		}
		return func() tea.Msg { return statusMsg{text: ft("letter saved to %s", msg.path)} }, true
	case completionMsg:
		m.path.complete(msg)
	case tea.PasteMsg:
		if m.saving {
			m.path.paste(msg.Content)
		}
	case tea.KeyPressMsg:
		if m.saving {
			return m.saveKey(msg), false
		}
		switch msg.String() {
		case "esc", "q":
			return nil, true
		case "s":
			m.saving = true
			return nil, false
		}
		m.pane.scrollKey(msg)
	}
	return nil, false
}

func (m *letterModal) saveKey(msg tea.KeyPressMsg) tea.Cmd {
	if msg.String() == "esc" {
		m.saving = false
		return nil
	}
	cmd, submit := m.path.key(msg)
	if !submit {
		return cmd
	}
	path, text := expandHome(strings.TrimSpace(m.path.value)), m.pane.render(0)
	return func() tea.Msg { return letterSavedMsg{path: path, err: desk.WriteFile(path, []byte(text))} }
}

func (m *letterModal) View(w, h int) string {
	head := m.st.Section.Render(ft("Draft: %s", m.name)) + m.st.Muted.Render(ft("  (s save · esc close) — finish every [[TODO]] before sending"))
	if m.saving {
		return head + "\n\n" + m.st.Label.Render(ft("Save to: ")) + m.path.value + "▏" + "\n" +
			m.st.Muted.Render(ft("tab completes · enter saves · esc back")) + "\n\n" + m.pane.View(w, max(h-6, 1))
	}
	return head + "\n\n" + m.pane.View(w, max(h-2, 1))
}
