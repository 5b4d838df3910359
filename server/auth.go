package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// hostKey reads the host key, or makes an ed25519 one (mode 0600) on first
// start; it returns the PEM and the key's fingerprint for clients to check.
func hostKey(path string) (pemBytes []byte, fingerprint string, created bool, err error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		b, err = newHostKey(path)
		created = true
	}
	if err != nil {
		return nil, "", false, fmt.Errorf("host key %s: %w", path, err)
	}
	signer, err := gossh.ParsePrivateKey(b)
	if err != nil {
		return nil, "", false, fmt.Errorf("host key %s: %v; move it aside and a new one is made", path, err)
	}
	return b, gossh.FingerprintSHA256(signer.PublicKey()), created, nil
}

func newHostKey(path string) ([]byte, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(priv, "dpodesk host key")
	if err != nil {
		return nil, err
	}
	b := pem.EncodeToMemory(block)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return nil, err
	}
	return b, f.Close()
}

// limiter refuses authentication from an address that failed too often
// recently: a client offering several keys fails a few times legitimately, a
// guesser many times.
type limiter struct {
	mu       sync.Mutex
	max      int
	window   time.Duration
	failures map[string][]time.Time
	now      func() time.Time
}

func newLimiter(max int, window time.Duration) *limiter {
	return &limiter{max: max, window: window, failures: map[string][]time.Time{}, now: time.Now}
}

func host(addr net.Addr) string {
	h, _, err := net.SplitHostPort(addr.String())
	if err != nil {
		return addr.String()
	}
	return h
}

// blocked says whether the address has used up its failures in the window.
func (l *limiter) blocked(addr net.Addr) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.recent(host(addr))) >= l.max
}

func (l *limiter) fail(addr net.Addr) {
	l.mu.Lock()
	defer l.mu.Unlock()
	h := host(addr)
	l.failures[h] = append(l.recent(h), l.now())
}

func (l *limiter) recent(h string) []time.Time {
	cut := l.now().Add(-l.window)
	fs := l.failures[h]
	for len(fs) > 0 && fs[0].Before(cut) {
		fs = fs[1:]
	}
	if len(fs) == 0 {
		delete(l.failures, h)
		return nil
	}
	l.failures[h] = fs
	return fs
}
