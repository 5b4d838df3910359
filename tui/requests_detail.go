package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/dpodesk/dpodesk/model"
)

// requestDetail is the full view of one request: who, what, the deadline with
// the rule that produced it, and the event timeline.
type requestDetail struct {
	st     *Styles
	o      Options
	rules  model.DeadlineRules
	req    model.Request
	dl     model.Deadline
	keys   RequestKeys
	offset int
	lines  []string
	width  int
}

func newRequestDetail(st *Styles, o Options, rules model.DeadlineRules, r model.Request, k RequestKeys) *requestDetail {
	return &requestDetail{st: st, o: o, rules: rules, req: r, dl: rules.Deadline(r), keys: k}
}

// scrollKey scrolls long timelines; it reports whether it used the key.
func (d *requestDetail) scrollKey(msg tea.KeyPressMsg) bool {
	t := NewTableKeys()
	switch {
	case key.Matches(msg, t.Up):
		d.offset = max(d.offset-1, 0)
	case key.Matches(msg, t.Down):
		d.offset = min(d.offset+1, max(len(d.lines)-1, 0))
	default:
		return false
	}
	return true
}

func (d *requestDetail) View(w, h int) string {
	if d.lines == nil || d.width != w {
		d.width = w
		d.lines = strings.Split(d.render(w), "\n")
	}
	end := min(d.offset+h, len(d.lines))
	return strings.Join(d.lines[min(d.offset, end):end], "\n")
}

func (d *requestDetail) render(w int) string {
	r, st := d.req, d.st
	var b strings.Builder
	b.WriteString(st.Section.Render(r.Ref+"  "+model.SafeLine(r.Subject)) + "  " + st.Accent.Render("["+model.StatusLabel(r.Status, d.o.Lang)+"]") + "\n")
	kv := func(label, value string) string {
		return st.Label.Render(label+": ") + st.Value.Render(value)
	}
	tl, _ := model.RequestTypeByKey(r.Type)
	typ := tl.Label(d.o.Lang)
	if tl.Article != "" {
		typ += " (" + tl.Article + ")"
	}
	lang := d.o.Lang
	b.WriteString(kv(fieldLabel("type", lang), typ) + "   " + kv(fieldLabel("channel", lang), keyShown(model.VocabChannel, r.Channel, lang)) +
		"   " + kv(fieldLabel("jurisdiction", lang), strings.ToUpper(r.Jurisdiction)) + "\n")
	b.WriteString(kv(fieldLabel("received", lang), receivedText(r, d.o)))
	if r.Contact != "" {
		b.WriteString("   " + kv(fieldLabel("contact", lang), model.SafeLine(r.Contact)))
	}
	b.WriteString("\n" + d.deadlineLine() + "\n")
	b.WriteString(lipgloss.NewStyle().Width(max(w-2, 20)).Render(st.Muted.Render(tr(lang, "Rule: ")+model.ExplanationIn(d.dl.Explanation, lang))) + "\n\n")
	b.WriteString(st.Section.Render(tr(lang, "Timeline")) + "\n")
	for _, e := range r.Timeline() { // in date order, the time of logging apart
		b.WriteString("  " + timelineLine(st, d.o, e) + "\n")
	}
	b.WriteString("\n" + st.Muted.Render(tr(lang, "i identity · w work · p pause · r resume · x extend · c close · a note · e edit · d delete · h history · esc back")))
	return b.String()
}

func (d *requestDetail) deadlineLine() string {
	st, dl := d.st, d.dl
	u := model.RequestUrgency(d.req, dl, d.o.today())
	lang := d.o.Lang
	txt := trf(lang, "Due %s — %s", d.o.fmtDate(dl.Due), clockText(d.o, d.rules, d.req))
	if s, ok := urgencyStyle(st, u); ok {
		txt = s.Render(txt)
	}
	var flags []string
	if dl.Extended {
		flags = append(flags, trf(lang, "extended (first deadline %s)", d.o.fmtDate(dl.FirstDue)))
	} else if d.req.IsOpen() && !dl.MaxExtended.IsZero() {
		flags = append(flags, trf(lang, "can be extended to %s", d.o.fmtDate(dl.MaxExtended)))
	}
	if dl.Paused {
		flags = append(flags, tr(lang, "clock stopped"))
	}
	if dl.PausedDays > 0 {
		flags = append(flags, trf(lang, "%d paused days added", dl.PausedDays))
	}
	if !dl.OnClock {
		flags = append(flags, tr(lang, "internal service level, not on the Art. 12(3) clock"))
	}
	if len(flags) > 0 {
		txt += st.Muted.Render("  · " + strings.Join(flags, " · "))
	}
	return txt
}
