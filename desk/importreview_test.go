package desk

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// testdata/bakery-policy.md is a fictional bakery's policy: two processing
// sections, each naming the service it uses; %s marks where its second version
// adds testdata/bakery-delivery.txt, a delivery service in the orders section.
func bakeryPolicy(t testing.TB, extra bool) string {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("testdata", "bakery-policy.md"))
	if err != nil {
		t.Fatal(err)
	}
	add := ""
	if extra {
		b, err := os.ReadFile(filepath.Join("testdata", "bakery-delivery.txt"))
		if err != nil {
			t.Fatal(err)
		}
		add = string(b)
	}
	return strings.Replace(string(text), "%s", add, 1)
}

func newImportFixture(t *testing.T) (*Desk, string) {
	t.Helper()
	ws, err := store.Open(store.Options{Name: "t", Dir: t.TempDir(), Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	d := New(ws, Options{Now: func() time.Time { return time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC) }})
	return d, filepath.Join(t.TempDir(), "bakery-policy.md")
}

func writePolicy(t *testing.T, path string, extra bool) {
	t.Helper()
	if err := os.WriteFile(path, []byte(bakeryPolicy(t, extra)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func indexOfActivity(rv model.ImportReview, name string) int {
	return slices.IndexFunc(rv.Activities, func(s model.SuggestedActivity) bool { return s.Activity.Name == name })
}

func TestImportReviewAcceptsOnlyChosen(t *testing.T) {
	ti, path := newImportFixture(t)
	writePolicy(t, path, false)
	rv, err := ti.ReadImport(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(rv.Activities) != 2 || len(rv.Processors) < 2 || len(rv.Changes) != 0 {
		t.Fatalf("review: %d activities, %d processors, changes %v", len(rv.Activities), len(rv.Processors), rv.Changes)
	}
	if docs, _ := ti.ws.ListDocuments(); len(docs) != 0 {
		t.Fatal("reading stored something")
	}
	orders := indexOfActivity(rv, "Online orders")
	stripe := slices.IndexFunc(rv.Processors, func(s model.SuggestedProcessor) bool { return strings.Contains(s.Processor.Name, "Stripe") })
	if orders < 0 || stripe < 0 {
		t.Fatalf("suggestions: %+v %+v", rv.Activities, rv.Processors)
	}
	ev := rv.Activities[orders].Evidence
	if ev.End <= ev.Start || ev.End > len(rv.Document.Text) {
		t.Fatalf("activity evidence %+v outside the text", ev)
	}
	res, err := ti.ApplyImport(rv, []int{orders}, []int{stripe})
	if err != nil {
		t.Fatal(err)
	}
	if res.Activities != 1 || res.Processors != 1 || res.Merged != 0 || res.DocumentID == 0 {
		t.Fatalf("result %+v", res)
	}
	rows, _ := ti.ws.ActivityRows()
	if len(rows) != 1 || rows[0].Name != "Online orders" {
		t.Fatalf("stored activities %+v", rows)
	}
	act, err := ti.ws.GetActivity(rows[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if act.Status != "draft" || len(act.ProcessorIDs) != 1 {
		t.Fatalf("activity %+v: want a draft linked to one processor", act)
	}
	if act.Source == nil || act.Source.DocumentID != res.DocumentID {
		t.Fatalf("evidence %+v does not point at document %d", act.Source, res.DocumentID)
	}
	proc, err := ti.ws.GetProcessor(act.ProcessorIDs[0])
	if err != nil || !strings.Contains(proc.Name, "Stripe") {
		t.Fatalf("linked processor %+v, %v", proc, err)
	}
	if procs, _ := ti.ws.ProcessorRows(); len(procs) != 1 {
		t.Fatalf("%d processors stored, want only the accepted one", len(procs))
	}
}

func TestImportReviewReimportShowsChanges(t *testing.T) {
	ti, path := newImportFixture(t)
	writePolicy(t, path, false)
	rv, err := ti.ReadImport(path)
	if err != nil {
		t.Fatal(err)
	}
	all := func(n int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = i
		}
		return out
	}
	first, err := ti.ApplyImport(rv, all(len(rv.Activities)), all(len(rv.Processors)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ti.ReadImport(path); err == nil || !strings.Contains(err.Error(), "unchanged") {
		t.Fatalf("same bytes again: %v", err)
	}

	writePolicy(t, path, true)
	rv2, err := ti.ReadImport(path)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(rv2.Changes, func(l string) bool {
		return strings.HasPrefix(l, "+ recipients:") && strings.Contains(l, "Rolling Wheels")
	}) {
		t.Fatalf("changes %q do not list the added recipient", rv2.Changes)
	}
	if rv2.Document.Supersedes != first.DocumentID {
		t.Fatalf("supersedes %d", rv2.Document.Supersedes)
	}
	if rv2.PreviousImported.IsZero() {
		t.Fatal("no date of the previous version")
	}
	if i := indexOfActivity(rv2, "Online orders"); i < 0 || rv2.Activities[i].MergesInto != "Online orders" {
		t.Fatalf("Online orders should merge into the stored activity: %+v", rv2.Activities)
	}
	res, err := ti.ApplyImport(rv2, all(len(rv2.Activities)), all(len(rv2.Processors)))
	if err != nil {
		t.Fatal(err)
	}
	if res.Merged == 0 {
		t.Fatalf("re-import merged nothing: %+v", res)
	}
	if rows, _ := ti.ws.ActivityRows(); len(rows) != 2 {
		t.Fatalf("%d activities after the re-import, want 2 (merged)", len(rows))
	}
}
