package users

import (
	"crypto/ed25519"
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"github.com/dpodesk/dpodesk/desk"
)

func newKey(t *testing.T) (gossh.PublicKey, string) {
	t.Helper()
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pk, err := gossh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return pk, strings.TrimSpace(string(gossh.MarshalAuthorizedKey(pk))) + " anna@laptop"
}

func TestAddSaveLoadLookupRemove(t *testing.T) {
	path := filepath.Join(t.TempDir(), "users.toml")
	f, err := Load(path)
	if err != nil || len(f.Users) != 0 {
		t.Fatalf("missing file: %v %v", f, err)
	}
	pk, line := newKey(t)
	if err := f.Add("anna", []string{line}, map[string]desk.Role{"acme": desk.RoleEditor}); err != nil {
		t.Fatal(err)
	}
	if err := f.Add("anna", []string{line}, map[string]desk.Role{"beta": desk.RoleViewer}); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(path); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("users file mode %v, want 0600", st.Mode().Perm())
	}
	g, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	acc, ok := g.Lookup(pk)
	if !ok || acc.Name != "anna" || len(g.Users[0].Keys) != 1 {
		t.Fatalf("lookup: %+v %v (keys %v)", acc, ok, g.Users[0].Keys)
	}
	if r, _ := acc.Role("acme"); r != desk.RoleEditor || strings.Join(acc.Workspaces(), ",") != "acme,beta" {
		t.Errorf("roles %v", acc.Roles)
	}
	if !strings.HasPrefix(acc.Author(), "anna (SHA256:") {
		t.Errorf("author %q", acc.Author())
	}
	other, _ := newKey(t)
	if _, ok := g.Lookup(other); ok {
		t.Error("an unknown key was found")
	}
	if err := g.Remove("anna"); err != nil || len(g.Users) != 0 {
		t.Fatalf("remove: %v", err)
	}
	if err := g.Remove("anna"); err == nil {
		t.Error("removing a missing user succeeded")
	}
}

func TestInvalidFilesAreRefusedWithOneLine(t *testing.T) {
	_, line := newKey(t)
	for name, text := range map[string]string{
		"bad role":   "[[user]]\nname = \"a\"\nkeys = [\"" + line + "\"]\nroles = { acme = \"admin\" }\n",
		"bad key":    "[[user]]\nname = \"a\"\nkeys = [\"ssh-ed25519 nope\"]\n",
		"no key":     "[[user]]\nname = \"a\"\n",
		"shared key": "[[user]]\nname = \"a\"\nkeys = [\"" + line + "\"]\n[[user]]\nname = \"b\"\nkeys = [\"" + line + "\"]\n",
		"unknown":    "[[user]]\nname = \"a\"\nkeys = [\"" + line + "\"]\nrole = \"x\"\n",
	} {
		path := filepath.Join(t.TempDir(), "users.toml")
		os.WriteFile(path, []byte(text), 0o600)
		if _, err := Load(path); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v", name, err)
		}
	}
	f := &File{}
	if err := f.Add("a b", []string{line}, nil); err == nil || len(f.Users) != 0 {
		t.Errorf("bad name: %v, users %d", err, len(f.Users))
	}
}
