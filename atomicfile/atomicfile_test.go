package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestWriteFileReplaces(t *testing.T) {
	path := filepath.Join(t.TempDir(), "header.json")
	if err := WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("new"), 0o600); err != nil {
		t.Fatal(err)
	}
	assertContent(t, path, "new")
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, want 0600", st.Mode().Perm())
	}
	assertNoTemp(t, filepath.Dir(path))
}

// A full disk shows up at the flush; the old file must survive it.
func TestFailedSyncLeavesOldFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "header.json")
	if err := WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	syncFile = func(*os.File) error { return syscall.ENOSPC }
	t.Cleanup(func() { syncFile = (*os.File).Sync })
	err := WriteFile(path, []byte("new content that never reaches the disk"), 0o600)
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("err = %v, want ENOSPC", err)
	}
	assertContent(t, path, "old")
	assertNoTemp(t, filepath.Dir(path))
}

// A writer that fails halfway leaves the old file and no temporary file.
func TestFailedWriteLeavesOldFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data")
	if err := WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("device error")
	err := Write(path, 0o600, func(w io.Writer) error {
		w.Write([]byte("half of the"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the writer's error", err)
	}
	assertContent(t, path, "old")
	assertNoTemp(t, filepath.Dir(path))
}

// A failure before anything existed leaves nothing.
func TestFailedFirstWriteLeavesNoFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data")
	syncFile = func(*os.File) error { return syscall.EIO }
	t.Cleanup(func() { syncFile = (*os.File).Sync })
	if err := WriteFile(path, []byte("x"), 0o600); err == nil {
		t.Fatal("no error from a failed flush")
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("stat after failed write: %v, want not exist", err)
	}
}

func TestCleanupRemovesLeftovers(t *testing.T) {
	dir := t.TempDir()
	left := filepath.Join(dir, TempPrefix+"header.json-123")
	keep := filepath.Join(dir, "header.json")
	for _, p := range []string{left, keep} {
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	removed, err := Cleanup(dir)
	if err != nil || len(removed) != 1 {
		t.Fatalf("Cleanup = %v, %v; want one file removed", removed, err)
	}
	if _, err := os.Stat(keep); err != nil {
		t.Fatalf("Cleanup removed a real file: %v", err)
	}
	assertNoTemp(t, dir)
}

func assertContent(t *testing.T, path, want string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != want {
		t.Fatalf("%s holds %q, want %q", path, b, want)
	}
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if len(e.Name()) >= len(TempPrefix) && e.Name()[:len(TempPrefix)] == TempPrefix {
			t.Fatalf("temporary file %s left behind", e.Name())
		}
	}
}
