package server

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/tui"
)

// hub holds the server's workspaces: each is opened once, its desk shared by
// every session (each session gets a Session desk naming its user), and every
// program showing it is told when its journal moves on.
type hub struct {
	mu       sync.Mutex
	desks    map[string]*desk.Desk
	programs map[string]map[*tea.Program]bool
	stop     chan struct{}
	watchers sync.WaitGroup
}

func newHub() *hub {
	return &hub{desks: map[string]*desk.Desk{}, programs: map[string]map[*tea.Program]bool{}, stop: make(chan struct{})}
}

// add takes an opened workspace and starts watching its journal.
func (h *hub) add(name string, d *desk.Desk) {
	h.mu.Lock()
	h.desks[name] = d
	h.programs[name] = map[*tea.Program]bool{}
	h.mu.Unlock()
	h.watchers.Add(1)
	go h.watch(name, d)
}

func (h *hub) desk(name string) (*desk.Desk, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	d, ok := h.desks[name]
	return d, ok
}

func (h *hub) names() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := make([]string, 0, len(h.desks))
	for n := range h.desks {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// show registers a program showing a workspace ("" for the picker, which
// hears only of the server's stop); the returned func removes it.
func (h *hub) show(name string, p *tea.Program) func() {
	h.mu.Lock()
	if h.programs[name] == nil {
		h.programs[name] = map[*tea.Program]bool{}
	}
	h.programs[name][p] = true
	h.mu.Unlock()
	return func() {
		h.mu.Lock()
		delete(h.programs[name], p)
		h.mu.Unlock()
	}
}

// watchEvery is how often a workspace's journal head is read: a change made in
// one session reaches the others' screens within this time, whatever face
// (interface, command over SSH) made it.
const watchEvery = 250 * time.Millisecond

// watch reads the newest journal entry of a workspace and, when it moves on,
// tells every program showing the workspace to reload. Every change is one
// transaction with its journal entry, so the head moves for each and only then.
func (h *hub) watch(name string, d *desk.Desk) {
	defer h.watchers.Done()
	last := head(d)
	t := time.NewTicker(watchEvery)
	defer t.Stop()
	for {
		select {
		case <-h.stop:
			return
		case <-t.C:
		}
		if now := head(d); now != last {
			last = now
			h.broadcast(name, tui.Changed())
		}
	}
}

func head(d *desk.Desk) uint64 {
	es, err := d.AuditEntries("", 0, 1, 0)
	if err != nil || len(es) == 0 {
		return 0
	}
	return es[0].Seq
}

func (h *hub) broadcast(name string, msg tea.Msg) {
	h.mu.Lock()
	ps := make([]*tea.Program, 0, len(h.programs[name]))
	for p := range h.programs[name] {
		ps = append(ps, p)
	}
	h.mu.Unlock()
	for _, p := range ps {
		go p.Send(msg) // Send blocks until the program reads it; never hold up the others
	}
}

// all returns every program of every workspace.
func (h *hub) all() []*tea.Program {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []*tea.Program
	for _, ps := range h.programs {
		for p := range ps {
			out = append(out, p)
		}
	}
	return out
}

// close stops the watchers and closes every workspace, each with its
// automatic backup.
func (h *hub) close() error {
	close(h.stop)
	h.watchers.Wait()
	h.mu.Lock()
	defer h.mu.Unlock()
	var errs []error
	for name, d := range h.desks {
		if err := d.Close(); err != nil {
			errs = append(errs, fmt.Errorf("closing workspace %q: %w", name, err))
		}
	}
	h.desks = map[string]*desk.Desk{}
	return errors.Join(errs...)
}
