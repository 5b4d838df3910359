package model

import (
	"slices"
	"time"
)

// Breach finding rules, as shown in `dpodesk check --json` (docs/breaches.md).
const (
	RuleBreachNotAssessed      = "breach-not-assessed"
	RuleBreachDeadlinePassed   = "breach-deadline-passed"
	RuleBreachNoReason         = "breach-no-notification-without-reason"
	RuleBreachNoSubjectsChoice = "breach-high-risk-without-art34-decision"
	RuleBreachLateNoReasons    = "breach-late-without-reasons"
)

// BreachFindings checks the breaches at now. Closed breaches keep only the
// findings about their documentation.
func BreachFindings(bs []Breach, now time.Time) []Finding {
	var fs []Finding
	for _, b := range bs {
		fs = append(fs, breachFindings(b, now)...)
	}
	SortFindings(fs)
	return fs
}

// SortFindings orders findings as Check does: severity, rule, label, record.
func SortFindings(fs []Finding) { slices.SortFunc(fs, compareFindings) }

func breachFindings(b Breach, now time.Time) []Finding {
	f := func(sev, rule, format string, args ...any) Finding {
		return newFinding(sev, rule, "breach", b.ID, b.Title, format, args)
	}
	var fs []Finding
	d := b.Decision
	if d != nil && (!d.NotifyAuthority || !d.NotifySubjects) && d.Reason == "" {
		fs = append(fs, f(FindingHigh, RuleBreachNoReason, N("a decision not to notify is recorded without its reasons (Art. 33(1), 34(3))")))
	}
	if n := b.Notice; n != nil && n.At.After(b.NotifyBy()) && n.DelayReasons == "" {
		fs = append(fs, f(FindingHigh, RuleBreachLateNoReasons, N("notified %s after the 72 hours without the reasons for the delay (Art. 33(1))"),
			FormatHours(n.At.Sub(b.NotifyBy()))))
	}
	if !BreachIsOpen(b) {
		return fs
	}
	if b.Assessment == nil && now.Sub(b.AwareAt) >= AssessWithin {
		fs = append(fs, f(FindingWarn, RuleBreachNotAssessed, N("not assessed %s after awareness"), FormatHours(now.Sub(b.AwareAt))))
	}
	if b.ClockRunning() && now.After(b.NotifyBy()) { // the dashboard counts the same
		fs = append(fs, f(FindingHigh, RuleBreachDeadlinePassed, N("the authority deadline %s passed %s ago without notification or a recorded decision (Art. 33(1))"),
			b.NotifyBy().Format("2006-01-02 15:04 MST"), FormatHours(now.Sub(b.NotifyBy()))))
	}
	if a := b.Assessment; a != nil && BandAtLeast(a.Band(), BandHigh) && d == nil {
		fs = append(fs, f(FindingHigh, RuleBreachNoSubjectsChoice, N("severity %s (%g) without a decision on telling the data subjects (Art. 34)"),
			BandLabel(a.Band()), a.SE()))
	}
	return fs
}

// BreachView is a breach with everything the faces show about it, computed
// once here so the CLI, the interface and the exports agree.
type BreachView struct {
	Breach
	NotifyBy   time.Time         `json:"notify_by"`
	HoursLeft  float64           `json:"hours_left"`
	Passed     bool              `json:"deadline_passed"`
	ClockRule  string            `json:"clock_rule"`
	Severity   *float64          `json:"severity"`
	Band       string            `json:"band"`
	Suggestion *BreachSuggestion `json:"suggestion,omitempty"`
}

// ViewBreach computes the view of b at now. Severity and band are empty until
// the breach is assessed.
func ViewBreach(b Breach, now time.Time) BreachView {
	c := b.Clock(now)
	v := BreachView{Breach: b, NotifyBy: c.NotifyBy, HoursLeft: c.HoursLeft, Passed: c.Passed, ClockRule: c.Rule}
	v.AwareAt = c.AwareAt
	if a := b.Assessment; a != nil {
		se := a.SE()
		s := Suggest(a.Band())
		v.Severity, v.Band, v.Suggestion = &se, a.Band(), &s
	}
	return v
}

// ClockRunning reports whether the authority deadline still matters: the
// breach is open, not notified and not decided against notification.
func (b Breach) ClockRunning() bool {
	return BreachIsOpen(b) && b.Notice == nil && (b.Decision == nil || b.Decision.NotifyAuthority)
}

// SortBreachesByUrgency puts running clocks first, nearest deadline first, then
// the rest newest first.
func SortBreachesByUrgency(bs []Breach) {
	slices.SortStableFunc(bs, func(x, y Breach) int {
		rx, ry := x.ClockRunning(), y.ClockRunning()
		switch {
		case rx && !ry:
			return -1
		case ry && !rx:
			return 1
		case rx:
			return x.NotifyBy().Compare(y.NotifyBy())
		}
		return y.AwareAt.Compare(x.AwareAt)
	})
}
