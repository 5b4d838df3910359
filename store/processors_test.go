package store

import (
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

func TestProcessorCRUDAndAliasIndex(t *testing.T) {
	w := openTest(t)
	p := sampleProcessor("Mailjet", "Mailjet SAS", "MJ")
	must(t, w.CreateProcessor(p))
	if p.ID == 0 || p.Version != 1 || p.Status != model.StatusActive {
		t.Fatalf("create = %+v", p)
	}
	for _, name := range []string{"mailjet", "MAILJET GMBH", "mj", "mailjet sas"} {
		got, found, err := w.FindProcessorByName(name)
		must(t, err)
		if !found || got.ID != p.ID {
			t.Fatalf("find %q = %v", name, found)
		}
	}
	p.Aliases = []string{"Sinch Email"}
	p.LegalEntity = ""
	must(t, w.UpdateProcessor(p))
	for _, gone := range []string{"mj", "mailjet sas", "mailjet gmbh"} {
		if _, found, _ := w.FindProcessorByName(gone); found {
			t.Fatalf("%q still indexed after the alias changed", gone)
		}
	}
	if _, found, _ := w.FindProcessorByName("sinch email"); !found {
		t.Fatal("new alias not indexed")
	}
	stale := *p
	stale.Version = 1
	wantErr(t, w.UpdateProcessor(&stale), ErrConflict)
	wantErr(t, w.CreateProcessor(sampleProcessor("MAILJET")), ErrExists)

	must(t, w.DeleteProcessor(p.ID))
	_, err := w.GetProcessor(p.ID)
	wantErr(t, err, ErrNotFound)
	if _, found, _ := w.FindProcessorByName("sinch email"); found {
		t.Fatal("alias found after delete")
	}
}

func TestProcessorLinksAndRows(t *testing.T) {
	w := openTest(t)
	p1, p2 := sampleProcessor("AWS"), sampleProcessor("Personio")
	p2.Status = model.StatusDraft
	must(t, w.CreateProcessor(p1))
	must(t, w.CreateProcessor(p2))
	a := sampleActivity("Hosting")
	a.ProcessorIDs = []uint64{p1.ID, p2.ID}
	must(t, w.CreateActivity(a))

	rows, err := w.ActivitiesOfProcessor(p2.ID)
	must(t, err)
	if len(rows) != 1 || rows[0].ID != a.ID {
		t.Fatalf("activities of %d = %+v", p2.ID, rows)
	}
	wantErr(t, w.DeleteProcessor(p2.ID), ErrInUse)

	a.ProcessorIDs = []uint64{p1.ID}
	must(t, w.UpdateActivity(a))
	rows, _ = w.ActivitiesOfProcessor(p2.ID)
	if len(rows) != 0 {
		t.Fatalf("link kept after the activity dropped the processor: %+v", rows)
	}
	must(t, w.DeleteProcessor(p2.ID))

	prows, err := w.ProcessorRows()
	must(t, err)
	if len(prows) != 1 || prows[0] != p1.Row() {
		t.Fatalf("processor rows = %+v, want %+v", prows, p1.Row())
	}
	list, err := w.ListProcessors(ProcessorFilter{NameContains: "aws gmb"})
	must(t, err)
	if len(list) != 1 {
		t.Fatalf("list by legal entity = %d", len(list))
	}
	list, _ = w.ListProcessors(ProcessorFilter{Status: model.StatusDraft})
	if len(list) != 0 {
		t.Fatalf("draft processors = %d", len(list))
	}
}

// TestNoStaleIndexKeys checks the index at the key level: after edits and
// deletes, exactly the keys of the stored records remain.
func TestNoStaleIndexKeys(t *testing.T) {
	w := openTest(t)
	p := sampleProcessor("Zendesk", "ZD", "Zendesk Inc")
	must(t, w.CreateProcessor(p))
	a := sampleActivity("Support")
	a.ProcessorIDs = []uint64{p.ID}
	must(t, w.CreateActivity(a))
	p.Name, p.Aliases, p.Status = "Zendesk EU", []string{"ZD"}, model.StatusRetired
	must(t, w.UpdateProcessor(p))
	a.Name, a.ProcessorIDs, a.Status = "Customer support", nil, model.StatusDraft
	must(t, w.UpdateActivity(a))
	want := len(processorIndexKeys(p)) + len(activityIndexKeys(a))
	var got int
	must(t, w.view(func(txn *badger.Txn) error {
		got = countKeys(txn, []byte("ix/activity/")) + countKeys(txn, []byte("ix/processor/"))
		return nil
	}))
	if got != want {
		t.Fatalf("%d index keys, want %d", got, want)
	}
	must(t, w.DeleteActivity(a.ID))
	must(t, w.DeleteProcessor(p.ID))
	must(t, w.view(func(txn *badger.Txn) error {
		got = countKeys(txn, []byte("ix/activity/")) + countKeys(txn, []byte("ix/processor/")) +
			countKeys(txn, prefixActivityRow) + countKeys(txn, prefixProcessorRow)
		return nil
	}))
	if got != 0 {
		t.Fatalf("%d index or row keys left after deleting everything", got)
	}
}
