package desk

import (
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// SearchTexts returns the searchable text (model's rule) of every activity and
// every processor by ID. It reads the full records once; the interface calls
// it only when a filter is first used, never for the first frame.
func (d *Desk) SearchTexts() (acts, procs map[uint64]string, err error) {
	as, err := d.ws.ListActivities(store.ActivityFilter{})
	if err != nil {
		return nil, nil, err
	}
	ps, err := d.ws.ListProcessors(store.ProcessorFilter{})
	if err != nil {
		return nil, nil, err
	}
	byID := make(map[uint64]model.Processor, len(ps))
	for _, p := range ps {
		byID[p.ID] = p
	}
	usedBy := map[uint64][]string{}
	acts = make(map[uint64]string, len(as))
	for _, a := range as {
		acts[a.ID] = a.SearchText(byID)
		for _, id := range a.ProcessorIDs {
			usedBy[id] = append(usedBy[id], a.Name)
		}
	}
	procs = make(map[uint64]string, len(ps))
	for _, p := range ps {
		procs[p.ID] = p.SearchText(usedBy[p.ID])
	}
	return acts, procs, nil
}

// SearchActivities returns the activities whose searchable text contains every
// word of q, as a set of IDs (`activity list --grep`).
func (d *Desk) SearchActivities(q string) (map[uint64]bool, error) {
	acts, _, err := d.SearchTexts()
	return matching(acts, q), err
}

// SearchProcessors is SearchActivities for processors.
func (d *Desk) SearchProcessors(q string) (map[uint64]bool, error) {
	_, procs, err := d.SearchTexts()
	return matching(procs, q), err
}

func matching(texts map[uint64]string, q string) map[uint64]bool {
	words := model.SearchWords(q)
	out := map[uint64]bool{}
	for id, t := range texts {
		if model.MatchSearch(t, words) {
			out[id] = true
		}
	}
	return out
}

// RequestSearchDetails returns, by ID, the part of every request's searchable
// text that its row does not show (model.Request.SearchDetail: contact, notes).
// It reads every request once; the interface calls it when "/" is first used.
func (d *Desk) RequestSearchDetails() (map[uint64]string, error) {
	out := map[uint64]string{}
	err := d.ws.EachRequest(func(r model.Request) error {
		out[r.ID] = r.SearchDetail()
		return nil
	})
	return out, err
}
