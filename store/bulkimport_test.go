package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

func manyRequests(n int) []*model.Request {
	reqs := make([]*model.Request, n)
	base := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	for i := range reqs {
		reqs[i] = &model.Request{Type: "access", Subject: fmt.Sprint("subject ", i), Channel: "email",
			Received: base.Add(time.Duration(i) * time.Minute), Jurisdiction: "eu"}
	}
	return reqs
}

func manyActivities(n int) []*model.Activity {
	acts := make([]*model.Activity, n)
	for i := range acts {
		acts[i] = &model.Activity{Name: fmt.Sprint("activity ", i), Purposes: []string{"purpose"}, LegalBases: []string{"6.1.b"}}
	}
	return acts
}

func mustCheck(t *testing.T, w *Workspace) CheckReport {
	t.Helper()
	rep, err := w.Check(context.Background())
	if err != nil {
		t.Fatalf("check: %v (%v)", err, rep.Problems)
	}
	return rep
}

// A crash in the middle of an import (the directory copied as it is at that
// moment, batches already on disk) leaves nothing of it after the next open:
// no record, row, copy, index key or journal entry.
func TestCrashedImportRolledBackAtOpen(t *testing.T) {
	w := openTest(t)
	must(t, w.CreateRequest(sampleRequest("before the import")))
	before := bundleOf(t, w)
	var snap string
	_, err := w.BulkImport(context.Background(), ImportBatch{Key: "file-sha", Activities: manyActivities(3000),
		Requests: manyRequests(6000),
		Progress: func(done, total int) {
			if done == 7000 {
				snap = copyDir(t, w.Dir())
			}
		}})
	must(t, err)
	if snap == "" {
		t.Fatal("no snapshot taken")
	}
	crashed, err := Open(testOptions(t, snap))
	must(t, err)
	defer crashed.Close()
	if c, _ := crashed.Counts(); c.Requests != 1 || c.Activities != 0 {
		t.Fatalf("after the rollback %d requests and %d activities, want 1 and 0", c.Requests, c.Activities)
	}
	got := bundleOf(t, crashed)
	if len(got.Requests) != 1 || len(got.Audit) != len(before.Audit) {
		t.Fatalf("rollback left %d requests and %d journal entries, want 1 and %d", len(got.Requests), len(got.Audit), len(before.Audit))
	}
	mustCheck(t, crashed)
	// the retry in the crashed copy goes through, once
	_, err = crashed.BulkImport(context.Background(), ImportBatch{Key: "file-sha", Activities: manyActivities(3000),
		Requests: manyRequests(6000)})
	must(t, err)
	if c, _ := crashed.Counts(); c.Requests != 6001 || c.Activities != 3000 {
		t.Fatalf("after the retry %d requests and %d activities, want 6001 and 3000", c.Requests, c.Activities)
	}
	mustCheck(t, crashed)
}

// Re-running an import that committed is refused: no duplicates.
func TestCommittedImportNotRepeated(t *testing.T) {
	w := openTest(t)
	res, err := w.BulkImport(context.Background(), ImportBatch{Key: "k1", Requests: manyRequests(50)})
	must(t, err)
	if res.Requests != 50 {
		t.Fatalf("result %+v", res)
	}
	_, err = w.BulkImport(context.Background(), ImportBatch{Key: "k1", Requests: manyRequests(50)})
	wantErr(t, err, ErrExists)
	if c, _ := w.Counts(); c.Requests != 50 {
		t.Fatalf("%d requests after the refused retry, want 50", c.Requests)
	}
}

// The sheets of one workbook are imported one kind after the other under the
// same key: each kind goes in once, and a repeat of any of them is refused.
func TestEachKindOfOneInputImportedOnce(t *testing.T) {
	w := openTest(t)
	_, err := w.BulkImport(context.Background(), ImportBatch{Key: "book", Processors: []*model.Processor{{Name: "Hosting GmbH"}}})
	must(t, err)
	_, err = w.BulkImport(context.Background(), ImportBatch{Key: "book", Activities: manyActivities(3)})
	must(t, err)
	_, err = w.BulkImport(context.Background(), ImportBatch{Key: "book", Requests: manyRequests(4)})
	must(t, err)
	for name, in := range map[string]ImportBatch{
		"processors": {Key: "book", Processors: []*model.Processor{{Name: "Other GmbH"}}},
		"activities": {Key: "book", Activities: manyActivities(3)},
		"requests":   {Key: "book", Requests: manyRequests(4)},
	} {
		_, err := w.BulkImport(context.Background(), in)
		wantErr(t, err, ErrExists)
		if err != nil && !strings.Contains(err.Error(), "(3 activities, 1 processors, 4 requests)") {
			t.Errorf("%s: %v", name, err)
		}
	}
	if c, _ := w.Counts(); c.Activities != 3 || c.Processors != 1 || c.Requests != 4 {
		t.Fatalf("counts %+v after the refused repeats", c)
	}
}

// A cancelled import is rolled back at once.
func TestCancelledImportLeavesNothing(t *testing.T) {
	w := openTest(t)
	ctx, cancel := context.WithCancel(context.Background())
	_, err := w.BulkImport(ctx, ImportBatch{Requests: manyRequests(3000), Progress: func(done, _ int) {
		if done == 1500 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want cancelled", err)
	}
	if c, _ := w.Counts(); c.Requests != 0 {
		t.Fatalf("%d requests after a cancelled import", c.Requests)
	}
	rep := mustCheck(t, w)
	if rep.Entries != 0 {
		t.Fatalf("%d journal entries after a cancelled import", rep.Entries)
	}
}

// A register of thousands of activities, more than one Badger transaction
// holds, goes in through Apply all the same.
func TestApplyLargeRegister(t *testing.T) {
	w := openTest(t)
	acts := make([]*model.Activity, 3000)
	for i := range acts {
		acts[i] = sampleActivity(fmt.Sprint("Activity ", i))
	}
	must(t, w.Apply(Changeset{Action: "import.register", NewActivities: acts}))
	if c, _ := w.Counts(); c.Activities != 3000 {
		t.Fatalf("%d activities, want 3000", c.Activities)
	}
	if acts[0].ID == 0 {
		t.Fatal("the caller's records did not get their IDs")
	}
	rep := mustCheck(t, w)
	if rep.Entries != 3000 {
		t.Fatalf("%d journal entries, want 3000", rep.Entries)
	}
}
