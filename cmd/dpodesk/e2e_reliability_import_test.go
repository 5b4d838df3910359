package main

import (
	"context"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/store"
)

// The fault-injection suite of docs/reliability.md, part two: byte flips in
// the data files and SIGKILL during a bulk import, with the real binary.

// journalLength runs `audit verify` and returns the number of intact entries.
func journalLength(t *testing.T, e *env, dir string) int {
	t.Helper()
	out := e.ok("--db", dir, "audit", "verify")
	m := regexp.MustCompile(`intact: (\d+) entries`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("audit verify said %q", out)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// checkWorkspace runs the store's integrity check on a closed workspace.
func checkWorkspace(t *testing.T, dir string) store.CheckReport {
	t.Helper()
	ws, err := store.Open(store.Options{Name: filepath.Base(dir), Dir: dir, LogDir: t.TempDir()})
	if err != nil {
		t.Fatalf("open for the check: %v", err)
	}
	defer ws.Close()
	rep, err := ws.Check(context.Background())
	if err != nil {
		t.Fatalf("integrity check: %v", err)
	}
	return rep
}

// SIGKILL at a random moment of `import-register` of 40,000 requests, ten
// times: afterwards the workspace holds all of them or none, each with its
// journal entry, and the integrity check passes; a retry after "none" imports
// them once.
func TestE2EKilledRegisterImportAllOrNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 40,000 requests up to twenty times; skipped with -short")
	}
	e := newEnv(t)
	const n = 40000
	csv := requestsCSV(t, e.home, n)
	rng := rand.New(rand.NewPCG(9, 9))
	outcomes := map[int]int{}
	for round := range 10 {
		dir := filepath.Join(e.home, "round"+strconv.Itoa(round))
		cmd := exec.Command(binPath, "--db", dir, "import-register", csv, "--kind", "requests")
		cmd.Env = e.vars
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(200+rng.IntN(8000)) * time.Millisecond) // the moment of the kill, not an assertion
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		got := journalLength(t, e, dir)
		if got != 0 && got != n {
			t.Fatalf("round %d: %d of %d requests in the journal after SIGKILL", round, got, n)
		}
		outcomes[got]++
		rep := checkWorkspace(t, dir)
		if rep.Records != got {
			t.Fatalf("round %d: %d records for %d journal entries", round, rep.Records, got)
		}
		if got == 0 {
			e.ok("--db", dir, "import-register", csv, "--kind", "requests")
			if again := journalLength(t, e, dir); again != n {
				t.Fatalf("round %d: the retry left %d requests, want %d", round, again, n)
			}
		}
	}
	t.Logf("after SIGKILL: %d rounds with none, %d with all", outcomes[0], outcomes[n])
}

// One hundred random byte flips in table and value-log files: each run either
// fails with one line and a non-zero exit, or prints exactly what it printed
// before the flip. Never different output with exit 0, never a stack trace.
func TestE2EByteFlipsDetectedOrHarmless(t *testing.T) {
	flips := 100
	if testing.Short() {
		flips = 10
	}
	e := newEnv(t)
	base := filepath.Join(e.home, "base")
	e.ok("--db", base, "import-register", requestsCSV(t, e.home, 400), "--kind", "requests")
	e.ok("--db", base, "request", "add", "--subject", "objection to marketing", "--received", "2025-03-05")
	want := e.ok("--db", base, "request", "list", "--json")
	rng := rand.New(rand.NewPCG(4, 2))
	counts := map[string]int{}
	for i := range flips {
		dir := filepath.Join(e.home, "flip"+strconv.Itoa(i))
		copyTree(t, base, dir)
		file, at := flipRandomByte(t, dir, rng)
		r := e.run("--db", dir, "request", "list", "--json")
		switch {
		case r.code != 0:
			assertOneLine(t, r)
			counts["detected"]++
		case r.stdout == want:
			counts["identical"]++
		default:
			t.Errorf("flip at %s:%d: different output with exit 0", file, at)
		}
		os.RemoveAll(dir)
	}
	t.Logf("%d flips: %v", flips, counts)
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.MkdirAll(dst, 0o700); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(src)
	for _, en := range entries {
		if !en.Type().IsRegular() || en.Name() == "LOCK" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, en.Name()))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dst, en.Name()), b, 0o600)
	}
}

func flipRandomByte(t *testing.T, dir string, rng *rand.Rand) (string, int) {
	t.Helper()
	var files []string
	entries, _ := os.ReadDir(dir)
	for _, en := range entries {
		info, _ := en.Info()
		if (strings.HasSuffix(en.Name(), ".sst") || strings.HasSuffix(en.Name(), ".vlog")) && info.Size() > 0 {
			files = append(files, en.Name())
		}
	}
	name := files[rng.IntN(len(files))]
	path := filepath.Join(dir, name)
	data, _ := os.ReadFile(path)
	at := rng.IntN(len(data))
	data[at] ^= byte(1 + rng.IntN(255))
	os.WriteFile(path, data, 0o600)
	return name, at
}
