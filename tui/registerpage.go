package tui

import (
	"fmt"
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// registerRows is a loaded register as the shared page code sees it: positions,
// IDs and names, whatever the row type.
type registerRows interface {
	len() int
	idAt(i int) uint64
	nameAt(i int) string
	indexOf(id uint64) (int, bool)
}

// recordPane is an open record's detail: it scrolls and knows its record.
type recordPane interface {
	scrollKey(msg tea.KeyPressMsg) bool
	View(w, h int) string
	recordID() uint64
}

// registerPage is what the activity and processor pages share: the table, the
// open detail, the record to select again after a reload, and the handling of
// saves, navigation keys and deletes. Each page supplies what differs — its
// columns, how a record is fetched and shown, its forms and its own keys.
type registerPage struct {
	st            *Styles
	s             Services
	o             Options
	list          listView
	detail        recordPane
	wantID        uint64
	width, height int

	kind, noun  string              // kindActivity, "activity"
	rows        func() registerRows // the current load
	fetchRecord func(id uint64, purpose recordPurpose) tea.Cmd
	remove      func(s Services, id uint64) error
	pageKey     func(msg tea.KeyPressMsg) tea.Cmd // the page's action keys (new, edit, …)
}

func (p *registerPage) SetSize(w, h int) { p.width, p.height = w, h; p.list.setSize(w, h) }
func (p *registerPage) Capturing() bool  { return p.list.Capturing() }

// loaded installs a new load, keeping the selection on the same record.
func (p *registerPage) loaded(n int, hay func() []string, install func()) tea.Cmd {
	if p.wantID == 0 {
		p.wantID = p.selectedID()
	}
	install()
	cmd := p.list.setLazyData(n, hay)
	p.reselect()
	return cmd
}

func (p *registerPage) reselect() {
	if i, ok := p.rows().indexOf(p.wantID); ok && p.wantID != 0 {
		p.list.tbl.selectSource(i)
	}
	p.wantID = 0
}

func (p *registerPage) selectedID() uint64 {
	if p.detail != nil {
		return p.detail.recordID()
	}
	if i := p.list.tbl.selected(); i >= 0 && i < p.rows().len() {
		return p.rows().idAt(i)
	}
	return 0
}

// common handles the messages both pages treat alike.
func (p *registerPage) common(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case filterDoneMsg:
		p.list.onFilterDone(msg)
		p.reselect()
	case stylesChangedMsg:
		p.list.tbl.invalidate()
	case savedMsg:
		return p.onSaved(msg)
	case tea.KeyPressMsg:
		return p.onKey(msg)
	case tea.MouseClickMsg, tea.MouseWheelMsg:
		if p.detail == nil && p.list.mouse(msg) {
			return p.fetchRecord(p.selectedID(), purposeDetail)
		}
	}
	return nil
}

// onSaved follows a saved or deleted record of this register.
func (p *registerPage) onSaved(msg savedMsg) tea.Cmd {
	if msg.kind != p.kind {
		return nil
	}
	open := p.detail != nil && p.detail.recordID() == msg.id
	if msg.deleted {
		if open {
			p.detail = nil
		}
		return nil
	}
	p.wantID = msg.id
	if open {
		return p.fetchRecord(msg.id, purposeDetail)
	}
	return nil
}

func (p *registerPage) onKey(msg tea.KeyPressMsg) tea.Cmd {
	t := p.list.keys
	if p.detail != nil {
		switch {
		case key.Matches(msg, t.Back):
			p.detail = nil
			return nil
		case p.detail.scrollKey(msg):
			return nil
		}
		return p.pageKey(msg)
	}
	if cmd, ok := p.list.navKey(msg); ok {
		return cmd
	}
	if key.Matches(msg, t.Open) {
		return p.fetchRecord(p.selectedID(), purposeDetail)
	}
	return p.pageKey(msg)
}

// confirmDelete asks before deleting the record; the store call runs in a Cmd.
func (p *registerPage) confirmDelete(id uint64) tea.Cmd {
	name := p.nameOf(id)
	q := trf(p.o.Lang, "Delete %s %s? This cannot be undone.", tr(p.o.Lang, p.noun), strconv.Quote(name))
	return confirm(p.st, q, func() tea.Cmd {
		s, remove, kind, noun, lang := p.s, p.remove, p.kind, p.noun, p.o.Lang
		return func() tea.Msg {
			if err := remove(s, id); err != nil {
				return statusMsg{text: err.Error(), err: true}
			}
			return savedMsg{kind: kind, id: id, deleted: true, text: trf(lang, "%s %s deleted", tr(lang, noun), strconv.Quote(name))}
		}
	})
}

// selectedTarget names the selected record for the palette, "" when none is.
func (p *registerPage) selectedTarget() string {
	if id := p.selectedID(); id != 0 {
		return quoted(p.nameOf(id))
	}
	return ""
}

func (p *registerPage) nameOf(id uint64) string {
	if i, ok := p.rows().indexOf(id); ok {
		return p.rows().nameAt(i)
	}
	return fmt.Sprintf("#%d", id)
}

// view shows the open detail, an empty-register hint, or the table.
func (p *registerPage) view(title, empty string) string {
	if p.detail != nil {
		return p.detail.View(p.width, p.height)
	}
	if p.list.loaded && p.rows().len() == 0 {
		return p.st.Section.Render(tr(p.o.Lang, title)) + "\n\n  " + tr(p.o.Lang, empty)
	}
	return p.list.View()
}

// registerRows for the two loads.

func (d *actData) len() int            { return len(d.rows) }
func (d *actData) idAt(i int) uint64   { return d.rows[i].ID }
func (d *actData) nameAt(i int) string { return d.rows[i].Name }
func (d *actData) indexOf(id uint64) (int, bool) {
	i, ok := d.byID[id]
	return int(i), ok
}

func (d *procData) len() int            { return len(d.rows) }
func (d *procData) idAt(i int) uint64   { return d.rows[i].ID }
func (d *procData) nameAt(i int) string { return d.rows[i].Name }
func (d *procData) indexOf(id uint64) (int, bool) {
	i, ok := d.byID[id]
	return int(i), ok
}

func (d *activityDetail) recordID() uint64  { return d.a.ID }
func (d *processorDetail) recordID() uint64 { return d.p.ID }
