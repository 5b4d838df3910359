package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dpodesk/dpodesk/store"
	"github.com/dpodesk/dpodesk/tui"
)

// chooseWorkspace decides which workspace the interface opens. With two or more
// workspaces and none named, or when switching, the picker lists them; with
// zero or one the default opens straight away, as on a fresh machine. Either way
// the passphrase of an encrypted workspace is asked inside the interface unless
// $DPODESK_PASSPHRASE is set. It reports false when the user left the picker.
func (a *app) chooseWorkspace(pickable, switching bool) (bool, error) {
	if pickable || switching {
		list, err := a.workspaces()
		if err != nil {
			return false, err
		}
		if switching || len(list) >= 2 {
			return a.pick(list)
		}
	}
	name, dir, err := a.target()
	if err != nil || !dirExists(dir) || !store.IsEncrypted(dir) || passphraseFromEnv() {
		return true, nil // open reports the error, creates or opens as before
	}
	return a.runPicker(tui.PickerOptions{Ask: name, Unlock: a.unlocker(map[string]string{name: dir})})
}

func passphraseFromEnv() bool {
	_, ok := os.LookupEnv("DPODESK_PASSPHRASE")
	return ok
}

// pick shows the picker over the named workspaces.
func (a *app) pick(list []workspaceInfo) (bool, error) {
	recent := loadRecent(a.cfg.recentPath())
	dirs := map[string]string{}
	var entries []tui.WorkspaceEntry
	for _, w := range list {
		if validWorkspaceName(w.Name) != nil {
			continue // a restore's staging directory, not a workspace
		}
		dirs[w.Name] = w.Path
		entries = append(entries, tui.WorkspaceEntry{Name: w.Name, Encrypted: w.Encrypted, Default: w.Default,
			LastOpened: recent[w.Name].Local()})
	}
	o := tui.PickerOptions{Entries: entries, Create: a.createFromPicker}
	if !passphraseFromEnv() {
		o.Unlock = a.unlocker(dirs)
	}
	return a.runPicker(o)
}

// runPicker runs the picker and remembers its choice for open.
func (a *app) runPicker(o tui.PickerOptions) (bool, error) {
	o.Theme = a.cfg.Theme
	r, err := tui.Pick(o)
	if errors.Is(err, tui.ErrWrongPassphrase) {
		return false, &exitError{exitPassword, err}
	}
	if err != nil || r.Quit {
		return false, err
	}
	// the chosen workspace is named from now on, so open may create it when new
	a.workspace, a.createMissing = r.Name, true
	a.key, a.keyName = r.Key, r.Name
	return true, nil
}

// unlocker derives keys for the picker; dirs maps names to directories because
// a workspace opened with --db lives outside the workspaces directory.
func (a *app) unlocker(dirs map[string]string) func(name, pass string) ([]byte, error) {
	return func(name, pass string) ([]byte, error) {
		dir, ok := dirs[name]
		if !ok {
			dir = filepath.Join(a.cfg.workspacesDir(), name) // created in the picker just now
		}
		key, err := store.Unlock(dir, pass)
		if errors.Is(err, store.ErrWrongPassphrase) {
			return nil, fmt.Errorf("%w for workspace %q%s", tui.ErrWrongPassphrase, name, passphraseHint(err))
		}
		return key, err
	}
}

// createFromPicker makes the directory of a new workspace (with its encryption
// header when asked); open fills it. It prints nothing: the picker is on screen.
func (a *app) createFromPicker(name string, encrypt bool, pass string) error {
	if err := validWorkspaceName(name); err != nil {
		return err
	}
	dir := filepath.Join(a.cfg.workspacesDir(), name)
	if dirExists(dir) {
		return fmt.Errorf("workspace %q already exists; choose another name", name)
	}
	if encrypt {
		_, err := store.InitEncryption(dir, pass)
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("creating workspace %q: %w; check that the data directory is writable", name, err)
	}
	return nil
}
