package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

const e2eMarker = "MARKER-7f3a-plaintext"

func (e *env) wsDir(name string) string {
	return filepath.Join(e.home, "data", "dpodesk", "workspaces", name)
}

func (e *env) path(name string) string { return filepath.Join(e.home, name) }

// bundleWithout reads an exported bundle and drops what differs between two
// copies of one workspace: its name and the time of export.
func bundleWithout(t *testing.T, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s is not JSON: %v", path, err)
	}
	if m["format"] != store.BundleFormat || m["version"] != float64(store.BundleVersion) {
		t.Fatalf("%s: format %v version %v", path, m["format"], m["version"])
	}
	delete(m, "workspace")
	delete(m, "exported_at")
	return m
}

func TestBackupRestoreExportGivesSameWorkspace(t *testing.T) {
	e := newEnv(t)
	e.ok("-w", "demo", "demo")
	file := e.path("demo.dpobak")
	e.ok("-w", "demo", "backup", "-o", file)
	out := e.ok("-w", "copy", "restore", file)
	if !strings.Contains(out, "25 activities, 15 processors, 60 requests") {
		t.Fatalf("restore said %q", out)
	}
	e.ok("-w", "demo", "export", "workspace", "-o", e.path("demo.json"))
	e.ok("-w", "copy", "export", "workspace", "-o", e.path("copy.json"))
	a, b := bundleWithout(t, e.path("demo.json")), bundleWithout(t, e.path("copy.json"))
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the restored workspace exports differently from the original")
	}
	if len(a["activities"].([]any)) != 25 || len(a["audit"].([]any)) == 0 {
		t.Fatalf("bundle is missing records: %d activities", len(a["activities"].([]any)))
	}

	e.ok("import-workspace", e.path("demo.json"), "--workspace", "moved")
	e.ok("-w", "moved", "export", "workspace", "-o", e.path("moved.json"))
	m := bundleWithout(t, e.path("moved.json"))
	for _, k := range []string{"organisation", "activities", "processors", "requests", "documents"} {
		if !reflect.DeepEqual(a[k], m[k]) {
			t.Errorf("import-workspace changed %s", k)
		}
	}
}

func TestRestoreNeverOverwritesWithoutForce(t *testing.T) {
	e := newEnv(t)
	e.ok("-w", "demo", "demo")
	file := e.path("demo.dpobak")
	e.ok("-w", "demo", "backup", "-o", file)
	e.ok("workspace", "create", "other")
	e.ok("-w", "other", "activity", "add", "--name", "Only in other")

	r := e.run("-w", "other", "restore", file)
	if r.code != 1 || !strings.Contains(r.stderr, "--force") {
		t.Fatalf("restore over an existing workspace: exit %d, stderr %q", r.code, r.stderr)
	}
	if out := e.ok("-w", "other", "activity", "list"); !strings.Contains(out, "Only in other") {
		t.Fatalf("the refused restore changed the workspace: %s", out)
	}
	if r := e.run("restore", file); r.code != 2 {
		t.Fatalf("restore without --workspace: exit %d, want 2", r.code)
	}
	e.ok("-w", "other", "restore", file, "--force")
	if out := e.ok("-w", "other", "activity", "list"); strings.Contains(out, "Only in other") {
		t.Fatal("--force kept the old workspace")
	}
}

// grepTree fails when any file under root holds the marker.
func grepTree(t *testing.T, root string) {
	t.Helper()
	n := 0
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		n++
		data, err := os.ReadFile(p)
		if err == nil && bytes.Contains(data, []byte(e2eMarker)) {
			t.Errorf("%s holds the plaintext marker", p)
		}
		return err
	})
	if err != nil || n == 0 {
		t.Fatalf("walking %s: %d files, %v", root, n, err)
	}
}

