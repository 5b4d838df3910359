package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dpodesk/dpodesk/cli"
)

// The fault-injection suite of docs/reliability.md, part one: locks, opening
// damaged workspaces, restore. Each test drives the real binary on real files.

// oneLine fails when stderr is not a single line without a Go stack trace.
func assertOneLine(t *testing.T, r result) {
	t.Helper()
	msg := strings.TrimSpace(r.stderr)
	if msg == "" || strings.Contains(msg, "\n") || strings.Contains(msg, "goroutine ") || len(msg) > 400 {
		t.Fatalf("want one short line on stderr, got %q (exit %d)", r.stderr, r.code)
	}
}

// requestsCSV writes a register of n requests.
func requestsCSV(t *testing.T, dir string, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("type,subject,contact,channel,received\n")
	for i := range n {
		fmt.Fprintf(&b, "access,Person %d,p%d@example.org,email,2025-03-%02d\n", i, i, i%28+1)
	}
	path := filepath.Join(dir, fmt.Sprintf("requests-%d.csv", n))
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Fifty `workspace passwd` at once: each exits 0, 3 (busy) or 4 (wrong
// passphrase), and afterwards exactly one passphrase opens the workspace — the
// one a run reported changed, or the old one if none did.
func TestE2EConcurrentPasswdNeverLocksOut(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 50 processes; skipped with -short")
	}
	e := newEnv(t)
	const first = "the first passphrase"
	pass := func(p string) []string { return []string{"DPODESK_PASSPHRASE=" + p} }
	if r := e.runWith(pass(first), "workspace", "create", "vault", "--encrypt"); r.code != 0 {
		t.Fatalf("create: %+v", r)
	}
	if r := e.runWith(pass(first), "-w", "vault", "request", "add", "--subject", "Ana", "--received", "2025-03-05"); r.code != 0 {
		t.Fatalf("add: %+v", r)
	}
	results := make([]result, 50)
	var wg sync.WaitGroup
	for i := range results {
		wg.Go(func() {
			results[i] = e.runWith([]string{"DPODESK_PASSPHRASE=" + first,
				fmt.Sprintf("DPODESK_NEW_PASSPHRASE=new passphrase %02d", i)}, "workspace", "passwd", "vault")
		})
	}
	wg.Wait()
	candidates := []string{first}
	for i, r := range results {
		switch r.code {
		case 0:
			candidates = append(candidates, fmt.Sprintf("new passphrase %02d", i))
		case cli.ExitBusy, cli.ExitPassword:
			assertOneLine(t, r)
		default:
			t.Fatalf("passwd %d: exit %d: %s", i, r.code, r.stderr)
		}
	}
	var opens []string
	for _, p := range candidates {
		if r := e.runWith(pass(p), "-w", "vault", "request", "list"); r.code == 0 && strings.Contains(r.stdout, "Ana") {
			opens = append(opens, p)
		}
	}
	if len(opens) != 1 || opens[0] != candidates[len(candidates)-1] {
		t.Fatalf("after the changes %v open the workspace; want exactly the last reported of %v", opens, candidates)
	}
	t.Logf("%d of 50 changes reported done", len(candidates)-1)
}

// A workspace whose MANIFEST is gone or cut short is refused with one line;
// its files stay as they were, so a repair or restore can still use them.
func TestE2EManifestLossRefused(t *testing.T) {
	for _, how := range []string{"deleted", "cut"} {
		t.Run(how, func(t *testing.T) {
			e := newEnv(t)
			dir := filepath.Join(e.home, "ws")
			e.ok("--db", dir, "import-register", requestsCSV(t, e.home, 300), "--kind", "requests")
			e.ok("--db", dir, "request", "add", "--subject", "newest", "--received", "2025-03-05")
			manifest := filepath.Join(dir, "MANIFEST")
			if how == "deleted" {
				os.Remove(manifest)
			} else {
				info, err := os.Stat(manifest)
				if err != nil {
					t.Fatal(err)
				}
				os.Truncate(manifest, info.Size()-3)
			}
			before := dirContents(t, dir)
			r := e.run("--db", dir, "request", "list")
			if r.code == 0 {
				t.Fatalf("a workspace with a %s MANIFEST opened: %d bytes of output", how, len(r.stdout))
			}
			assertOneLine(t, r)
			if !strings.Contains(r.stderr, "MANIFEST") || !strings.Contains(r.stderr, "backup") {
				t.Fatalf("the line does not name the MANIFEST and the fix: %s", r.stderr)
			}
			after := dirContents(t, dir)
			for name, content := range before {
				if after[name] != content {
					t.Errorf("%s changed after the refused open", name)
				}
			}
		})
	}
}

// dirContents maps the data files of a workspace to their bytes.
func dirContents(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".sst") || strings.HasSuffix(e.Name(), ".vlog") || e.Name() == "MANIFEST" {
			b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
			out[e.Name()] = string(b)
		}
	}
	return out
}

// `restore --force` while the interface has the target open is refused with
// exit 3; the interface's data stays, and once it is closed the restore works.
func TestE2ERestoreForceWhileInterfaceOpen(t *testing.T) {
	e := newEnv(t)
	e.ok("workspace", "create", "src")
	e.ok("-w", "src", "request", "add", "--subject", "from the backup", "--received", "2025-03-05")
	backup := filepath.Join(e.home, "src.dpobak")
	e.ok("-w", "src", "backup", "-o", backup)
	e.ok("workspace", "create", "target")
	e.ok("-w", "target", "request", "add", "--subject", "in the target", "--received", "2025-03-05")

	s := startTUI(t, e, "-w", "target")
	r := e.run("restore", backup, "-w", "target", "--force")
	if r.code != cli.ExitBusy {
		t.Fatalf("restore over an open workspace: exit %d, %s", r.code, r.stderr)
	}
	assertOneLine(t, r)
	s.quit()
	if out := e.ok("-w", "target", "request", "list"); !strings.Contains(out, "in the target") {
		t.Fatalf("the refused restore changed the target:\n%s", out)
	}
	e.ok("restore", backup, "-w", "target", "--force")
	if out := e.ok("-w", "target", "request", "list"); !strings.Contains(out, "from the backup") {
		t.Fatalf("the restore did not take effect:\n%s", out)
	}
}

// `restore --force` never deletes a directory that is not a workspace.
func TestE2ERestoreForceRefusesForeignDirectory(t *testing.T) {
	e := newEnv(t)
	e.ok("workspace", "create", "src")
	backup := filepath.Join(e.home, "src.dpobak")
	e.ok("-w", "src", "backup", "-o", backup)
	thesis := filepath.Join(e.home, "thesis")
	os.MkdirAll(thesis, 0o700)
	os.WriteFile(filepath.Join(thesis, "chapter1.tex"), []byte("\\chapter{One}"), 0o600)
	r := e.run("restore", backup, "--db", thesis, "--force")
	if r.code == 0 {
		t.Fatal("restore --force replaced a directory that is not a workspace")
	}
	assertOneLine(t, r)
	if b, err := os.ReadFile(filepath.Join(thesis, "chapter1.tex")); err != nil || string(b) != "\\chapter{One}" {
		t.Fatal("the foreign directory was changed")
	}
}
