package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// filledDir makes a closed workspace with some records and returns its directory.
func filledDir(t *testing.T) string {
	t.Helper()
	w := openTest(t)
	fillForBackup(t, w, "opendir")
	must(t, w.Close())
	return w.Dir()
}

// snapshotFiles maps each file in dir to its content.
func snapshotFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	must(t, err)
	for _, e := range entries {
		if e.Name() == LogFile || e.Name() == "LOCK" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		must(t, err)
		out[e.Name()] = string(b)
	}
	return out
}

func assertUnchanged(t *testing.T, dir string, before map[string]string) {
	t.Helper()
	after := snapshotFiles(t, dir)
	for name, content := range before {
		if after[name] != content {
			t.Errorf("%s changed or vanished", name)
		}
	}
}

func TestMissingManifestRefused(t *testing.T) {
	dir := filledDir(t)
	must(t, os.Remove(filepath.Join(dir, "MANIFEST")))
	before := snapshotFiles(t, dir)
	opts := testOptions(t, dir) // Create is set: it must not create over data
	opts.BackupDir = t.TempDir()
	must(t, os.WriteFile(filepath.Join(opts.BackupDir, "test-20260101-120000.dpobak"), []byte("x"), 0o600))
	_, err := Open(opts)
	wantErr(t, err, ErrCorrupt)
	if !strings.Contains(err.Error(), "no MANIFEST") || !strings.Contains(err.Error(), "test-20260101-120000.dpobak") {
		t.Fatalf("message does not name the problem and the last backup: %v", err)
	}
	assertUnchanged(t, dir, before)
}

func TestTruncatedManifestRefused(t *testing.T) {
	dir := filledDir(t)
	path := filepath.Join(dir, "MANIFEST")
	info, err := os.Stat(path)
	must(t, err)
	must(t, os.Truncate(path, info.Size()-3))
	before := snapshotFiles(t, dir)
	_, err = Open(testOptions(t, dir))
	wantErr(t, err, ErrCorrupt)
	if !strings.Contains(err.Error(), "cut short") {
		t.Fatalf("message does not say the MANIFEST is cut short: %v", err)
	}
	assertUnchanged(t, dir, before)
}

func TestMissingTableRefused(t *testing.T) {
	dir := filledDir(t)
	tables, _ := filepath.Glob(filepath.Join(dir, "*.sst"))
	if len(tables) == 0 {
		t.Fatal("no table files to remove")
	}
	must(t, os.Remove(tables[0]))
	_, err := Open(testOptions(t, dir))
	wantErr(t, err, ErrCorrupt)
}

// Create never starts a workspace in a directory that holds other files.
func TestCreateRefusesForeignDirectory(t *testing.T) {
	dir := t.TempDir()
	thesis := filepath.Join(dir, "thesis.docx")
	must(t, os.WriteFile(thesis, []byte("chapter one"), 0o600))
	_, err := Open(testOptions(t, dir))
	if err == nil || !strings.Contains(err.Error(), "not a dpodesk workspace") {
		t.Fatalf("Open over a foreign directory: %v", err)
	}
	if b, err := os.ReadFile(thesis); err != nil || string(b) != "chapter one" {
		t.Fatal("the foreign file was changed")
	}
	if _, err := os.Stat(filepath.Join(dir, "MANIFEST")); err == nil {
		t.Fatal("a database was created in the foreign directory")
	}
}

func TestCreateInEmptyDirectory(t *testing.T) {
	dir := t.TempDir()
	w, err := Open(testOptions(t, dir))
	must(t, err)
	must(t, w.Close())
	opts := testOptions(t, filepath.Join(t.TempDir(), "missing"))
	opts.Create = false
	_, err = Open(opts)
	wantErr(t, err, ErrNoWorkspace)
}

// An empty memtable log left by a crash (upstream badger#2207) no longer makes
// the first open fail.
func TestEmptyMemtableAfterCrash(t *testing.T) {
	dir := filledDir(t)
	must(t, os.WriteFile(filepath.Join(dir, "00005.mem"), nil, 0o600))
	w, err := Open(testOptions(t, dir))
	must(t, err)
	defer w.Close()
	if c, _ := w.Counts(); c.Activities != 1 {
		t.Fatalf("counts after the recovered open: %+v", c)
	}
}

// An empty value log a process killed while creating it left (badger's
// valueLog.open takes the zero-length file's "Create a new file" for an
// error) no longer keeps the workspace from opening, and nothing is lost.
func TestEmptyValueLogAfterCrash(t *testing.T) {
	dir := filledDir(t)
	logs, _ := filepath.Glob(filepath.Join(dir, "*.vlog"))
	next := 1
	for _, l := range logs {
		var fid int
		if _, err := fmt.Sscanf(filepath.Base(l), "%06d.vlog", &fid); err == nil && fid >= next {
			next = fid + 1
		}
	}
	must(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("%06d.vlog", next)), nil, 0o600))
	w, err := Open(testOptions(t, dir))
	must(t, err)
	defer w.Close()
	if c, _ := w.Counts(); c.Activities != 1 {
		t.Fatalf("counts after the recovered open: %+v", c)
	}
}

// A table cut in half makes Badger panic while opening it; the panic happens
// in dpodesk's own verification, where it becomes ErrCorrupt.
func TestTableCutInHalfRefused(t *testing.T) {
	for _, encrypted := range []bool{false, true} {
		dir, key := flipWorkspace(t, encrypted, false)
		tables, _ := filepath.Glob(filepath.Join(dir, "*.sst"))
		info, err := os.Stat(tables[0])
		must(t, err)
		must(t, os.Truncate(tables[0], info.Size()/2))
		_, err = Open(Options{Name: "cut", Dir: dir, LogDir: t.TempDir(), EncryptionKey: key})
		wantErr(t, err, ErrCorrupt)
		if !strings.Contains(err.Error(), filepath.Base(tables[0])) {
			t.Fatalf("the message does not name the table: %v", err)
		}
	}
}
