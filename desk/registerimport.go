package desk

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dpodesk/dpodesk/importers/register"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// ImportRegister writes every record of a read spreadsheet register in one
// store call: activities and processors in one transaction through Apply;
// requests through BulkCreate, the store's only call that takes many requests
// at once. It returns how many records were written.
func (d *Desk) ImportRegister(p register.Plan) (int, error) {
	if err := d.allow(ActEdit, "import into the register"); err != nil {
		return 0, err
	}
	n, err := d.importPlan(p)
	if errors.Is(err, store.ErrExists) {
		return 0, fmt.Errorf("%w; nothing was written: rename or delete the existing record first", err)
	}
	return n, err
}

func (d *Desk) importPlan(p register.Plan) (int, error) {
	switch p.Kind {
	case register.KindActivities:
		acts, err := linkProcessors(d.ws, p.Activities)
		if err != nil {
			return 0, err
		}
		return len(acts), d.ws.Apply(store.Changeset{Action: "import.register", NewActivities: acts})
	case register.KindProcessors:
		procs := make([]*model.Processor, len(p.Processors))
		for i := range p.Processors {
			procs[i] = &p.Processors[i].Processor
		}
		return len(procs), d.ws.Apply(store.Changeset{Action: "import.register", NewProcessors: procs})
	}
	reqs := make([]*model.Request, len(p.Requests))
	for i := range p.Requests {
		reqs[i] = &p.Requests[i].Request
	}
	return len(reqs), d.ws.BulkCreate(nil, nil, reqs, nil)
}

// linkProcessors resolves the processor names of each activity to the IDs of
// processors already in the workspace. An unknown name stops the import: the
// link would otherwise be lost without anyone noticing.
func linkProcessors(ws *store.Workspace, recs []register.ActivityRecord) ([]*model.Activity, error) {
	procs, err := ws.ListProcessors(store.ProcessorFilter{})
	if err != nil {
		return nil, err
	}
	ids := map[string]uint64{}
	for _, p := range procs {
		for _, n := range append([]string{p.Name, p.LegalEntity}, p.Aliases...) {
			if k := strings.ToLower(strings.TrimSpace(n)); k != "" && ids[k] == 0 {
				ids[k] = p.ID
			}
		}
	}
	var missing []string
	acts := make([]*model.Activity, len(recs))
	for i := range recs {
		acts[i] = &recs[i].Activity
		for _, n := range recs[i].Processors {
			id, ok := ids[strings.ToLower(n)]
			if !ok {
				missing = append(missing, fmt.Sprintf("row %d: %q", recs[i].Row, n))
				continue
			}
			acts[i].ProcessorIDs = append(acts[i].ProcessorIDs, id)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("processors not in the workspace (%s); nothing was written: "+
			"import the processors register first with --kind processors, or add them with processor add", strings.Join(missing, ", "))
	}
	return acts, nil
}
