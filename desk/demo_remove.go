package desk

import (
	"context"
	"errors"
	"fmt"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// The demo's records are marked when they are loaded (store.DemoMark), so that
// they can be removed again in one step without touching anything the user
// recorded since.

func demoMark(acts []*model.Activity, procs []*model.Processor, reqs []*model.Request, prev model.Organisation) store.DemoMark {
	ids := func(n int, id func(int) uint64) []uint64 {
		out := make([]uint64, n)
		for i := range out {
			out[i] = id(i)
		}
		return out
	}
	return store.DemoMark{
		Activities:   store.IDRuns(ids(len(acts), func(i int) uint64 { return acts[i].ID })),
		Processors:   store.IDRuns(ids(len(procs), func(i int) uint64 { return procs[i].ID })),
		Requests:     store.IDRuns(ids(len(reqs), func(i int) uint64 { return reqs[i].ID })),
		Organisation: demoOrganisation.Name, Previous: prev,
	}
}

// DemoSize is what the demo adds to a workspace (LoadDemo at scale 0), for a
// face to say before it loads.
func DemoSize() DemoLoaded {
	return DemoLoaded{Activities: len(demoActivities), Processors: len(demoProcessors), Requests: demoRequestCount}
}

// demoRequestCount is the number of requests the demo writes at scale 0.
const demoRequestCount = 60

// HasDemo reports whether the workspace holds demo data that can be removed.
func (d *Desk) HasDemo() (bool, error) {
	_, found, err := d.ws.Demo()
	return found, err
}

// ErrNoDemo says there is no demo data to remove.
var ErrNoDemo = errors.New("this workspace has no demo data to remove (only data loaded with `dpodesk demo` or D can be removed)")

// RemoveDemo deletes the records the demo loaded that still exist, in one
// transaction with one audit entry, and restores the organisation the
// workspace had unless the user has entered their own since. Records the user
// created are never removed; if one of their activities uses a demo processor
// nothing is removed and the message says which.
func (d *Desk) RemoveDemo(ctx context.Context) (store.DemoRemoved, error) {
	if err := d.allow(ActAdmin, "remove demo data"); err != nil {
		return store.DemoRemoved{}, err
	}
	if found, err := d.HasDemo(); err != nil || !found {
		if err == nil {
			err = ErrNoDemo
		}
		return store.DemoRemoved{}, err
	}
	if err := ctx.Err(); err != nil {
		return store.DemoRemoved{}, err
	}
	return d.ws.RemoveDemo()
}

// DemoSummary says in words what the demo adds, for a question before loading.
func DemoSummary() string {
	n := DemoSize()
	return fmt.Sprintf("%d activities, %d processors and %d requests", n.Activities, n.Processors, n.Requests)
}

// RemoveDemoData is RemoveDemo for the interface: it says what was removed.
func (d *Desk) RemoveDemoData(ctx context.Context) (string, error) {
	n, err := d.RemoveDemo(ctx)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%d activities, %d processors, %d requests", n.Activities, n.Processors, n.Requests), nil
}

// DemoDescription is DemoSummary for the interface.
func (d *Desk) DemoDescription() string { return DemoSummary() }
