package store

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

const crashChildEnv = "DPODESK_STORE_CRASH_CHILD"

// TestCrashChild is the child half of TestSIGKILLLosesNothingCommitted: it writes
// requests in a loop and prints each ID once CreateRequest has returned.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashChildEnv)
	if dir == "" {
		t.Skip("runs only as the child of TestSIGKILLLosesNothingCommitted")
	}
	w, err := Open(Options{Name: "crash", Dir: dir, LogDir: dir, Create: true})
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	for i := 0; ; i++ {
		r := sampleRequest(fmt.Sprint("crash ", i))
		if err := w.CreateRequest(r); err != nil {
			fmt.Println("create:", err)
			os.Exit(1)
		}
		fmt.Println(r.ID)
	}
}

// TestSIGKILLLosesNothingCommitted kills a writing process at a random moment and
// checks that every request it reported as created is there, with an intact audit
// chain, and that the workspace opens without repair.
func TestSIGKILLLosesNothingCommitted(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	dir := filepath.Join(t.TempDir(), "ws")
	for round := range 2 {
		printed := runAndKill(t, dir, 20+rand.IntN(60))
		w, err := Open(Options{Name: "crash", Dir: dir, LogDir: dir})
		if err != nil {
			t.Fatalf("round %d: reopen after SIGKILL: %v", round, err)
		}
		for _, id := range printed {
			if _, err := w.GetRequest(id); err != nil {
				t.Fatalf("round %d: request %d was reported committed but is gone: %v", round, id, err)
			}
		}
		if _, broken, err := w.VerifyAudit(); err != nil || broken != nil {
			t.Fatalf("round %d: audit after SIGKILL: %v %+v", round, err, broken)
		}
		must(t, w.Close())
	}
}

// runAndKill starts the child, reads IDs until it has printed n, kills it with
// SIGKILL (at a random moment after that) and returns every ID it printed.
func runAndKill(t *testing.T, dir string, n int) []uint64 {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	var ids []uint64
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		id, err := strconv.ParseUint(sc.Text(), 10, 64)
		if err != nil {
			cmd.Process.Kill()
			t.Fatalf("child: %s", sc.Text())
		}
		ids = append(ids, id)
		if len(ids) == n {
			time.Sleep(time.Duration(rand.IntN(3000)) * time.Microsecond)
			must(t, cmd.Process.Signal(syscall.SIGKILL))
		}
	}
	cmd.Wait()
	if len(ids) < n {
		t.Fatalf("child printed %d ids before it ended, want %d", len(ids), n)
	}
	return ids
}
