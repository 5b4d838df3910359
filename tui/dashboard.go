package tui

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
)

// DashboardKeys are the dashboard's bindings.
type DashboardKeys struct {
	Up, Down, Open, NewRequest, Import, Demo, Reports key.Binding
}

// NewDashboardKeys returns the dashboard bindings.
func NewDashboardKeys() DashboardKeys {
	return DashboardKeys{
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Open:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "show records")),
		NewRequest: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new request")),
		Import:     key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "import a policy")),
		Demo:       key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "load or remove demo data")),
		Reports:    key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "request report")),
	}
}

// dashLine is one line of the dashboard; lines with a target lead to the
// records they count.
type dashLine struct {
	text   string
	count  int
	level  model.Urgency // colour of the count
	target *navigateMsg
	head   bool
}

// dashboard summarises the registers. Its numbers are computed once per load,
// never per frame.
type dashboard struct {
	st          *Styles
	s           Services
	o           Options
	keys        DashboardKeys
	tally       model.RequestTally
	act         *actData
	proc        *procData
	loaded      [3]bool
	findings    findingSummary
	breaches    []model.BreachView
	cursor      int
	lines       []dashLine
	width       int
	height      int
	seq         uint64           // findings runs; an older result is dropped
	upcoming    []model.DueEntry // dashboard_upcoming.go
	upcomingSeq uint64
}

func newDashboard(st *Styles, s Services, o Options) *dashboard {
	return &dashboard{st: st, s: s, o: o, keys: NewDashboardKeys(), act: &actData{}, proc: &procData{}}
}

func (d *dashboard) SetSize(w, h int) { d.width, d.height = w, h }
func (d *dashboard) Capturing() bool  { return false }

func (d *dashboard) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case requestTallyMsg:
		if msg.err != nil {
			return func() tea.Msg {
				return statusMsg{text: tr(d.o.Lang, "counting the requests: ") + msg.err.Error(), err: true}
			}
		}
		d.tally, d.loaded[0] = msg.tally, true
		d.build() // the totals show now, not when the findings arrive
		return tea.Batch(d.runFindings(), d.runUpcoming())
	case activitiesLoadedMsg:
		if msg.data != nil {
			d.act, d.loaded[1] = msg.data, true
			d.build() // the totals show now, not when the findings arrive
			return tea.Batch(d.runFindings(), d.runUpcoming())
		}
	case processorsLoadedMsg:
		if msg.data != nil {
			d.proc, d.loaded[2] = msg.data, true
			d.build() // the totals show now, not when the findings arrive
			return tea.Batch(d.runFindings(), d.runUpcoming())
		}
	case demoStateMsg:
		return d.onDemoState(msg)
	case upcomingMsg:
		if msg.seq == d.upcomingSeq {
			d.upcoming = msg.entries
		}
	case breachesLoadedMsg:
		d.breaches = msg.views
	case findingsMsg:
		if msg.seq == d.seq {
			d.findings = msg.sum
		}
	case tea.KeyPressMsg:
		return d.onKey(msg)
	case tea.MouseClickMsg:
		if i := msg.Y + max(d.cursor-d.height+1, 0); i >= 0 && i < len(d.lines) && d.lines[i].target != nil {
			d.cursor = i
			return navigate(*d.lines[i].target)
		}
		return nil
	default:
		return nil
	}
	d.build()
	return nil
}

func (d *dashboard) empty() bool {
	return d.loaded == [3]bool{true, true, true} && d.tally.Total == 0 && len(d.act.rows) == 0 && len(d.proc.rows) == 0 && len(d.breaches) == 0
}

func (d *dashboard) onKey(msg tea.KeyPressMsg) tea.Cmd {
	k := d.keys
	switch {
	case key.Matches(msg, k.Up):
		d.moveCursor(-1)
	case key.Matches(msg, k.Down):
		d.moveCursor(1)
	case key.Matches(msg, k.Open):
		if d.cursor < len(d.lines) && d.lines[d.cursor].target != nil {
			return navigate(*d.lines[d.cursor].target)
		}
	case key.Matches(msg, k.NewRequest):
		return func() tea.Msg { return replayKeyMsg{to: tabRequests, key: "n"} }
	case key.Matches(msg, k.Import): // straight to the file prompt on the Documents page
		return func() tea.Msg { return replayKeyMsg{to: tabDocuments, key: "i"} }
	case key.Matches(msg, k.Demo):
		return d.demoKey()
	case key.Matches(msg, k.Reports): // reports.go
		return func() tea.Msg { return navigateMsg{to: tabReports} }
	}
	return nil
}

