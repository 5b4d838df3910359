package tui

import (
	"fmt"
	"strconv"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/dpodesk/dpodesk/model"
)

// RequestKeys are the request page's own actions on the selected request.
type RequestKeys struct {
	Identity, Work, Pause, Resume, Extend, Close, Note, History key.Binding
	Reopen, Letter                                              key.Binding // requests_letter.go
}

// NewRequestKeys returns the request action bindings.
func NewRequestKeys() RequestKeys {
	b := func(k, h string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, h)) }
	return RequestKeys{
		Identity: b("i", "identity check"), Work: b("w", "start work"), Pause: b("p", "pause"),
		Resume: b("r", "resume"), Extend: b("x", "extend"), Close: b("c", "close"),
		Note: b("a", "add note"), History: b("h", "history"),
		Reopen: b("o", "reopen"), Letter: b("L", "draft a letter"),
	}
}

func (k RequestKeys) all() []key.Binding {
	return []key.Binding{k.Identity, k.Work, k.Pause, k.Resume, k.Extend, k.Close, k.Note, k.History, k.Reopen, k.Letter}
}

// requestsPage is the register of data subject requests: a table sorted by due
// date, a detail view with the timeline, and the lifecycle actions.
type requestsPage struct {
	st      *Styles
	s       Services
	o       Options
	list    listView
	keys    RequestKeys
	data    *reqData
	detail  *requestDetail // nil while the table is shown
	preview requestPreview // right-hand pane on wide terminals
	wantID  uint64         // record to select once a load or filter lands
	width   int
	height  int
}

func newRequests(st *Styles, s Services, o Options) *requestsPage {
	p := &requestsPage{st: st, s: s, o: o, keys: NewRequestKeys(), data: &reqData{}}
	cols := []column{
		{title: "Ref", width: 11}, {title: "Subject", width: 14, flex: 3},
		{title: "Type", width: 13, flex: 1, want: 26}, {title: "Status", width: 14, want: 17},
		{title: "Due", width: 10}, {title: "Left", width: 5, right: true},
	}
	p.list = newListView(st, tabRequests, "Requests", cols, p.cells)
	p.list.translate(o.Lang)
	p.list.tbl.style = p.rowStyle
	return p
}

func (p *requestsPage) cells(i int) []string {
	r := &p.data.rows[i]
	return []string{r.Ref, r.Subject, r.TypeLabel, model.StatusLabel(r.Status, p.o.Lang), p.o.fmtDate(r.Due), daysText(r)}
}

// daysText marks urgency with characters as well as colour, for NO_COLOR.
func daysText(r *reqRow) string {
	switch {
	case !r.Open:
		return "–"
	case r.Paused:
		return strconv.Itoa(r.Days) + "‖"
	case r.Days < 0:
		return strconv.Itoa(r.Days) + "!"
	case r.Days <= 3:
		return strconv.Itoa(r.Days) + "!"
	}
	return strconv.Itoa(r.Days)
}

func (p *requestsPage) rowStyle(i int) (lipgloss.Style, bool) {
	r := &p.data.rows[i]
	return urgencyStyle(p.st, r.Urgency)
}

func (p *requestsPage) SetSize(w, h int) {
	p.width, p.height = w, h
	p.list.setSize(p.tableWidth(), h)
}

func (p *requestsPage) Capturing() bool { return p.list.Capturing() }

func (p *requestsPage) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case requestsLoadedMsg:
		return p.onLoaded(msg)
	case filterDoneMsg:
		p.list.onFilterDone(msg)
		p.reselect()
		return p.follow()
	case stylesChangedMsg:
		p.list.tbl.invalidate()
	case requestDetailMsg:
		if msg.err != nil {
			return errCmd(msg.err)
		}
		p.detail = newRequestDetail(p.st, p.o, p.s.Rules(), msg.req, p.keys)
	case savedMsg:
		if msg.kind == kindRequest && msg.deleted {
			if p.detail != nil && p.detail.req.ID == msg.id {
				p.detail = nil
			}
		} else if msg.kind == kindRequest {
			p.wantID = msg.id
			if p.detail != nil && p.detail.req.ID == msg.id {
				return p.openDetail(msg.id)
			}
		}
	case requestEditMsg:
		return p.editForm(msg.req)
	case navigateMsg:
		return p.onNavigate(msg)
	case previewMsg:
		p.onPreview(msg)
	case shownMsg:
		return p.follow()
	case tea.KeyPressMsg:
		return tea.Batch(p.onKey(msg), p.follow())
	case tea.MouseClickMsg, tea.MouseWheelMsg:
		if p.split() && msg.(tea.MouseMsg).Mouse().X >= p.tableWidth() {
			return nil // the preview pane
		}
		if p.detail == nil && p.list.mouse(msg) {
			return p.openSelected()
		}
		return p.follow()
	}
	return nil
}

func (p *requestsPage) onLoaded(msg requestsLoadedMsg) tea.Cmd {
	if msg.err != nil {
		return errCmd(fmt.Errorf("%s%w", tr(p.o.Lang, "loading requests: "), msg.err))
	}
	if p.wantID == 0 {
		p.wantID = p.selectedID()
	}
	p.data = msg.data
	d := p.data
	cmd := p.list.setLazyData(len(d.rows), d.fullHaystack)
	warm := func() tea.Msg { d.haystack(); return nil }
	p.reselect()
	p.preview.id = 0 // the record may have changed: read it again
	return tea.Batch(cmd, warm, p.follow())
}

