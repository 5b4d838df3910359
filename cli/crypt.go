package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/dpodesk/dpodesk/store"
)

// workspaceKey unlocks an encrypted workspace with the passphrase from
// $DPODESK_PASSPHRASE or a prompt; a plain workspace needs no key.
func (a *App) workspaceKey(name, dir string) ([]byte, error) {
	if !store.IsEncrypted(dir) {
		return nil, nil
	}
	if a.key != nil && a.keyName == name {
		return a.key, nil
	}
	pass, err := a.passphrase("DPODESK_PASSPHRASE", fmt.Sprintf("passphrase for workspace %q: ", name), false)
	if err != nil {
		return nil, err
	}
	key, err := a.home.Unlock(dir, pass)
	if errors.Is(err, store.ErrWrongPassphrase) {
		return nil, &exitError{ExitPassword, errors.New(wrongPassphrase(name, err))}
	}
	return key, err
}

// wrongPassphrase is the message for a passphrase that does not unlock name,
// with the store's hint about an interrupted passphrase change, if any.
func wrongPassphrase(name string, err error) string {
	return fmt.Sprintf("wrong passphrase for workspace %q", name) + passphraseHint(err)
}

// passphraseHint is what the store adds after "wrong passphrase", e.g. which
// passphrase an interrupted change left in force.
func passphraseHint(err error) string {
	return strings.TrimPrefix(err.Error(), store.ErrWrongPassphrase.Error())
}

func (a *App) workspacePasswd() *cobra.Command {
	return &cobra.Command{
		Use:   "passwd NAME",
		Short: "Change the passphrase of an encrypted workspace ($DPODESK_PASSPHRASE, $DPODESK_NEW_PASSPHRASE in scripts)",
		Args:  exactArgs(1, "a workspace name"),
		RunE: func(_ *cobra.Command, args []string) error {
			a.workspace = args[0]
			name, dir, err := a.target()
			if err != nil {
				return err
			}
			if !store.IsEncrypted(dir) {
				return fmt.Errorf("workspace %q is not encrypted; encryption is chosen at `workspace create NAME --encrypt`", name)
			}
			old, err := a.passphrase("DPODESK_PASSPHRASE", fmt.Sprintf("current passphrase for %q: ", name), false)
			if err != nil {
				return err
			}
			next, err := a.passphrase("DPODESK_NEW_PASSPHRASE", "new passphrase: ", true)
			if err != nil {
				return err
			}
			if err := a.home.ChangePassphrase(dir, old, next); err != nil {
				if errors.Is(err, store.ErrWrongPassphrase) {
					return &exitError{ExitPassword, fmt.Errorf("wrong passphrase for workspace %q", name)}
				}
				return err
			}
			fmt.Fprintf(a.stdout, "passphrase of workspace %q changed\n", name)
			return nil
		},
	}
}

// passphrase reads a passphrase from the environment or, on a terminal, from a
// prompt without echo; confirm asks twice.
func (a *App) passphrase(env, prompt string, confirm bool) (string, error) {
	if v, ok := os.LookupEnv(env); ok {
		return v, nil
	}
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return "", fmt.Errorf("a passphrase is needed and there is no terminal to ask on; set $%s", env)
	}
	defer tty.Close()
	read := func(p string) (string, error) {
		fmt.Fprint(tty, p)
		b, err := term.ReadPassword(int(tty.Fd()))
		fmt.Fprintln(tty)
		return string(b), err
	}
	pass, err := read(prompt)
	if err != nil || !confirm {
		return pass, err
	}
	again, err := read("repeat it: ")
	if err != nil {
		return "", err
	}
	if again != pass {
		return "", errors.New("the two passphrases differ; nothing changed")
	}
	return pass, nil
}
