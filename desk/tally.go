package desk

import (
	"fmt"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// dueRule files open requests in the store's due index by rules.
func dueRule(rules model.DeadlineRules) *store.DueRule {
	return &store.DueRule{Fingerprint: rules.Fingerprint(), Deadline: rules.Deadline}
}

// RequestTally counts the requests as the dashboard shows them. It reads the
// due index (the open requests' due dates, kept with every write) and the
// request counter, so its cost follows the open requests, not the register;
// a workspace whose index cannot be used (read-only, built under other rules)
// is counted from every request, by the same rule.
func (d *Desk) RequestTally() (model.RequestTally, error) {
	ready, err := d.ws.DueIndexReady()
	if err != nil {
		return model.RequestTally{}, err
	}
	if !ready {
		return d.requestTallyOfRows()
	}
	c, err := d.ws.Counts()
	if err != nil {
		return model.RequestTally{}, err
	}
	today := d.Today()
	t := model.RequestTally{Total: c.Requests}
	err = d.ws.EachDue(func(e store.DueEntry) error {
		t.AddOpen(model.OpenUrgency(e.Due, e.Paused, today), today.DaysUntil(e.Due), e.Extended)
		return nil
	})
	if err != nil {
		return model.RequestTally{}, fmt.Errorf("count the requests: %w", err)
	}
	return t, nil
}

// requestTallyOfRows is RequestTally computed from every request.
func (d *Desk) requestTallyOfRows() (model.RequestTally, error) {
	rules, today := d.Rules(), d.Today()
	var t model.RequestTally
	err := d.ws.EachRequestRow(func(r model.Request) error {
		t.Total++
		if !model.RequestOpen(r) {
			return nil
		}
		dl := rules.Deadline(r)
		t.AddOpen(model.RequestUrgency(r, dl, today), dl.DaysLeft(today), dl.Extended)
		return nil
	})
	if err != nil {
		return model.RequestTally{}, fmt.Errorf("count the requests: %w", err)
	}
	return t, nil
}
