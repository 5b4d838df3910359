package server

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/server/users"
)

type fixture struct {
	t    *testing.T
	home *desk.Home
	srv  *Server
	addr string
	keys map[string]gossh.Signer
}

// start serves workspace "acme" on 127.0.0.1 to anna and ben (editors) and
// vera (viewer).
func start(t *testing.T) *fixture {
	t.Helper()
	dir := t.TempDir()
	cfg := config.DefaultConfig()
	cfg.DataDir = filepath.Join(dir, "data")
	home, err := desk.NewHome(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := home.Create("acme", false, ""); err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, home: home, keys: map[string]gossh.Signer{}}
	uf := &users.File{}
	for name, role := range map[string]desk.Role{"anna": desk.RoleEditor, "ben": desk.RoleEditor, "vera": desk.RoleViewer, "mallory": ""} {
		_, priv, _ := ed25519.GenerateKey(rand.Reader)
		signer, err := gossh.NewSignerFromKey(priv)
		if err != nil {
			t.Fatal(err)
		}
		f.keys[name] = signer
		if role != "" {
			line := string(gossh.MarshalAuthorizedKey(signer.PublicKey()))
			if err := uf.Add(name, []string{line}, map[string]desk.Role{"acme": role}); err != nil {
				t.Fatal(err)
			}
		}
	}
	f.srv, err = New(Config{Home: home, Users: uf, HostKeyPath: filepath.Join(dir, "host_ed25519")})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f.addr = ln.Addr().String()
	go f.srv.Serve(ln)
	t.Cleanup(func() { f.srv.Shutdown(context.Background()) })
	return f
}

func (f *fixture) dial(user string) (*gossh.Client, error) {
	return gossh.Dial("tcp", f.addr, &gossh.ClientConfig{
		User: user, Auth: []gossh.AuthMethod{gossh.PublicKeys(f.keys[user])},
		HostKeyCallback: func(_ string, _ net.Addr, key gossh.PublicKey) error {
			if gossh.FingerprintSHA256(key) != f.srv.Fingerprint {
				return errors.New("host key mismatch")
			}
			return nil
		},
		Timeout: 10 * time.Second,
	})
}

// run runs one command in a new session and returns stdout, stderr and the exit status.
func run(c *gossh.Client, cmd string) (string, string, int, error) {
	s, err := c.NewSession()
	if err != nil {
		return "", "", -1, err
	}
	defer s.Close()
	var out, errb strings.Builder
	s.Stdout, s.Stderr = &out, &errb
	err = s.Run(cmd)
	var ee *gossh.ExitError
	if errors.As(err, &ee) {
		return out.String(), errb.String(), ee.ExitStatus(), nil
	}
	if err != nil {
		return out.String(), errb.String(), -1, err
	}
	return out.String(), errb.String(), 0, nil
}

func (f *fixture) client(user string) *gossh.Client {
	f.t.Helper()
	c, err := f.dial(user)
	if err != nil {
		f.t.Fatalf("%s: %v", user, err)
	}
	f.t.Cleanup(func() { c.Close() })
	return c
}

func refs(t *testing.T, c *gossh.Client) map[string]bool {
	t.Helper()
	out, errs, code, err := run(c, "request list --json")
	if err != nil || code != 0 {
		t.Fatalf("request list: %d %v %s", code, err, errs)
	}
	var rs []struct {
		Ref string `json:"ref"`
	}
	if err := json.Unmarshal([]byte(out), &rs); err != nil {
		t.Fatalf("request list --json: %v\n%s", err, out)
	}
	m := map[string]bool{}
	for _, r := range rs {
		m[r.Ref] = true
	}
	return m
}

func TestEditorWritesViewerReadsUnknownKeyRefused(t *testing.T) {
	f := start(t)
	anna, vera := f.client("anna"), f.client("vera")
	out, errs, code, err := run(anna, "-w acme request add --subject 'Ada Example'")
	if err != nil || code != 0 {
		t.Fatalf("editor add: %d %v %s", code, err, errs)
	}
	if !found(refs(t, vera), out) {
		t.Fatalf("the viewer's session does not see the request added as %q", out)
	}
	_, errs, code, err = run(vera, "request add --subject Eve")
	if err != nil || code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "viewer") {
		t.Fatalf("viewer write: exit %d, %v, stderr %q; want exit 1 and one line", code, err, errs)
	}
	if n := len(refs(t, anna)); n != 1 {
		t.Fatalf("after the refused write there are %d requests, want 1", n)
	}
	if _, err := f.dial("mallory"); err == nil {
		t.Fatal("an unknown key was let in")
	}
	_, errs, code, _ = run(anna, "workspace list")
	if code != 2 || !strings.Contains(errs, "not available over SSH") {
		t.Errorf("workspace list over SSH: exit %d %q", code, errs)
	}
}

