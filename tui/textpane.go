package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/tui/internal/widget"
)

// textPane is a scrollable block of rendered lines, built once per record and
// width, so scrolling a long detail never re-renders it.
type textPane struct {
	render func(w int) string
	lines  []string
	width  int
	offset int
}

func (t *textPane) scrollKey(msg tea.KeyPressMsg) bool {
	k := NewTableKeys()
	switch {
	case key.Matches(msg, k.Up):
		t.offset = max(t.offset-1, 0)
	case key.Matches(msg, k.Down):
		t.offset = min(t.offset+1, max(len(t.lines)-1, 0))
	case key.Matches(msg, k.PageDown):
		t.offset = min(t.offset+10, max(len(t.lines)-1, 0))
	case key.Matches(msg, k.PageUp):
		t.offset = max(t.offset-10, 0)
	default:
		return false
	}
	return true
}

func (t *textPane) View(w, h int) string {
	if t.lines == nil || t.width != w {
		t.width = w
		t.lines = strings.Split(t.render(w), "\n")
	}
	start := min(t.offset, len(t.lines))
	end := min(start+h, len(t.lines))
	return strings.Join(t.lines[start:end], "\n")
}

// fieldWriter writes "label: value" lines with wrapped values.
type fieldWriter struct {
	b     strings.Builder
	st    *Styles
	lang  string
	width int
}

func (f *fieldWriter) section(title string) {
	f.b.WriteString("\n" + f.st.Section.Render(tr(f.lang, title)) + "\n")
}

// field writes one labelled value; empty values show as a muted dash so a gap
// in the record is visible rather than hidden.
func (f *fieldWriter) field(key, value string) { f.write(fieldLabel(key, f.lang), value) }

func (f *fieldWriter) write(label, value string) {
	v := model.SafeText(value)
	if strings.TrimSpace(v) == "" {
		v = f.st.Muted.Render("—")
	}
	lw := 24
	wrapped := lipgloss.NewStyle().Width(max(f.width-lw-2, 20)).Render(v)
	pad := strings.Repeat(" ", lw)
	for i, line := range strings.Split(wrapped, "\n") {
		if i == 0 {
			f.b.WriteString(f.st.Label.Render(widget.Fit(label, lw-1, false)) + " " + line + "\n")
		} else {
			f.b.WriteString(pad + line + "\n")
		}
	}
}

func (f *fieldWriter) line(s string) { f.b.WriteString(s + "\n") }

// labelled writes one value under a label that is not a register field's.
func (f *fieldWriter) labelled(label, value string) { f.write(tr(f.lang, label), value) }

func (f *fieldWriter) String() string { return strings.TrimRight(f.b.String(), "\n") }
