package tui

import (
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
)

// findingGroup is every finding of one rule and kind.
type findingGroup struct {
	rule, severity, kind, example string
	ids                           map[uint64]bool
}

type findingSummary struct {
	groups []findingGroup
	done   bool
}

type findingsMsg struct {
	seq uint64
	sum findingSummary
}

// runFindings reads the full records behind the loaded rows and runs the model's
// checks in a Cmd, over every record: the dashboard shows what `dpodesk check`
// reports. Overdue and due-soon requests have their own lines above, so of the
// request rules only those lines' blind spot is added (an extension told too
// late), and only extended requests need reading in full for it.
func (d *dashboard) runFindings() tea.Cmd {
	if !d.loaded[0] || !d.loaded[1] || !d.loaded[2] {
		return nil
	}
	d.seq++
	seq, s, req, act, proc, today, rules := d.seq, d.s, d.req, d.act, d.proc, d.o.today(), d.o.Rules
	return func() tea.Msg {
		in := model.CheckInput{Today: today, Deadline: func(r model.Request) (model.Date, bool, model.Date) {
			dl := rules.Deadline(r)
			return dl.Due, dl.Extended, dl.FirstDue
		}}
		for _, r := range act.rows {
			if a, err := s.GetActivity(r.ID); err == nil {
				in.Activities = append(in.Activities, a)
			}
		}
		for _, r := range proc.rows {
			if p, err := s.GetProcessor(r.ID); err == nil {
				in.Processors = append(in.Processors, p)
			}
		}
		for _, r := range req.rows {
			if r.Extended {
				if full, err := s.GetRequest(r.ID); err == nil {
					in.Requests = append(in.Requests, full)
				}
			}
		}
		sum := findingSummary{groups: groupFindings(shownFindings(model.Check(in))), done: true}
		return findingsMsg{seq: seq, sum: sum}
	}
}

// shownFindings drops the request rules that the dashboard's request lines
// already count.
func shownFindings(fs []model.Finding) []model.Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Rule != model.RuleRequestOverdue && f.Rule != model.RuleRequestDueSoon {
			out = append(out, f)
		}
	}
	return out
}

func groupFindings(fs []model.Finding) []findingGroup {
	var gs []findingGroup
	idx := map[string]int{}
	for _, f := range fs {
		k := f.Rule + "\x00" + f.Kind
		i, ok := idx[k]
		if !ok {
			i = len(gs)
			idx[k] = i
			gs = append(gs, findingGroup{rule: f.Rule, severity: f.Severity, kind: f.Kind, example: f.Message, ids: map[uint64]bool{}})
		}
		gs[i].ids[f.RecordID] = true
	}
	rank := map[string]int{model.FindingHigh: 0, model.FindingWarn: 1, model.FindingInfo: 2}
	slices.SortStableFunc(gs, func(a, b findingGroup) int { return rank[a.severity] - rank[b.severity] })
	return gs
}

func (f findingSummary) lines(lv func(int, urgency) urgency) []dashLine {
	head := "Findings"
	switch {
	case !f.done:
		head += "  checking…"
	case len(f.groups) == 0:
		head += "  none"
	}
	ls := []dashLine{{text: head, head: true}}
	for _, g := range f.groups {
		t := tabActivities
		switch g.kind {
		case kindProcessor:
			t = tabProcessors
		case kindRequest:
			t = tabRequests
		}
		u := urgWeek
		if g.severity == model.FindingHigh {
			u = urgOverdue
		}
		ls = append(ls, dashLine{
			text: fmt.Sprintf("%-5s %s: %s", g.severity, g.rule, g.example), count: len(g.ids), level: lv(len(g.ids), u),
			target: &navigateMsg{to: t, scope: "finding " + g.rule, ids: g.ids},
		})
	}
	return ls
}
