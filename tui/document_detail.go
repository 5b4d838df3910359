package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
)

// documentLoadedMsg brings a stored document with its text.
type documentLoadedMsg struct {
	doc model.Document
	err error
}

func loadDocument(s DocumentStore, id uint64) tea.Cmd {
	return func() tea.Msg {
		d, err := s.GetDocument(id)
		return documentLoadedMsg{doc: d, err: err}
	}
}

// documentDetail shows what is known about a stored document and its text in
// a viewport. The text is wrapped once per width; a frame shows only the
// visible lines.
type documentDetail struct {
	st         *Styles
	o          Options
	doc        model.Document
	supersedes string // the version this one replaces, as "name (date)"
	head       []string
	vp         viewport.Model
	width      int
}

func newDocumentDetail(st *Styles, o Options, doc model.Document, supersedes string, w, h int) *documentDetail {
	d := &documentDetail{st: st, o: o, doc: doc, supersedes: supersedes}
	d.setSize(w, h)
	return d
}

func (d *documentDetail) setSize(w, h int) {
	d.head = d.header()
	if w != d.width {
		d.width = w
		y := d.vp.YOffset()
		d.vp = viewport.New(viewport.WithWidth(w), viewport.WithHeight(max(h-len(d.head), 1)))
		d.vp.SetContentLines(plainLines(d.doc.Text, w))
		d.vp.SetYOffset(y)
	}
	d.vp.SetHeight(max(h-len(d.head), 1))
}

func (d *documentDetail) header() []string {
	doc := d.doc
	f := func(label, value string) string {
		if value == "" {
			value = d.st.Muted.Render("—")
		}
		return d.st.Label.Render(fmt.Sprintf("%-11s", ft(label))) + value
	}
	return []string{
		d.st.Section.Render(doc.Name) + d.st.Muted.Render(ft("  document %d", doc.ID)),
		f(model.N("format"), doc.Format+" · "+doc.Encoding) + "   " + f(model.N("language"), doc.Language),
		f(model.N("imported"), doc.ImportedAt.Local().Format("2006-01-02 15:04")) + "   " + f(model.N("size"), ft("%d bytes", doc.Size)),
		f("sha256", doc.SHA256),
		f(model.N("supersedes"), d.supersedes),
		"",
	}
}

// key scrolls the text; it reports false for keys it does not use.
func (d *documentDetail) key(msg tea.KeyPressMsg) bool {
	k := NewTableKeys()
	switch {
	case key.Matches(msg, k.Up):
		d.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		d.vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		d.vp.PageUp()
	case key.Matches(msg, k.PageDown):
		d.vp.PageDown()
	case key.Matches(msg, k.Top):
		d.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		d.vp.GotoBottom()
	default:
		return false
	}
	return true
}

func (d *documentDetail) mouse(msg tea.Msg) {
	if m, ok := msg.(tea.MouseWheelMsg); ok {
		if m.Button == tea.MouseWheelUp {
			d.vp.ScrollUp(3)
		} else if m.Button == tea.MouseWheelDown {
			d.vp.ScrollDown(3)
		}
	}
}

func (d *documentDetail) View() string {
	return strings.Join(d.head, "\n") + "\n" + d.vp.View()
}
