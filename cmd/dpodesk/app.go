package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// app holds what every verb shares: the configuration, the workspace once opened,
// the deadline rules and the output streams.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	now            func() time.Time

	configPath string // --config
	workspace  string // --workspace
	db         string // --db
	// createMissing lets a verb create the named workspace when it does not exist
	// yet (`demo` fills a new workspace; `workspace create` makes one).
	createMissing bool

	cfg   Config
	rules model.DeadlineRules
	ws    *store.Workspace
	// key is the key of workspace keyName when the interface has already asked
	// for its passphrase (the workspace picker), so open does not ask again.
	key     []byte
	keyName string
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *app {
	return &app{stdin: stdin, stdout: stdout, stderr: stderr, now: time.Now}
}

// load reads and validates the configuration; it runs before any verb so that a
// broken file stops start-up before anything else happens.
func (a *app) load() error {
	cfg, err := LoadConfig(a.configPath)
	if err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	rules, err := model.NewDeadlineRules(cfg.Holidays, cfg.ExtensionMode, cfg.PausePolicy)
	if err != nil {
		return err
	}
	a.cfg, a.rules = cfg, rules
	return nil
}

// target says which workspace this invocation means: its name and directory.
func (a *app) target() (name, dir string, err error) {
	if a.db != "" {
		abs, err := filepath.Abs(a.db)
		if err != nil {
			return "", "", err
		}
		return filepath.Base(abs), abs, nil
	}
	name = a.cfg.DefaultWorkspace
	if a.workspace != "" {
		name = a.workspace
	}
	if err := validWorkspaceName(name); err != nil {
		return "", "", usagef("%v", err)
	}
	return name, filepath.Join(a.cfg.workspacesDir(), name), nil
}

// open opens the workspace for a verb that needs one. The default workspace is
// created on first use so that a bare machine works without set-up; any other
// missing workspace is an error that says how to create it.
func (a *app) open() (*store.Workspace, error) {
	if a.ws != nil {
		return a.ws, nil
	}
	name, dir, err := a.target()
	if err != nil {
		return nil, err
	}
	exists := dirExists(dir)
	create := a.createMissing || a.db != "" || (name == a.cfg.DefaultWorkspace && a.workspace == "")
	if !exists && !create {
		return nil, fmt.Errorf("workspace %q does not exist; create it with: dpodesk workspace create %s", name, name)
	}
	key, err := a.workspaceKey(name, dir)
	if err != nil {
		return nil, err
	}
	ws, err := store.Open(store.Options{Name: name, Dir: dir, LogDir: a.logDir(name), Create: true, EncryptionKey: key})
	if err != nil {
		if errors.Is(err, store.ErrLocked) {
			return nil, &exitError{exitBusy, fmt.Errorf("workspace %q is open in another dpodesk process", name)}
		}
		return nil, err
	}
	a.ws = ws
	a.noteOpened(name)
	return ws, nil
}

// close closes the workspace if a verb opened it.
func (a *app) close() {
	if a.ws == nil {
		return
	}
	// a failed automatic backup is reported, never a reason not to close
	if err := a.autoBackup(a.ws); err != nil {
		fmt.Fprintf(a.stderr, "dpodesk: %v\n", err)
	}
	if err := a.ws.Close(); err != nil {
		fmt.Fprintf(a.stderr, "dpodesk: closing workspace: %v\n", err)
	}
	a.ws = nil
}

func (a *app) today() model.Date { return model.DateOf(a.now()) }

func dirExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// logDir keeps each workspace's Badger log apart, so two workspaces never
// interleave in one file.
func (a *app) logDir(name string) string { return filepath.Join(a.cfg.logsDir(), name) }

// desk opens the workspace (see open) and returns the application layer over it.
func (a *app) desk() (*desk.Desk, error) {
	ws, err := a.open()
	if err != nil {
		return nil, err
	}
	return desk.New(ws, desk.Options{Rules: a.rules, Now: a.now}), nil
}
