package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/viewport"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/tui/internal/widget"
)

// The review draws a header line, then the list and the right pane side by
// side. Only the visible rows are rendered, and the right pane is built in
// Update when the selection or the size changes, never per frame.

func (m *reviewModel) listWidth() int  { return min(max(m.width*2/5, 24), 48) }
func (m *reviewModel) paneWidth() int  { return max(m.width-m.listWidth()-3, 10) }
func (m *reviewModel) bodyHeight() int { return max(m.height-1, 3) }

// refresh rebuilds the right pane for the current row and keeps the cursor in
// the visible window.
func (m *reviewModel) refresh() {
	h := m.bodyHeight()
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+h {
		m.offset = m.cursor - h + 1
	}
	if m.offset == 1 && m.cursor >= 1 { // keep the first heading in view
		m.offset = 0
	}
	at := [3]int{m.cursor, m.paneWidth(), h}
	if at == m.builtAt {
		return
	}
	m.builtAt = at
	r, ok := m.current()
	if !ok {
		m.detail, m.ev = []string{m.st.Muted.Render(ft("nothing was found in this document"))}, viewport.Model{}
		return
	}
	ev := m.itemDetail(r)
	w := m.paneWidth()
	for i, l := range m.detail {
		m.detail[i] = clip(l, w)
	}
	lines, spanLine := passageLines(m.st, m.rv.Document.Text, ev, w)
	m.ev = viewport.New(viewport.WithWidth(w), viewport.WithHeight(max(h-len(m.detail), 1)))
	m.ev.SetContentLines(lines)
	m.ev.SetYOffset(max(spanLine-2, 0))
}

// itemDetail fills m.detail with the fields of the row and returns its evidence.
func (m *reviewModel) itemDetail(r reviewRow) model.Evidence {
	var ev model.Evidence
	var d []string
	field := func(key, value string) {
		if value != "" {
			d = append(d, m.st.Label.Render(fieldLabel(key, m.o.Lang)+": ")+value)
		}
	}
	switch r.group {
	case groupActivities:
		s := m.rv.Activities[r.idx]
		a := s.Activity
		d = append(d, m.st.Section.Render(ft("Activity "))+a.Name, m.stateLine(r, s.MergesInto))
		field("purposes", joinList(a.Purposes))
		field("legal_bases", joinList(a.LegalBases))
		field("data_categories", joinList(a.DataCategories))
		field("recipients", joinList(a.Recipients))
		field("retention", retentionText(a.Retention))
		ev = s.Evidence
	case groupProcessors:
		s := m.rv.Processors[r.idx]
		p := s.Processor
		d = append(d, m.st.Section.Render(ft("Processor "))+p.Name, m.stateLine(r, s.MergesInto))
		field("legal_entity", p.LegalEntity)
		field("role", model.Label(model.VocabProcessorRole, p.Role, m.o.Lang))
		field("country", countryText(p.Country, m.o.Lang))
		field("transfer_mechanism", p.TransferMechanism)
		field("dpa_status", model.Label(model.VocabDPAStatus, p.DPA.Status, m.o.Lang))
		ev = s.Evidence
	case groupFacts:
		f := m.rv.Facts[r.idx]
		d = append(d, m.st.Section.Render(ft("Fact "))+f.Label, f.Value)
		ev = f.Evidence
	case groupReviewFindings:
		f := m.rv.Findings[r.idx]
		d = append(d, m.st.Section.Render(ft("Finding "))+m.st.Warn.Render(ft(f.Severity)))
		d = append(d, plainLines(f.Message, m.paneWidth())...)
		ev = f.Evidence
	}
	where := ft("Evidence")
	if ev.Section != "" {
		where += " · § " + ev.Section
	}
	m.detail = append(d, "", m.st.Muted.Render(where))
	return ev
}

func (m *reviewModel) stateLine(r reviewRow, mergesInto string) string {
	target := ft("a new draft")
	if mergesInto != "" {
		target = ft("merges into %s", mergesInto)
	}
	return m.stateStyle(*m.state(r)).Render(ft(m.state(r).String())) + m.st.Muted.Render(" · "+target)
}