func (d *dashboard) loadDemo() tea.Cmd {
	return confirmOr(d.st, wrapQuestion(trf(d.o.Lang, "Load the demo data? It adds %s of a fictional garden retailer, and its organisation details. Press D again later to remove them.", d.s.DemoDescription())),
		tr(d.o.Lang, "nothing loaded"), d.runLoadDemo)
}

func (d *dashboard) runLoadDemo() tea.Cmd {
	s, lang := d.s, d.o.Lang
	return tea.Sequence(
		func() tea.Msg { return statusMsg{text: tr(lang, "loading demo data…")} },
		func() tea.Msg {
			if err := s.LoadDemoData(context.Background()); err != nil {
				return statusMsg{text: tr(lang, "loading demo data: ") + err.Error(), err: true}
			}
			return savedMsg{kind: "", text: tr(lang, "demo data loaded")}
		})
}

// moveCursor skips lines that lead nowhere.
func (d *dashboard) moveCursor(delta int) {
	for i := d.cursor + delta; i >= 0 && i < len(d.lines); i += delta {
		if d.lines[i].target != nil {
			d.cursor = i
			return
		}
	}
}

func (d *dashboard) Keys() help.KeyMap {
	k := d.keys
	if d.empty() {
		return keyMap{short: []key.Binding{k.NewRequest, k.Import, k.Demo}, full: [][]key.Binding{{k.Up, k.Down, k.Open, k.NewRequest, k.Import, k.Demo, k.Reports}}}
	}
	return keyMap{short: []key.Binding{k.Up, k.Down, k.Open}, full: [][]key.Binding{{k.Up, k.Down, k.Open, k.NewRequest, k.Import, k.Demo, k.Reports}}}
}

func (d *dashboard) Actions() []action {
	return []action{
		{Name: "Dashboard: show the records of the selected line", Tab: tabDashboard, Key: d.keys.Open},
		{Name: "Load demo data, or remove it again", Tab: tabDashboard, Key: d.keys.Demo},
		{Name: "Import a policy", Tab: tabDashboard, Key: d.keys.Import},
		{Name: "Report: requests per month and type, on time, median days to reply", Tab: tabDashboard, Key: d.keys.Reports},
	}
}

// build recomputes the dashboard lines from the loaded registers.
func (d *dashboard) build() {
	today := d.o.today()
	t := d.tally
	to := func(t tab, scope string) *navigateMsg { return &navigateMsg{to: t, scope: scope} }
	lv := func(n int, u model.Urgency) model.Urgency {
		if n == 0 {
			return model.UrgencyOnTrack
		}
		return u
	}
	L := breachLines(d.breaches, d.o.Now(), lv)
	L = append(L, []dashLine{
		{text: trf(d.o.Lang, "Requests  %d open of %d", t.Open, t.Total), head: true, target: to(tabRequests, "open")},
		{text: tr(d.o.Lang, "overdue"), count: t.Overdue, level: lv(t.Overdue, model.UrgencyOverdue), target: to(tabRequests, "overdue")},
		{text: tr(d.o.Lang, "due within 7 days"), count: t.DueWeek, level: lv(t.DueWeek, model.UrgencyDueSoon), target: to(tabRequests, "due7")},
		{text: tr(d.o.Lang, "paused (waiting for the data subject)"), count: t.Paused, target: to(tabRequests, "paused")},
		{text: tr(d.o.Lang, "extended"), count: t.Extended, target: to(tabRequests, "extended")},
	}...)
	L = append(L, d.upcomingLines(lv)...)
	L = append(L, d.processorLines(today, to, lv)...)
	L = append(L, d.activityLines(today, to, lv)...)
	L = append(L, d.findings.lines(lv, d.o.Lang)...)
	d.lines = L
	if d.cursor >= len(L) || L[d.cursor].target == nil {
		d.cursor = 0
	}
}

