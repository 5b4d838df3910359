package desk

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/dpodesk/dpodesk/importers/register"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// ImportRegister writes every record of a read spreadsheet register as one
// all-or-nothing bulk import (store.BulkImport): a crash leaves the register
// as it was, and key — the SHA-256 of the file — makes a second run of an
// import that was committed add nothing. It returns how many records were
// written.
func (d *Desk) ImportRegister(ctx context.Context, p register.Plan, key string, progress func(done, total int)) (int, error) {
	if err := d.allow(ActEdit, "import into the register"); err != nil {
		return 0, err
	}
	if err := validateRegisterPlan(&p, d.Today()); err != nil {
		return 0, err
	}
	batch := store.ImportBatch{Key: key, Action: model.ActionImportRegister, Progress: progress}
	n := 0
	switch p.Kind {
	case register.KindActivities:
		acts, err := linkProcessors(d.ws, p.Activities)
		if err != nil {
			return 0, err
		}
		batch.Activities, n = acts, len(acts)
	case register.KindProcessors:
		for i := range p.Processors {
			batch.Processors = append(batch.Processors, &p.Processors[i].Processor)
		}
		n = len(batch.Processors)
	default:
		for i := range p.Requests {
			batch.Requests = append(batch.Requests, &p.Requests[i].Request)
		}
		n = len(batch.Requests)
	}
	_, err := d.ws.BulkImport(ctx, batch)
	if errors.Is(err, store.ErrExists) {
		return 0, fmt.Errorf("%w; nothing was written: if this file was imported before, its records are already in the workspace; else rename or delete the existing record first", err)
	}
	if err != nil {
		return 0, err
	}
	return n, nil
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

// validateRegisterPlan normalises every activity and processor of the plan and
// checks it with the validator's rules for drafts: a malformed value (an
// unknown code, country or vocabulary key, an Art. 9 condition among the
// Art. 6 bases that cannot be moved) refuses the import with its rows named,
// while documentation a kept register lacks (a consent withdrawal route, a
// transfer safeguard) is imported as it is and reported by `check`, so an
// existing register can be taken over and completed in dpodesk.
func validateRegisterPlan(p *register.Plan, on model.Date) error {
	var bad []string
	note := func(row int, ps []model.Problem) {
		for _, pr := range ps {
			if pr.Severity == model.SeverityError {
				bad = append(bad, fmt.Sprintf("row %d: %s: %s", row, pr.Field, pr.Message))
				return
			}
		}
	}
	for i := range p.Activities {
		a := &p.Activities[i].Activity
		a.Normalize()
		draft := *a
		draft.Status = model.StatusDraft
		note(p.Activities[i].Row, draft.ValidateOn(on))
	}
	for i := range p.Processors {
		pr := &p.Processors[i].Processor
		pr.Normalize()
		draft := *pr
		draft.Status = model.StatusDraft
		note(p.Processors[i].Row, draft.ValidateOn(on))
	}
	if len(bad) == 0 {
		return nil
	}
	if len(bad) > 5 {
		bad = append(bad[:5], fmt.Sprintf("and %d more", len(bad)-5))
	}
	return &InputError{fmt.Errorf("%s; nothing was written: correct these rows and import again", strings.Join(bad, "; "))}
}
