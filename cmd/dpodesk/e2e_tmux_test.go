package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tmuxSession runs the real binary in a terminal that tmux emulates, so tests
// type keys and read the screen as a person would. Each session has its own tmux
// server (a private socket), which starts with the test's environment.
type tmuxSession struct {
	t      *testing.T
	socket string
	name   string
}

func startTUI(t *testing.T, e *env, args ...string) *tmuxSession {
	t.Helper()
	s := startTmux(t, e, args...)
	s.waitFor("1 Dashboard") // the first frame: input before it may be taken for terminal replies
	return s
}

// startTmux starts dpodesk in tmux without waiting for a particular screen
// (the workspace picker comes before the dashboard).
func startTmux(t *testing.T, e *env, args ...string) *tmuxSession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is not installed; .ci/run installs it")
		}
		t.Skip("tmux is not installed: the interface's end-to-end tests need it (apt-get install tmux)")
	}
	e.sessions++
	s := &tmuxSession{t: t, socket: filepath.Join(e.home, fmt.Sprintf("tmux%d.sock", e.sessions)), name: "dpodesk"}
	argv := append([]string{binPath}, args...)
	for i, a := range argv {
		argv[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	cmd := exec.Command("tmux", "-S", s.socket, "new-session", "-d", "-s", s.name, "-x", "100", "-y", "30",
		strings.Join(argv, " ")+"; echo dpodesk-exited-$?; sleep 30")
	cmd.Env = append(append([]string{}, e.vars...), "TERM=xterm-256color")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("starting tmux: %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("tmux", "-S", s.socket, "kill-server").Run() })
	return s
}

func (s *tmuxSession) tmux(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v: %s", args, err, out)
	}
	return string(out)
}

// keys sends tmux key names (Enter, Escape, Tab, C-c, Down …).
func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	for _, k := range keys {
		s.tmux("send-keys", "-t", s.name, k)
		time.Sleep(40 * time.Millisecond)
	}
}

// typeText types literal text.
func (s *tmuxSession) typeText(text string) {
	s.t.Helper()
	s.tmux("send-keys", "-t", s.name, "-l", text)
	time.Sleep(60 * time.Millisecond)
}

func (s *tmuxSession) screen() string {
	s.t.Helper()
	return s.tmux("capture-pane", "-p", "-t", s.name)
}

// waitFor waits until the screen shows text, and returns the screen.
func (s *tmuxSession) waitFor(text string) string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	var scr string
	for time.Now().Before(deadline) {
		scr = s.screen()
		if strings.Contains(scr, text) {
			return scr
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("the screen never showed %q; it shows:\n%s", text, scr)
	return ""
}

// waitGone waits until text is no longer on the screen.
func (s *tmuxSession) waitGone(text string) string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	var scr string
	for time.Now().Before(deadline) {
		if scr = s.screen(); !strings.Contains(scr, text) {
			return scr
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("%q stayed on the screen:\n%s", text, scr)
	return ""
}

// quit presses q and checks the program ended with status 0.
func (s *tmuxSession) quit() {
	s.t.Helper()
	s.keys("q")
	scr := s.waitFor("dpodesk-exited-")
	if !strings.Contains(scr, "dpodesk-exited-0") {
		s.t.Fatalf("dpodesk did not exit cleanly:\n%s", scr)
	}
}

// enterUntilGone presses Enter, one at a time with a look at the screen in
// between, until text disappears: a form with many defaulted fields is saved
// the way a person would save it, without counting its fields.
func (s *tmuxSession) enterUntilGone(text string, most int) string {
	s.t.Helper()
	for i := 0; i < most; i++ {
		scr := s.screen()
		if !strings.Contains(scr, text) {
			return scr
		}
		s.keys("Enter")
		time.Sleep(120 * time.Millisecond)
	}
	return s.waitGone(text)
}
