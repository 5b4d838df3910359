package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// fillForBackup writes every kind of record, with an edit and a delete, so the
// journal, counters, rows and links all have something to carry.
func fillForBackup(t *testing.T, w *Workspace, marker string) {
	t.Helper()
	p := sampleProcessor("Cloud Mail " + marker)
	must(t, w.CreateProcessor(p))
	a := sampleActivity("Payroll " + marker)
	a.ProcessorIDs = []uint64{p.ID}
	must(t, w.CreateActivity(a))
	gone := sampleActivity("Old newsletter")
	must(t, w.CreateActivity(gone))
	must(t, w.DeleteActivity(gone.ID))
	a.TOMs = "encrypted storage, " + marker
	must(t, w.UpdateActivity(a))
	must(t, w.CreateRequest(sampleRequest("Erika "+marker)))
	must(t, w.CreateRequest(sampleRequest("Max Mustermann")))
	must(t, w.CreateDocument(&model.Document{Name: "privacy.md", Format: "md", Text: "Policy text " + marker,
		Sections: []model.Section{{Title: "Controller", Level: 1, Parent: -1}}}))
	must(t, w.SaveOrganisation(model.Organisation{Name: "Lindenhof " + marker}))
}

func backupTo(t *testing.T, w *Workspace) ([]byte, BackupHeader) {
	t.Helper()
	var buf bytes.Buffer
	h, err := w.Backup(&buf)
	must(t, err)
	return buf.Bytes(), h
}

// bundleOf exports a workspace and blanks what legitimately differs between two
// copies: the name and the export time.
func bundleOf(t *testing.T, w *Workspace) Bundle {
	t.Helper()
	var buf bytes.Buffer
	must(t, w.ExportBundle(&buf))
	var b Bundle
	if err := json.Unmarshal(buf.Bytes(), &b); err != nil {
		t.Fatalf("the bundle is not valid JSON: %v\n%s", err, buf.String())
	}
	b.Workspace, b.ExportedAt = "", time.Time{}
	return b
}

func restoreTest(t *testing.T, data []byte, dir string, opts RestoreOptions) (*Workspace, error) {
	t.Helper()
	if opts.Name == "" {
		opts.Name = "restored"
	}
	opts.LogDir = filepath.Join(t.TempDir(), "logs")
	if _, err := Restore(bytes.NewReader(data), dir, opts); err != nil {
		return nil, err
	}
	w, err := Open(Options{Name: opts.Name, Dir: dir, LogDir: opts.LogDir, Now: fixedClock()})
	if err != nil {
		t.Fatalf("open the restored workspace: %v", err)
	}
	t.Cleanup(func() { w.Close() })
	return w, nil
}

func TestBackupRestoreGivesIdenticalBundle(t *testing.T) {
	w := openTest(t)
	fillForBackup(t, w, "m1")
	data, h := backupTo(t, w)
	if h.Encrypted || h.Counts.Activities != 1 || h.Counts.Requests != 2 || h.Counts.AuditEntries == 0 {
		t.Fatalf("header: %+v", h)
	}
	r, err := restoreTest(t, data, filepath.Join(t.TempDir(), "copy"), RestoreOptions{})
	must(t, err)
	want, got := bundleOf(t, w), bundleOf(t, r)
	if !reflect.DeepEqual(want, got) {
		t.Fatalf("bundles differ after restore:\nwant %+v\ngot  %+v", want, got)
	}
	if _, broken, err := r.VerifyAudit(); err != nil || broken != nil {
		t.Fatalf("restored journal: broken %+v, %v", broken, err)
	}
	c1, _ := w.Counts()
	c2, _ := r.Counts()
	if c1 != c2 {
		t.Fatalf("counters: %+v vs %+v", c1, c2)
	}
	// The ID sequences came along: a new record does not reuse an ID.
	a := sampleActivity("After restore")
	must(t, r.CreateActivity(a))
	if a.ID <= want.Activities[0].ID {
		t.Fatalf("new activity got id %d, not after %d", a.ID, want.Activities[0].ID)
	}
}

func TestRestoreNeverOverwritesWithoutForce(t *testing.T) {
	w := openTest(t)
	fillForBackup(t, w, "m2")
	data, _ := backupTo(t, w)
	target := filepath.Join(t.TempDir(), "existing")
	must(t, os.MkdirAll(target, 0o700))
	must(t, os.WriteFile(filepath.Join(target, "keep.txt"), []byte("mine"), 0o600))

	_, err := restoreTest(t, data, target, RestoreOptions{})
	wantErr(t, err, ErrExists)
	if b, err := os.ReadFile(filepath.Join(target, "keep.txt")); err != nil || string(b) != "mine" {
		t.Fatalf("the existing directory was touched: %q, %v", b, err)
	}
	busy, err := Open(Options{Name: "busy", Dir: filepath.Join(target, "..", "busy"), LogDir: t.TempDir(), Create: true})
	must(t, err)
	_, err = restoreTest(t, data, busy.Dir(), RestoreOptions{Force: true})
	wantErr(t, err, ErrLocked)
	must(t, busy.Close())
	// --force replaces workspaces only, never a directory with other files
	_, err = restoreTest(t, data, target, RestoreOptions{Force: true})
	if err == nil || !strings.Contains(err.Error(), "not a dpodesk workspace") {
		t.Fatalf("--force over a foreign directory: %v", err)
	}
	must(t, os.Remove(filepath.Join(target, "keep.txt")))
	old, err := Open(Options{Name: "existing", Dir: target, LogDir: t.TempDir(), Create: true})
	must(t, err)
	must(t, old.CreateRequest(sampleRequest("replaced")))
	must(t, old.Close())
	r, err := restoreTest(t, data, target, RestoreOptions{Force: true})
	must(t, err)
	if c, _ := r.Counts(); c.Activities != 1 {
		t.Fatalf("counts after forced restore: %+v", c)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(target), ".existing.restore-*"))
	aside, _ := filepath.Glob(target + ".replaced-*")
	if len(leftovers)+len(aside) > 0 {
		t.Fatalf("restore left %v %v behind", leftovers, aside)
	}
}

func TestRestoreRefusesDamagedBackup(t *testing.T) {
	w := openTest(t)
	fillForBackup(t, w, "m3")
	data, _ := backupTo(t, w)
	for name, damage := range map[string]func([]byte) []byte{
		"flipped byte": func(b []byte) []byte { b[len(b)-40] ^= 0xff; return b },
		"cut short":    func(b []byte) []byte { return b[:len(b)-100] },
		"not a backup": func(b []byte) []byte { return []byte("hello") },
	} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "copy")
			_, err := restoreTest(t, damage(bytes.Clone(data)), dir, RestoreOptions{})
			if err == nil {
				t.Fatal("a damaged backup was restored")
			}
			if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("a failed restore left %s: %v", dir, err)
			}
		})
	}
}

func TestBackupHeaderReadsBack(t *testing.T) {
	w := openTest(t)
	fillForBackup(t, w, "m4")
	data, h := backupTo(t, w)
	got, err := ReadBackupHeader(bytes.NewReader(data))
	must(t, err)
	if !reflect.DeepEqual(got, h) || got.Workspace != "test" || got.Schema != SchemaVersion {
		t.Fatalf("header read back: %+v, written %+v", got, h)
	}
}
