package tui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/dpodesk/dpodesk/model"
)

// ActivityKeys are the activity page's own bindings.
type ActivityKeys struct{ Screen, History key.Binding }

// NewActivityKeys returns the activity bindings.
func NewActivityKeys() ActivityKeys {
	return ActivityKeys{
		Screen:  key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "DPIA screening")),
		History: key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "history")),
	}
}

// activitiesPage is the record of processing activities (Art. 30).
type activitiesPage struct {
	registerPage
	keys  ActivityKeys
	data  *actData
	procs *procData
}

func newActivities(st *Styles, s Services, o Options) *activitiesPage {
	p := &activitiesPage{keys: NewActivityKeys(), data: &actData{}, procs: &procData{}}
	p.registerPage = registerPage{st: st, s: s, o: o, kind: kindActivity, noun: "activity",
		rows: func() registerRows { return p.data }, fetchRecord: p.fetch, pageKey: p.actionKey,
		remove: func(s Services, id uint64) error { return s.DeleteActivity(id) }}
	cols := []column{
		{title: "Name", width: 16, flex: 3}, {title: "Purposes", width: 10, flex: 3},
		{title: "Legal bases", width: 11, flex: 1, want: 19}, {title: "Proc", width: 4, right: true},
		{title: "Review", width: 11}, {title: "Complete", width: 10, want: 16},
	}
	p.list = newListView(st, tabActivities, "Activities", cols, p.cells)
	p.list.translate(o.Lang)
	p.list.tbl.style = p.rowStyle
	return p
}

func (p *activitiesPage) cells(i int) []string {
	a := &p.data.rows[i]
	complete := tr(p.o.Lang, "yes")
	if n := len(a.Missing); n > 0 {
		complete = trf(p.o.Lang, "%d missing", n)
	}
	if a.DPIAOpen {
		complete += " DPIA?"
	}
	name := a.Name
	if a.Status == model.StatusDraft {
		name += tr(p.o.Lang, " (draft)")
	}
	return []string{name, a.Purposes, strings.Join(a.LegalBases, ", "), strconv.Itoa(a.Processors), reviewDateText(p.o, a.NextReview, model.ActivityReview(*a, p.o.today())), complete}
}

func (p *activitiesPage) rowStyle(i int) (lipgloss.Style, bool) {
	a := &p.data.rows[i]
	switch {
	case a.Status == model.StatusRetired:
		return p.st.Muted, true
	case len(a.Missing) > 0 || a.DPIAOpen || model.ActivityReview(*a, p.o.today()) == model.ReviewOverdue:
		return p.st.Warn, true
	}
	return lipgloss.Style{}, false
}

func (p *activitiesPage) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case activitiesLoadedMsg:
		if msg.err != nil {
			return errCmd(fmt.Errorf("%s%w", tr(p.o.Lang, "loading activities: "), msg.err))
		}
		return p.loaded(len(msg.data.rows), msg.data.haystack, func() { p.data = msg.data })
	case processorsLoadedMsg:
		if msg.data != nil {
			p.procs = msg.data
		}
	case activityMsg:
		return p.onRecord(msg)
	case navigateMsg:
		return p.onNavigate(msg)
	default:
		return p.common(msg)
	}
	return nil
}

func (p *activitiesPage) onNavigate(msg navigateMsg) tea.Cmd {
	if msg.to != tabActivities {
		return nil
	}
	p.detail = nil
	rows, today := p.data.rows, p.o.today()
	var fn func(int) bool
	switch {
	case msg.ids != nil:
		fn = func(i int) bool { return msg.ids[rows[i].ID] }
	case msg.scope == "incomplete":
		fn = func(i int) bool { return len(rows[i].Missing) > 0 }
	case msg.scope == "review due":
		fn = func(i int) bool { return actReviewDue(rows[i], today) }
	case msg.scope == "DPIA open":
		fn = func(i int) bool { return rows[i].DPIAOpen }
	}
	if msg.id != 0 {
		return p.fetch(msg.id, purposeDetail)
	}
	return p.list.setScope(msg.scope, fn)
}

func (p *activitiesPage) actionKey(msg tea.KeyPressMsg) tea.Cmd {
	t := p.list.keys
	if key.Matches(msg, t.New) {
		return p.activityForm(model.Activity{Status: model.StatusActive})
	}
	id := p.selectedID()
	if id == 0 {
		return nil
	}
	switch {
	case key.Matches(msg, t.Edit):
		return p.fetch(id, purposeEdit)
	case key.Matches(msg, p.keys.Screen):
		return p.fetch(id, purposeScreen)
	case key.Matches(msg, p.keys.History):
		return navigate(navigateMsg{to: tabAudit, kind: kindActivity, id: id})
	case key.Matches(msg, t.Delete):
		return p.confirmDelete(id)
	}
	return nil
}

// Reading a full record always happens in a Cmd; purpose says what to do with it.
type recordPurpose int

const (
	purposeDetail recordPurpose = iota
	purposeEdit
	purposeScreen
)

type activityMsg struct {
	a       model.Activity
	purpose recordPurpose
	err     error
}

func (p *activitiesPage) fetch(id uint64, purpose recordPurpose) tea.Cmd {
	if id == 0 {
		return nil
	}
	s := p.s
	return func() tea.Msg {
		a, err := s.GetActivity(id)
		return activityMsg{a: a, purpose: purpose, err: err}
	}
}

func (p *activitiesPage) onRecord(msg activityMsg) tea.Cmd {
	if msg.err != nil {
		return errCmd(msg.err)
	}
	switch msg.purpose {
	case purposeEdit:
		return p.activityForm(msg.a)
	case purposeScreen:
		return p.screeningForm(msg.a)
	}
	p.detail = newActivityDetail(p.st, p.o, msg.a, p.procs)
	return nil
}

func (p *activitiesPage) Keys() help.KeyMap {
	t, k := p.list.keys, p.keys
	if p.detail != nil {
		return keyMap{short: []key.Binding{t.Back, t.Edit, k.Screen}, full: [][]key.Binding{{t.Up, t.Down, t.Back, t.Edit, t.Delete, k.Screen, k.History}}}
	}
	return keyMap{short: []key.Binding{t.New, t.Open, t.Filter, k.Screen}, full: [][]key.Binding{t.nav(), t.crud(), {k.Screen, k.History}}}
}

func (p *activitiesPage) Actions() []action {
	a := func(name string, k key.Binding) action {
		return action{Name: tr(p.o.Lang, "Activities: ") + tr(p.o.Lang, name), Tab: tabActivities, Key: k}
	}
	r := recordAction(p.o.Lang, "Activities: ", tabActivities, "activity", p.selectedTarget())
	t := p.list.keys
	return []action{
		a("new activity", t.New), r("open activity", t.Open), r("edit activity", t.Edit),
		r("delete activity", t.Delete), a("filter activities", t.Filter), r("DPIA screening and decision for %s", p.keys.Screen),
		r("show history of %s", p.keys.History),
	}
}

func (p *activitiesPage) View() string {
	return p.view("Activities", "No processing activities yet. Press n to record one.")
}

// reviewDateText is a review date as the lists show it: a passed one is marked
// with "!", which survives NO_COLOR, as the request table marks overdue days.
func reviewDateText(o Options, next model.Date, state model.ReviewState) string {
	t := o.fmtDate(next)
	if state == model.ReviewOverdue {
		t += "!"
	}
	return t
}
