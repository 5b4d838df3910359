package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"golang.org/x/term"

	"github.com/dpodesk/dpodesk/cli"
	"github.com/dpodesk/dpodesk/server"
	"github.com/dpodesk/dpodesk/server/users"
)

// runServe starts the SSH server and stops it gracefully on SIGTERM or SIGINT.
func runServe(a *cli.App, o cli.ServeOptions) error {
	f, err := users.Load(o.Users)
	if err != nil {
		return err
	}
	if o.HostKey == "" {
		o.HostKey = hostKeyDefault(a)
	}
	logw := a.Stderr()
	if o.Log != "" {
		lf, err := os.OpenFile(o.Log, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
		if err != nil {
			return fmt.Errorf("log file: %w", err)
		}
		defer lf.Close()
		logw = lf
	}
	srv, err := server.New(server.Config{Home: a.Home(), Users: f, HostKeyPath: o.HostKey, Passphrase: passphrase,
		Log: logw, Version: version})
	if err != nil {
		return err
	}
	if srv.KeyCreated {
		fmt.Fprintf(a.Stderr(), "host key made at %s (mode 0600)\n", o.HostKey)
	}
	ln, err := net.Listen("tcp", o.Listen)
	if err != nil {
		srv.Shutdown(context.Background())
		return fmt.Errorf("listening on %s: %w", o.Listen, err)
	}
	fmt.Fprintf(a.Stderr(), "serving %v on %s for %d users; host key %s\n", srv.Workspaces(), ln.Addr(), len(f.Users), srv.Fingerprint)
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return errors.Join(err, srv.Shutdown(context.Background()))
	case <-ctx.Done():
	}
	fmt.Fprintln(a.Stderr(), "stopping: sessions are told, running verbs finish")
	sctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return srv.Shutdown(sctx)
}

// passphrase gives an encrypted workspace's passphrase at start: from
// DPODESK_PASSPHRASE, or asked on the terminal the server was started from.
func passphrase(workspace string) (string, error) {
	if p := os.Getenv("DPODESK_PASSPHRASE"); p != "" {
		return p, nil
	}
	if !term.IsTerminal(int(os.Stdin.Fd())) {
		return "", fmt.Errorf("workspace %q is encrypted: set DPODESK_PASSPHRASE or start the server on a terminal", workspace)
	}
	fmt.Fprintf(os.Stderr, "passphrase for workspace %q: ", workspace)
	b, err := term.ReadPassword(int(os.Stdin.Fd()))
	fmt.Fprintln(os.Stderr)
	return string(b), err
}

// hostKeyDefault is host_ed25519 beside the workspaces.
func hostKeyDefault(a *cli.App) string {
	cfg := a.Config()
	return filepath.Join(cfg.DataDirPath(), "host_ed25519")
}
