package tui

import (
	"context"
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

// runFindings runs the application layer's check in a Cmd, over every record:
// the dashboard shows what `dpodesk check` reports, computed by the same call.
func (d *dashboard) runFindings() tea.Cmd {
	if !d.loaded[0] || !d.loaded[1] || !d.loaded[2] {
		return nil
	}
	d.seq++
	seq, s, lang := d.seq, d.s, d.o.Lang
	return func() tea.Msg {
		fs, err := s.Findings(context.Background())
		if err != nil {
			return statusMsg{text: tr(lang, "checking the workspace: ") + err.Error(), err: true}
		}
		return findingsMsg{seq: seq, sum: findingSummary{groups: groupFindings(shownFindings(fs), lang), done: true}}
	}
}

// ownLines are the rules the dashboard counts on lines of their own, with the
// same model predicates; the findings section leaves them out so that each
// fact is shown once.
var ownLines = []string{
	model.RuleRequestOverdue, model.RuleRequestDueSoon, model.RuleProcessorWithoutDPA,
	model.RuleProcessorReviewDue, model.RuleActivityMissingFields, model.RuleActivityReviewDue,
	model.RuleBreachDeadlinePassed,
}

// shownFindings drops the rules that the dashboard's own lines already count.
func shownFindings(fs []model.Finding) []model.Finding {
	out := fs[:0]
	for _, f := range fs {
		// a sub-processor without an agreement is a note, not on the DPA line
		own := slices.Contains(ownLines, f.Rule) && !(f.Rule == model.RuleProcessorWithoutDPA && f.Severity == model.FindingInfo)
		if !own {
			out = append(out, f)
		}
	}
	return out
}

// ruleNames are the rules the findings section may show, named for the catalogue.
var _ = []string{model.N("extension-not-told-in-time"), model.N("consent-without-withdrawal"), model.N("art9-without-condition"),
	model.N("dpia-undecided"), model.N("processor-without-dpa"), model.N("transfer-without-safeguard"), model.N("privacy-shield"),
	model.N("breach-not-assessed"), model.N("breach-no-notification-without-reason"),
	model.N("breach-high-risk-without-art34-decision"), model.N("breach-late-without-reasons"),
	model.N("high"), model.N("warn"), model.N("info"), model.N("error")}

func groupFindings(fs []model.Finding, lang string) []findingGroup {
	var gs []findingGroup
	idx := map[string]int{}
	for _, f := range fs {
		k := f.Rule + "\x00" + f.Kind
		i, ok := idx[k]
		if !ok {
			i = len(gs)
			idx[k] = i
			gs = append(gs, findingGroup{rule: f.Rule, severity: f.Severity, kind: f.Kind, example: f.MessageIn(lang), ids: map[uint64]bool{}})
		}
		gs[i].ids[f.RecordID] = true
	}
	slices.SortStableFunc(gs, func(a, b findingGroup) int { return model.SeverityRank(a.severity) - model.SeverityRank(b.severity) })
	return gs
}

func (f findingSummary) lines(lv func(int, model.Urgency) model.Urgency, lang string) []dashLine {
	head := tr(lang, "Findings")
	switch {
	case !f.done:
		head += tr(lang, "  checking…")
	case len(f.groups) == 0:
		head += tr(lang, "  none")
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
		u := model.UrgencyDueWeek
		if g.severity == model.FindingHigh {
			u = model.UrgencyOverdue
		}
		ls = append(ls, dashLine{
			text: fmt.Sprintf("%-5s %s: %s", tr(lang, g.severity), tr(lang, g.rule), g.example), count: len(g.ids), level: lv(len(g.ids), u),
			target: &navigateMsg{to: t, scope: "finding " + g.rule, ids: g.ids},
		})
	}
	return ls
}
