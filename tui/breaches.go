package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/dpodesk/dpodesk/model"
)

// BreachService is the breach register as the interface uses it; the
// application layer (*desk.Desk) satisfies it.
type BreachService interface {
	Breaches(openOnly bool) ([]model.BreachView, error)
	Breach(id uint64) (model.BreachDetail, error)
	AddBreach(b model.Breach) (model.BreachDetail, error)
	EditBreach(id uint64, edit func(b *model.Breach) error) (model.BreachDetail, error)
	AssessBreach(id uint64, a model.BreachAssessment) (model.BreachDetail, error)
	DecideBreach(id uint64, d model.BreachDecision) (model.BreachDetail, error)
	NotifyBreach(id uint64, n model.BreachNotice) (model.BreachDetail, error)
	AddBreachUpdate(id uint64, text string) (model.BreachDetail, error)
	CloseBreach(id uint64) (model.BreachDetail, error)
	BreachLetter(id uint64, kind, lang string) (string, error)
}

const kindBreach = "breach"

// breachWords are the breach statuses and bands, named for the catalogue.
var _ = []string{model.N("breach:open"), model.N("breach:assessed"), model.N("breach:notified"), model.N("breach:not_notified"),
	model.N("breach:closed"), model.N("breach:low"), model.N("breach:medium"), model.N("breach:high"), model.N("breach:very_high"),
	model.N("nature:confidentiality"), model.N("nature:integrity"), model.N("nature:availability")}

// BreachKeys are the Breaches page's own bindings beside the table keys.
type BreachKeys struct {
	Assess, Decide, Notify, Update, Letter, Close, History key.Binding
}

// NewBreachKeys returns the Breaches page bindings.
func NewBreachKeys() BreachKeys {
	b := func(k, h string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, h)) }
	return BreachKeys{
		Assess: b("a", "assess (ENISA)"), Decide: b("d", "decide"), Notify: b("m", "mark notified"),
		Update: b("u", "add update"), Letter: b("l", "draft letter"), Close: b("x", "close"), History: b("h", "history"),
	}
}

// breachesLoadedMsg carries the breach list, most urgent first.
type breachesLoadedMsg struct {
	views []model.BreachView
	err   error
}

func loadBreaches(svc BreachService) tea.Cmd {
	return func() tea.Msg {
		vs, err := svc.Breaches(false)
		return breachesLoadedMsg{views: vs, err: err}
	}
}

// breachesPage is the breach register: the list with hours left, the detail
// with its timeline, the forms, and the drafts.
type breachesPage struct {
	st     *Styles
	o      Options
	svc    BreachService
	keys   BreachKeys
	list   listView
	views  []model.BreachView
	detail *breachDetail
	wantID uint64
	ticks  bool // the minute tick that keeps the hours left current is running
	width  int
	height int
}

func newBreaches(st *Styles, s Services, o Options) *breachesPage {
	p := &breachesPage{st: st, o: o, svc: s, keys: NewBreachKeys()}
	cols := []column{
		{title: "Title", width: 18, flex: 3}, {title: "Status", width: 12},
		{title: "Notify by", width: 15}, {title: "Left", width: 11, right: true, want: 12}, {title: "Severity", width: 12, want: 14},
	}
	p.list = newListView(st, tabBreaches, "Breaches", cols, p.cells)
	p.list.translate(o.Lang)
	p.list.keys.Delete.SetEnabled(false) // a breach record is kept (Art. 33(5))
	p.list.tbl.style = p.rowStyle
	return p
}

func (p *breachesPage) cells(i int) []string {
	v := &p.views[i]
	return []string{v.Title, keyed(p.o.Lang, "breach:", v.Status), v.NotifyBy.Format(ft("Mon 01-02 15:04")),
		breachLeft(*v, p.o.Now()), breachSeverity(*v)}
}

// breachLeft is the Left column: hours left while the clock runs.
func breachLeft(v model.BreachView, now time.Time) string {
	switch {
	case v.Notice != nil:
		return ft("notified")
	case v.Decision != nil && !v.Decision.NotifyAuthority:
		return ft("not notified")
	case !model.BreachIsOpen(v.Breach):
		return ft("closed")
	}
	d := v.NotifyBy.Sub(now)
	if d < 0 {
		return model.FormatHours(d.Truncate(time.Hour)) + ft(" over")
	}
	return model.FormatHours(d.Truncate(time.Hour)) + ft(" left")
}

