// Package users reads and writes the SSH server's users file: who may connect
// (a name and one or more public keys) and with which role in which workspace.
// The file is TOML so that an administrator can read and edit it by hand; every
// write through this package is atomic.
package users

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	gossh "golang.org/x/crypto/ssh"

	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/desk"
)

// User is one person: a name for the audit journal, their public keys in
// authorized_keys form, and their role per workspace name.
type User struct {
	Name  string            `toml:"name"`
	Keys  []string          `toml:"keys"`
	Roles map[string]string `toml:"roles"`
}

// File is the whole users file.
type File struct {
	Users []User `toml:"user"`
}

// Account is a user found by a key: who they are, which key they used and
// their roles, parsed.
type Account struct {
	Name        string
	Fingerprint string // SHA256:… of the key used
	Roles       map[string]desk.Role
}

// Author is how the audit journal names this account: the user and the key.
func (a Account) Author() string { return a.Name + " (" + a.Fingerprint + ")" }

// Role is the account's role in a workspace; false when it has none there.
func (a Account) Role(workspace string) (desk.Role, bool) {
	r, ok := a.Roles[workspace]
	return r, ok
}

// Workspaces are the names of the workspaces the account may use, sorted.
func (a Account) Workspaces() []string {
	out := make([]string, 0, len(a.Roles))
	for ws := range a.Roles {
		out = append(out, ws)
	}
	sort.Strings(out)
	return out
}

// DefaultPath is users.toml beside the workspaces in the data directory.
func DefaultPath(cfg config.Config) string { return filepath.Join(cfg.DataDirPath(), "users.toml") }

// Load reads and validates the users file. A missing file is an empty one, so
// that the first `serve user add` creates it.
func Load(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return &File{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the users file: %w", err)
	}
	var f File
	md, err := toml.Decode(string(b), &f)
	if err != nil {
		return nil, fmt.Errorf("users file %s: %v", path, err)
	}
	if un := md.Undecoded(); len(un) > 0 {
		return nil, fmt.Errorf("users file %s: unknown key %q; a user has name, keys and roles", path, un[0].String())
	}
	if err := f.Validate(); err != nil {
		return nil, fmt.Errorf("users file %s: %w", path, err)
	}
	return &f, nil
}

// Validate checks every user: a valid unique name, at least one key that
// parses, no key shared between users, and known roles on valid workspace names.
func (f *File) Validate() error {
	names := map[string]bool{}
	keys := map[string]string{}
	for i, u := range f.Users {
		if err := validName(u.Name); err != nil {
			return fmt.Errorf("user %d: %w", i+1, err)
		}
		if names[u.Name] {
			return fmt.Errorf("user %q appears twice; merge the two entries", u.Name)
		}
		names[u.Name] = true
		if len(u.Keys) == 0 {
			return fmt.Errorf("user %q has no key; add one with: dpodesk serve user add %s --key FILE.pub", u.Name, u.Name)
		}
		for _, k := range u.Keys {
			pk, err := ParseKey(k)
			if err != nil {
				return fmt.Errorf("user %q: %w", u.Name, err)
			}
			fp := gossh.FingerprintSHA256(pk)
			if other, ok := keys[fp]; ok {
				return fmt.Errorf("key %s belongs to both %q and %q; a key names one person", fp, other, u.Name)
			}
			keys[fp] = u.Name
		}
		for ws, r := range u.Roles {
			if err := config.ValidWorkspaceName(ws); err != nil {
				return fmt.Errorf("user %q: %w", u.Name, err)
			}
			if _, err := desk.ParseRole(r); err != nil {
				return fmt.Errorf("user %q, workspace %q: %w", u.Name, ws, err)
			}
		}
	}
	return nil
}

func validName(name string) error {
	if name == "" || len(name) > 64 {
		return fmt.Errorf("%q is not a user name: use 1–64 letters, digits, '-', '_' or '.'", name)
	}
	for _, r := range name {
		ok := r == '-' || r == '_' || r == '.' || (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
		if !ok {
			return fmt.Errorf("%q is not a user name: use 1–64 letters, digits, '-', '_' or '.'", name)
		}
	}
	return nil
}

// ParseKey reads one public key in authorized_keys form ("ssh-ed25519 AAAA… comment").
func ParseKey(s string) (gossh.PublicKey, error) {
	pk, _, _, _, err := gossh.ParseAuthorizedKey([]byte(strings.TrimSpace(s)))
	if err != nil {
		return nil, fmt.Errorf("%q is not a public key: give the .pub file, e.g. ~/.ssh/id_ed25519.pub", short(s))
	}
	return pk, nil
}

func short(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// Lookup finds the account a key belongs to.
func (f *File) Lookup(key gossh.PublicKey) (Account, bool) {
	want := key.Marshal()
	for _, u := range f.Users {
		for _, k := range u.Keys {
			pk, err := ParseKey(k)
			if err != nil || !bytes.Equal(pk.Marshal(), want) {
				continue
			}
			acc := Account{Name: u.Name, Fingerprint: gossh.FingerprintSHA256(key), Roles: map[string]desk.Role{}}
			for ws, r := range u.Roles {
				acc.Roles[ws], _ = desk.ParseRole(r)
			}
			return acc, true
		}
	}
	return Account{}, false
}
