package store

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

func TestRequestCRUDAndResolve(t *testing.T) {
	w := openTest(t)
	r := sampleRequest("Erika Mustermann")
	must(t, w.CreateRequest(r))
	want := fmt.Sprintf("R-2026-%04d", r.ID)
	if r.Ref != want || r.Status != "received" || r.Version != 1 {
		t.Fatalf("ref %q status %q, want %q received", r.Ref, r.Status, want)
	}
	for _, in := range []string{fmt.Sprint(r.ID), r.Ref, " r-2026-" + fmt.Sprintf("%04d", r.ID)} {
		got, err := w.ResolveRequest(in)
		must(t, err)
		if got.ID != r.ID {
			t.Fatalf("resolve %q = %d", in, got.ID)
		}
	}
	_, err := w.ResolveRequest("R-2026-9999")
	wantErr(t, err, ErrNotFound)
	_, err = w.ResolveRequest("9999")
	wantErr(t, err, ErrNotFound)

	got, _ := w.GetRequest(r.ID)
	if !got.Received.Equal(r.Received) || got.Contact != r.Contact || len(got.Events) != 2 {
		t.Fatalf("get = %+v", got)
	}
	stale := got
	got.Status = "in_progress"
	got.Events = append(got.Events, model.RequestEvent{Kind: "extend", At: got.UpdatedAt, Reason: "complex"})
	must(t, w.UpdateRequest(&got, "request.extend"))
	if got.Version != 2 {
		t.Fatalf("version after update = %d", got.Version)
	}
	wantErr(t, w.UpdateRequest(&stale, ""), ErrConflict)
	entries, err := w.Audit(AuditFilter{RecordID: r.ID, Kind: kindRequest})
	must(t, err)
	if len(entries) != 2 || entries[0].Action != "request.extend" || entries[0].Label != r.Ref {
		t.Fatalf("audit of the request = %+v", entries)
	}
	open, _ := w.ListRequests(RequestFilter{Status: "received"})
	if len(open) != 0 {
		t.Fatal("status index kept the old status")
	}
	must(t, w.DeleteRequest(r.ID))
	_, err = w.GetRequestByRef(r.Ref)
	wantErr(t, err, ErrNotFound)
}

func TestRequestRowsAreSlim(t *testing.T) {
	w := openTest(t)
	r := sampleRequest("Max Muster")
	must(t, w.CreateRequest(r))
	rows, err := w.RequestRows()
	must(t, err)
	full, _ := w.GetRequest(r.ID)
	if len(rows) != 1 {
		t.Fatalf("%d rows", len(rows))
	}
	assertSameRequest(t, rows[0], full.Slim())
}

// assertSameRequest compares requests with times compared as instants.
func assertSameRequest(t *testing.T, got, want model.Request) {
	t.Helper()
	norm := func(r model.Request) model.Request {
		r.Received, r.CreatedAt, r.UpdatedAt = r.Received.UTC(), r.CreatedAt.UTC(), r.UpdatedAt.UTC()
		r.Events = append([]model.RequestEvent(nil), r.Events...)
		for i := range r.Events {
			r.Events[i].At = r.Events[i].At.UTC()
		}
		return r
	}
	if !reflect.DeepEqual(norm(got), norm(want)) {
		t.Fatalf("request\n got %+v\nwant %+v", got, want)
	}
	if _, off := got.Received.Zone(); func() int { _, o := want.Received.Zone(); return o }() != off {
		t.Fatalf("zone offset of Received lost: %v vs %v", got.Received, want.Received)
	}
}

func TestListRequestsFilters(t *testing.T) {
	w := openTest(t)
	types := []string{"access", "erasure", "access", "objection"}
	statuses := []string{"received", "completed", "in_progress", "refused"}
	for i := range types {
		r := sampleRequest(fmt.Sprint("subject ", i))
		r.Type, r.Status = types[i], statuses[i]
		must(t, w.CreateRequest(r))
	}
	count := func(f RequestFilter) int {
		list, err := w.ListRequests(f)
		must(t, err)
		return len(list)
	}
	cases := []struct {
		f    RequestFilter
		want int
	}{
		{RequestFilter{}, 4}, {RequestFilter{Open: true}, 2}, {RequestFilter{Type: "access"}, 2},
		{RequestFilter{Type: "access", Open: true}, 2}, {RequestFilter{Status: "completed"}, 1},
		{RequestFilter{Status: "completed", Open: true}, 0},
	}
	for _, c := range cases {
		if got := count(c.f); got != c.want {
			t.Errorf("%+v: %d, want %d", c.f, got, c.want)
		}
	}
}

