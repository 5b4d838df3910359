package main

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/store"
	"github.com/dpodesk/dpodesk/tui"
)

// reviewPolicy is a fictional bakery's policy: two processing sections, each
// naming the service it uses.
const reviewPolicy = `# Privacy Policy of Lindenhof Bakery

## 1. Controller

The controller is Lindenhof Bakery GmbH, Am Markt 4, 12345 Musterstadt, Germany, e-mail privacy@lindenhof-bakery.example.

## 2. Newsletter

If you subscribe to our newsletter we process your e-mail address and your name to send you news about our products. The legal basis is your consent under Art. 6(1)(a) GDPR. You can withdraw your consent at any time by clicking the unsubscribe link. We use the service Brevo of Sendinblue SAS, France, to send the newsletter; a data processing agreement has been concluded. We keep your data until you unsubscribe.

## 3. Online orders

When you order cakes online we process your name, address, e-mail address and payment data to fulfil the contract under Art. 6(1)(b) GDPR. Payments are processed by Stripe Payments Europe Ltd., Ireland. We keep order data for ten years because of tax law.
%s
## 4. Your rights

You have the right of access (Art. 15 GDPR), rectification (Art. 16 GDPR) and erasure (Art. 17 GDPR).
`

// The second version adds a delivery service to the orders section.
const reviewDelivery = `
Your address is passed to Rolling Wheels Logistik GmbH, Germany, which delivers the cakes on our behalf.
`

func newImportFixture(t *testing.T) (tuiImport, string) {
	t.Helper()
	ws, err := store.Open(store.Options{Name: "t", Dir: t.TempDir(), Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	a := newApp(nil, io.Discard, io.Discard)
	a.now = func() time.Time { return time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC) }
	return tuiImport{a: a, ws: ws}, filepath.Join(t.TempDir(), "bakery-policy.md")
}

func writePolicy(t *testing.T, path, extra string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(strings.Replace(reviewPolicy, "%s", extra, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func indexOfActivity(rv tui.ImportReview, name string) int {
	return slices.IndexFunc(rv.Activities, func(s tui.SuggestedActivity) bool { return s.Activity.Name == name })
}

func TestTUIImportAcceptsOnlyChosen(t *testing.T) {
	ti, path := newImportFixture(t)
	writePolicy(t, path, "")
	rv, err := ti.read(path)
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
	stripe := slices.IndexFunc(rv.Processors, func(s tui.SuggestedProcessor) bool { return strings.Contains(s.Processor.Name, "Stripe") })
	if orders < 0 || stripe < 0 {
		t.Fatalf("suggestions: %+v %+v", rv.Activities, rv.Processors)
	}
	ev := rv.Activities[orders].Evidence
	if ev.End <= ev.Start || ev.End > len(rv.Document.Text) {
		t.Fatalf("activity evidence %+v outside the text", ev)
	}
	res, err := ti.apply(rv, []int{orders}, []int{stripe})
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

func TestTUIImportReimportShowsChanges(t *testing.T) {
	ti, path := newImportFixture(t)
	writePolicy(t, path, "")
	rv, err := ti.read(path)
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
	first, err := ti.apply(rv, all(len(rv.Activities)), all(len(rv.Processors)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ti.read(path); err == nil || !strings.Contains(err.Error(), "unchanged") {
		t.Fatalf("same bytes again: %v", err)
	}

	writePolicy(t, path, reviewDelivery)
	rv2, err := ti.read(path)
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
	res, err := ti.apply(rv2, all(len(rv2.Activities)), all(len(rv2.Processors)))
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
