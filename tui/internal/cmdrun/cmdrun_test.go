package cmdrun

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

type done struct{}

// Slow work is waited for: its message is what the screen shows next.
func TestRunWaitsForSlowWork(t *testing.T) {
	msg, ok := Run(func() tea.Msg {
		time.Sleep(400 * time.Millisecond)
		return done{}
	})
	if _, isDone := msg.(done); !ok || !isDone {
		t.Fatalf("got %v, %v; want the slow command's message", msg, ok)
	}
}

// A timer is dropped instead of waited for.
func TestRunDropsTimers(t *testing.T) {
	msg, ok := Run(tea.Tick(time.Hour, func(time.Time) tea.Msg { return done{} }))
	if ok || msg != nil {
		t.Fatalf("got %v, %v; want the tick dropped", msg, ok)
	}
}