func TestTwoEditorsConcurrentlyLoseNothingAndTheJournalNamesBoth(t *testing.T) {
	f := start(t)
	const each = 200
	var wg sync.WaitGroup
	acked := make(chan string, 2*each)
	errc := make(chan error, 2)
	for _, who := range []string{"anna", "ben"} {
		c := f.client(who)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				out, errs, code, err := run(c, fmt.Sprintf("request add --subject '%s %d'", who, i))
				if err != nil || code != 0 {
					errc <- fmt.Errorf("%s #%d: exit %d %v %s", who, i, code, err, errs)
					return
				}
				acked <- strings.TrimSpace(out)
			}
		}()
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Fatal(err)
	}
	close(acked)
	got := refs(t, f.client("vera"))
	n := 0
	for line := range acked {
		n++
		if !found(got, line) {
			t.Errorf("acknowledged %q is missing", line)
		}
	}
	if n != 2*each || len(got) != 2*each {
		t.Fatalf("acknowledged %d, stored %d; want %d", n, len(got), 2*each)
	}
	out, _, code, _ := run(f.client("vera"), "audit list --limit 0")
	if code != 0 || strings.Count(out, "anna (SHA256:") != each || strings.Count(out, "ben (SHA256:") != each {
		t.Fatalf("audit list does not name both authors %d times each:\n%.400s", each, out)
	}
	if out, errs, code, _ := run(f.client("vera"), "audit verify"); code != 0 {
		t.Fatalf("audit verify: %d %s %s", code, out, errs)
	}
	t.Logf("%d requests from 2 concurrent editors, %d stored, journal intact", n, len(got))
}

// found says whether the printed acknowledgement names a stored ref.
func found(refs map[string]bool, line string) bool {
	for _, w := range strings.Fields(line) {
		if refs[strings.Trim(w, ".,:;")] {
			return true
		}
	}
	return false
}

func TestWorkspacesOutsideTheUsersRolesAreNotThere(t *testing.T) {
	f := start(t)
	if _, err := f.home.Create("gamma", false, ""); err != nil {
		t.Fatal(err)
	}
	_, errs, code, err := run(f.client("anna"), "-w gamma request list")
	if err != nil || code != 1 || !strings.Contains(errs, `no workspace "gamma"`) {
		t.Fatalf("-w gamma: exit %d %v %q", code, err, errs)
	}
	_, errs, code, _ = run(f.client("anna"), "export requests --format csv -o /tmp/x.csv")
	if code != 2 || !strings.Contains(errs, "file on the server") {
		t.Fatalf("-o over SSH: exit %d %q", code, errs)
	}
}

func TestRepeatedFailedAuthenticationIsRefusedForAWhile(t *testing.T) {
	f := start(t)
	for range 10 {
		if _, err := f.dial("mallory"); err == nil {
			t.Fatal("an unknown key was let in")
		}
	}
	if c, err := f.dial("anna"); err == nil {
		c.Close()
		t.Fatal("a known key was let in from an address that had just failed 10 times")
	}
	f.srv.auth.mu.Lock()
	f.srv.auth.now = func() time.Time { return time.Now().Add(2 * time.Minute) }
	f.srv.auth.mu.Unlock()
	c, err := f.dial("anna")
	if err != nil {
		t.Fatalf("after the window anna is still refused: %v", err)
	}
	c.Close()
}

func TestEncryptedWorkspaceIsUnlockedAtStart(t *testing.T) {
	dir := t.TempDir()
	cfg := config.DefaultConfig()
	cfg.DataDir = filepath.Join(dir, "data")
	home, err := desk.NewHome(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := home.Create("vault", true, "correct horse"); err != nil {
		t.Fatal(err)
	}
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	signer, _ := gossh.NewSignerFromKey(priv)
	uf := &users.File{}
	if err := uf.Add("anna", []string{string(gossh.MarshalAuthorizedKey(signer.PublicKey()))}, map[string]desk.Role{"vault": desk.RoleEditor}); err != nil {
		t.Fatal(err)
	}
	conf := Config{Home: home, Users: uf, HostKeyPath: filepath.Join(dir, "host")}
	conf.Passphrase = func(string) (string, error) { return "wrong", nil }
	if _, err := New(conf); err == nil {
		t.Fatal("a wrong passphrase opened the workspace")
	}
	conf.Passphrase = func(string) (string, error) { return "correct horse", nil }
	srv, err := New(conf)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Shutdown(context.Background())
	if got := srv.Workspaces(); len(got) != 1 || got[0] != "vault" {
		t.Fatalf("workspaces %v", got)
	}
	d, _ := srv.hub.desk("vault")
	if err := d.Session("anna (SHA256:x)", desk.RoleEditor).CreateRequest(&model.Request{Type: "access", Subject: "Ada",
		Channel: "email", Jurisdiction: "eu", Received: time.Now()}); err != nil {
		t.Fatal(err)
	}
}
