package store

import (
	"errors"
	"sync"
)

// ErrClosed is returned by a read or write that starts after the workspace
// began to close.
var ErrClosed = errors.New("the workspace is closed")

// gate counts the transactions under way, so that Close waits for them
// instead of closing Badger under a read: the interface reads in background
// commands, and a user may quit while one runs. A transaction may start
// another inside it; the count allows that.
type gate struct {
	mu      sync.Mutex
	done    *sync.Cond
	active  int
	closing bool
}

// enter admits one transaction, or reports that the workspace is closing.
func (g *gate) enter() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closing {
		return false
	}
	g.active++
	return true
}

func (g *gate) leave() {
	g.mu.Lock()
	g.active--
	if g.active == 0 && g.done != nil {
		g.done.Broadcast()
	}
	g.mu.Unlock()
}

// shut refuses new transactions and waits until those under way ended.
func (g *gate) shut() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.closing = true
	if g.done == nil {
		g.done = sync.NewCond(&g.mu)
	}
	for g.active > 0 {
		g.done.Wait()
	}
}
