package desk

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// dueRule files open requests in the store's due index by rules.
func dueRule(rules model.DeadlineRules) *store.DueRule {
	return &store.DueRule{Fingerprint: rules.Fingerprint(), Deadline: rules.Deadline}
}

// RequestTally counts the requests as the dashboard shows them. It reads the
// due index (the open requests' due dates, kept with every write) and the
// request counter from one snapshot, so its cost follows the open requests,
// not the register, and the open count never strays from the total;
// a workspace whose index cannot be used (read-only, built under other rules)
// is counted from every request, by the same rule.
func (d *Desk) RequestTally() (model.RequestTally, error) {
	today := d.Today()
	var t model.RequestTally
	total, ready, err := d.ws.DueIndex(func(e store.DueEntry) error {
		t.AddOpen(model.OpenUrgency(e.Due, e.Paused, today), today.DaysUntil(e.Due), e.Extended)
		return nil
	})
	if err != nil {
		return model.RequestTally{}, fmt.Errorf("count the requests: %w", err)
	}
	if !ready {
		return d.requestTallyOfRows()
	}
	t.Total = total
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

// errStop ends a scan early.
var errStop = errors.New("stop")

// RequestsDueBetween returns the open requests whose due date falls from from
// to to, both included, in due order: what the dashboard's upcoming dates and
// a calendar of the next weeks need, read from the due index instead of every
// request (or, while the index cannot be used, from every request by the same
// rule).
func (d *Desk) RequestsDueBetween(from, to model.Date) ([]model.Request, error) {
	var ids []uint64
	_, ready, err := d.ws.DueIndex(func(e store.DueEntry) error {
		switch {
		case e.Due.After(to):
			return errStop
		case !e.Due.Before(from):
			ids = append(ids, e.ID)
		}
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return nil, fmt.Errorf("read the due index: %w", err)
	}
	if !ready {
		return d.requestsDueBetweenOfRows(from, to)
	}
	out := make([]model.Request, 0, len(ids))
	for _, id := range ids {
		r, err := d.ws.GetRequest(id)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

func (d *Desk) requestsDueBetweenOfRows(from, to model.Date) ([]model.Request, error) {
	rules := d.Rules()
	type due struct {
		r   model.Request
		day model.Date
	}
	var sel []due
	err := d.ws.EachRequestRow(func(r model.Request) error {
		if !model.RequestOpen(r) {
			return nil
		}
		if dl := rules.Deadline(r); !dl.Due.Before(from) && !dl.Due.After(to) {
			sel = append(sel, due{r, dl.Due})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(sel, func(a, b due) int { return cmp.Compare(dayKey(a.day), dayKey(b.day)) })
	out := make([]model.Request, len(sel))
	for i := range sel {
		out[i] = sel[i].r
	}
	return out, nil
}
