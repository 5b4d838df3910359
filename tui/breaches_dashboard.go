package tui

import (
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// breachLines are the dashboard's breach lines, shown once the register has a
// breach: open breaches, deadlines passed, breaches still unassessed, and the
// next authority deadline. The counts use the same model rules as `check`.
func breachLines(views []model.BreachView, now time.Time, lv func(int, model.Urgency) model.Urgency) []dashLine {
	if len(views) == 0 {
		return nil
	}
	var open, passed, unassessed int
	var next *model.BreachView
	for i := range views {
		v := &views[i]
		if !model.BreachIsOpen(v.Breach) {
			continue
		}
		open++
		if v.Assessment == nil {
			unassessed++
		}
		if !v.ClockRunning() {
			continue
		}
		if now.After(v.NotifyBy) {
			passed++
		} else if next == nil || v.NotifyBy.Before(next.NotifyBy) {
			next = v
		}
	}
	to := func(scope string) *navigateMsg { return &navigateMsg{to: tabBreaches, scope: scope} }
	L := []dashLine{
		{text: ft("Breaches  %d open of %d", open, len(views)), head: true, target: to("open")},
		{text: ft("authority deadline passed without notification"), count: passed, level: lv(passed, model.UrgencyOverdue), target: to("deadline passed")},
		{text: ft("not assessed yet"), count: unassessed, level: lv(unassessed, model.UrgencyDueWeek), target: to("open")},
	}
	if next != nil {
		left := next.NotifyBy.Sub(now)
		level := model.UrgencyDueWeek
		if left < 24*time.Hour {
			level = model.UrgencyDueSoon
		}
		L = append(L, dashLine{text: ft("hours left to notify the authority of %q (by %s)", next.Title,
			next.NotifyBy.Format(ft("Mon 2006-01-02 15:04 MST"))), count: int(left.Hours()), level: level,
			target: &navigateMsg{to: tabBreaches, id: next.ID}})
	}
	return L
}
