package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
)

// reviewReadMsg brings the review of a file read by ReadImport.
type reviewReadMsg struct {
	rv  model.ImportReview
	err error
}

func promptKeys() []key.Binding {
	b := func(k, h string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, h)) }
	return []key.Binding{b("tab", "complete the path"), b("enter", "read the file"), b("esc", "cancel")}
}

func (p *documentsPage) promptKey(msg tea.KeyPressMsg) tea.Cmd {
	if msg.String() == "esc" {
		p.prompt = nil
		return nil
	}
	cmd, submit := p.prompt.key(msg)
	if !submit {
		return cmd
	}
	p.prompt.reading = true
	read, path := p.s.ReadImport, p.prompt.value
	return func() tea.Msg {
		rv, err := read(expandHome(path))
		return reviewReadMsg{rv: rv, err: err}
	}
}

// importMsg handles the answers of the commands the import started.
func (p *documentsPage) importMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case completionMsg:
		if p.prompt != nil {
			p.prompt.complete(msg)
		}
	case reviewReadMsg:
		if p.prompt == nil {
			return nil // cancelled while reading
		}
		p.prompt.reading = false
		if msg.err != nil {
			return errCmd(fmt.Errorf("%s%w", ft("import: "), msg.err))
		}
		p.prompt = nil
		p.review = newReview(p.st, p.o, p.s, msg.rv, p.width, p.height)
	case reviewEditedMsg:
		if p.review != nil {
			p.review.onEdited(msg)
		}
	case reviewAppliedMsg:
		if p.review == nil {
			return nil
		}
		cmd := p.review.onApplied(msg)
		if msg.err == nil {
			p.review = nil
		}
		return cmd
	case reviewLeaveMsg:
		p.review = nil
	case documentLoadedMsg:
		if msg.err != nil {
			return errCmd(fmt.Errorf("%s%w", ft("reading document: "), msg.err))
		}
		p.detail = newDocumentDetail(p.st, p.o, msg.doc, p.versionLabel(msg.doc.Supersedes), p.width, p.height)
	}
	return nil
}

// versionLabel names a stored document by file name and import date.
func (p *documentsPage) versionLabel(id uint64) string {
	if id == 0 {
		return ""
	}
	for _, d := range p.docs {
		if d.ID == id {
			return ft("%s, imported %s (document %d)", d.Name, d.ImportedAt.Local().Format("2006-01-02"), d.ID)
		}
	}
	return ft("document %d", id)
}