func TestBulkCreate10000Requests(t *testing.T) {
	w := openTest(t)
	const n = 10000
	reqs := make([]*model.Request, n)
	base := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	for i := range reqs {
		reqs[i] = &model.Request{Type: "access", Subject: fmt.Sprint("subject ", i), Channel: "email",
			Received: base.Add(time.Duration(i) * time.Minute), Jurisdiction: "eu"}
	}
	acts := []*model.Activity{sampleActivity("Bulk A"), sampleActivity("Bulk B")}
	var calls, last int
	err := w.BulkCreate(acts, []*model.Processor{sampleProcessor("Bulk P")}, reqs, func(done, total int) {
		calls++
		last = done
		if total != n+3 {
			t.Errorf("total %d", total)
		}
	})
	must(t, err)
	if last != n+3 || calls < n/progressEvery {
		t.Fatalf("progress: %d calls, last %d", calls, last)
	}
	c, err := w.Counts()
	must(t, err)
	if c.Requests != n || c.Activities != 2 || c.Processors != 1 || c.AuditEntries != n+3 {
		t.Fatalf("counts = %+v", c)
	}
	rows, _ := w.RequestRows()
	if len(rows) != n {
		t.Fatalf("%d rows", len(rows))
	}
	got, err := w.ResolveRequest(reqs[n-1].Ref)
	must(t, err)
	if got.Subject != "subject 9999" {
		t.Fatalf("last request = %+v", got)
	}
	// ordinary writes continue the chain and the IDs after a bulk
	r := sampleRequest("after bulk")
	must(t, w.CreateRequest(r))
	if r.ID <= reqs[n-1].ID {
		t.Fatalf("id %d reused after bulk (last bulk id %d)", r.ID, reqs[n-1].ID)
	}
	checked, broken, err := w.VerifyAudit()
	must(t, err)
	if broken != nil || checked != n+4 {
		t.Fatalf("verify: %d checked, broken %+v", checked, broken)
	}
	wantErr(t, w.BulkCreate([]*model.Activity{sampleActivity("bulk a")}, nil, nil, nil), ErrExists)
}

// TestConcurrentWritesKeepTheChain runs writers side by side, as Bubble Tea runs
// commands: Badger conflicts on the audit head are retried and the journal stays
// gap-free.
func TestConcurrentWritesKeepTheChain(t *testing.T) {
	w := openTest(t)
	const writers, each = 6, 15
	errs := make(chan error, writers)
	for g := range writers {
		go func() {
			for i := range each {
				if err := w.CreateRequest(sampleRequest(fmt.Sprint("writer ", g, " request ", i))); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range writers {
		must(t, <-errs)
	}
	checked, broken, err := w.VerifyAudit()
	must(t, err)
	if broken != nil || checked != writers*each {
		t.Fatalf("verify: %d checked, broken %+v", checked, broken)
	}
	c, _ := w.Counts()
	if c.Requests != writers*each {
		t.Fatalf("counts = %+v", c)
	}
}

func TestImplausibleReceivedRefused(t *testing.T) {
	w := openTest(t)
	for _, y := range []int{0, 1900, 1969, 2101} {
		r := sampleRequest("typo")
		r.Received = time.Date(y, 3, 1, 9, 0, 0, 0, time.UTC)
		if err := w.CreateRequest(r); err == nil || !strings.Contains(err.Error(), "implausible") {
			t.Errorf("year %d: %v", y, err)
		}
	}
	if c, _ := w.Counts(); c.Requests != 0 {
		t.Fatalf("%d requests stored", c.Requests)
	}
}
