package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestExitAfterFirstFrame checks the hook bench/firstframe.sh times a start
// with: the program quits in the update that gives the dashboard its totals,
// not before, and that frame shows them.
func TestExitAfterFirstFrame(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	r := New(s, testOptions(t))
	r.exitAfterFirstFrame = true
	r.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	quit := false
	for _, msg := range runConcurrently(r.load(kindRequest, kindActivity, kindProcessor)) {
		if _, ok := msg.(reloadAuditMsg); ok {
			continue
		}
		if quit {
			t.Fatalf("quit before the last register loaded (then %T)", msg)
		}
		_, cmd := r.Update(msg)
		quit = quits(cmd)
	}
	if !quit {
		t.Fatal("no quit once every register had loaded")
	}
	if v := r.View().Content; !strings.Contains(v, "open of") || strings.Contains(v, "open of 0\n") {
		t.Fatalf("the last frame does not show the request totals:\n%s", v)
	}
}

// quits says whether cmd, run, asks the program to quit.
func quits(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	switch msg := cmd().(type) {
	case tea.QuitMsg:
		return true
	case tea.BatchMsg:
		for _, c := range msg {
			if quits(c) {
				return true
			}
		}
	}
	return false
}
