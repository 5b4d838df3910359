package users

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"
	gossh "golang.org/x/crypto/ssh"

	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/desk"
)

// ParseGrant reads a --role value, WORKSPACE:ROLE.
func ParseGrant(s string) (workspace string, role desk.Role, err error) {
	ws, r, ok := strings.Cut(s, ":")
	if !ok {
		return "", "", fmt.Errorf("--role %q: write WORKSPACE:ROLE, e.g. acme:editor", s)
	}
	if err := config.ValidWorkspaceName(ws); err != nil {
		return "", "", fmt.Errorf("--role %q: %w", s, err)
	}
	role, err = desk.ParseRole(r)
	if err != nil {
		return "", "", fmt.Errorf("--role %q: %w", s, err)
	}
	return ws, role, nil
}

// Add creates the user, or adds keys and roles to an existing one; a role
// given again for a workspace replaces the old one. Nothing changes on error.
func (f *File) Add(name string, keys []string, grants map[string]desk.Role) error {
	if err := validName(name); err != nil {
		return err
	}
	next := &File{Users: append([]User(nil), f.Users...)}
	i := next.index(name)
	if i < 0 {
		next.Users = append(next.Users, User{Name: name})
		i = len(next.Users) - 1
	}
	u := next.Users[i]
	u.Keys = append([]string(nil), u.Keys...)
	roles := map[string]string{}
	for ws, r := range u.Roles {
		roles[ws] = r
	}
	for _, k := range keys {
		pk, err := ParseKey(k)
		if err != nil {
			return err
		}
		line := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(pk)))
		if c := comment(k); c != "" {
			line += " " + c
		}
		if !hasKey(u.Keys, pk) {
			u.Keys = append(u.Keys, line)
		}
	}
	for ws, r := range grants {
		roles[ws] = string(r)
	}
	u.Roles = roles
	next.Users[i] = u
	if err := next.Validate(); err != nil {
		return err
	}
	*f = *next
	return nil
}

func comment(k string) string {
	_, c, _, _, err := gossh.ParseAuthorizedKey([]byte(strings.TrimSpace(k)))
	if err != nil {
		return ""
	}
	return c
}

func hasKey(keys []string, pk gossh.PublicKey) bool {
	for _, k := range keys {
		if other, err := ParseKey(k); err == nil && bytes.Equal(other.Marshal(), pk.Marshal()) {
			return true
		}
	}
	return false
}

// Remove deletes a user.
func (f *File) Remove(name string) error {
	i := f.index(name)
	if i < 0 {
		return fmt.Errorf("no user %q in the users file; see dpodesk serve user list", name)
	}
	f.Users = append(f.Users[:i:i], f.Users[i+1:]...)
	return nil
}

func (f *File) index(name string) int {
	for i, u := range f.Users {
		if u.Name == name {
			return i
		}
	}
	return -1
}

// Save writes the file atomically (a temporary file beside it, synced, renamed
// over it, the directory synced), mode 0600: a failed write leaves the old file.
func (f *File) Save(path string) error {
	var buf bytes.Buffer
	buf.WriteString("# dpodesk users: who may connect to `dpodesk serve`, with which keys and roles.\n")
	buf.WriteString("# Roles per workspace: owner, editor, viewer. See docs/server.md.\n\n")
	if err := toml.NewEncoder(&buf).Encode(f); err != nil {
		return fmt.Errorf("encoding the users file: %w", err)
	}
	return writeAtomic(path, buf.Bytes())
}

func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
