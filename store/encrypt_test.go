package store

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

const (
	testPass = "correct horse battery"
	marker   = "MARKER-7f3a-plaintext"
)

// openEncrypted creates an encrypted workspace in a fresh directory.
func openEncrypted(t *testing.T, dir string) *Workspace {
	t.Helper()
	key, err := InitEncryption(dir, testPass)
	must(t, err)
	w, err := Open(Options{Name: "secret", Dir: dir, LogDir: filepath.Join(t.TempDir(), "logs"), Create: true,
		EncryptionKey: key, Now: fixedClock()})
	must(t, err)
	return w
}

func openWithPass(t *testing.T, dir, pass string) (*Workspace, error) {
	t.Helper()
	key, err := Unlock(dir, pass)
	if err != nil {
		return nil, err
	}
	w, err := Open(Options{Name: "secret", Dir: dir, LogDir: filepath.Join(t.TempDir(), "logs"), EncryptionKey: key})
	if err == nil {
		t.Cleanup(func() { w.Close() })
	}
	return w, err
}

// assertNoMarker fails when any file under root, or the extra blobs, contain the
// marker in plain text.
func assertNoMarker(t *testing.T, root string, blobs map[string][]byte) {
	t.Helper()
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		blobs[path] = data
		return nil
	})
	must(t, err)
	if files == 0 {
		t.Fatalf("no files under %s", root)
	}
	for name, data := range blobs {
		if bytes.Contains(data, []byte(marker)) || bytes.Contains(data, []byte("Erika "+marker)) {
			t.Errorf("%s contains the plaintext marker", name)
		}
	}
}

func TestEncryptedWorkspaceAndBackupHoldNoPlaintext(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "secret")
	w := openEncrypted(t, dir)
	fillForBackup(t, w, marker)
	data, h := backupTo(t, w)
	want := bundleOf(t, w)
	must(t, w.Close())
	if !h.Encrypted || h.Cipher == nil {
		t.Fatalf("backup of an encrypted workspace is not encrypted: %+v", h)
	}
	assertNoMarker(t, dir, map[string][]byte{"backup file": data})

	restored := filepath.Join(t.TempDir(), "restored")
	_, err := restoreTest(t, data, restored, RestoreOptions{Passphrase: func(BackupHeader) (string, error) { return "wrong passphrase", nil }})
	wantErr(t, err, ErrWrongPassphrase)
	if _, err := os.Stat(restored); err == nil {
		t.Fatal("a refused restore created the directory")
	}
	_, err = Restore(bytes.NewReader(data), restored, RestoreOptions{Name: "secret",
		LogDir: filepath.Join(t.TempDir(), "logs"), Passphrase: func(BackupHeader) (string, error) { return testPass, nil }})
	must(t, err)
	if !IsEncrypted(restored) {
		t.Fatal("the restored workspace is not encrypted")
	}
	r, err := openWithPass(t, restored, testPass)
	must(t, err)
	if got := bundleOf(t, r); !reflect.DeepEqual(got, want) {
		t.Fatalf("restored records differ:\nwant %+v\ngot  %+v", want, got)
	}
	must(t, r.Close())
	assertNoMarker(t, restored, map[string][]byte{})
}

func TestWrongPassphraseIsRefused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "secret")
	must(t, openEncrypted(t, dir).Close())
	_, err := Unlock(dir, "not the passphrase")
	wantErr(t, err, ErrWrongPassphrase)
	if _, err := openWithPass(t, dir, testPass); err != nil {
		t.Fatalf("the right passphrase: %v", err)
	}
}

func TestPassphraseChange(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "secret")
	w := openEncrypted(t, dir)
	fillForBackup(t, w, marker)
	want := bundleOf(t, w)
	must(t, w.Close())

	const next = "a new and longer passphrase"
	wantErr(t, ChangePassphrase(dir, "not the passphrase", next), ErrWrongPassphrase)
	must(t, ChangePassphrase(dir, testPass, next))
	_, err := Unlock(dir, testPass)
	wantErr(t, err, ErrWrongPassphrase)
	r, err := openWithPass(t, dir, next)
	must(t, err)
	if got := bundleOf(t, r); !reflect.DeepEqual(got, want) {
		t.Fatal("records changed with the passphrase")
	}
}

func TestEncryptedBackupDetectsTampering(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "secret")
	w := openEncrypted(t, dir)
	fillForBackup(t, w, marker)
	data, _ := backupTo(t, w)
	must(t, w.Close())
	data[len(data)-20] ^= 0x01
	_, err := restoreTest(t, data, filepath.Join(t.TempDir(), "r"), RestoreOptions{
		Passphrase: func(BackupHeader) (string, error) { return testPass, nil }})
	if err == nil {
		t.Fatal("a changed encrypted backup was restored")
	}
}

// A missing or damaged key registry is damage, one line, not a crash in a
// Badger goroutine or a "wrong key".
func TestDamagedKeyRegistry(t *testing.T) {
	for _, how := range []string{"deleted", "flipped"} {
		t.Run(how, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "secret")
			w := openEncrypted(t, dir)
			fillForBackup(t, w, marker)
			must(t, w.Close())
			reg := filepath.Join(dir, "KEYREGISTRY")
			if how == "deleted" {
				must(t, os.Remove(reg))
			} else {
				data, err := os.ReadFile(reg)
				must(t, err)
				data[20] ^= 0xff
				must(t, os.WriteFile(reg, data, 0o600))
			}
			_, err := openWithPass(t, dir, testPass)
			wantErr(t, err, ErrCorrupt)
		})
	}
}
