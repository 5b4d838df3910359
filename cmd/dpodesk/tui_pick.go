package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/dpodesk/dpodesk/cli"
	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/store"
	"github.com/dpodesk/dpodesk/tui/picker"
)

// chooseWorkspace decides which workspace the interface opens. With two or more
// workspaces and none named, or when switching, the picker lists them; with
// zero or one the default opens straight away, as on a fresh machine. Either way
// the passphrase of an encrypted workspace is asked inside the interface unless
// $DPODESK_PASSPHRASE is set. It reports false when the user left the picker.
func chooseWorkspace(a *cli.App, pickable, switching bool) (bool, error) {
	if pickable || switching {
		list, err := a.Home().List()
		if err != nil {
			return false, err
		}
		if switching || len(list) >= 2 {
			return pick(a, list)
		}
	}
	name, dir, err := a.Target()
	if err != nil || !isDir(dir) || !store.IsEncrypted(dir) || passphraseFromEnv() {
		return true, nil // opening reports the error, creates or opens as before
	}
	return runPicker(a, picker.Options{Ask: name, Unlock: unlocker(a, map[string]string{name: dir})})
}

func passphraseFromEnv() bool {
	_, ok := os.LookupEnv("DPODESK_PASSPHRASE")
	return ok
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// pick shows the picker over the named workspaces.
func pick(a *cli.App, list []desk.WorkspaceInfo) (bool, error) {
	dirs := map[string]string{}
	var entries []picker.Entry
	for _, w := range list {
		dirs[w.Name] = w.Path
		entries = append(entries, picker.Entry{Name: w.Name, Encrypted: w.Encrypted, Default: w.Default,
			LastOpened: w.Opened.Local()})
	}
	// the picker creates a workspace the same way `workspace create` does; it
	// prints nothing, as the picker is on screen
	o := picker.Options{Entries: entries, Create: func(name string, encrypt bool, pass string) error {
		if err := config.ValidWorkspaceName(name); err != nil {
			// marked so the picker says it in the configured language
			return fmt.Errorf("%w: %w", picker.ErrInvalidName, err)
		}
		_, err := a.Home().Create(name, encrypt, pass)
		return err
	}}
	if !passphraseFromEnv() {
		o.Unlock = unlocker(a, dirs)
	}
	return runPicker(a, o)
}

// runPicker runs the picker and makes its choice the workspace to open.
func runPicker(a *cli.App, o picker.Options) (bool, error) {
	o.Theme, o.Lang = a.Config().Theme, a.Config().Language
	r, err := picker.Pick(o)
	if errors.Is(err, picker.ErrWrongPassphrase) {
		return false, cli.PasswordError(err)
	}
	if err != nil || r.Quit {
		return false, err
	}
	a.Choose(r.Name, r.Key)
	return true, nil
}

// unlocker derives keys for the picker; dirs maps names to directories because
// a workspace opened with --db lives outside the workspaces directory.
func unlocker(a *cli.App, dirs map[string]string) func(name, pass string) ([]byte, error) {
	return func(name, pass string) ([]byte, error) {
		dir, ok := dirs[name]
		if !ok {
			dir = a.Home().Dir(name) // created in the picker just now
		}
		return a.Unlock(name, dir, pass, picker.ErrWrongPassphrase)
	}
}
