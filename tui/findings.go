package tui

import (
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
)

// findingLimit bounds how many full records one findings run reads, so a huge
// register never holds the dashboard up; the summary says when it stopped.
const findingLimit = 2000

// findingGroup is every finding of one rule and kind.
type findingGroup struct {
	rule, severity, kind, example string
	ids                           map[uint64]bool
}

type findingSummary struct {
	groups  []findingGroup
	partial bool
	done    bool
}

type findingsMsg struct {
	seq uint64
	sum findingSummary
}

// runFindings reads the full records behind the loaded rows and runs the model's
// checks in a Cmd. Request findings are left to the request lines above them.
func (d *dashboard) runFindings() tea.Cmd {
	if !d.loaded[1] || !d.loaded[2] {
		return nil
	}
	d.seq++
	seq, s, act, proc, today := d.seq, d.s, d.act, d.proc, d.o.today()
	return func() tea.Msg {
		in := model.CheckInput{Today: today}
		var sum findingSummary
		for i, r := range act.rows {
			if i >= findingLimit {
				sum.partial = true
				break
			}
			if a, err := s.GetActivity(r.ID); err == nil {
				in.Activities = append(in.Activities, a)
			}
		}
		for i, r := range proc.rows {
			if i >= findingLimit {
				sum.partial = true
				break
			}
			if p, err := s.GetProcessor(r.ID); err == nil {
				in.Processors = append(in.Processors, p)
			}
		}
		sum.groups, sum.done = groupFindings(model.Check(in)), true
		return findingsMsg{seq: seq, sum: sum}
	}
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
	case f.partial:
		head += fmt.Sprintf("  (first %d records of each register)", findingLimit)
	}
	ls := []dashLine{{text: head, head: true}}
	for _, g := range f.groups {
		t := tabActivities
		if g.kind == kindProcessor {
			t = tabProcessors
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