func (d *dashboard) processorLines(today model.Date, to func(tab, string) *navigateMsg, lv func(int, model.Urgency) model.Urgency) []dashLine {
	var noDPA, expiring int
	for _, p := range d.proc.rows {
		if procNoDPA(p) {
			noDPA++
		}
		if procReviewDue(p, today) {
			expiring++
		}
	}
	return []dashLine{
		{text: trf(d.o.Lang, "Processors  %d", len(d.proc.rows)), head: true, target: to(tabProcessors, "")},
		{text: tr(d.o.Lang, "without a signed DPA"), count: noDPA, level: lv(noDPA, model.UrgencyOverdue), target: to(tabProcessors, "no DPA")},
		{text: tr(d.o.Lang, "DPA review passed or due within 30 days"), count: expiring, level: lv(expiring, model.UrgencyDueWeek), target: to(tabProcessors, "DPA review")},
	}
}

func (d *dashboard) activityLines(today model.Date, to func(tab, string) *navigateMsg, lv func(int, model.Urgency) model.Urgency) []dashLine {
	var missing, review, dpia int
	for _, a := range d.act.rows {
		if len(a.Missing) > 0 {
			missing++
		}
		if actReviewDue(a, today) {
			review++
		}
		if a.DPIAOpen {
			dpia++
		}
	}
	return []dashLine{
		{text: trf(d.o.Lang, "Activities  %d", len(d.act.rows)), head: true, target: to(tabActivities, "")},
		{text: tr(d.o.Lang, "missing Art. 30(1) fields"), count: missing, level: lv(missing, model.UrgencyDueWeek), target: to(tabActivities, "incomplete")},
		{text: tr(d.o.Lang, "review passed or due within 30 days"), count: review, level: lv(review, model.UrgencyDueWeek), target: to(tabActivities, "review due")},
		{text: tr(d.o.Lang, "DPIA decision open"), count: dpia, level: lv(dpia, model.UrgencyDueWeek), target: to(tabActivities, "DPIA open")},
	}
}

// procNoDPA and the other predicates are the model's rules, shared by the
// dashboard counts and the scopes the pages show, so a count and its list
// always agree with `check`.
func procNoDPA(p model.ProcessorRow) bool {
	return model.ProcessorNeedsDPA(p.Role, p.DPAStatus, p.Status)
}

func procReviewDue(p model.ProcessorRow, today model.Date) bool {
	return model.ProcessorReview(p, today).Due()
}

func actReviewDue(a model.ActivityRow, today model.Date) bool {
	return model.ActivityReview(a, today).Due()
}

func (d *dashboard) View() string {
	if d.empty() {
		return d.emptyView()
	}
	if !d.loaded[0] && !d.loaded[1] {
		return d.st.Muted.Render(tr(d.o.Lang, "Loading the workspace…"))
	}
	// Scroll so the cursor stays visible; at 80×24 the findings run below the fold.
	off := 0
	if d.cursor >= d.height {
		off = d.cursor - d.height + 1
	}
	var b strings.Builder
	for i := off; i < len(d.lines) && i < off+d.height; i++ {
		if i > off {
			b.WriteByte('\n')
		}
		b.WriteString(d.renderLine(i, d.lines[i]))
	}
	return b.String()
}

func (d *dashboard) renderLine(i int, l dashLine) string {
	mark := "  "
	if i == d.cursor {
		mark = "> "
	}
	if l.head {
		s := d.st.Section.Render(l.text)
		if i == d.cursor {
			s = d.st.Selected.Render(mark + l.text)
			return s
		}
		return mark + s
	}
	n := fmt.Sprintf("%6d", l.count)
	if s, ok := urgencyStyle(d.st, l.level); ok {
		n = s.Render(n)
	}
	text := "  " + l.text
	if i == d.cursor {
		return d.st.Selected.Render(mark+fmt.Sprintf("%6d", l.count)) + d.st.Selected.Render(text)
	}
	return mark + n + text
}

func (d *dashboard) emptyView() string {
	st, lang := d.st, d.o.Lang
	k := func(s string) string { return st.Key.Render(s) }
	then := tr(lang, "  then ")
	return strings.Join([]string{
		st.Section.Render(tr(lang, "This workspace is empty")),
		"",
		tr(lang, "What would you like to do first?"),
		"",
		"  " + k("n") + tr(lang, "  log a data subject request"),
		"  " + k("2") + then + k("n") + tr(lang, "  record a processing activity"),
		"  " + k("4") + then + k("n") + tr(lang, "  record a processor and its DPA"),
		"  " + k("i") + tr(lang, "  import a privacy policy (txt, md, html, pdf, docx, odt) and review it"),
		"  " + k("D") + tr(lang, "  load the demo data to look around"),
		"",
		st.Muted.Render(tr(lang, "Press ? for every key, ctrl+k for every command by name.")),
	}, "\n")
}
