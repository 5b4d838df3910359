// Package server is `dpodesk serve`: the workspaces of one data directory served
// over SSH (Wish) to the users of a users file. `ssh -p PORT host -- VERB …` runs a
// command-line verb as that user; `ssh -p PORT host` opens the interface. Each
// workspace is opened once and shared by every session; roles are enforced by
// the desk, and every journal entry names the user and key.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/server/users"
)

// Config says what to serve and how.
type Config struct {
	Home        *desk.Home
	Users       *users.File
	HostKeyPath string
	// Passphrase gives the passphrase of an encrypted workspace at start.
	Passphrase func(workspace string) (string, error)
	Log        io.Writer // one line per connection, refusal and stop
	Version    string

	IdleTimeout        time.Duration // 0 means 15 minutes
	MaxSessions        int           // in total; 0 means 64
	MaxSessionsPerUser int           // 0 means 8
}

// Server is a running dpodesk SSH server.
type Server struct {
	cfg         Config
	srv         *ssh.Server
	hub         *hub
	auth        *limiter
	Fingerprint string // of the host key
	KeyCreated  bool   // the host key was made at this start

	mu       sync.Mutex
	draining bool
	active   map[string]int // sessions per user
	total    int
	sessions sync.WaitGroup
}

// New opens every workspace the users file names that exists in the data
// directory (unlocking encrypted ones), and prepares the SSH server.
func New(cfg Config) (*Server, error) {
	if cfg.IdleTimeout == 0 {
		cfg.IdleTimeout = 15 * time.Minute
	}
	if cfg.MaxSessions == 0 {
		cfg.MaxSessions = 64
	}
	if cfg.MaxSessionsPerUser == 0 {
		cfg.MaxSessionsPerUser = 8
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	pemBytes, fp, created, err := hostKey(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, hub: newHub(), auth: newLimiter(10, time.Minute), Fingerprint: fp, KeyCreated: created,
		active: map[string]int{}}
	if err := s.openWorkspaces(); err != nil {
		s.hub.close()
		return nil, err
	}
	s.srv, err = wish.NewServer(
		wish.WithHostKeyPEM(pemBytes),
		wish.WithVersion("dpodesk"),
		wish.WithPublicKeyAuth(s.publicKey),
		wish.WithIdleTimeout(cfg.IdleTimeout),
		wish.WithMiddleware(s.middleware),
	)
	if err != nil {
		s.hub.close()
		return nil, err
	}
	s.srv.HandshakeTimeout = 30 * time.Second
	return s, nil
}

// openWorkspaces opens each workspace some user has a role in, once.
func (s *Server) openWorkspaces() error {
	list, err := s.cfg.Home.List()
	if err != nil {
		return err
	}
	exists := map[string]desk.WorkspaceInfo{}
	for _, w := range list {
		exists[w.Name] = w
	}
	wanted := map[string]bool{}
	for _, u := range s.cfg.Users.Users {
		for ws := range u.Roles {
			wanted[ws] = true
		}
	}
	for name := range wanted {
		info, ok := exists[name]
		if !ok {
			fmt.Fprintf(s.cfg.Log, "workspace %q is named in the users file but does not exist; create it with: dpodesk workspace create %s\n", name, name)
			continue
		}
		if err := s.open(info); err != nil {
			return err
		}
	}
	return nil
}

func (s *Server) open(info desk.WorkspaceInfo) error {
	var key []byte
	if info.Encrypted {
		if s.cfg.Passphrase == nil {
			return fmt.Errorf("workspace %q is encrypted: set DPODESK_PASSPHRASE or start the server on a terminal", info.Name)
		}
		pass, err := s.cfg.Passphrase(info.Name)
		if err != nil {
			return err
		}
		if key, err = s.cfg.Home.Unlock(info.Path, pass); err != nil {
			return fmt.Errorf("workspace %q: %w", info.Name, err)
		}
	}
	d, err := s.cfg.Home.Open(desk.OpenOptions{Name: info.Name, Key: key, Named: true})
	if err != nil {
		return err
	}
	s.hub.add(info.Name, d)
	return nil
}

// Workspaces are the names of the workspaces the server holds open.
func (s *Server) Workspaces() []string { return s.hub.names() }

// Serve accepts connections on l until Shutdown.
func (s *Server) Serve(l net.Listener) error {
	err := s.srv.Serve(l)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown stops accepting connections, tells every interface session to end,
// lets running verbs finish (their writes are whole transactions), then closes
// every workspace with its automatic backup. Sessions still running when ctx
// ends are cut.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.draining = true
	s.mu.Unlock()
	for _, p := range s.hub.all() {
		go p.Send(stopMsg{})
	}
	done := make(chan struct{})
	go func() { s.sessions.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
	}
	err := s.hangUp(ctx)
	<-done // a cut session's verb still ends its transaction before the desks close
	fmt.Fprintln(s.cfg.Log, "stopped: closing workspaces")
	return errors.Join(err, s.hub.close())
}

// hangUpGrace is how long a client whose session has ended may take to read
// its last bytes (the stop message, the exit status) and hang up by itself.
const hangUpGrace = 3 * time.Second

// hangUp stops listening and lets the clients close their connections, so that
// nothing a session wrote is lost to a cut connection; whatever is still
// connected after the grace (or when ctx ends) is cut.
func (s *Server) hangUp(ctx context.Context) error {
	gctx, cancel := context.WithTimeout(ctx, hangUpGrace)
	defer cancel()
	if err := s.srv.Shutdown(gctx); err == nil || errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	err := s.srv.Close()
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// publicKey lets a key in when the users file names it; an unknown key is
// refused before any session starts, and an address that fails too often is
// refused for a while.
func (s *Server) publicKey(ctx ssh.Context, key ssh.PublicKey) bool {
	if s.auth.blocked(ctx.RemoteAddr()) {
		return false
	}
	acc, ok := s.cfg.Users.Lookup(key)
	if !ok {
		s.auth.fail(ctx.RemoteAddr())
		return false
	}
	ctx.SetValue(accountKey{}, acc)
	return true
}

type accountKey struct{}
