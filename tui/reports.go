package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/dpodesk/dpodesk/model"
)

// ReportKeys are the Reports page's bindings.
type ReportKeys struct{ Earlier, Later key.Binding }

// NewReportKeys returns the Reports page's bindings.
func NewReportKeys() ReportKeys {
	return ReportKeys{
		Earlier: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "a month earlier")),
		Later:   key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "a month later")),
	}
}

// reportsPage shows the request figures a DPO reports to management (Art.
// 38(3)) for a period of twelve months, as bar charts drawn in the terminal.
// The figures come from model.DeadlineRules.Stats, the same as `dpodesk report
// requests`; [ and ] move the period by a month.
type reportsPage struct {
	st     *Styles
	s      RequestStore
	o      Options
	keys   ReportKeys
	rules  model.DeadlineRules
	rows   []model.Request
	stats  model.RequestStats
	loaded bool
	pane   textPane
	width  int
	height int
}

func newReports(st *Styles, s RequestStore, o Options) *reportsPage {
	p := &reportsPage{st: st, s: s, o: o, keys: NewReportKeys()}
	p.pane.render = p.render
	return p
}

// reportsReadyMsg carries freshly computed figures to the Reports page.
type reportsReadyMsg struct {
	rows  []model.Request
	rules model.DeadlineRules
	stats model.RequestStats
	err   error
}

func (reportsReadyMsg) pages() []tab { return []tab{tabReports} }

// load reads the slim requests off the event loop and computes the twelve
// months up to today.
func (p *reportsPage) load() tea.Cmd {
	s, o := p.s, p.o
	return func() tea.Msg {
		rows, err := s.RequestRows()
		if err != nil {
			return reportsReadyMsg{err: err}
		}
		to := o.today()
		from := model.Date{Year: to.Year, Month: to.Month, Day: 1}.AddMonths(-11)
		rules := s.Rules()
		return reportsReadyMsg{rows: rows, rules: rules, stats: rules.Stats(rows, from, to)}
	}
}

// shift moves the period by months, computed off the event loop.
func (p *reportsPage) shift(months int) tea.Cmd {
	if !p.loaded {
		return nil
	}
	from := p.stats.From.AddMonths(months)
	to := from.AddMonths(12).AddDays(-1)
	rows, rules := p.rows, p.rules
	return func() tea.Msg { return reportsReadyMsg{rows: rows, rules: rules, stats: rules.Stats(rows, from, to)} }
}

func (p *reportsPage) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case shownMsg:
		return p.load()
	case reportsReadyMsg:
		if msg.err != nil {
			return errCmd(fmt.Errorf("%s%w", tr(p.o.Lang, "report: "), msg.err))
		}
		p.rows, p.rules, p.stats, p.loaded, p.pane.lines = msg.rows, msg.rules, msg.stats, true, nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, p.keys.Earlier):
			return p.shift(-1)
		case key.Matches(msg, p.keys.Later):
			return p.shift(1)
		}
		p.pane.scrollKey(msg)
	}
	return nil
}

func (p *reportsPage) View() string {
	if !p.loaded {
		return p.st.Muted.Render(tr(p.o.Lang, "Counting the requests…"))
	}
	head := p.st.Section.Render(trf(p.o.Lang, "Requests received %s – %s", p.o.fmtDate(p.stats.From), p.o.fmtDate(p.stats.To))) +
		p.st.Muted.Render(tr(p.o.Lang, "  ([ ] move a month)"))
	return head + "\n\n" + p.pane.View(p.width, max(p.height-2, 1))
}

func (p *reportsPage) SetSize(w, h int) { p.width, p.height, p.pane.lines = w, h, nil }
func (p *reportsPage) Capturing() bool  { return false }

func (p *reportsPage) Keys() help.KeyMap {
	return keyMap{short: []key.Binding{p.keys.Earlier, p.keys.Later}, full: [][]key.Binding{{p.keys.Earlier, p.keys.Later}}}
}

func (p *reportsPage) Actions() []action {
	return []action{
		{Name: "Reports: requests a month earlier", Tab: tabReports, Key: p.keys.Earlier},
		{Name: "Reports: requests a month later", Tab: tabReports, Key: p.keys.Later},
	}
}

func (p *reportsPage) render(w int) string {
	s := p.stats
	width := max(min(w-40, 40), 10)
	var b strings.Builder
	lang := p.o.Lang
	b.WriteString(trf(lang, "%d received · %d open · %d closed · %d extended · %d refused · %d withdrawn · %d open and overdue\n\n",
		s.Received, s.Open, s.Closed, s.Extended, s.Refused, s.Withdrawn, s.OverdueOpen))
	b.WriteString(p.st.Section.Render(tr(lang, "Answered on time")) + "\n")
	if s.OnTime+s.Late == 0 {
		b.WriteString(p.st.Muted.Render(tr(lang, "  no reply recorded in this period")) + "\n")
	} else {
		b.WriteString(trf(lang, "  %s %3.0f%%  %d of %d · median %s to reply\n", p.share(s.OnTimeShare, width), 100*s.OnTimeShare,
			s.OnTime, s.OnTime+s.Late, model.DaysIn(int(s.MedianDays+0.5), lang)))
	}
	peak := 1
	for _, mc := range s.Months {
		peak = max(peak, mc.Total)
	}
	for _, t := range s.ByType {
		peak = max(peak, t.Count)
	}
	b.WriteString("\n" + p.st.Section.Render(tr(lang, "Per month")) + "\n")
	for _, mc := range s.Months {
		fmt.Fprintf(&b, "  %s %4d %s\n", mc.Month, mc.Total, p.st.Accent.Render(bars(mc.Total, peak, width)))
	}
	b.WriteString("\n" + p.st.Section.Render(tr(lang, "Per type")) + "\n")
	for _, t := range s.ByType {
		label := t.Type
		if rt, ok := model.RequestTypeByKey(t.Type); ok {
			label = rt.Label(p.o.Lang)
		}
		fmt.Fprintf(&b, "  %-26.26s %4d %s\n", label, t.Count, p.st.Accent.Render(bars(t.Count, peak, width)))
	}
	return strings.TrimRight(b.String(), "\n")
}

// share draws a proportion as a full bar of width cells: filled on time, the
// rest late.
func (p *reportsPage) share(frac float64, width int) string {
	on := int(frac*float64(width) + 0.5)
	return p.st.OK.Render(strings.Repeat("█", on)) + p.st.Danger.Render(strings.Repeat("░", width-on))
}

// bars draws n against peak in at most width cells; any n above zero shows.
func bars(n, peak, width int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("█", max(1, n*width/peak))
}
