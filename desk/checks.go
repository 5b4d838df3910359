package desk

import (
	"context"
	"errors"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// Findings runs every compliance rule of model.Check over every record with
// the workspace's deadline rules: what `check` prints, the dashboard shows and
// the server reports. A read error is returned, never skipped, so a finding is
// never missing because a record could not be read.
func (d *Desk) Findings(ctx context.Context) ([]model.Finding, error) {
	acts, errA := d.ws.ListActivities(store.ActivityFilter{})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	procs, errP := d.ws.ListProcessors(store.ProcessorFilter{})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	reqs, errR := d.ws.RequestRows() // slim rows carry every event but notes: enough for deadlines
	if err := errors.Join(errA, errP, errR); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fs := model.Check(model.CheckInput{
		Activities: acts, Processors: procs, Requests: reqs, Today: d.Today(),
		Deadline: d.Rules().Deadline,
	})
	breaches, err := d.BreachFindings()
	if err != nil {
		return nil, err
	}
	fs = append(fs, breaches...)
	model.SortFindings(fs)
	if fs == nil {
		fs = []model.Finding{}
	}
	return fs, nil
}

// CountSeverity counts the findings of one severity.
func CountSeverity(fs []model.Finding, sev string) int {
	n := 0
	for _, f := range fs {
		if f.Severity == sev {
			n++
		}
	}
	return n
}

// CheckWorkspace verifies the whole workspace: the journal's hash chain and
// its anchor, every record against the journal's last state of it, each row
// and counter against the records (store.Workspace.Check).
func (d *Desk) CheckWorkspace(ctx context.Context) (store.CheckReport, error) {
	return d.ws.Check(ctx)
}