func breachSeverity(v model.BreachView) string {
	if v.Assessment == nil {
		return ft("not assessed")
	}
	return strconv.FormatFloat(*v.Severity, 'g', -1, 64) + " " + model.BandLabel(v.Band)
}

func (p *breachesPage) rowStyle(i int) (lipgloss.Style, bool) {
	v := p.views[i]
	if !v.ClockRunning() {
		return p.st.Muted, !model.BreachIsOpen(v.Breach)
	}
	switch left := v.NotifyBy.Sub(p.o.Now()); {
	case left < 0:
		return p.st.Danger, true
	case left < 24*time.Hour:
		return p.st.Warn, true
	}
	return lipgloss.Style{}, false
}

func (p *breachesPage) SetSize(w, h int) { p.width, p.height = w, h; p.list.setSize(w, h) }
func (p *breachesPage) Capturing() bool  { return p.list.Capturing() }

func (p *breachesPage) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case breachesLoadedMsg:
		return tea.Batch(p.onLoaded(msg), p.startTicks())
	case breachTickMsg:
		p.list.tbl.invalidate()
		if p.detail != nil {
			p.detail.lines = nil // re-rendered with the new hours left
		}
		return breachTick()
	case breachDetailMsg:
		return p.onDetail(msg)
	case breachLetterMsg:
		return p.onLetter(msg)
	case savedMsg:
		if msg.kind == kindBreach && p.detail != nil && p.detail.id == msg.id {
			return p.fetch(msg.id, bpDetail)
		}
		if msg.kind == kindBreach {
			p.wantID = msg.id
		}
	case navigateMsg:
		return p.onNavigate(msg)
	case filterDoneMsg:
		p.list.onFilterDone(msg)
	case stylesChangedMsg:
		p.list.tbl.invalidate()
	case tea.KeyPressMsg:
		return p.onKey(msg)
	case tea.MouseClickMsg, tea.MouseWheelMsg:
		if p.detail == nil && p.list.mouse(msg) {
			return p.fetch(p.selectedID(), bpDetail)
		}
	}
	return nil
}

func (p *breachesPage) onLoaded(msg breachesLoadedMsg) tea.Cmd {
	if msg.err != nil {
		return errCmd(fmt.Errorf("%s%w", tr(p.o.Lang, "loading breaches: "), msg.err))
	}
	want := p.wantID
	if want == 0 {
		want = p.selectedID()
	}
	p.views = msg.views
	hay := make([]string, len(p.views))
	for i, v := range p.views {
		hay[i] = strings.ToLower(v.Band+" "+strings.ReplaceAll(v.Status, "_", " ")) + "\x00" + v.Breach.SearchText()
	}
	cmd := p.list.setData(hay)
	for i, v := range p.views {
		if v.ID == want && want != 0 {
			p.list.tbl.selectSource(i)
		}
	}
	p.wantID = 0
	return cmd
}

func (p *breachesPage) onNavigate(msg navigateMsg) tea.Cmd {
	if msg.to != tabBreaches {
		return nil
	}
	p.detail = nil
	if msg.id != 0 {
		return p.fetch(msg.id, bpDetail)
	}
	var fn func(int) bool
	now := p.o.Now()
	switch msg.scope {
	case "open":
		fn = func(i int) bool { return model.BreachIsOpen(p.views[i].Breach) }
	case "deadline passed":
		fn = func(i int) bool { return p.views[i].ClockRunning() && now.After(p.views[i].NotifyBy) }
	}
	return p.list.setScope(msg.scope, fn)
}

// selectedTarget names the selected breach for the palette, "" when none is.
func (p *breachesPage) selectedTarget() string {
	id := p.selectedID()
	for i := range p.views {
		if p.views[i].ID == id && id != 0 {
			return quoted(p.views[i].Title)
		}
	}
	return idTarget(id)
}

func (p *breachesPage) selectedID() uint64 {
	if p.detail != nil {
		return p.detail.id
	}
	if i := p.list.tbl.selected(); i >= 0 && i < len(p.views) {
		return p.views[i].ID
	}
	return 0
}

