package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/dpodesk/dpodesk/desk"
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
		list, err := a.home.List()
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
func (a *app) pick(list []desk.WorkspaceInfo) (bool, error) {
	dirs := map[string]string{}
	var entries []tui.WorkspaceEntry
	for _, w := range list {
		dirs[w.Name] = w.Path
		entries = append(entries, tui.WorkspaceEntry{Name: w.Name, Encrypted: w.Encrypted, Default: w.Default,
			LastOpened: w.Opened.Local()})
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
	// the chosen workspace is named from now on
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
			dir = a.home.Dir(name) // created in the picker just now
		}
		key, err := a.home.Unlock(dir, pass)
		if errors.Is(err, store.ErrWrongPassphrase) {
			return nil, fmt.Errorf("%w for workspace %q%s", tui.ErrWrongPassphrase, name, passphraseHint(err))
		}
		return key, err
	}
}

// createFromPicker creates a new workspace the same way `workspace create`
// does. It prints nothing: the picker is on screen.
func (a *app) createFromPicker(name string, encrypt bool, pass string) error {
	_, err := a.home.Create(name, encrypt, pass)
	return err
}
