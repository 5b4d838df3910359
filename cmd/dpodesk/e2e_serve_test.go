package main

import (
	"bufio"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// served is a `dpodesk serve` process on 127.0.0.1 with its users' keys.
type served struct {
	e    *env
	cmd  *exec.Cmd
	addr string
	keys map[string]gossh.Signer
	dir  string // key files
	done chan error
	log  *syncLog
}

// syncLog is the server's standard error, written by the reader goroutine and read by the test.
type syncLog struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *syncLog) WriteString(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b.WriteString(s)
}

func (l *syncLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// serve creates workspace acme, adds users (name → role) with fresh keys and
// starts the server on a free port, waiting for its "serving" line.
func serve(t *testing.T, e *env, roles map[string]string) *served {
	t.Helper()
	if r := e.run("workspace", "create", "acme"); r.code != 0 {
		t.Fatalf("workspace create: %s", r.stderr)
	}
	s := &served{e: e, keys: map[string]gossh.Signer{}, dir: t.TempDir(), done: make(chan error, 1), log: &syncLog{}}
	for name, role := range roles {
		_, priv, _ := ed25519.GenerateKey(rand.Reader)
		signer, _ := gossh.NewSignerFromKey(priv)
		s.keys[name] = signer
		block, _ := gossh.MarshalPrivateKey(priv, name)
		os.WriteFile(filepath.Join(s.dir, name), pem.EncodeToMemory(block), 0o600)
		os.WriteFile(filepath.Join(s.dir, name+".pub"), gossh.MarshalAuthorizedKey(signer.PublicKey()), 0o600)
		if r := e.run("serve", "user", "add", name, "--key", filepath.Join(s.dir, name+".pub"), "--role", "acme:"+role); r.code != 0 {
			t.Fatalf("serve user add: %s", r.stderr)
		}
	}
	s.start(t)
	return s
}

// start runs dpodesk serve on a free port and waits for its "serving" line.
func (s *served) start(t *testing.T) {
	t.Helper()
	s.cmd = exec.Command(binPath, "serve", "--listen", "127.0.0.1:0")
	s.cmd.Env = s.e.vars
	stderr, _ := s.cmd.StderrPipe()
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			s.log.WriteString(sc.Text() + "\n")
			if strings.HasPrefix(sc.Text(), "serving ") {
				lines <- sc.Text()
			}
		}
		close(lines)
		s.done <- s.cmd.Wait()
	}()
	t.Cleanup(func() { s.cmd.Process.Kill() })
	select {
	case line, ok := <-lines:
		if !ok {
			t.Fatalf("dpodesk serve ended before serving:\n%s", s.log)
		}
		// serving [acme] on 127.0.0.1:PORT for N users; host key SHA256:…
		s.addr = strings.Fields(strings.SplitN(line, " on ", 2)[1])[0]
	case <-time.After(30 * time.Second):
		t.Fatalf("dpodesk serve did not start:\n%s", s.log)
	}
}

func (s *served) hostKeyLine(t *testing.T) string {
	b, err := os.ReadFile(filepath.Join(s.e.home, "data", "dpodesk", "host_ed25519"))
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.ParsePrivateKey(b)
	if err != nil {
		t.Fatal(err)
	}
	host, port, _ := net.SplitHostPort(s.addr)
	return fmt.Sprintf("[%s]:%s %s", host, port, gossh.MarshalAuthorizedKey(signer.PublicKey()))
}

