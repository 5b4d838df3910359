package store

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dpodesk/dpodesk/model"
)

func testDueRule(t *testing.T, region string) *DueRule {
	t.Helper()
	rules, err := model.NewDeadlineRules(region, "", "")
	if err != nil {
		t.Fatal(err)
	}
	return &DueRule{Fingerprint: rules.Fingerprint(), Deadline: rules.Deadline}
}

func dueIDs(t *testing.T, w *Workspace) []uint64 {
	t.Helper()
	var ids []uint64
	if _, ready, err := w.DueIndex(func(e DueEntry) error { ids = append(ids, e.ID); return nil }); err != nil || !ready {
		t.Fatalf("due index not read (ready %v): %v", ready, err)
	}
	return ids
}

// A write made without a rule (an older build, a tool that opens the store
// alone) cannot keep the due index: it marks it stale, and setting the rule
// again rebuilds it, open requests only, soonest first.
func TestDueIndexRebuildsAfterAWriteWithoutRule(t *testing.T) {
	w := openTest(t)
	rule := testDueRule(t, "DE-BY")
	if err := w.SetDueRule(rule); err != nil {
		t.Fatal(err)
	}
	mk := func(day string) model.Request {
		d, err := model.ParseDate(day)
		if err != nil {
			t.Fatal(err)
		}
		r, err := model.NewRequest("access", "A", "", "email", "eu", model.ReceivedOnDay(d, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		if err := w.CreateRequest(&r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	late, early := mk("2026-03-02"), mk("2026-02-02")
	if got := dueIDs(t, w); len(got) != 2 || got[0] != early.ID || got[1] != late.ID {
		t.Fatalf("index %v, want %d then %d", got, early.ID, late.ID)
	}

	w.due.Store(nil) // as a process without rules writes
	closed := late
	closed.Status, closed.Outcome = "completed", "fulfilled"
	if err := w.UpdateRequest(&closed, "update"); err != nil {
		t.Fatal(err)
	}
	if ready, err := w.dueIndexReady(rule); err != nil || ready {
		t.Fatalf("after a write without a rule the index still counts as ready (%v)", err)
	}
	if err := w.SetDueRule(rule); err != nil {
		t.Fatal(err)
	}
	if ready, _ := w.DueIndexReady(); !ready {
		t.Fatal("not ready after the rebuild")
	}
	if got := dueIDs(t, w); len(got) != 1 || got[0] != early.ID {
		t.Fatalf("index after rebuild %v, want only the open request %d", got, early.ID)
	}
}

// Another holiday region is another fingerprint: the index is rebuilt for it.
func TestDueIndexFollowsTheRules(t *testing.T) {
	w := openTest(t)
	if err := w.SetDueRule(testDueRule(t, "DE-BY")); err != nil {
		t.Fatal(err)
	}
	other := testDueRule(t, "none")
	w.due.Store(other)
	if ready, _ := w.DueIndexReady(); ready {
		t.Fatal("an index built for DE-BY counts as ready for weekends only")
	}
	if err := w.SetDueRule(other); err != nil {
		t.Fatal(err)
	}
	if ready, _ := w.DueIndexReady(); !ready {
		t.Fatal("not rebuilt for the new rules")
	}
}

// A workspace written before rows carried the contact: its checks pass as
// they are, the export reads every contact from the records meanwhile, and
// the rebuild its first open with the current layout runs brings every row
// (and its copy in due order) up to date.
func TestRowsWithoutContactAreBroughtUpToDate(t *testing.T) {
	w := openTest(t)
	rule := testDueRule(t, "DE-BY")
	if err := w.SetDueRule(rule); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, name := range []string{"Ada", "Ben", "Cem"} {
		r := sampleRequest(name)
		must(t, w.CreateRequest(r))
		want = append(want, r.Contact)
	}
	// as an older build left them: v2 rows, and an index of the older layout
	wb := w.db.NewWriteBatch()
	must(t, w.EachRequest(func(r model.Request) error {
		return wb.Set(idKey(prefixRequestRow, r.ID), encodeRequestRowAs(rowRequestV2, r.Slim()))
	}))
	must(t, wb.Set(keyDueFingerprint, []byte("2|"+rule.Fingerprint)))
	must(t, wb.Flush())
	if rep, err := w.Check(context.Background()); err != nil || len(rep.Problems) != 0 {
		t.Fatalf("check of the older rows: %v %v", err, rep.Problems)
	}
	contacts := func() []string {
		var got []string
		dec := NewRequestRowDecoder()
		must(t, w.EachCurrentRequestRow(func(raw []byte) error {
			r, err := dec.Decode(raw)
			got = append(got, r.Contact)
			return err
		}))
		return got
	}
	if got := contacts(); !slices.Equal(got, want) {
		t.Fatalf("export before the rebuild reads contacts %q, want %q", got, want)
	}
	if err := w.SetDueRule(rule); err != nil {
		t.Fatal(err)
	}
	must(t, w.view(func(txn *badger.Txn) error {
		return scanRaw(txn, prefixRequestRow, func(k, v []byte) error {
			if v[0] != rowRequestV3 {
				t.Errorf("request %d: row layout %d after the rebuild", idOf(k), v[0])
			}
			return nil
		})
	}))
	if got := contacts(); !slices.Equal(got, want) {
		t.Fatalf("export after the rebuild reads contacts %q, want %q", got, want)
	}
	if rep, err := w.Check(context.Background()); err != nil || len(rep.Problems) != 0 {
		t.Fatalf("check after the rebuild: %v %v", err, rep.Problems)
	}
}

// The width index keeps the widest ref, subject, type and status; a workspace
// whose index was built before it had widths gets them from the rebuild its
// next open runs, and the check finds a width key missing or astray.
func TestWidthIndex(t *testing.T) {
	w := openTest(t)
	rule := testDueRule(t, "DE-BY")
	if err := w.SetDueRule(rule); err != nil {
		t.Fatal(err)
	}
	if got, ready, err := w.RequestWidths(); err != nil || !ready || got != (RequestWidths{}) {
		t.Fatalf("empty workspace: widths %+v, ready %v (%v)", got, ready, err)
	}
	var ids []uint64
	for _, name := range []string{"Ada", "Zoë Ångström-Lindqvist", "Ben\x1b"} {
		r := sampleRequest(name)
		if err := w.CreateRequest(r); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID)
	}
	want := RequestWidths{Columns: [4]int{len("R-2026-0001"), len("Zoe Angstrom-Lindqvist"), len("access"), len("received")}, Any: true}
	widths := func(step string) RequestWidths {
		t.Helper()
		got, ready, err := w.RequestWidths()
		if err != nil || !ready {
			t.Fatalf("%s: widths not read (ready %v): %v", step, ready, err)
		}
		return got
	}
	if got := widths("created"); got != want {
		t.Fatalf("widths %+v, want %+v", got, want)
	}
	if err := w.DeleteRequest(ids[1]); err != nil {
		t.Fatal(err)
	}
	if got := widths("widest deleted"); got.Columns[1] != 4 { // "Ben␛"
		t.Fatalf("after the widest subject went, subject width %d, want 4", got.Columns[1])
	}

	// an index of layout 3, without widths: not ready, and rebuilt with them
	err := w.db.Update(func(txn *badger.Txn) error {
		if err := txn.Set(keyDueFingerprint, []byte("3|"+rule.Fingerprint)); err != nil {
			return err
		}
		return txn.Delete(widthKey('s', 4, ids[2]))
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, ready, _ := w.RequestWidths(); ready {
		t.Fatal("an index of layout 3 counts as ready")
	}
	if err := w.SetDueRule(rule); err != nil {
		t.Fatal(err)
	}
	if got := widths("rebuilt"); got.Columns[1] != 4 || got.Columns[0] != want.Columns[0] {
		t.Fatalf("after the rebuild widths %+v", got)
	}

	// damage: a width key gone, one astray
	err = w.db.Update(func(txn *badger.Txn) error {
		if err := txn.Delete(widthKey('s', 4, ids[2])); err != nil {
			return err
		}
		return txn.Set(widthKey('t', 99, ids[0]), nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := w.Check(context.Background())
	if err == nil {
		t.Fatal("the check passes a damaged width index")
	}
	for _, p := range []string{"missing from the width index", "the width index files a width"} {
		if !slices.ContainsFunc(rep.Problems, func(s string) bool { return strings.Contains(s, p) }) {
			t.Errorf("the check does not say %q: %q", p, rep.Problems)
		}
	}
}
