package store

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// A restore over a workspace that is open is refused, and the open workspace
// keeps working.
func TestRestoreForceRefusedWhileOpen(t *testing.T) {
	src := openTest(t)
	fillForBackup(t, src, "backup")
	data, _ := backupTo(t, src)

	target := openTest(t)
	must(t, target.CreateRequest(sampleRequest("written while restoring")))
	_, err := Restore(bytes.NewReader(data), target.Dir(), RestoreOptions{Name: "target", Force: true, LogDir: t.TempDir()})
	wantErr(t, err, ErrLocked)
	must(t, target.CreateRequest(sampleRequest("written after the refusal")))
	rows, err := target.RequestRows()
	must(t, err)
	if len(rows) != 2 {
		t.Fatalf("the open workspace has %d requests, want 2", len(rows))
	}
}

// The target is locked for the whole restore: an open during it is refused.
func TestOpenRefusedDuringRestore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "secret")
	w := openEncrypted(t, dir)
	fillForBackup(t, w, marker)
	data, _ := backupTo(t, w)
	want := bundleOf(t, w)
	must(t, w.Close())

	var during error
	_, err := Restore(bytes.NewReader(data), dir, RestoreOptions{Name: "secret", Force: true, LogDir: t.TempDir(),
		Passphrase: func(BackupHeader) (string, error) {
			key, _ := Unlock(dir, testPass)
			_, during = Open(Options{Name: "secret", Dir: dir, LogDir: t.TempDir(), EncryptionKey: key})
			return testPass, nil
		}})
	must(t, err)
	wantErr(t, during, ErrLocked)
	r, err := openWithPass(t, dir, testPass)
	must(t, err)
	if !reflect.DeepEqual(bundleOf(t, r), want) {
		t.Fatal("restored records differ")
	}
}

// --force never deletes a directory that is not a dpodesk workspace.
func TestRestoreRefusesForeignTarget(t *testing.T) {
	src := openTest(t)
	fillForBackup(t, src, "backup")
	data, _ := backupTo(t, src)
	dir := t.TempDir()
	thesis := filepath.Join(dir, "thesis.tex")
	must(t, os.WriteFile(thesis, []byte("\\chapter{One}"), 0o600))
	_, err := Restore(bytes.NewReader(data), dir, RestoreOptions{Name: "x", Force: true, LogDir: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "not a dpodesk workspace") {
		t.Fatalf("restore over a foreign directory: %v", err)
	}
	// hidden files count too: a folder with only .git is not a workspace
	hidden := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(hidden, ".git"), 0o700))
	_, err = Restore(bytes.NewReader(data), hidden, RestoreOptions{Name: "x", Force: true, LogDir: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "not a dpodesk workspace") {
		t.Fatalf("restore over a folder holding .git: %v", err)
	}
	if b, err := os.ReadFile(thesis); err != nil || string(b) != "\\chapter{One}" {
		t.Fatal("the foreign directory was changed")
	}
}

// A restore that replaced a damaged workspace (no MANIFEST) works: that is what
// the refusal to open one tells the user to do.
func TestRestoreReplacesDamagedWorkspace(t *testing.T) {
	src := openTest(t)
	fillForBackup(t, src, "backup")
	data, _ := backupTo(t, src)
	dir := filledDir(t)
	must(t, os.Remove(filepath.Join(dir, "MANIFEST")))
	_, err := Restore(bytes.NewReader(data), dir, RestoreOptions{Name: "x", Force: true, LogDir: t.TempDir()})
	must(t, err)
	w, err := Open(testOptions(t, dir))
	must(t, err)
	defer w.Close()
	if !reflect.DeepEqual(bundleOf(t, w), bundleOf(t, src)) {
		t.Fatal("restored records differ")
	}
}

// A crash between the two renames of the fallback swap leaves the complete new
// workspace beside a missing name; the next open moves it into place instead of
// creating an empty workspace. Unfinished staging directories and backup
// staging files are removed.
func TestInterruptedRestoreRepairedAtOpen(t *testing.T) {
	src := openTest(t)
	fillForBackup(t, src, "backup")
	want := bundleOf(t, src)
	must(t, src.Close())
	parent := t.TempDir()
	dir := filepath.Join(parent, "ws")
	complete := filepath.Join(parent, stagingPrefix(dir)+"done")
	must(t, os.Rename(src.Dir(), complete))
	must(t, os.WriteFile(filepath.Join(complete, completeMarker), nil, 0o600))
	unfinished := filepath.Join(parent, stagingPrefix(dir)+"half")
	must(t, os.MkdirAll(unfinished, 0o700))
	must(t, os.WriteFile(filepath.Join(unfinished, "000001.vlog"), []byte("plaintext"), 0o600))

	w, err := Open(testOptions(t, dir))
	must(t, err)
	if !reflect.DeepEqual(bundleOf(t, w), want) {
		t.Fatal("the interrupted restore was not moved into place")
	}
	if _, err := os.Stat(unfinished); err == nil {
		t.Fatal("an unfinished staging directory was left")
	}
	staged := filepath.Join(dir, backupStagingPrefix+"123")
	must(t, os.WriteFile(staged, []byte("plaintext"), 0o600))
	must(t, w.Close())
	w, err = Open(testOptions(t, dir))
	must(t, err)
	must(t, w.Close())
	if _, err := os.Stat(staged); err == nil {
		t.Fatal("a backup staging file was left")
	}
}

func TestRecoverLeftoversInWorkspacesDir(t *testing.T) {
	parent := t.TempDir()
	w, err := Open(testOptions(t, filepath.Join(parent, "ws")))
	must(t, err)
	fillForBackup(t, w, "x")
	want := bundleOf(t, w)
	must(t, w.Close())
	for _, d := range []string{".ws.restore-abc", "ws.replaced-123", ".ws.replaced-9"} {
		must(t, os.MkdirAll(filepath.Join(parent, d), 0o700))
	}
	// a workspace whose name vanished between the two renames of a swap
	must(t, os.Rename(copyDir(t, filepath.Join(parent, "ws")), filepath.Join(parent, ".gone.restore-1")))
	must(t, os.WriteFile(filepath.Join(parent, ".gone.restore-1", completeMarker), nil, 0o600))
	done, err := RecoverLeftovers(parent)
	must(t, err)
	entries, _ := os.ReadDir(parent)
	var left []string
	for _, e := range entries {
		if e.Name() != "logs" {
			left = append(left, e.Name())
		}
	}
	if strings.Join(left, ",") != "gone,ws" {
		t.Fatalf("after RecoverLeftovers %v remain (actions %q), want gone and ws", left, done)
	}
	g, err := Open(testOptions(t, filepath.Join(parent, "gone")))
	must(t, err)
	defer g.Close()
	if !reflect.DeepEqual(bundleOf(t, g), want) {
		t.Fatal("the recovered workspace differs")
	}
}