func (s *served) dial(t *testing.T, user string) *gossh.Client {
	t.Helper()
	c, err := gossh.Dial("tcp", s.addr, &gossh.ClientConfig{User: user, Auth: []gossh.AuthMethod{gossh.PublicKeys(s.keys[user])},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second})
	if err != nil {
		t.Fatalf("%s: %v", user, err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// sshRun runs one verb in a new session: stdout and the exit status.
func sshRun(c *gossh.Client, cmd string) (string, int, error) {
	sess, err := c.NewSession()
	if err != nil {
		return "", -1, err
	}
	defer sess.Close()
	var out strings.Builder
	sess.Stdout, sess.Stderr = &out, io.Discard
	err = sess.Run(cmd)
	var ee *gossh.ExitError
	if errors.As(err, &ee) {
		return out.String(), ee.ExitStatus(), nil
	}
	if err != nil {
		return out.String(), -1, err
	}
	return out.String(), 0, nil
}

func TestServeWithOpenSSH(t *testing.T) {
	sshBin, err := exec.LookPath("ssh")
	if err != nil {
		t.Skip("OpenSSH's ssh is not installed (apt-get install openssh-client); skipping the end-to-end server test")
	}
	e := newEnv(t)
	s := serve(t, e, map[string]string{"anna": "editor", "vera": "viewer"})
	known := filepath.Join(s.dir, "known_hosts")
	os.WriteFile(known, []byte(s.hostKeyLine(t)), 0o600)
	host, port, _ := net.SplitHostPort(s.addr)
	ssh := func(user string, verb ...string) result {
		args := append([]string{"-F", "/dev/null", "-p", port, "-i", filepath.Join(s.dir, user), "-o", "IdentitiesOnly=yes",
			"-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + known,
			user + "@" + host, "--"}, verb...)
		cmd := exec.Command(sshBin, args...)
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		return result{out.String(), errb.String(), code}
	}
	if r := ssh("anna", "-w", "acme", "request", "add", "--subject", "Ada"); r.code != 0 {
		t.Fatalf("ssh request add: %d %s\n%s", r.code, r.stderr, s.log)
	}
	r := ssh("vera", "-w", "acme", "request", "list", "--json")
	if r.code != 0 || !strings.Contains(r.stdout, `"Ada"`) {
		t.Fatalf("the viewer does not see anna's request: %d %s %s", r.code, r.stdout, r.stderr)
	}
	r = ssh("vera", "request", "add", "--subject", "Eve")
	if r.code != 1 || !strings.Contains(r.stderr, "viewer") {
		t.Fatalf("viewer write over OpenSSH: exit %d %q", r.code, r.stderr)
	}
}

// TestServeSIGTERMDuringWrites stops the server while two editors write: every
// request acknowledged (exit 0) is in the workspace afterwards, which opens
// locally with an intact journal naming both.
func TestServeSIGTERMDuringWrites(t *testing.T) {
	e := newEnv(t)
	s := serve(t, e, map[string]string{"anna": "editor", "ben": "editor"})
	var mu sync.Mutex
	var acked []string
	var wg sync.WaitGroup
	enough := make(chan struct{})
	var once sync.Once
	for _, who := range []string{"anna", "ben"} {
		c := s.dial(t, who)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				out, code, err := sshRun(c, fmt.Sprintf("-w acme request add --subject '%s %d'", who, i))
				if err != nil || code != 0 {
					return // the server is stopping: this one was not acknowledged
				}
				mu.Lock()
				acked = append(acked, strings.TrimSpace(out))
				if len(acked) >= 40 {
					once.Do(func() { close(enough) })
				}
				mu.Unlock()
			}
		}()
	}
	select {
	case <-enough:
	case <-time.After(60 * time.Second):
		t.Fatalf("fewer than 40 requests in a minute:\n%s", s.log)
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-s.done:
		if err != nil {
			t.Fatalf("dpodesk serve after SIGTERM: %v\n%s", err, s.log)
		}
	case <-time.After(60 * time.Second):
		t.Fatalf("dpodesk serve did not stop after SIGTERM:\n%s", s.log)
	}
	wg.Wait()
	r := e.run("-w", "acme", "request", "list", "--json")
	if r.code != 0 {
		t.Fatalf("the workspace does not open after the stop: %s", r.stderr)
	}
	var reqs []struct {
		Ref string `json:"ref"`
	}
	json.Unmarshal([]byte(r.stdout), &reqs)
	stored := map[string]bool{}
	for _, q := range reqs {
		stored[q.Ref] = true
	}
	for _, line := range acked {
		if !stored[lastField(line)] {
			t.Errorf("acknowledged %q is missing after SIGTERM", line)
		}
	}
	if r := e.run("-w", "acme", "audit", "verify"); r.code != 0 {
		t.Fatalf("audit verify: %s", r.stderr)
	}
	audit := e.run("-w", "acme", "audit", "list", "--limit", "0").stdout
	if !strings.Contains(audit, "anna (SHA256:") || !strings.Contains(audit, "ben (SHA256:") {
		t.Errorf("the journal does not name both authors:\n%.600s", audit)
	}
	t.Logf("%d acknowledged before and during SIGTERM, %d stored, all acknowledged present", len(acked), len(stored))
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,:;")
}

// TestServeInterfaceOverOpenSSH opens the interface through OpenSSH in tmux: the
// picker lists only the user's workspaces, a request another user adds over SSH
// appears on the open requests page, and SIGTERM ends the session with a message.
func TestServeInterfaceOverOpenSSH(t *testing.T) {
	sshBin, err := exec.LookPath("ssh")
	if err != nil {
		t.Skip("OpenSSH's ssh is not installed (apt-get install openssh-client); skipping the interface-over-SSH test")
	}
	e := newEnv(t)
	for _, ws := range []string{"beta", "gamma"} {
		if r := e.run("workspace", "create", ws); r.code != 0 {
			t.Fatal(r.stderr)
		}
	}
	if r := e.run("serve", "user", "add", "carol", "--role", "beta:viewer"); r.code == 0 {
		t.Fatal("a user without a key was accepted")
	}
	s := serve(t, e, map[string]string{"anna": "viewer", "ben": "editor"})
	if r := e.run("serve", "user", "add", "anna", "--role", "beta:viewer"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	// anna's second workspace is read at the next start; this server only knows acme for her,
	// so restart it with the users file as it is now.
	s.cmd.Process.Signal(syscall.SIGTERM)
	<-s.done
	s = restart(t, s)
	if strings.Contains(s.log.String(), "host key made") {
		t.Errorf("the second start made a new host key:\n%s", s.log)
	}
	known := filepath.Join(s.dir, "known_hosts")
	os.WriteFile(known, []byte(s.hostKeyLine(t)), 0o600)
	host, port, _ := net.SplitHostPort(s.addr)
	tm := startTmuxCommand(t, e, sshBin, "-tt", "-F", "/dev/null", "-p", port, "-i", filepath.Join(s.dir, "anna"),
		"-o", "IdentitiesOnly=yes", "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile="+known, "anna@"+host)
	scr := tm.waitFor("choose a workspace")
	if !strings.Contains(scr, "acme") || !strings.Contains(scr, "beta") || strings.Contains(scr, "gamma") {
		t.Fatalf("the picker should list acme and beta only:\n%s", scr)
	}
	tm.keys("Enter")
	tm.waitFor("1 Dashboard")
	tm.keys("3")
	tm.waitFor("No requests yet")
	if _, code, err := sshRun(s.dial(t, "ben"), "-w acme request add --subject Grace"); err != nil || code != 0 {
		t.Fatalf("ben's request add: %d %v", code, err)
	}
	tm.waitFor("Grace")
	s.cmd.Process.Signal(syscall.SIGTERM)
	tm.waitFor("the server is stopping")
	if err := <-s.done; err != nil {
		t.Fatalf("dpodesk serve after SIGTERM: %v\n%s", err, s.log)
	}
}

// restart starts the server again on the same home and keys.
func restart(t *testing.T, old *served) *served {
	t.Helper()
	s := &served{e: old.e, keys: old.keys, dir: old.dir, done: make(chan error, 1), log: &syncLog{}}
	s.start(t)
	return s
}

// startTmuxCommand runs any command in a private tmux server, for the screen helpers.
func startTmuxCommand(t *testing.T, e *env, argv ...string) *tmuxSession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: the interface's end-to-end tests need it (apt-get install tmux)")
	}
	e.sessions++
	s := &tmuxSession{t: t, socket: filepath.Join(e.home, fmt.Sprintf("tmux%d.sock", e.sessions)), name: "dpodesk"}
	quoted := make([]string, len(argv))
	for i, a := range argv {
		quoted[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	cmd := exec.Command("tmux", "-S", s.socket, "new-session", "-d", "-s", s.name, "-x", "100", "-y", "30",
		strings.Join(quoted, " ")+"; echo dpodesk-exited-$?; sleep 30")
	cmd.Env = append(append([]string{}, e.vars...), "TERM=xterm-256color")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("starting tmux: %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("tmux", "-S", s.socket, "kill-server").Run() })
	return s
}
