// Package desk is dpodesk's application layer: every use case that a face
// offers (the CLI, the interface, the SSH server) is a method here, written
// once. A face turns its input into one call and prints or draws the result;
// rules live in model, persistence in store, rendering in export.
package desk

import (
	"sync"
	"time"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// Desk is one open workspace together with the rules that apply to it and the
// person acting on it. It is safe for concurrent use as far as the store is.
type Desk struct {
	ws     *store.Workspace
	rules  *sharedRules // shared with the session desks of the same workspace
	now    func() time.Time
	author string
	role   Role // "" acts as owner: a local user owns their workspaces
	// session is set on a desk made by Session: it shares its workspace with
	// the desk it was made from, which alone closes it.
	session bool

	home     *Home                  // nil for a desk made with New over a workspace opened elsewhere
	defaults model.DeadlineSettings // the configuration's, for settings the workspace leaves empty
	named    bool                   // one of home's named workspaces
	openErr  error                  // see OpenWarning

	dateLayout string // the configured date format for letters; see SetDateLayout
}

// Options configures a Desk over an open workspace.
type Options struct {
	Rules model.DeadlineRules
	// Now returns the current time; nil means time.Now. Tests pin it.
	Now func() time.Time
	// Author names who acts through this desk (an operating-system user
	// locally, a user and key fingerprint over SSH); it goes into the audit.
	Author string
}

// New wraps an open workspace. The caller keeps ownership of the workspace and
// closes it.
func New(ws *store.Workspace, opts Options) *Desk {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	if opts.Author != "" {
		ws = ws.WithAuthor(opts.Author)
	}
	d := &Desk{ws: ws, rules: &sharedRules{r: opts.Rules}, now: now, author: opts.Author}
	// The due index follows these rules from now on; a failed rebuild leaves
	// it unused (RequestTally counts every request), which OpenWarning reports.
	if err := ws.SetDueRule(dueRule(opts.Rules)); err != nil {
		d.openErr = err
	}
	return d
}

// Store is the workspace behind the desk, for the few read paths a face
// renders straight from stored rows.
func (d *Desk) Store() *store.Workspace { return d.ws }

// Rules are the deadline rules of this workspace.
func (d *Desk) Rules() model.DeadlineRules {
	d.rules.mu.RLock()
	defer d.rules.mu.RUnlock()
	return d.rules.r
}

// Now is the desk's clock.
func (d *Desk) Now() time.Time { return d.now() }

// Today is the desk's date, in the local time zone.
func (d *Desk) Today() model.Date { return model.DateOf(d.now()) }

// Author is who acts through this desk.
func (d *Desk) Author() string { return d.author }

// sharedRules are a workspace's deadline rules, which a change of its
// deadline settings replaces for every desk on it at once.
type sharedRules struct {
	mu sync.RWMutex
	r  model.DeadlineRules
}
