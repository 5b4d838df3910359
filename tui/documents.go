package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/dpodesk/dpodesk/model"
)

// documentsPage lists imported documents. Importing from the interface needs
// the import review page; until cmd passes ImportFile the page says so and shows
// the command that does it.
type documentsPage struct {
	st     *Styles
	s      Stores
	o      Options
	list   listView
	docs   []model.Document
	imp    key.Binding
	width  int
	height int
}

func newDocuments(st *Styles, s Stores, o Options) *documentsPage {
	p := &documentsPage{st: st, s: s, o: o, imp: key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "import a file"))}
	cols := []column{
		{title: "Name", width: 20, flex: 3}, {title: "Format", width: 6}, {title: "Lang", width: 4},
		{title: "Size", width: 8, right: true}, {title: "Imported", width: 16},
	}
	p.list = newListView(st, "Documents", cols, p.cells)
	if o.ImportFile == nil {
		p.imp.SetEnabled(false)
	}
	return p
}

func (p *documentsPage) cells(i int) []string {
	d := &p.docs[i]
	return []string{d.Name, d.Format, d.Language, fmt.Sprintf("%d", d.Size), d.ImportedAt.Local().Format("2006-01-02 15:04")}
}

func (p *documentsPage) SetSize(w, h int) { p.width, p.height = w, h; p.list.setSize(w, h-4) }
func (p *documentsPage) Capturing() bool  { return p.list.Capturing() }

func (p *documentsPage) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case documentsLoadedMsg:
		if msg.err != nil {
			return errCmd(fmt.Errorf("loading documents: %w", msg.err))
		}
		p.docs = msg.docs
		hay := make([]string, len(p.docs))
		for i, d := range p.docs {
			hay[i] = strings.ToLower(d.Name + "\x00" + d.Format + "\x00" + d.Language)
		}
		return p.list.setData(hay)
	case filterDoneMsg:
		p.list.onFilterDone(msg)
	case stylesChangedMsg:
		p.list.tbl.invalidate()
	case tea.KeyPressMsg:
		if cmd, ok := p.list.navKey(msg); ok {
			return cmd
		}
		if key.Matches(msg, p.imp) || (p.o.ImportFile != nil && key.Matches(msg, p.list.keys.New)) {
			return p.importForm()
		}
	case tea.MouseClickMsg, tea.MouseWheelMsg:
		p.list.mouse(msg)
	}
	return nil
}

func (p *documentsPage) importForm() tea.Cmd {
	imp := p.o.ImportFile
	if imp == nil {
		return nil
	}
	var path string
	submit := func() tea.Cmd {
		return func() tea.Msg {
			res, err := imp(strings.TrimSpace(path))
			if err != nil {
				return statusMsg{text: "import failed: " + err.Error(), err: true}
			}
			text := res.Summary
			if text == "" {
				text = fmt.Sprintf("imported %s: %d activities, %d processors as drafts, %d findings", res.Name, res.Activities, res.Processors, res.Findings)
			}
			return savedMsg{kind: "", id: res.DocumentID, text: text}
		}
	}
	g := huh.NewGroup(huh.NewInput().Title("File to import (txt, md, html, pdf, docx)").Value(&path).Validate(notEmpty("the path")))
	return newFormModal(p.st, "Import a document", submit, g).open(p.width, p.height)
}

func (p *documentsPage) Keys() help.KeyMap {
	t := p.list.keys
	return keyMap{short: []key.Binding{p.imp, t.Filter}, full: [][]key.Binding{t.nav(), {p.imp, t.Filter, t.Back}}}
}

func (p *documentsPage) Actions() []action {
	as := []action{{Name: "Documents: filter documents", Tab: tabDocuments, Key: "/"}}
	if p.o.ImportFile != nil {
		as = append(as, action{Name: "Documents: import a file", Tab: tabDocuments, Key: "i"})
	}
	return as
}

func (p *documentsPage) View() string {
	var b strings.Builder
	if p.o.ImportFile == nil {
		b.WriteString(p.st.Section.Render("Import") + "\n")
		b.WriteString("Importing from the interface is not available yet. Import from the command line:\n")
		b.WriteString("  " + p.st.Accent.Render("dpodesk import FILE --apply") + p.st.Muted.Render("   (without --apply: a dry run that shows the suggestions)") + "\n")
	} else {
		b.WriteString(p.st.Section.Render("Import") + "\n")
		b.WriteString("Press " + p.st.Key.Render("i") + " to import a privacy policy or contract annex (txt, md, html, pdf, docx).\n")
		b.WriteString(p.st.Muted.Render("Suggestions arrive as drafts in Activities and Processors for review.") + "\n")
	}
	b.WriteByte('\n')
	if p.list.loaded && len(p.docs) == 0 {
		b.WriteString(p.st.Section.Render("Documents") + "\n\n  No documents imported yet.")
		return b.String()
	}
	b.WriteString(p.list.View())
	return b.String()
}