// reselect keeps the cursor on the same request across reloads and filters.
func (p *requestsPage) reselect() {
	if p.wantID == 0 {
		return
	}
	if i, ok := p.data.index(p.wantID); ok {
		p.list.tbl.selectSource(int(i))
	}
	p.wantID = 0
}

// selectedRef names the selected request for the palette, "" when none is.
func (p *requestsPage) selectedRef() string {
	if p.detail != nil {
		return p.detail.req.Ref
	}
	if i := p.list.tbl.selected(); i >= 0 && i < len(p.data.rows) {
		return p.data.rows[i].Ref
	}
	return ""
}

func (p *requestsPage) selectedID() uint64 {
	if p.detail != nil {
		return p.detail.req.ID
	}
	if i := p.list.tbl.selected(); i >= 0 && i < len(p.data.rows) {
		return p.data.rows[i].ID
	}
	return 0
}

func (p *requestsPage) onNavigate(msg navigateMsg) tea.Cmd {
	if msg.to != tabRequests {
		return nil
	}
	p.detail = nil
	rows := p.data.rows
	var fn func(int) bool
	switch msg.scope {
	case "overdue":
		fn = func(i int) bool { return rows[i].Urgency == model.UrgencyOverdue }
	case "due7":
		fn = func(i int) bool { return model.DueWithin(rows[i].Urgency, rows[i].Days, model.DueWeekDays) }
	case "paused":
		fn = func(i int) bool { return rows[i].Urgency == model.UrgencyPaused }
	case "extended":
		fn = func(i int) bool { return rows[i].Open && rows[i].Extended }
	case "open":
		fn = func(i int) bool { return rows[i].Open }
	}
	if msg.id != 0 {
		return p.openDetail(msg.id)
	}
	return p.list.setScope(msg.scope, fn)
}

func (p *requestsPage) onKey(msg tea.KeyPressMsg) tea.Cmd {
	if p.detail != nil {
		if key.Matches(msg, p.list.keys.Back) {
			p.detail = nil
			return nil
		}
		if p.detail.scrollKey(msg) {
			return nil
		}
		return p.actionKey(msg)
	}
	if cmd, ok := p.list.navKey(msg); ok {
		return cmd
	}
	if key.Matches(msg, p.list.keys.Open) {
		return p.openSelected()
	}
	return p.actionKey(msg)
}

func (p *requestsPage) openSelected() tea.Cmd {
	if id := p.selectedID(); id != 0 {
		return p.openDetail(id)
	}
	return nil
}

// requestDetailMsg carries a full request read for the detail view.
type requestDetailMsg struct {
	req model.Request
	err error
}

func (p *requestsPage) openDetail(id uint64) tea.Cmd {
	s := p.s
	return func() tea.Msg {
		r, err := s.GetRequest(id)
		return requestDetailMsg{req: r, err: err}
	}
}

func (p *requestsPage) Keys() help.KeyMap {
	t := p.list.keys
	if p.detail != nil {
		return keyMap{
			short: []key.Binding{t.Back, t.Edit, p.keys.Extend, p.keys.Close},
			full:  [][]key.Binding{{t.Up, t.Down, t.Back, t.Edit, t.Delete}, p.keys.all()},
		}
	}
	return keyMap{
		short: []key.Binding{t.New, t.Open, t.Filter, p.keys.Extend},
		full:  [][]key.Binding{t.nav(), t.crud(), p.keys.all()},
	}
}

func (p *requestsPage) Actions() []action {
	a := func(name string, k key.Binding) action {
		return action{Name: tr(p.o.Lang, "Requests: ") + tr(p.o.Lang, name), Tab: tabRequests, Key: k}
	}
	r := recordAction(p.o.Lang, "Requests: ", tabRequests, "request", p.selectedRef())
	t, k := p.list.keys, p.keys
	return []action{
		a("new request", t.New), r("open request", t.Open), r("edit request", t.Edit),
		r("delete request", t.Delete), a("filter requests", t.Filter), r("start identity check of %s", k.Identity),
		r("start work on %s", k.Work), r("pause %s (waiting for identity, clarification or fee)", k.Pause),
		r("resume %s", k.Resume), r("extend deadline of %s", k.Extend), r("close %s with outcome", k.Close),
		r("add note to %s", k.Note), r("show history of %s", k.History),
		r("reopen closed request", k.Reopen),
		r("draft a letter for %s (identity, extension, refusal, erasure, access …)", k.Letter),
	}
}

func (p *requestsPage) View() string {
	if p.detail != nil {
		return p.detail.View(p.width, p.height)
	}
	if p.list.loaded && len(p.data.rows) == 0 {
		return p.st.Section.Render(tr(p.o.Lang, "Requests")) + "\n\n  " + tr(p.o.Lang, "No requests yet. Press n to log one.")
	}
	if p.split() {
		return p.splitView()
	}
	return p.list.View()
}