func TestEncryptedWorkspaceThroughCLI(t *testing.T) {
	e := newEnv(t)
	pass := []string{"DPODESK_PASSPHRASE=first passphrase"}
	mustRun := func(env []string, args ...string) string {
		t.Helper()
		r := e.runWith(env, args...)
		if r.code != 0 {
			t.Fatalf("dpodesk %v: exit %d: %s", args, r.code, r.stderr)
		}
		return r.stdout
	}
	mustRun(pass, "workspace", "create", "client", "--encrypt")
	mustRun(pass, "-w", "client", "activity", "add", "--name", "Payroll "+e2eMarker)
	mustRun(pass, "-w", "client", "request", "add", "--subject", "Erika "+e2eMarker, "--received", "2025-03-05")
	file := e.path("client.dpobak")
	mustRun(pass, "-w", "client", "backup", "-o", file)
	grepTree(t, e.wsDir("client"))
	grepTree(t, file)

	wrong := []string{"DPODESK_PASSPHRASE=not the passphrase"}
	r := e.runWith(wrong, "-w", "client", "activity", "list")
	if r.code != 4 || r.stderr != "dpodesk: wrong passphrase for workspace \"client\"\n" {
		t.Fatalf("wrong passphrase: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := e.runWith(wrong, "-w", "copy", "restore", file); r.code != 4 || !strings.Contains(r.stderr, "wrong passphrase") {
		t.Fatalf("restore with a wrong passphrase: exit %d, stderr %q", r.code, r.stderr)
	}
	mustRun(pass, "-w", "copy", "restore", file)
	if out := mustRun(pass, "-w", "copy", "activity", "list"); !strings.Contains(out, e2eMarker) {
		t.Fatalf("restored encrypted workspace: %s", out)
	}
	grepTree(t, e.wsDir("copy"))

	next := []string{"DPODESK_PASSPHRASE=first passphrase", "DPODESK_NEW_PASSPHRASE=second passphrase"}
	mustRun(next, "workspace", "passwd", "client")
	if r := e.runWith(pass, "-w", "client", "activity", "list"); r.code != 4 {
		t.Fatalf("old passphrase after passwd: exit %d", r.code)
	}
	mustRun([]string{"DPODESK_PASSPHRASE=second passphrase"}, "-w", "client", "activity", "list")
}

// alterJournal rewrites one stored audit entry behind the store's back, as
// someone editing the files would.
func alterJournal(t *testing.T, dir string, seq uint64) {
	t.Helper()
	db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	key := binary.BigEndian.AppendUint64([]byte("log/"), seq)
	err = db.Update(func(txn *badger.Txn) error {
		item, err := txn.Get(key)
		if err != nil {
			return err
		}
		v, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		var entry model.AuditEntry
		if err := json.Unmarshal(v[1:], &entry); err != nil {
			return err
		}
		entry.Label = "renamed quietly"
		b, _ := json.Marshal(entry)
		return txn.Set(key, append([]byte{v[0]}, b...))
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestAuditThroughCLI(t *testing.T) {
	e := newEnv(t)
	e.ok("-w", "demo", "demo")
	if out := e.ok("-w", "demo", "audit", "verify"); out != "audit journal intact: 101 entries\n" {
		t.Fatalf("verify: %q", out)
	}
	var reqs []desk.RequestView
	if err := json.Unmarshal([]byte(e.ok("-w", "demo", "request", "list", "--json")), &reqs); err != nil || len(reqs) == 0 {
		t.Fatalf("request list: %v", err)
	}
	var entries []model.AuditEntry
	if err := json.Unmarshal([]byte(e.ok("-w", "demo", "audit", "list", "--record", reqs[0].Ref, "--json")), &entries); err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Kind != "request" || entries[0].Label != reqs[0].Ref || entries[0].Action != "create" {
		t.Fatalf("audit list --record %s: %+v", reqs[0].Ref, entries)
	}
	if out := e.ok("-w", "demo", "audit", "list", "--limit", "3"); strings.Count(out, "\n") != 4 {
		t.Fatalf("audit list --limit 3:\n%s", out)
	}

	alterJournal(t, e.wsDir("demo"), 7)
	r := e.run("-w", "demo", "audit", "verify")
	if r.code != 5 || !strings.HasPrefix(r.stderr, "dpodesk: audit journal broken at entry 7: ") {
		t.Fatalf("verify after altering entry 7: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestCheckExitStatus(t *testing.T) {
	e := newEnv(t)
	e.ok("workspace", "create", "empty")
	if out := e.ok("-w", "empty", "check"); out != "no findings\n" {
		t.Fatalf("empty workspace: %q", out)
	}
	e.ok("-w", "demo", "demo")
	r := e.run("-w", "demo", "check")
	if r.code != 1 || !strings.Contains(r.stdout, "HIGH (") || !strings.Contains(r.stdout, model.RuleRequestOverdue) {
		t.Fatalf("check on the demo: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = e.run("-w", "demo", "check", "--json")
	var fs []model.Finding
	if err := json.Unmarshal([]byte(r.stdout), &fs); err != nil || r.code != 1 || len(fs) == 0 || fs[0].Severity != model.FindingHigh {
		t.Fatalf("check --json: exit %d, %d findings, %v", r.code, len(fs), err)
	}
}
