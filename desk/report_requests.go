package desk

import (
	"fmt"

	"github.com/dpodesk/dpodesk/model"
)

// RequestReport counts the requests received from from through to (zero dates:
// the twelve months up to today, see DefaultReportPeriod).
func (d *Desk) RequestReport(from, to model.Date) (model.RequestStats, error) {
	if from.IsZero() || to.IsZero() {
		f, t := DefaultReportPeriod(d.Today())
		if from.IsZero() {
			from = f
		}
		if to.IsZero() {
			to = t
		}
	}
	if from.After(to) {
		return model.RequestStats{}, &RuleError{Err: fmt.Errorf("the period starts on %s, after its end %s: give --from before --to", from, to)}
	}
	rows, err := d.ws.RequestRows()
	if err != nil {
		return model.RequestStats{}, err
	}
	return d.Rules().Stats(rows, from, to), nil
}

// DefaultReportPeriod is the last twelve months up to today: from the first day
// of the month eleven months back through today.
func DefaultReportPeriod(today model.Date) (from, to model.Date) {
	first := model.Date{Year: today.Year, Month: today.Month, Day: 1}
	return first.AddMonths(-11), today
}
