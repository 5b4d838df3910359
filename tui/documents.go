package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
)

// documentsPage lists imported documents and hosts the import: a path prompt,
// then the review of what the file suggests. At most one of prompt, review and
// detail is open; with none the list shows. Without ReadImport (a build with no
// importer) the page shows the command that imports instead.
type documentsPage struct {
	st     *Styles
	s      Services
	o      Options
	list   listView
	docs   []model.Document
	imp    key.Binding
	prompt *pathPrompt
	review *reviewModel
	detail *documentDetail
	width  int
	height int
}

func newDocuments(st *Styles, s Services, o Options) *documentsPage {
	p := &documentsPage{st: st, s: s, o: o, imp: key.NewBinding(key.WithKeys("i", "n"), key.WithHelp("i/n", "import a file"))}
	cols := []column{
		{title: "Name", width: 20, flex: 3}, {title: "Format", width: 6}, {title: "Lang", width: 4},
		{title: "Size", width: 8, right: true}, {title: "Imported", width: 16},
	}
	p.list = newListView(st, tabDocuments, "Documents", cols, p.cells)
	p.list.translate(o.Lang)
	return p
}

func (p *documentsPage) cells(i int) []string {
	d := &p.docs[i]
	return []string{d.Name, d.Format, d.Language, fmt.Sprintf("%d", d.Size), d.ImportedAt.Local().Format("2006-01-02 15:04")}
}

func (p *documentsPage) SetSize(w, h int) {
	p.width, p.height = w, h
	p.list.setSize(w, h-4)
	if p.review != nil {
		p.review.setSize(w, h)
	}
	if p.detail != nil {
		p.detail.setSize(w, h)
	}
}

// Capturing is true while the path prompt takes text: tab completes there.
func (p *documentsPage) Capturing() bool { return p.prompt != nil || p.list.Capturing() }

func (p *documentsPage) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case documentsLoadedMsg:
		return p.onLoaded(msg)
	case filterDoneMsg:
		p.list.onFilterDone(msg)
	case stylesChangedMsg:
		p.list.tbl.invalidate()
		if p.review != nil {
			p.review.invalidate()
			p.review.refresh()
		}
	case tea.KeyPressMsg:
		return p.key(msg)
	case tea.PasteMsg:
		if p.prompt != nil {
			p.prompt.paste(msg.Content)
		}
	case tea.MouseClickMsg, tea.MouseWheelMsg:
		p.mouse(msg)
	default:
		return p.importMsg(msg)
	}
	return nil
}

func (p *documentsPage) onLoaded(msg documentsLoadedMsg) tea.Cmd {
	if msg.err != nil {
		return errCmd(fmt.Errorf("%s%w", tr(p.o.Lang, "loading documents: "), msg.err))
	}
	p.docs = msg.docs
	hay := make([]string, len(p.docs))
	for i, d := range p.docs {
		hay[i] = strings.ToLower(d.Name + "\x00" + d.Format + "\x00" + d.Language)
	}
	return p.list.setData(hay)
}

func (p *documentsPage) key(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case p.prompt != nil:
		return p.promptKey(msg)
	case p.review != nil:
		return p.review.key(msg)
	case p.detail != nil:
		if !p.detail.key(msg) && key.Matches(msg, p.list.keys.Back) {
			p.detail = nil
		}
		return nil
	}
	if cmd, ok := p.list.navKey(msg); ok {
		return cmd
	}
	switch {
	case key.Matches(msg, p.imp):
		p.prompt = &pathPrompt{st: p.st}
	case key.Matches(msg, p.list.keys.Open):
		if i := p.list.tbl.selected(); i >= 0 {
			return loadDocument(p.s, p.docs[i].ID)
		}
	}
	return nil
}

func (p *documentsPage) mouse(msg tea.Msg) {
	switch {
	case p.review != nil:
		p.review.mouse(msg)
	case p.detail != nil:
		p.detail.mouse(msg)
	case p.prompt == nil:
		p.list.mouse(msg)
	}
}

func (p *documentsPage) Keys() help.KeyMap {
	switch {
	case p.review != nil:
		return p.review.keys
	case p.prompt != nil:
		return keyMap{short: promptKeys(), full: [][]key.Binding{promptKeys()}}
	case p.detail != nil:
		t := p.list.keys
		return keyMap{short: []key.Binding{t.Up, t.Down, t.PageDown, t.Back}, full: [][]key.Binding{t.nav(), {t.Back}}}
	}
	t := p.list.keys
	return keyMap{short: []key.Binding{p.imp, t.Open, t.Filter}, full: [][]key.Binding{t.nav(), {p.imp, t.Open, t.Filter, t.Back}}}
}

// Actions lists what the palette offers here: the review's actions while a
// review is open, else the list's.
func (p *documentsPage) Actions() []action {
	if p.review != nil {
		k := p.review.keys
		return []action{
			{Name: "Review: accept the suggestion", Tab: tabDocuments, Key: k.Accept},
			{Name: "Review: reject the suggestion", Tab: tabDocuments, Key: k.Reject},
			{Name: "Review: edit the suggestion", Tab: tabDocuments, Key: k.Edit},
			{Name: "Review: accept all pending suggestions", Tab: tabDocuments, Key: k.AcceptAll},
			{Name: "Review: merge accepted suggestions into the registers", Tab: tabDocuments, Key: k.Merge},
			{Name: "Review: what changed since the previous version", Tab: tabDocuments, Key: k.Changes},
			{Name: "Review: leave the review", Tab: tabDocuments, Key: k.Back},
		}
	}
	t := p.list.keys
	return []action{{Name: "Documents: filter documents", Tab: tabDocuments, Key: t.Filter},
		{Name: "Documents: open the selected document", Tab: tabDocuments, Key: t.Open},
		{Name: "Documents: import a file", Tab: tabDocuments, Key: p.imp}}
}

func (p *documentsPage) View() string {
	switch {
	case p.prompt != nil:
		return p.prompt.View(p.width, p.height)
	case p.review != nil:
		return p.review.View()
	case p.detail != nil:
		return p.detail.View()
	}
	var b strings.Builder
	lang := p.o.Lang
	b.WriteString(p.st.Section.Render(tr(lang, "Import")) + "\n")
	b.WriteString(trf(lang, "Press %s to import a policy or contract annex (txt, md, html, pdf, docx, odt).\n", p.st.Key.Render("i")))
	b.WriteString(p.st.Muted.Render(tr(lang, "You review each suggestion beside its source before it goes into the registers.")) + "\n")
	b.WriteByte('\n')
	if p.list.loaded && len(p.docs) == 0 {
		b.WriteString(p.st.Section.Render(tr(lang, "Documents")) + "\n\n  " + tr(lang, "No documents imported yet."))
		return b.String()
	}
	b.WriteString(p.list.View())
	return b.String()
}
