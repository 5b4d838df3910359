package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/dpodesk/dpodesk/model"
)

// reportsModal shows the request figures a DPO reports to management (Art.
// 38(3)) for a period of twelve months, as bar charts drawn in the terminal.
// The figures come from model.DeadlineRules.Stats, the same as `dpodesk report
// requests`; [ and ] move the period by a month.
type reportsModal struct {
	st    *Styles
	o     Options
	rules model.DeadlineRules
	rows  []model.Request
	stats model.RequestStats
	pane  textPane
}

// reportsReadyMsg carries freshly computed figures to the open report.
type reportsReadyMsg struct{ stats model.RequestStats }

// openReports reads the slim requests off the event loop and opens the report
// on the twelve months up to today.
func openReports(st *Styles, s RequestStore, o Options) tea.Cmd {
	return func() tea.Msg {
		rows, err := s.RequestRows()
		if err != nil {
			return statusMsg{text: "report: " + err.Error(), err: true}
		}
		to := o.today()
		from := model.Date{Year: to.Year, Month: to.Month, Day: 1}.AddMonths(-11)
		rules := s.Rules()
		m := &reportsModal{st: st, o: o, rules: rules, rows: rows, stats: rules.Stats(rows, from, to)}
		m.pane.render = m.render
		return openModalMsg{m}
	}
}

// shift moves the period by months, computed off the event loop.
func (m *reportsModal) shift(months int) tea.Cmd {
	from := m.stats.From.AddMonths(months)
	to := from.AddMonths(12).AddDays(-1)
	rows, rules := m.rows, m.rules
	return func() tea.Msg { return reportsReadyMsg{stats: rules.Stats(rows, from, to)} }
}

func (m *reportsModal) Update(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case reportsReadyMsg:
		m.stats, m.pane.lines = msg.stats, nil
	case tea.KeyPressMsg:
		switch msg.String() {
		case "esc", "q", "R":
			return nil, true
		case "[":
			return m.shift(-1), false
		case "]":
			return m.shift(1), false
		}
		m.pane.scrollKey(msg)
	}
	return nil, false
}

func (m *reportsModal) View(w, h int) string {
	head := m.st.Section.Render("Requests received "+m.o.fmtDate(m.stats.From)+" – "+m.o.fmtDate(m.stats.To)) +
		m.st.Muted.Render("  ([ ] move a month · esc closes)")
	return head + "\n\n" + m.pane.View(w, max(h-2, 1))
}

func (m *reportsModal) render(w int) string {
	s := m.stats
	width := max(min(w-40, 40), 10)
	var b strings.Builder
	fmt.Fprintf(&b, "%d received · %d open · %d closed · %d extended · %d refused · %d withdrawn · %d open and overdue\n\n",
		s.Received, s.Open, s.Closed, s.Extended, s.Refused, s.Withdrawn, s.OverdueOpen)
	b.WriteString(m.st.Section.Render("Answered on time") + "\n")
	if s.OnTime+s.Late == 0 {
		b.WriteString(m.st.Muted.Render("  no reply recorded in this period") + "\n")
	} else {
		fmt.Fprintf(&b, "  %s %3.0f%%  %d of %d · median %s to reply\n", m.share(s.OnTimeShare, width), 100*s.OnTimeShare,
			s.OnTime, s.OnTime+s.Late, model.Days(int(s.MedianDays+0.5)))
	}
	peak := 1
	for _, mc := range s.Months {
		peak = max(peak, mc.Total)
	}
	for _, t := range s.ByType {
		peak = max(peak, t.Count)
	}
	b.WriteString("\n" + m.st.Section.Render("Per month") + "\n")
	for _, mc := range s.Months {
		fmt.Fprintf(&b, "  %s %4d %s\n", mc.Month, mc.Total, m.st.Accent.Render(bars(mc.Total, peak, width)))
	}
	b.WriteString("\n" + m.st.Section.Render("Per type") + "\n")
	for _, t := range s.ByType {
		label := t.Type
		if rt, ok := model.RequestTypeByKey(t.Type); ok {
			label = rt.Label(m.o.Lang)
		}
		fmt.Fprintf(&b, "  %-26.26s %4d %s\n", label, t.Count, m.st.Accent.Render(bars(t.Count, peak, width)))
	}
	return strings.TrimRight(b.String(), "\n")
}

// share draws a proportion as a full bar of width cells: filled on time, the
// rest late.
func (m *reportsModal) share(p float64, width int) string {
	on := int(p*float64(width) + 0.5)
	return m.st.OK.Render(strings.Repeat("█", on)) + m.st.Danger.Render(strings.Repeat("░", width-on))
}

// bars draws n against peak in at most width cells; any n above zero shows.
func bars(n, peak, width int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("█", max(1, n*width/peak))
}
