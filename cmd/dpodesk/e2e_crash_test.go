package main

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/desk"
)

// A loop of 300 `request add` calls is killed with SIGKILL at a random moment:
// every ref the loop printed must be in the workspace afterwards, and the
// workspace must open again without repair.
func TestKilledAddLoopLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 300 processes; skipped with -short")
	}
	e := newEnv(t)
	e.ok("workspace", "create", "crash")
	out := filepath.Join(e.home, "refs.txt")
	script := `for i in $(seq 1 300); do "$BIN" --workspace crash request add --subject "Person $i" --received 2025-03-05 || exit 1; done`
	loop := exec.Command("bash", "-c", script)
	loop.Env = append(append([]string{}, e.vars...), "BIN="+binPath)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	loop.Stdout = f
	loop.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := loop.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- loop.Wait() }()
	// kill once at least 20 requests are in, at a random moment after that
	deadline := time.Now().Add(2 * time.Minute)
	for countLines(out) < 20 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(time.Duration(rand.IntN(1500)) * time.Millisecond)
	killed := syscall.Kill(-loop.Process.Pid, syscall.SIGKILL) == nil
	<-done
	f.Close()

	data, _ := os.ReadFile(out)
	printed := strings.Fields(string(data))
	if len(printed) < 20 {
		t.Fatalf("the loop printed only %d refs before the kill", len(printed))
	}
	var list []desk.RequestView
	if err := json.Unmarshal([]byte(e.ok("--workspace", "crash", "request", "list", "--json")), &list); err != nil {
		t.Fatalf("listing after the kill: %v", err)
	}
	stored := map[string]bool{}
	for _, r := range list {
		stored[r.Ref] = true
	}
	for _, ref := range printed {
		if !stored[ref] {
			t.Errorf("ref %s was printed but is not in the workspace after SIGKILL", ref)
		}
	}
	if len(list) > len(printed)+1 {
		t.Errorf("%d requests stored but only %d printed: at most one may be committed unprinted", len(list), len(printed))
	}
	e.ok("--workspace", "crash", "request", "add", "--subject", "After the crash")
	t.Logf("killed=%v after %d printed refs; %d stored", killed, len(printed), len(list))
}

func countLines(path string) int {
	data, _ := os.ReadFile(path)
	return strings.Count(string(data), "\n")
}
