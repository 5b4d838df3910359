package store

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// copyDir copies the regular files of src into a new directory.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "copy")
	must(t, os.MkdirAll(dst, 0o700))
	entries, err := os.ReadDir(src)
	must(t, err)
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		must(t, err)
		must(t, os.WriteFile(filepath.Join(dst, e.Name()), b, 0o600))
	}
	return dst
}

// dataFiles lists the non-empty Badger files a byte flip can hit.
func dataFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, pat := range []string{"*.sst", "*.vlog", "*.mem"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		for _, p := range m {
			if info, err := os.Stat(p); err == nil && info.Size() > 0 {
				out = append(out, p)
			}
		}
	}
	return out
}

// readAll opens a workspace and reads everything a user can see, with the
// integrity check; an error anywhere counts as detection.
func readAll(t *testing.T, dir string, key []byte) (b Bundle, err error) {
	t.Helper()
	w, err := Open(Options{Name: "flip", Dir: dir, LogDir: t.TempDir(), EncryptionKey: key})
	if err != nil {
		return b, err
	}
	defer w.Close()
	var buf strings.Builder
	if err := w.ExportBundle(&buf); err != nil {
		return b, err
	}
	if err := json.Unmarshal([]byte(buf.String()), &b); err != nil {
		return b, err
	}
	b.Workspace, b.ExportedAt = "", time.Time{}
	_, err = w.Check(context.Background())
	return b, err
}

// flipWorkspace makes a workspace of 60 requests; crashed leaves it as a crash
// would (copied while open, so the memtable log holds the newest changes).
func flipWorkspace(t *testing.T, encrypted, crashed bool) (string, []byte) {
	dir := filepath.Join(t.TempDir(), "ws")
	var key []byte
	if encrypted {
		var err error
		key, err = InitEncryption(dir, testPass)
		must(t, err)
	}
	w, err := Open(Options{Name: "flip", Dir: dir, LogDir: t.TempDir(), Create: true, EncryptionKey: key, Now: fixedClock()})
	must(t, err)
	for i := range 60 {
		must(t, w.CreateRequest(sampleRequest(fmt.Sprint("objection ", i))))
	}
	if crashed {
		snap := copyDir(t, dir)
		must(t, w.Close())
		return snap, key
	}
	must(t, w.Close())
	return dir, key
}

// Random byte flips in tables, value logs and memtable logs are either
// detected (an error when opening or reading) or change nothing that is read;
// never different data without an error.
func TestByteFlipsDetectedOrHarmless(t *testing.T) {
	flips := 100
	if testing.Short() {
		flips = 20
	}
	for _, crashed := range []bool{false, true} {
		for _, encrypted := range []bool{false, true} {
			t.Run(fmt.Sprintf("encrypted=%v,crashed=%v", encrypted, crashed), func(t *testing.T) {
				dir, key := flipWorkspace(t, encrypted, crashed)
				want, err := readAll(t, copyDir(t, dir), key)
				must(t, err)
				rng := rand.New(rand.NewPCG(1, 2))
				counts := map[string]int{}
				n := flips
				if crashed {
					n /= 2 // each trial copies two 64 MiB memtable files
				}
				for range n {
					cp := copyDir(t, dir)
					files := dataFiles(t, cp)
					f := files[rng.IntN(len(files))]
					data, _ := os.ReadFile(f)
					at := rng.IntN(usedLength(data))
					data[at] ^= byte(1 + rng.IntN(255))
					must(t, os.WriteFile(f, data, 0o600))
					got, err := readAll(t, cp, key)
					switch {
					case err != nil:
						counts["detected"]++
					case reflect.DeepEqual(got, want):
						counts["identical"]++
					default:
						counts["WRONG"]++
						t.Errorf("flip at %s:%d changed what is read without an error", filepath.Base(f), at)
					}
				}
				t.Logf("%v", counts)
			})
		}
	}
}

// usedLength is the length up to the last non-zero byte: memtable logs are
// preallocated, and a flip in their zero tail hits nothing.
func usedLength(data []byte) int {
	for i := len(data) - 1; i >= 0; i-- {
		if data[i] != 0 {
			return i + 1
		}
	}
	return len(data)
}
