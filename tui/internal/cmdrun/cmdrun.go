// Package cmdrun runs Bubble Tea commands for tests that drive a model by
// hand, the way a program would but one at a time.
package cmdrun

import (
	"runtime"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Run runs one command the way a program would, on its own
// goroutine. A command that is still running after a short while is either a
// timer (a cursor blink, a tick) or real work on a slow machine. Timers are
// dropped, since waiting for them would loop forever; real work is waited for,
// so that a save on a loaded CI machine is never mistaken for one that did not
// happen. The goroutine's stack tells the two apart.
func Run(c tea.Cmd) (tea.Msg, bool) {
	ch := make(chan tea.Msg, 1)
	ids := make(chan string, 1)
	go func() {
		ids <- goroutineID()
		ch <- c()
	}()
	id := <-ids
	first := time.After(150 * time.Millisecond)
	select {
	case m := <-ch:
		return m, true
	case <-first:
	}
	deadline := time.After(30 * time.Second)
	poll := time.NewTicker(20 * time.Millisecond)
	defer poll.Stop()
	for {
		if waitsOnTimer(id) {
			return nil, false
		}
		select {
		case m := <-ch:
			return m, true
		case <-deadline:
			panic("a command has run for 30 s:\n" + goroutineStack(id))
		case <-poll.C:
		}
	}
}

// timerFrames are the functions a command sits in while it waits for a timer.
var timerFrames = []string{"bubbles/v2/cursor.(*Model).Blink", "bubbletea/v2.Tick", "bubbletea/v2.Every"}

func waitsOnTimer(id string) bool {
	st := goroutineStack(id)
	for _, f := range timerFrames {
		if strings.Contains(st, f) {
			return true
		}
	}
	return false
}

// goroutineID is the number of the calling goroutine, from its stack header.
func goroutineID() string {
	buf := make([]byte, 64)
	buf = buf[:runtime.Stack(buf, false)]
	f := strings.Fields(string(buf))
	return f[1]
}

// goroutineStack is the stack of one goroutine, or "" once it has ended.
func goroutineStack(id string) string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	head := "goroutine " + id + " ["
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.HasPrefix(g, head) {
			return g
		}
	}
	return ""
}