func (m *reviewModel) View() string {
	if m.changes {
		return m.changesView()
	}
	var b strings.Builder
	doc := m.rv.Document
	b.WriteString(m.st.Section.Render(ft("Review %s", doc.Name)) + m.st.Muted.Render(fmt.Sprintf(" · %s · %s · ", doc.Format, doc.Language)) + m.summaryLine())
	if m.busy {
		b.WriteString(m.st.Muted.Render(ft(" · storing…")))
	}
	lw, pw := m.listWidth(), m.paneWidth()
	right := append(append([]string{}, m.detail...), strings.Split(m.ev.View(), "\n")...)
	for i := range m.bodyHeight() {
		b.WriteByte('\n')
		b.WriteString(m.rowView(m.offset+i, lw))
		b.WriteString(m.st.Muted.Render(" │ "))
		if i < len(right) {
			b.WriteString(clip(right[i], pw))
		}
	}
	return b.String()
}

// rowView renders one list row padded to w cells; past the end it is blank.
func (m *reviewModel) rowView(i, w int) string {
	if i >= len(m.rows) {
		return strings.Repeat(" ", w)
	}
	r := m.rows[i]
	if r.idx < 0 {
		return m.st.Section.Render(widget.Fit(m.groupTitle(r.group), w, false))
	}
	text, style := m.itemText(r)
	if i == m.cursor {
		return m.st.Selected.Render(widget.Fit(">"+text, w, false))
	}
	return style.Render(widget.Fit(" "+text, w, false))
}

func (m *reviewModel) groupTitle(g reviewGroup) string {
	n := [...]int{len(m.rv.Activities), len(m.rv.Processors), len(m.rv.Facts), len(m.rv.Findings)}[g]
	return fmt.Sprintf("%s (%d)", ft(groupNames[g]), n)
}

// stateMarks show the decision in the list as characters, so it survives
// NO_COLOR; the colours only repeat it.
var stateMarks = [...]string{pending: "[ ]", accepted: "[+]", rejected: "[-]", edited: "[e]"}

func (m *reviewModel) stateStyle(d decision) lipgloss.Style {
	switch d {
	case accepted:
		return m.st.OK
	case rejected:
		return m.st.Muted
	case edited:
		return m.st.Accent
	}
	return m.st.Value
}

// itemText is a row's plain text and the style it is drawn in.
func (m *reviewModel) itemText(r reviewRow) (string, lipgloss.Style) {
	switch r.group {
	case groupActivities, groupProcessors:
		d := *m.state(r)
		var n, merges string
		if r.group == groupActivities {
			n, merges = m.rv.Activities[r.idx].Activity.Name, m.rv.Activities[r.idx].MergesInto
		} else {
			n, merges = m.rv.Processors[r.idx].Processor.Name, m.rv.Processors[r.idx].MergesInto
		}
		if merges != "" {
			n += ft(" (merge)")
		}
		return stateMarks[d] + " " + n, m.stateStyle(d)
	case groupFacts:
		f := m.rv.Facts[r.idx]
		return "    " + f.Label + ": " + f.Value, m.st.Value
	}
	f := m.rv.Findings[r.idx]
	return "    " + ft(f.Severity) + ": " + f.Message, m.st.Warn
}

// changesView is shown first when the file replaces an earlier import.
func (m *reviewModel) changesView() string {
	var b strings.Builder
	when := m.o.fmtDate(model.DateOf(m.rv.PreviousImported))
	b.WriteString(m.st.Section.Render(ft("What changed since the version of %s", when)) +
		m.st.Muted.Render("  "+m.rv.Document.Name) + "\n\n")
	rows := max(m.height-4, 1)
	for i, l := range m.rv.Changes {
		if i == rows-1 && len(m.rv.Changes) > rows {
			b.WriteString(m.st.Muted.Render(ft("… and %d more", len(m.rv.Changes)-i)) + "\n")
			break
		}
		style := m.st.OK
		if strings.HasPrefix(l, "-") {
			style = m.st.Danger
		}
		for _, wl := range plainLines(l, m.width-2) {
			b.WriteString(style.Render(wl) + "\n")
		}
	}
	b.WriteString("\n" + m.st.Muted.Render(ft("enter: review the suggestions · c: show this again · esc: leave")))
	return b.String()
}

// clip cuts a styled line to w cells.
func clip(s string, w int) string {
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}
