package store

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

func exportBytes(t *testing.T, w *Workspace) []byte {
	t.Helper()
	var buf bytes.Buffer
	must(t, w.ExportBundle(&buf))
	return buf.Bytes()
}

func TestBundleImportKeepsIDsAndLinks(t *testing.T) {
	src := openTest(t)
	fillForBackup(t, src, "b1")
	data := exportBytes(t, src)
	if !json.Valid(data) || !bytes.HasPrefix(data, []byte("{\n  \"format\": \"dpodesk-workspace\"")) {
		t.Fatalf("bundle does not start as documented:\n%.200s", data)
	}
	dst := openTest(t)
	must(t, dst.ImportBundle(bytes.NewReader(data)))

	want, got := bundleOf(t, src), bundleOf(t, dst)
	if n := len(got.Audit); n != len(want.Audit)+1 || got.Audit[n-1].Action != "workspace.import" {
		t.Fatalf("journal after import: %d entries (source %d), last %+v", n, len(want.Audit), got.Audit[n-1])
	}
	got.Audit = got.Audit[:len(got.Audit)-1]
	if !reflect.DeepEqual(want, got) {
		t.Fatalf("imported records differ:\nwant %+v\ngot  %+v", want, got)
	}
	if _, broken, err := dst.VerifyAudit(); err != nil || broken != nil {
		t.Fatalf("journal after import: broken %+v, %v", broken, err)
	}
	c1, _ := src.Counts()
	c2, _ := dst.Counts()
	if c1.Activities != c2.Activities || c1.Requests != c2.Requests || c1.Documents != c2.Documents {
		t.Fatalf("counters %+v vs %+v", c1, c2)
	}
	// Indexes were written: the activity is found through its processor.
	acts, err := dst.ListActivities(ActivityFilter{ProcessorID: want.Processors[0].ID})
	must(t, err)
	if len(acts) != 1 {
		t.Fatalf("processor link lost: %+v", acts)
	}
	if _, err := dst.GetRequestByRef(want.Requests[0].Ref); err != nil {
		t.Fatalf("request ref lost: %v", err)
	}
	p := sampleProcessor("New after import")
	must(t, dst.CreateProcessor(p))
	if p.ID <= want.Processors[0].ID {
		t.Fatalf("new processor reused id %d", p.ID)
	}
}

func TestBundleImportNeedsEmptyWorkspace(t *testing.T) {
	src := openTest(t)
	fillForBackup(t, src, "b2")
	data := exportBytes(t, src)
	wantErr(t, src.ImportBundle(bytes.NewReader(data)), ErrNotEmpty)
}

func TestBundleWithoutJournalGetsImportEntries(t *testing.T) {
	src := openTest(t)
	fillForBackup(t, src, "b3")
	var b Bundle
	must(t, json.Unmarshal(exportBytes(t, src), &b))
	b.Audit = nil
	data, _ := json.Marshal(b)
	dst := openTest(t)
	must(t, dst.ImportBundle(bytes.NewReader(data)))
	entries, err := dst.Audit(AuditFilter{Kind: "activity"})
	must(t, err)
	if len(entries) != 1 || entries[0].Action != "import" {
		t.Fatalf("journal of a bundle without one: %+v", entries)
	}
	if _, broken, err := dst.VerifyAudit(); err != nil || broken != nil {
		t.Fatalf("journal: broken %+v, %v", broken, err)
	}
}

func TestBundleImportRefusesBadFiles(t *testing.T) {
	src := openTest(t)
	fillForBackup(t, src, "b4")
	good := exportBytes(t, src)
	cases := map[string]string{
		"altered journal": strings.Replace(string(good), `"label":"Payroll b4"`, `"label":"Payroll X"`, 1),
		"other format":    strings.Replace(string(good), BundleFormat, "something-else", 1),
		"newer version":   strings.Replace(string(good), `"version": 1`, `"version": 99`, 1),
		"not json":        "{\"format\": ",
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			if data == string(good) {
				t.Fatal("the case changed nothing")
			}
			dst := openTest(t)
			if err := dst.ImportBundle(strings.NewReader(data)); err == nil {
				t.Fatal("accepted")
			}
			if c, _ := dst.Counts(); c != (Counts{}) {
				t.Fatalf("a refused import wrote %+v", c)
			}
		})
	}
}

// TestBackupCarriesAlteredJournalForVerify alters a stored log/ entry with a raw
// Badger write: VerifyAudit names it, and so does the restored copy, because a
// backup copies the journal as it is and never re-hashes it.
func TestBackupCarriesAlteredJournalForVerify(t *testing.T) {
	w := openTest(t)
	fillForBackup(t, w, "v1")
	must(t, w.db.Update(func(txn *badger.Txn) error {
		var e model.AuditEntry
		if err := getValue(txn, keyLog(2), &e); err != nil {
			return err
		}
		e.Label = "quietly renamed"
		v, err := encode(e)
		if err != nil {
			return err
		}
		return txn.Set(keyLog(2), v)
	}))
	_, broken, err := w.VerifyAudit()
	must(t, err)
	if broken == nil || broken.Seq != 2 {
		t.Fatalf("altered entry not found: %+v", broken)
	}
	data, _ := backupTo(t, w)
	r, err := restoreTest(t, data, filepath.Join(t.TempDir(), "copy"), RestoreOptions{})
	must(t, err)
	if _, broken, _ := r.VerifyAudit(); broken == nil || broken.Seq != 2 {
		t.Fatalf("restored copy hides the altered entry: %+v", broken)
	}
}
