package store

import (
	"encoding/json"
	"fmt"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// fillJournal writes a few records so that the journal has n entries.
func fillJournal(t *testing.T, w *Workspace, n int) {
	t.Helper()
	for i := range n {
		must(t, w.CreateActivity(sampleActivity(fmt.Sprint("activity ", i))))
	}
}

func TestAuditChainVerifies(t *testing.T) {
	w := openTest(t)
	fillJournal(t, w, 5)
	a, _, _ := w.FindActivityByName("activity 2")
	a.Owner = "HR"
	must(t, w.UpdateActivity(&a))
	must(t, w.DeleteActivity(a.ID))
	checked, broken, err := w.VerifyAudit()
	must(t, err)
	if checked != 7 || broken != nil {
		t.Fatalf("verify = %d, %+v", checked, broken)
	}
	entries, err := w.Audit(AuditFilter{RecordID: a.ID})
	must(t, err)
	if len(entries) != 3 || entries[0].Action != "delete" || entries[2].Action != "create" ||
		entries[0].After != nil || entries[1].Before == nil {
		t.Fatalf("entries of %d: %+v", a.ID, entries)
	}
	var before model.Activity
	must(t, json.Unmarshal(entries[1].Before, &before))
	if before.Owner != "" || before.Version != 1 {
		t.Fatalf("before of update = %+v", before)
	}
}

func TestAuditPaging(t *testing.T) {
	w := openTest(t)
	fillJournal(t, w, 7)
	page, err := w.Audit(AuditFilter{Limit: 3})
	must(t, err)
	if len(page) != 3 || page[0].Seq != 7 || page[2].Seq != 5 {
		t.Fatalf("first page = %v", seqs(page))
	}
	page, _ = w.Audit(AuditFilter{Limit: 3, BeforeSeq: page[2].Seq})
	if len(page) != 3 || page[0].Seq != 4 || page[2].Seq != 2 {
		t.Fatalf("second page = %v", seqs(page))
	}
	page, _ = w.Audit(AuditFilter{Limit: 3, BeforeSeq: 2})
	if len(page) != 1 || page[0].Seq != 1 || page[0].Prev != "" {
		t.Fatalf("last page = %v", seqs(page))
	}
	if page, _ = w.Audit(AuditFilter{BeforeSeq: 1}); len(page) != 0 {
		t.Fatalf("before the first = %v", seqs(page))
	}
	if page, _ = w.Audit(AuditFilter{Kind: kindRequest}); len(page) != 0 {
		t.Fatalf("requests = %v", seqs(page))
	}
}

func seqs(list []model.AuditEntry) []uint64 {
	var out []uint64
	for _, e := range list {
		out = append(out, e.Seq)
	}
	return out
}

// rawRewrite changes a stored journal entry behind the store's back.
func rawRewrite(t *testing.T, w *Workspace, seq uint64, change func(*model.AuditEntry)) {
	t.Helper()
	must(t, w.db.Update(func(txn *badger.Txn) error {
		var e model.AuditEntry
		if err := getValue(txn, keyLog(seq), &e); err != nil {
			return err
		}
		change(&e)
		v, err := encode(e)
		if err != nil {
			return err
		}
		return txn.Set(keyLog(seq), v)
	}))
}

func TestVerifyAuditFindsAlteredEntry(t *testing.T) {
	w := openTest(t)
	fillJournal(t, w, 6)
	rawRewrite(t, w, 4, func(e *model.AuditEntry) { e.Label = "something else" })
	checked, broken, err := w.VerifyAudit()
	must(t, err)
	if broken == nil || broken.Seq != 4 || checked != 3 {
		t.Fatalf("altered label: checked %d, broken %+v", checked, broken)
	}
}

func TestVerifyAuditFindsRehashedEntry(t *testing.T) {
	w := openTest(t)
	fillJournal(t, w, 6)
	// an editor who also recomputes the entry's own hash breaks the next link
	rawRewrite(t, w, 3, func(e *model.AuditEntry) {
		e.After = json.RawMessage(`{"name":"forged"}`)
		e.Hash = auditHash(*e)
	})
	_, broken, err := w.VerifyAudit()
	must(t, err)
	if broken == nil || broken.Seq != 4 {
		t.Fatalf("rehashed entry: broken %+v, want seq 4", broken)
	}
}

func TestVerifyAuditFindsMissingEntries(t *testing.T) {
	w := openTest(t)
	fillJournal(t, w, 5)
	must(t, w.db.Update(func(txn *badger.Txn) error { return txn.Delete(keyLog(2)) }))
	_, broken, _ := w.VerifyAudit()
	if broken == nil || broken.Seq != 2 {
		t.Fatalf("gap: broken %+v", broken)
	}

	w2 := openTest(t)
	fillJournal(t, w2, 5)
	must(t, w2.db.Update(func(txn *badger.Txn) error { return txn.Delete(keyLog(5)) }))
	checked, broken, _ := w2.VerifyAudit()
	if broken == nil || broken.Seq != 5 || checked != 4 {
		t.Fatalf("removed tail: checked %d broken %+v", checked, broken)
	}
}
