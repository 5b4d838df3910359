package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/dpodesk/dpodesk/model"
)

// processorsPage is the register of processors and their DPAs (Art. 28).
type processorsPage struct {
	registerPage
	history key.Binding
	data    *procData
}

func newProcessors(st *Styles, s Services, o Options) *processorsPage {
	p := &processorsPage{data: &procData{}, history: key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "history"))}
	p.registerPage = registerPage{st: st, s: s, o: o, kind: kindProcessor, noun: "processor",
		rows: func() registerRows { return p.data }, fetchRecord: p.fetch, pageKey: p.actionKey,
		remove: func(s Services, id uint64) error { return s.DeleteProcessor(id) }}
	cols := []column{
		{title: "Name", width: 18, flex: 3}, {title: "Country", width: 7},
		{title: "Transfer", width: 10, flex: 1}, {title: "DPA", width: 11, want: 12},
		{title: "Review due", width: 11}, {title: "Role", width: 9, flex: 1, want: 22},
	}
	p.list = newListView(st, tabProcessors, "Processors", cols, p.cells)
	p.list.translate(o.Lang)
	p.list.tbl.style = p.rowStyle
	return p
}

func (p *processorsPage) cells(i int) []string {
	r := &p.data.rows[i]
	dpa := r.DPAStatus
	if dpa == "" {
		dpa = "none"
	}
	dpa = keyShown(model.VocabDPAStatus, dpa, p.o.Lang)
	if procNoDPA(*r) {
		dpa += "!"
	}
	return []string{r.Name, r.Country, r.TransferMechanism, dpa, reviewDateText(p.o, r.NextReview, model.ProcessorReview(*r, p.data.today)), model.Label(model.VocabProcessorRole, r.Role, p.o.Lang)}
}

func (p *processorsPage) rowStyle(i int) (lipgloss.Style, bool) {
	r := p.data.rows[i]
	switch {
	case r.Status == model.StatusRetired:
		return p.st.Muted, true
	case procNoDPA(r):
		return p.st.Danger, true
	case procReviewDue(r, p.data.today):
		return p.st.Warn, true
	}
	return lipgloss.Style{}, false
}

func (p *processorsPage) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case processorsLoadedMsg:
		if msg.err != nil {
			return errCmd(fmt.Errorf("%s%w", tr(p.o.Lang, "loading processors: "), msg.err))
		}
		return p.loaded(len(msg.data.rows), msg.data.haystack, func() { p.data = msg.data })
	case processorMsg:
		return p.onRecord(msg)
	case deleteCheckedMsg:
		return p.onDeleteChecked(msg)
	case navigateMsg:
		return p.onNavigate(msg)
	default:
		return p.common(msg)
	}
}

func (p *processorsPage) onNavigate(msg navigateMsg) tea.Cmd {
	if msg.to != tabProcessors {
		return nil
	}
	p.detail = nil
	rows, today := p.data.rows, p.o.today()
	var fn func(int) bool
	switch {
	case msg.ids != nil:
		fn = func(i int) bool { return msg.ids[rows[i].ID] }
	case msg.scope == "no DPA":
		fn = func(i int) bool { return procNoDPA(rows[i]) }
	case msg.scope == "DPA review":
		fn = func(i int) bool { return procReviewDue(rows[i], today) }
	}
	if msg.id != 0 {
		return p.fetch(msg.id, purposeDetail)
	}
	return p.list.setScope(msg.scope, fn)
}

func (p *processorsPage) actionKey(msg tea.KeyPressMsg) tea.Cmd {
	t := p.list.keys
	if key.Matches(msg, t.New) {
		return p.processorForm(model.Processor{Status: model.StatusActive, Role: "processor", DPA: model.DPA{Status: "none"}})
	}
	id := p.selectedID()
	if id == 0 {
		return nil
	}
	switch {
	case key.Matches(msg, t.Edit):
		return p.fetch(id, purposeEdit)
	case key.Matches(msg, p.history):
		return navigate(navigateMsg{to: tabAudit, kind: kindProcessor, id: id})
	case key.Matches(msg, t.Delete):
		return p.checkDelete(id)
	}
	return nil
}

// deleteCheckedMsg says whether the processor may be deleted (desk's rule).
type deleteCheckedMsg struct {
	id  uint64
	err error
}

// checkDelete asks the core whether activities use the processor before
// asking to confirm: one in use is refused with their names and the fix.
func (p *processorsPage) checkDelete(id uint64) tea.Cmd {
	s := p.s
	return func() tea.Msg { return deleteCheckedMsg{id: id, err: s.CheckDeleteProcessor(id)} }
}

func (p *processorsPage) onDeleteChecked(msg deleteCheckedMsg) tea.Cmd {
	if msg.err != nil {
		return notice(p.st, "Not deleted. "+capitalise(msg.err.Error())+".")
	}
	return p.confirmDelete(msg.id)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// processorMsg carries a full processor and, for the detail, its activities.
type processorMsg struct {
	p       model.Processor
	acts    []model.ActivityRow
	purpose recordPurpose
	err     error
}

func (p *processorsPage) fetch(id uint64, purpose recordPurpose) tea.Cmd {
	if id == 0 {
		return nil
	}
	s := p.s
	return func() tea.Msg {
		pr, err := s.GetProcessor(id)
		if err != nil || purpose != purposeDetail {
			return processorMsg{p: pr, purpose: purpose, err: err}
		}
		acts, err := s.ActivitiesOfProcessor(id)
		return processorMsg{p: pr, acts: acts, purpose: purpose, err: err}
	}
}

func (p *processorsPage) onRecord(msg processorMsg) tea.Cmd {
	if msg.err != nil {
		return errCmd(msg.err)
	}
	if msg.purpose == purposeEdit {
		return p.processorForm(msg.p)
	}
	p.detail = newProcessorDetail(p.st, p.o, msg.p, msg.acts)
	return nil
}

func (p *processorsPage) Keys() help.KeyMap {
	t := p.list.keys
	if p.detail != nil {
		return keyMap{short: []key.Binding{t.Back, t.Edit, t.Delete}, full: [][]key.Binding{{t.Up, t.Down, t.Back, t.Edit, t.Delete, p.history}}}
	}
	return keyMap{short: []key.Binding{t.New, t.Open, t.Filter}, full: [][]key.Binding{t.nav(), t.crud(), {p.history}}}
}

func (p *processorsPage) Actions() []action {
	a := func(name string, k key.Binding) action {
		return action{Name: tr(p.o.Lang, "Processors: ") + tr(p.o.Lang, name), Tab: tabProcessors, Key: k}
	}
	r := recordAction(p.o.Lang, "Processors: ", tabProcessors, "processor", p.selectedTarget())
	t := p.list.keys
	return []action{
		a("new processor", t.New), r("open processor", t.Open), r("edit processor %s and its DPA", t.Edit),
		r("delete processor", t.Delete), a("filter processors", t.Filter), r("show history of %s", p.history),
	}
}

func (p *processorsPage) View() string {
	return p.view("Processors", "No processors yet. Press n to record one with its DPA.")
}

func (deleteCheckedMsg) pages() []tab { return []tab{tabProcessors} }
