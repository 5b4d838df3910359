package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
)

// auditPageSize is how many journal entries one read fetches; "m" reads more.
const auditPageSize = 500

// AuditKeys are the audit page's own bindings.
type AuditKeys struct{ More, Record key.Binding }

// NewAuditKeys returns the audit bindings.
func NewAuditKeys() AuditKeys {
	return AuditKeys{
		More:   key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "load older entries")),
		Record: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "only this record")),
	}
}

// auditPage shows the journal newest first, optionally for one record.
type auditPage struct {
	st      *Styles
	s       AuditStore
	o       Options
	keys    AuditKeys
	list    listView
	entries []model.AuditEntry
	kind    string // record filter
	id      uint64
	label   string
	more    bool // the last read was a full page
	detail  *textPane
	width   int
	height  int
}

func newAudit(st *Styles, s AuditStore, o Options) *auditPage {
	p := &auditPage{st: st, s: s, o: o, keys: NewAuditKeys()}
	cols := []column{
		{title: "Seq", width: 6, right: true}, {title: "When", width: 16}, {title: "Action", width: 16, flex: 1},
		{title: "Kind", width: 9}, {title: "Record", width: 14, flex: 3},
	}
	p.list = newListView(st, tabAudit, "Audit journal", cols, p.cells)
	p.list.translate(o.Lang)
	return p
}

func (p *auditPage) cells(i int) []string {
	e := &p.entries[i]
	return []string{fmt.Sprint(e.Seq), e.At.Local().Format(p.o.DateFormat + " 15:04"), keyed(p.o.Lang, "audit:", e.Action), keyed(p.o.Lang, "kind:", e.Kind), e.Label}
}

func (p *auditPage) SetSize(w, h int) { p.width, p.height = w, h; p.list.setSize(w, h) }
func (p *auditPage) Capturing() bool  { return p.list.Capturing() }

type auditLoadedMsg struct {
	entries []model.AuditEntry
	append  bool
	kind    string
	id      uint64
	err     error
}

func (p *auditPage) read(before uint64) tea.Cmd {
	s, kind, id := p.s, p.kind, p.id
	return func() tea.Msg {
		es, err := s.AuditEntries(kind, id, auditPageSize, before)
		return auditLoadedMsg{entries: es, append: before != 0, kind: kind, id: id, err: err}
	}
}

func (p *auditPage) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case reloadAuditMsg:
		return p.read(0)
	case auditLoadedMsg:
		return p.onLoaded(msg)
	case filterDoneMsg:
		p.list.onFilterDone(msg)
	case stylesChangedMsg:
		p.list.tbl.invalidate()
	case navigateMsg:
		if msg.to == tabAudit && msg.id != 0 {
			p.kind, p.id, p.detail = msg.kind, msg.id, nil
			return p.read(0)
		}
	case tea.KeyPressMsg:
		return p.onKey(msg)
	case tea.MouseClickMsg, tea.MouseWheelMsg:
		if p.detail == nil && p.list.mouse(msg) {
			p.openDetail()
		}
	}
	return nil
}

func (p *auditPage) onLoaded(msg auditLoadedMsg) tea.Cmd {
	if msg.err != nil {
		return errCmd(fmt.Errorf("%s%w", tr(p.o.Lang, "reading the audit journal: "), msg.err))
	}
	if msg.kind != p.kind || msg.id != p.id {
		return nil // an answer for a filter the user has since left
	}
	if msg.append {
		p.entries = append(p.entries, msg.entries...)
	} else {
		p.entries = msg.entries
	}
	p.more = len(msg.entries) == auditPageSize
	p.label = ""
	if p.id != 0 && len(p.entries) > 0 {
		p.label = p.entries[0].Label
	}
	hay := make([]string, len(p.entries))
	for i, e := range p.entries {
		hay[i] = strings.ToLower(e.Action + "\x00" + e.Kind + "\x00" + e.Label)
	}
	cursor := p.list.tbl.cursor
	cmd := p.list.setData(hay)
	if msg.append {
		p.list.tbl.cursor = cursor
		p.list.tbl.clamp()
	}
	return cmd
}

func (p *auditPage) onKey(msg tea.KeyPressMsg) tea.Cmd {
	t := p.list.keys
	if p.detail != nil {
		if key.Matches(msg, t.Back) {
			p.detail = nil
		} else {
			p.detail.scrollKey(msg)
		}
		return nil
	}
	if !p.list.f.typing && key.Matches(msg, t.Back) && p.id != 0 && p.list.f.query == "" {
		p.kind, p.id = "", 0
		return p.read(0)
	}
	if cmd, ok := p.list.navKey(msg); ok {
		return cmd
	}
	switch {
	case key.Matches(msg, t.Open):
		p.openDetail()
	case key.Matches(msg, p.keys.More) && p.more && len(p.entries) > 0:
		return p.read(p.entries[len(p.entries)-1].Seq)
	case key.Matches(msg, p.keys.Record):
		if i := p.list.tbl.selected(); i >= 0 {
			p.kind, p.id = p.entries[i].Kind, p.entries[i].RecordID
			return p.read(0)
		}
	}
	return nil
}

func (p *auditPage) openDetail() {
	i := p.list.tbl.selected()
	if i < 0 {
		return
	}
	e := p.entries[i]
	st := p.st
	p.detail = &textPane{render: func(w int) string { return auditDetail(st, e, w) }}
}

func short(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

func (p *auditPage) Keys() help.KeyMap {
	t := p.list.keys
	return keyMap{
		short: []key.Binding{t.Open, p.keys.Record, t.Filter, p.keys.More},
		full:  [][]key.Binding{t.nav(), {t.Open, t.Filter, t.Back, p.keys.Record, p.keys.More}},
	}
}

func (p *auditPage) Actions() []action {
	a := func(name string, k key.Binding) action {
		return action{Name: tr(p.o.Lang, "Audit: ") + tr(p.o.Lang, name), Tab: tabAudit, Key: k}
	}
	target := ""
	if i := p.list.tbl.selected(); i >= 0 && i < len(p.entries) {
		e := p.entries[i]
		target = fmt.Sprintf("#%d (%s %s %s)", e.Seq, e.Action, e.Kind, quoted(e.Label))
	}
	r := recordAction(p.o.Lang, "Audit: ", tabAudit, "entry", target)
	t := p.list.keys
	return []action{r("open entry", t.Open), r("only the record of entry", p.keys.Record), a("filter entries", t.Filter), a("load older entries", p.keys.More)}
}

func (p *auditPage) View() string {
	if p.detail != nil {
		return p.detail.View(p.width, p.height)
	}
	p.list.title = tr(p.o.Lang, "Audit journal")
	if p.id != 0 {
		p.list.title = trf(p.o.Lang, "%s — %s #%d %s (esc: all records)", tr(p.o.Lang, "Audit journal"), keyed(p.o.Lang, "kind:", p.kind), p.id, p.label)
	}
	if p.list.loaded && len(p.entries) == 0 {
		return p.st.Section.Render(p.list.title) + "\n\n  " + tr(p.o.Lang, "No changes recorded yet.")
	}
	return p.list.View()
}
