package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

func TestSecondOpenIsLocked(t *testing.T) {
	w := openTest(t)
	opts := testOptions(t, w.Dir())
	opts.Name = "acme"
	_, err := Open(opts)
	wantErr(t, err, ErrLocked)
	if err.Error() != `workspace "acme" is open in another dpodesk process` {
		t.Fatalf("message = %q", err)
	}
	if strings.Contains(err.Error(), "Badger") {
		t.Fatalf("message leaks Badger's text: %q", err)
	}
}

func TestMissingWorkspaceNeedsCreate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nope")
	opts := testOptions(t, dir)
	opts.Create = false
	_, err := Open(opts)
	wantErr(t, err, ErrNoWorkspace)
	if !strings.Contains(err.Error(), "dpodesk workspace create test") {
		t.Fatalf("message does not say how to create it: %q", err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatal("a refused open created the directory")
	}
}

func TestLogGoesToLogDir(t *testing.T) {
	w := openTest(t)
	logDir := testOptions(t, w.Dir()).LogDir
	if _, err := os.Stat(filepath.Join(logDir, LogFile)); err != nil {
		t.Fatalf("no %s in the log dir: %v", LogFile, err)
	}
}

func TestReadOnlyOpen(t *testing.T) {
	w := openTest(t)
	must(t, w.CreateActivity(sampleActivity("Payroll")))
	must(t, w.Close())
	opts := testOptions(t, w.Dir())
	opts.ReadOnly = true
	ro, err := Open(opts)
	must(t, err)
	defer ro.Close()
	if _, found, err := ro.FindActivityByName("payroll"); err != nil || !found {
		t.Fatalf("read-only find: %v %v", found, err)
	}
	wantErr(t, ro.CreateActivity(sampleActivity("Travel")), ErrReadOnly)
}

// TestReadOnlyOpenRecordsVerifiedTables: the tables a read-only open verifies
// are recorded, so the next open does not verify them again.
func TestReadOnlyOpenRecordsVerifiedTables(t *testing.T) {
	w := openTest(t)
	must(t, w.CreateActivity(sampleActivity("Payroll")))
	must(t, w.Close()) // writes the memtable to a table, verified at the next open
	if n := len(readFingerprints(w.Dir())); n != 0 {
		t.Fatalf("%d tables recorded before the next open", n)
	}
	opts := testOptions(t, w.Dir())
	opts.ReadOnly = true
	ro, err := Open(opts)
	must(t, err)
	must(t, ro.Close())
	tables, _ := filepath.Glob(filepath.Join(w.Dir(), "*.sst"))
	known := readFingerprints(w.Dir())
	if len(tables) == 0 || len(known) != len(tables) {
		t.Fatalf("%d tables, %d recorded as verified after a read-only open", len(tables), len(known))
	}
}

func TestNewerSchemaIsRefused(t *testing.T) {
	w := openTest(t)
	must(t, w.db.Update(func(txn *badger.Txn) error { return txn.Set(keySchema, u64(SchemaVersion+1)) }))
	must(t, w.Close())
	_, err := Open(testOptions(t, w.Dir()))
	wantErr(t, err, ErrNewerSchema)
	if !strings.Contains(err.Error(), "update dpodesk") {
		t.Fatalf("message = %q", err)
	}
}

func TestMigrationsTableEndsAtSchemaVersion(t *testing.T) {
	if len(migrations) != SchemaVersion {
		t.Fatalf("%d migrations for schema %d", len(migrations), SchemaVersion)
	}
}

// TestMigrateFromVersion0 writes a workspace as schema 0 had it (records only,
// no rows, indexes, counters or schema key) and opens it.
func TestMigrateFromVersion0(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "old")
	logger, err := openLogger(t.TempDir())
	must(t, err)
	db, err := badger.Open(badgerOptions(Options{Dir: dir}, logger))
	must(t, err)
	a := model.Activity{ID: 3, Name: "Payroll", Status: model.StatusActive, ProcessorIDs: []uint64{9}, Version: 1}
	p := model.Processor{ID: 9, Name: "Datev", Aliases: []string{"DATEV eG"}, Status: model.StatusActive, Version: 1}
	r := *sampleRequest("Old Request")
	r.ID, r.Ref, r.Status = 5, "R-2026-0005", "received"
	must(t, db.Update(func(txn *badger.Txn) error {
		for key, v := range map[string]any{
			string(idKey(prefixActivity, 3)): a, string(idKey(prefixProcessor, 9)): p, string(idKey(prefixRequest, 5)): r,
		} {
			b, err := encode(v)
			if err != nil {
				return err
			}
			if err := txn.Set([]byte(key), b); err != nil {
				return err
			}
		}
		return nil
	}))
	must(t, db.Close())
	logger.Close()

	w, err := Open(testOptions(t, dir))
	must(t, err)
	defer w.Close()
	if got, found, _ := w.FindProcessorByName("datev eg"); !found || got.ID != 9 {
		t.Fatal("processor alias index not built")
	}
	if rows, _ := w.ActivitiesOfProcessor(9); len(rows) != 1 || rows[0].Name != "Payroll" {
		t.Fatalf("activity rows/links not built: %+v", rows)
	}
	if got, err := w.ResolveRequest("r-2026-0005"); err != nil || got.Subject != "Old Request" {
		t.Fatalf("request ref index: %v", err)
	}
	if rows, _ := w.RequestRows(); len(rows) != 1 || rows[0].Contact != "Old Request@example.org" || len(rows[0].Events) != 1 {
		t.Fatalf("request rows: %+v", rows)
	}
	c, _ := w.Counts()
	if c.Activities != 1 || c.Processors != 1 || c.Requests != 1 {
		t.Fatalf("counters: %+v", c)
	}
	must(t, w.view(func(txn *badger.Txn) error {
		v, err := readUint(txn, keySchema)
		if v != SchemaVersion {
			t.Errorf("schema after migration = %d", v)
		}
		return err
	}))
}

// A workspace holds personal data: no file in it is readable by others.
func TestDataFilesPrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ws")
	ws, err := Open(Options{Name: "t", Dir: dir, Create: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := ws.CreateRequest(&model.Request{Type: "access", Subject: "Ana", Channel: "email", Received: time.Now(), Jurisdiction: "eu"}); err != nil {
		t.Fatal(err)
	}
	if err := ws.Close(); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		info, _ := e.Info()
		if e.Type().IsRegular() && info.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", e.Name(), info.Mode().Perm())
		}
	}
}
