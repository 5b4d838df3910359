package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// binPath is the dpodesk binary built once for the end-to-end tests, which run it
// as a user would: as a separate process with its own environment.
var binPath string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "dpodesk-e2e-")
	if err != nil {
		panic(err)
	}
	binPath = filepath.Join(dir, "dpodesk")
	build := exec.Command("go", "build", "-o", binPath, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building dpodesk for the end-to-end tests: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// env is an isolated home for one test: its own config, data and state dirs.
type env struct {
	t        *testing.T
	home     string
	vars     []string
	sessions int // tmux sessions started, for unique sockets
}

func newEnv(t *testing.T) *env {
	t.Helper()
	home := t.TempDir()
	e := &env{t: t, home: home}
	e.vars = append(os.Environ(),
		"HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, "config"),
		"XDG_DATA_HOME="+filepath.Join(home, "data"),
		"XDG_STATE_HOME="+filepath.Join(home, "state"),
		"DPODESK_DATA_DIR=", "DPODESK_WORKSPACE=", "NO_COLOR=1", "TZ=Europe/Berlin",
	)
	return e
}

type result struct {
	stdout, stderr string
	code           int
}

// run executes dpodesk with args and returns what it printed and its exit status.
func (e *env) run(args ...string) result {
	e.t.Helper()
	return e.runWith(nil, args...)
}

func (e *env) runWith(extraEnv []string, args ...string) result {
	e.t.Helper()
	cmd := exec.Command(binPath, args...)
	cmd.Env = append(append([]string{}, e.vars...), extraEnv...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		e.t.Fatalf("running dpodesk %v: %v", args, err)
	}
	return result{out.String(), errb.String(), code}
}

// ok runs dpodesk and fails the test unless it exits 0.
func (e *env) ok(args ...string) string {
	e.t.Helper()
	r := e.run(args...)
	if r.code != 0 {
		e.t.Fatalf("dpodesk %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r.stdout
}

func (e *env) writeConfig(text string) string {
	e.t.Helper()
	p := filepath.Join(e.home, "config", "dpodesk", "config.toml")
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		e.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		e.t.Fatal(err)
	}
	return p
}

// today is the current date in the test's time zone, as dpodesk sees it.
func (e *env) today() string {
	e.t.Helper()
	var js struct{ Received string }
	ref := strings.TrimSpace(e.ok("--db", e.home+"/clock", "request", "add", "--subject", "clock"))
	out := e.ok("--db", e.home+"/clock", "request", "show", ref, "--json")
	if err := json.Unmarshal([]byte(out), &js); err != nil || len(js.Received) < 10 {
		e.t.Fatalf("reading today's date: %v %q", err, out)
	}
	return js.Received[:10]
}
