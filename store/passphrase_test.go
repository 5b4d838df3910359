package store

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"
)

// Fifty passphrase changes at once: each either fails or takes effect whole, and
// afterwards exactly one passphrase — the last one reported changed — opens the
// workspace.
func TestConcurrentPassphraseChangesNeverLockOut(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "secret")
	w := openEncrypted(t, dir)
	fillForBackup(t, w, marker)
	want := bundleOf(t, w)
	must(t, w.Close())

	var mu sync.Mutex
	known := []string{testPass} // passphrases that were in force at some point
	n := 50
	if testing.Short() {
		n = 8
	}
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			next := fmt.Sprintf("passphrase number %d", i)
			for range 20000 { // ErrLocked is retried: every change must get its turn
				mu.Lock()
				cur := known[len(known)-1]
				mu.Unlock()
				err := ChangePassphrase(dir, cur, next)
				if err == nil {
					mu.Lock()
					known = append(known, next)
					mu.Unlock()
					return
				}
				if !errors.Is(err, ErrWrongPassphrase) && !errors.Is(err, ErrLocked) {
					t.Errorf("change %d: unexpected error %v", i, err)
					return
				}
				time.Sleep(2 * time.Millisecond) // not an assertion: lets the holder finish
			}
		})
	}
	wg.Wait()
	var opens []string
	for _, p := range known {
		if _, err := Unlock(dir, p); err == nil {
			opens = append(opens, p)
		}
	}
	if len(opens) != 1 {
		t.Fatalf("%d passphrases open the workspace after the changes, want exactly 1 (of %d in force at some point)", len(opens), len(known))
	}
	if opens[0] != known[len(known)-1] {
		t.Fatalf("the workspace opens with %q, not with the last passphrase reported changed", opens[0])
	}
	r, err := openWithPass(t, dir, opens[0])
	must(t, err)
	if got := bundleOf(t, r); !reflect.DeepEqual(got, want) {
		t.Fatal("records changed with the passphrase")
	}
	t.Logf("%d of %d changes took effect", len(known)-1, n)
}

func TestPassphraseChangeRefusedWhileOpen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "secret")
	w := openEncrypted(t, dir)
	defer w.Close()
	wantErr(t, ChangePassphrase(dir, testPass, "another long passphrase"), ErrLocked)
	if _, err := Unlock(dir, testPass); err != nil {
		t.Fatalf("the refused change altered the header: %v", err)
	}
}

// A passphrase change holds the lock, so the workspace cannot be opened during it.
func TestOpenRefusedDuringPassphraseChange(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "secret")
	key, err := InitEncryption(dir, testPass)
	must(t, err)
	lock, err := lockDir("secret", dir)
	must(t, err)
	_, err = Open(Options{Name: "secret", Dir: dir, LogDir: t.TempDir(), Create: true, EncryptionKey: key})
	lock.release()
	wantErr(t, err, ErrLocked)
}

// A damaged header is reported as damage, not as a wrong passphrase; absurd
// Argon2 costs are refused before any key derivation runs.
func TestDamagedHeaderToldApartFromWrongPassphrase(t *testing.T) {
	edits := map[string]func(h map[string]any){
		"salt byte":     func(h map[string]any) { h["salt"] = flipB64(h["salt"].(string)) },
		"check byte":    func(h map[string]any) { h["check"] = flipB64(h["check"].(string)) },
		"wrapped byte":  func(h map[string]any) { h["wrapped_key"] = flipB64(h["wrapped_key"].(string)) },
		"time zero":     func(h map[string]any) { h["time"] = 0 },
		"memory zero":   func(h map[string]any) { h["memory_kib"] = 0 },
		"memory 64 GiB": func(h map[string]any) { h["memory_kib"] = 64 << 20 },
		"threads zero":  func(h map[string]any) { h["threads"] = 0 },
		"time 2^31":     func(h map[string]any) { h["time"] = 1 << 31 },
	}
	for name, edit := range edits {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "secret")
			must(t, openEncrypted(t, dir).Close())
			editHeader(t, dir, edit)
			_, err := Unlock(dir, testPass)
			wantErr(t, err, ErrCorrupt)
			if errors.Is(err, ErrWrongPassphrase) {
				t.Fatalf("damage reported as a wrong passphrase: %v", err)
			}
		})
	}
}

// A workspace created before format 2 opens as before, and its first passphrase
// change turns it into format 2 without touching Badger's files.
func TestFormatOneHeaderOpensAndConverts(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "old")
	must(t, os.MkdirAll(dir, 0o700))
	h := keyHeader{Format: 1, KDF: "argon2id", Salt: make([]byte, 16), Time: kdfTime, MemoryKiB: kdfMemory, Threads: kdfThreads}
	rand.Read(h.Salt)
	key := h.key(testPass)
	h.Check = checkValue(key)
	must(t, writeHeader(filepath.Join(dir, headerFile), h))
	w, err := Open(Options{Name: "old", Dir: dir, LogDir: t.TempDir(), Create: true, EncryptionKey: key, Now: fixedClock()})
	must(t, err)
	fillForBackup(t, w, marker)
	want := bundleOf(t, w)
	must(t, w.Close())

	const next = "the passphrase of format two"
	must(t, ChangePassphrase(dir, testPass, next))
	got, err := readHeader(filepath.Join(dir, headerFile))
	must(t, err)
	if got.Format != headerFormat {
		t.Fatalf("header format %d after the change, want %d", got.Format, headerFormat)
	}
	r, err := openWithPass(t, dir, next)
	must(t, err)
	if !reflect.DeepEqual(bundleOf(t, r), want) {
		t.Fatal("records changed with the passphrase")
	}
}

func editHeader(t *testing.T, dir string, edit func(map[string]any)) {
	t.Helper()
	path := filepath.Join(dir, headerFile)
	raw, err := os.ReadFile(path)
	must(t, err)
	var h map[string]any
	must(t, json.Unmarshal(raw, &h))
	edit(h)
	out, err := json.Marshal(h)
	must(t, err)
	must(t, os.WriteFile(path, out, 0o600))
}

// flipB64 changes one character of a base64 string to another valid one.
func flipB64(s string) string {
	b := []byte(s)
	if b[2] == 'A' {
		b[2] = 'B'
	} else {
		b[2] = 'A'
	}
	return string(b)
}

// A backup whose stored Argon2 costs were edited is refused before any key
// derivation: a backup from elsewhere must not be able to exhaust the machine.
func TestBackupWithAbsurdArgonCostsRefused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "secret")
	w := openEncrypted(t, dir)
	fillForBackup(t, w, marker)
	data, h := backupTo(t, w)
	must(t, w.Close())
	payload := data[len(data)-int(h.PayloadSize):]
	for _, mem := range []uint32{0, 1 << 30} {
		var kh map[string]any
		must(t, json.Unmarshal(h.Cipher.KeyHeader, &kh))
		kh["memory_kib"] = mem
		raw, err := json.Marshal(kh)
		must(t, err)
		h2 := h
		c := *h.Cipher
		c.KeyHeader = raw
		h2.Cipher = &c
		var buf bytes.Buffer
		must(t, writeBackupHeader(&buf, h2))
		buf.Write(payload)
		asked := false
		_, err = restoreTest(t, buf.Bytes(), filepath.Join(t.TempDir(), "r"), RestoreOptions{
			Passphrase: func(BackupHeader) (string, error) { asked = true; return testPass, nil }})
		wantErr(t, err, ErrNotBackup)
		if asked {
			t.Fatal("a passphrase was asked for a backup with a damaged key header")
		}
	}
}
