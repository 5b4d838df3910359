package store

import (
	"context"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

func TestCheckCleanWorkspace(t *testing.T) {
	w := openTest(t)
	fillForBackup(t, w, "check")
	rep, err := w.Check(context.Background())
	must(t, err)
	if rep.Records == 0 || rep.Entries == 0 || len(rep.Problems) != 0 {
		t.Fatalf("report %+v", rep)
	}
}

// A record rewritten in Badger without its journal entry is found, as is a
// record deleted behind the journal's back and a counter that drifted.
func TestCheckFindsChangesBehindTheJournal(t *testing.T) {
	cases := map[string]struct {
		edit func(txn *badger.Txn, reqID uint64) error
		want string
	}{
		"rewritten": {func(txn *badger.Txn, id uint64) error {
			item, err := txn.Get(idKey(prefixRequest, id))
			if err != nil {
				return err
			}
			v, _ := item.ValueCopy(nil)
			return txn.Set(idKey(prefixRequest, id), []byte(strings.Replace(string(v), "objection", "nbjection", 1)))
		}, "differs from its last audit journal entry"},
		"deleted": {func(txn *badger.Txn, id uint64) error {
			return txn.Delete(idKey(prefixRequest, id))
		}, "in the audit journal but missing"},
		"count": {func(txn *badger.Txn, id uint64) error {
			return txn.Set(keyCount(kindRequest), u64(99))
		}, "count says 99"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			w := openTest(t)
			r := sampleRequest("objection to marketing")
			must(t, w.CreateRequest(r))
			must(t, w.db.Update(func(txn *badger.Txn) error { return c.edit(txn, r.ID) }))
			rep, err := w.Check(context.Background())
			wantErr(t, err, ErrCorrupt)
			if !strings.Contains(strings.Join(rep.Problems, "\n"), c.want) {
				t.Fatalf("problems %q do not say %q", rep.Problems, c.want)
			}
		})
	}
}

// A journal that lost its tail together with its head pointer is found by the
// anchor beside the data, at the next open and by Check.
func TestLostJournalTailDetected(t *testing.T) {
	w := openTest(t)
	for i := range 5 {
		must(t, w.CreateRequest(sampleRequest(strings.Repeat("x", i+1))))
	}
	head := auditHead{}
	must(t, w.db.View(func(txn *badger.Txn) (err error) { head, err = readAuditHead(txn); return err }))
	// what a dropped memtable tail does: the last entry, its record and the head go
	must(t, w.db.Update(func(txn *badger.Txn) error {
		prev := auditHead{seq: head.seq - 1}
		var e struct{ Hash string }
		if err := getValue(txn, keyLog(prev.seq), &e); err != nil {
			return err
		}
		prev.hash = e.Hash
		if err := txn.Delete(keyLog(head.seq)); err != nil {
			return err
		}
		return txn.Set(keyAuditHead, prev.value())
	}))
	_, err := w.Check(context.Background())
	wantErr(t, err, ErrCorrupt)
	must(t, w.Close())
	_, err = Open(testOptions(t, w.Dir()))
	wantErr(t, err, ErrCorrupt)
	if !strings.Contains(err.Error(), "lost changes") {
		t.Fatalf("message: %v", err)
	}
}

// Text that is not UTF-8 (a byte of a Latin-1 terminal) is stored as the
// record says it, U+FFFD for each such byte, in the record, its row, its index
// keys and its journal entry alike: the check finds the workspace intact, and
// the caller holds what was stored.
func TestInvalidUTF8IsStoredAsTheRecordSaysIt(t *testing.T) {
	w := openTest(t)
	a := model.Activity{Name: "Pay\xffroll", Purposes: []string{"pay\xfe\xfd"}}
	must(t, w.CreateActivity(&a))
	if a.Name != "Pay\uFFFDroll" {
		t.Fatalf("the caller holds %q", a.Name)
	}
	a.Description = "d\xc3"
	must(t, w.UpdateActivity(&a))
	p := model.Processor{Name: "Cloud\xe9 GmbH"}
	must(t, w.CreateProcessor(&p))
	r := sampleRequest("J\xf6rg")
	must(t, w.CreateRequest(r))
	r.Events[0].Text = "r\xfcckruf"
	must(t, w.UpdateRequest(r, "update"))
	got, err := w.GetActivity(a.ID)
	must(t, err)
	if got.Purposes[0] != "pay\uFFFD\uFFFD" || got.Description != "d\uFFFD" {
		t.Fatalf("stored %q %q", got.Purposes, got.Description)
	}
	if found, ok, err := w.FindActivityByName("Pay\uFFFDroll"); err != nil || !ok || found.ID != a.ID {
		t.Fatalf("the name index does not find the stored name: %v %v", ok, err)
	}
	rep, err := w.Check(context.Background())
	must(t, err)
	if len(rep.Problems) != 0 {
		t.Fatalf("problems: %q", rep.Problems)
	}
}