func (p *breachesPage) onKey(msg tea.KeyPressMsg) tea.Cmd {
	if p.svc == nil {
		return nil
	}
	t := p.list.keys
	if p.detail != nil {
		switch {
		case key.Matches(msg, t.Back):
			if p.detail.letter != "" {
				p.detail.showLetter("")
				return nil
			}
			p.detail = nil
			return nil
		case p.detail.scrollKey(msg):
			return nil
		}
		return p.actionKey(msg)
	}
	if cmd, ok := p.list.navKey(msg); ok {
		return cmd
	}
	if key.Matches(msg, t.Open) {
		return p.fetch(p.selectedID(), bpDetail)
	}
	return p.actionKey(msg)
}

func (p *breachesPage) actionKey(msg tea.KeyPressMsg) tea.Cmd {
	t, k := p.list.keys, p.keys
	if key.Matches(msg, t.New) {
		return p.breachForm(model.Breach{})
	}
	id := p.selectedID()
	if id == 0 {
		return nil
	}
	switch {
	case key.Matches(msg, t.Edit):
		return p.fetch(id, bpEdit)
	case key.Matches(msg, k.Assess):
		return p.fetch(id, bpAssess)
	case key.Matches(msg, k.Decide):
		return p.fetch(id, bpDecide)
	case key.Matches(msg, k.Notify):
		return p.fetch(id, bpNotify)
	case key.Matches(msg, k.Update):
		return p.updateForm(id)
	case key.Matches(msg, k.Letter):
		return p.letterForm(id)
	case key.Matches(msg, k.Close):
		return p.confirmClose(id)
	case key.Matches(msg, k.History):
		return navigate(navigateMsg{to: tabAudit, kind: kindBreach, id: id})
	}
	return nil
}

func (p *breachesPage) Keys() help.KeyMap {
	t, k := p.list.keys, p.keys
	acts := []key.Binding{k.Assess, k.Decide, k.Notify, k.Update, k.Letter, k.Close, k.History}
	if p.detail != nil {
		return keyMap{short: []key.Binding{t.Back, k.Assess, k.Decide, k.Notify, k.Letter},
			full: [][]key.Binding{{t.Up, t.Down, t.Back, t.Edit}, acts}}
	}
	return keyMap{short: []key.Binding{t.New, t.Open, k.Assess, t.Filter},
		full: [][]key.Binding{t.nav(), {t.New, t.Open, t.Edit, t.Filter, t.Back}, acts}}
}

func (p *breachesPage) Actions() []action {
	a := func(name string, k key.Binding) action {
		return action{Name: tr(p.o.Lang, "Breaches: ") + tr(p.o.Lang, name), Tab: tabBreaches, Key: k}
	}
	r := recordAction(p.o.Lang, "Breaches: ", tabBreaches, "breach", p.selectedTarget())
	t, k := p.list.keys, p.keys
	return []action{
		a("record a breach", t.New), r("open breach", t.Open), r("edit breach", t.Edit),
		r("assess severity (ENISA) of %s", k.Assess), r("decide on notifications for %s", k.Decide), r("mark the authority notified of %s", k.Notify),
		r("add an update to %s", k.Update), r("draft a letter for %s", k.Letter), r("close breach", k.Close), a("filter breaches", t.Filter),
		r("show history of %s", k.History),
	}
}

func (p *breachesPage) View() string {
	if p.svc == nil {
		return p.st.Section.Render(ft("Breaches")) + "\n\n  " + ft("The breach register is not available here.")
	}
	if p.detail != nil {
		return p.detail.View(p.width, p.height)
	}
	if p.list.loaded && len(p.views) == 0 {
		return p.st.Section.Render(ft("Breaches")) + "\n\n  " + ft("No breaches recorded. Press n to record one; the 72-hour clock starts at awareness.")
	}
	return p.list.View()
}

// breachTickMsg comes once a minute, so the hours left on screen follow the clock.
type breachTickMsg struct{}

func breachTick() tea.Cmd {
	return tea.Tick(time.Minute, func(time.Time) tea.Msg { return breachTickMsg{} })
}

func (p *breachesPage) startTicks() tea.Cmd {
	if p.ticks {
		return nil
	}
	p.ticks = true
	return breachTick()
}
