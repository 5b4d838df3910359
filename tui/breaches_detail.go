package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
)

// breachPurpose says why a breach was fetched: to show it or to open a form.
type breachPurpose int

const (
	bpDetail breachPurpose = iota
	bpEdit
	bpAssess
	bpDecide
	bpNotify
)

type breachDetailMsg struct {
	d       model.BreachDetail
	purpose breachPurpose
	err     error
}

type breachLetterMsg struct {
	id   uint64
	text string
	err  error
}

func (p *breachesPage) fetch(id uint64, purpose breachPurpose) tea.Cmd {
	if id == 0 || p.svc == nil {
		return nil
	}
	svc := p.svc
	return func() tea.Msg {
		d, err := svc.Breach(id)
		return breachDetailMsg{d: d, purpose: purpose, err: err}
	}
}

func (p *breachesPage) onDetail(msg breachDetailMsg) tea.Cmd {
	if msg.err != nil {
		return errCmd(msg.err)
	}
	switch msg.purpose {
	case bpEdit:
		return p.breachForm(msg.d.Breach)
	case bpAssess:
		return p.assessForm(msg.d)
	case bpDecide:
		return p.decideForm(msg.d)
	case bpNotify:
		return p.notifyForm(msg.d)
	}
	letter := ""
	if p.detail != nil && p.detail.id == msg.d.ID {
		letter = p.detail.letter
	}
	p.detail = newBreachDetail(p.st, p.o, msg.d)
	p.detail.showLetter(letter)
	return nil
}

func (p *breachesPage) onLetter(msg breachLetterMsg) tea.Cmd {
	if msg.err != nil {
		return errCmd(msg.err)
	}
	if p.detail == nil || p.detail.id != msg.id {
		return tea.Sequence(p.fetch(msg.id, bpDetail), func() tea.Msg { return msg })
	}
	p.detail.showLetter(msg.text)
	return func() tea.Msg {
		return statusMsg{text: ft("draft shown; save it with: dpodesk breach letter %d --kind … -o FILE", msg.id)}
	}
}

// breachDetail shows one breach with its clock, assessment, decision and
// timeline, or a drafted letter over it.
type breachDetail struct {
	textPane
	id     uint64
	d      model.BreachDetail
	letter string
	st     *Styles
	o      Options
}

func newBreachDetail(st *Styles, o Options, d model.BreachDetail) *breachDetail {
	bd := &breachDetail{id: d.ID, d: d, st: st, o: o}
	bd.showLetter("")
	return bd
}

// showLetter switches the pane to a draft, or back to the breach with "".
func (d *breachDetail) showLetter(text string) {
	d.letter, d.lines, d.offset = text, nil, 0
	if text != "" {
		d.render = func(int) string {
			return d.st.Muted.Render(ft("Draft (esc returns to the breach)")) + "\n\n" + text
		}
		return
	}
	d.render = func(w int) string { return renderBreach(d.st, d.o, d.d, w) }
}

func renderBreach(st *Styles, o Options, d model.BreachDetail, w int) string {
	f := &fieldWriter{st: st, lang: o.Lang, width: w}
	at := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(d.Zone()).Format(ft("Mon 2006-01-02 15:04 MST"))
	}
	f.line(st.Section.Render(d.Title) + "  " + st.Accent.Render("["+keyed(o.Lang, "breach:", d.Status)+"]"))
	clock := at(d.NotifyBy) + "  " + breachLeft(d.BreachView, o.Now())
	if d.ClockRunning() && o.Now().After(d.NotifyBy) {
		clock = st.Danger.Render(clock)
	}
	f.labelled("Notify authority by", clock)
	f.labelled("Rule", model.ClockRuleIn(d.AwareAt.In(d.Zone()), o.Lang))
	f.section("Severity (ENISA)")
	if a := d.Assessment; a != nil {
		f.labelled("Score", a.FormulaIn(o.Lang))
		f.labelled("Suggests", tr(o.Lang, d.Suggestion.Text))
		f.labelled("Rationale", a.Rationale)
	} else {
		f.line(st.Muted.Render(ft("  not assessed — press a")))
	}
	f.section("Decision")
	if dec := d.Decision; dec != nil {
		f.labelled("Notify authority", yesNoWord(dec.NotifyAuthority))
		f.labelled("Tell data subjects", yesNoWord(dec.NotifySubjects)+exemptionText(dec.Exemption))
		f.labelled("Reason", dec.Reason)
	} else {
		f.line(st.Muted.Render(ft("  no decision — press d")))
	}
	f.section("Timeline")
	for _, e := range breachTimeline(d.Breach) {
		f.line("  " + at(e.at) + "  " + e.text)
	}
	f.section("Facts")
	f.labelled("Aware", at(d.AwareAt))
	f.labelled("Detected", strings.Trim(at(d.DetectedAt)+"  "+d.FoundHow+"  "+d.FoundBy, " "))
	natures := make([]string, len(d.Nature))
	for i, n := range d.Nature {
		natures[i] = keyed(o.Lang, "nature:", n)
	}
	f.labelled("Nature", strings.Join(natures, ", "))
	f.labelled("Description", d.Description)
	f.labelled("Data subjects (approx.)", breachCount(d.Subjects))
	f.labelled("Records (approx.)", breachCount(d.Records))
	f.labelled("Consequences", d.Consequences)
	f.labelled("Measures taken", d.MeasuresTaken)
	for _, a := range d.Activities {
		f.labelled("Activity", a.Name)
	}
	for _, pn := range d.Processors {
		f.labelled("Processor", strings.TrimSpace(pn.Name+"  "+pn.Rule))
	}
	return f.b.String()
}

func breachCount(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprint(n)
}

func yesNoWord(b bool) string {
	if b {
		return ft("yes")
	}
	return ft("no")
}

func exemptionText(e string) string {
	if e == "" {
		return ""
	}
	return " (Art. 34(3)(" + e + "))"
}

type timelineEntry struct {
	at   time.Time
	text string
}

// breachTimeline lists what happened to a breach in order of time.
func breachTimeline(b model.Breach) []timelineEntry {
	es := []timelineEntry{{b.AwareAt, ft("aware")}}
	if !b.DetectedAt.IsZero() {
		es = append(es, timelineEntry{b.DetectedAt, ft("detected")})
	}
	if a := b.Assessment; a != nil {
		es = append(es, timelineEntry{a.AssessedAt, ft("assessed: SE %g (%s)", a.SE(), keyed(uiLangOf(), "breach:", a.Band()))})
	}
	if d := b.Decision; d != nil {
		es = append(es, timelineEntry{d.DecidedAt, ft("decided: authority %s, data subjects %s", yesNoWord(d.NotifyAuthority), yesNoWord(d.NotifySubjects))})
	}
	if n := b.Notice; n != nil {
		es = append(es, timelineEntry{n.At, strings.TrimSpace(ft("authority notified %s", n.Reference))})
	}
	if !b.SubjectsToldAt.IsZero() {
		es = append(es, timelineEntry{b.SubjectsToldAt, ft("data subjects told")})
	}
	for _, u := range b.Updates {
		es = append(es, timelineEntry{u.At, ft("update: %s", u.Text)})
	}
	slices.SortStableFunc(es, func(x, y timelineEntry) int { return x.at.Compare(y.at) })
	return es
}
