package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/store"
)

// The methods below are what the interactive start (the workspace picker and
// the interface, in the binary) needs of the command line's state: which
// workspace the flags name, the home that opens it, and how a choice made in
// the picker becomes the workspace the verbs open.

// Config is the configuration read at start-up.
func (a *App) Config() config.Config { return a.cfg }

// Home is the data directory with its workspaces.
func (a *App) Home() *desk.Home { return a.home }

// Stderr is where messages for the user go.
func (a *App) Stderr() io.Writer { return a.stderr }

// Named says whether the command line named a workspace (--workspace or --db).
func (a *App) Named() bool { return a.workspace != "" || a.db != "" }

// ByDirectory says the workspace was given as a directory with --db.
func (a *App) ByDirectory() bool { return a.db != "" }

// Target is the workspace the command line means: its name and directory.
func (a *App) Target() (name, dir string, err error) { return a.target() }

// Choose makes name the workspace the next Desk opens, with its key when the
// picker already unlocked it; a workspace chosen in the picker may be opened
// (and so created) even when it is not the default.
func (a *App) Choose(name string, key []byte) {
	a.workspace, a.createMissing = name, true
	a.key, a.keyName = key, name
}

// Desk opens the chosen workspace (see desk) and returns its application layer.
func (a *App) Desk() (*desk.Desk, error) { return a.desk() }

// CloseWorkspace closes the open workspace with its automatic backup and
// forgets the key, before another workspace is chosen.
func (a *App) CloseWorkspace() {
	a.close()
	a.key, a.keyName = nil, ""
}

// Unlock derives the key of an encrypted workspace and names a wrong
// passphrase in the message, with the store's hint about an interrupted
// passphrase change.
func (a *App) Unlock(name, dir, pass string, wrong error) ([]byte, error) {
	key, err := a.home.Unlock(dir, pass)
	if err != nil && isWrongPassphrase(err) {
		return nil, fmt.Errorf("%w for workspace %q%s", wrong, name, passphraseHint(err))
	}
	return key, err
}

// PasswordError marks an error as a wrong passphrase (exit status 4).
func PasswordError(err error) error { return &exitError{ExitPassword, err} }

func isWrongPassphrase(err error) bool { return err != nil && errors.Is(err, store.ErrWrongPassphrase) }
