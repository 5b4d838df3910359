package desk

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/store"
)

// TestReadOnlyOpen: a verb that only reads gets a read-only workspace when
// the workspace is ready to be read, and a read-write one — which creates,
// upgrades or rebuilds what is missing — when it is not.
func TestReadOnlyOpen(t *testing.T) {
	now := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		// prepare readies the workspace "acme" of h (or not) before the
		// read-only open
		prepare      func(t *testing.T, h *Home)
		wantReadOnly bool
	}{
		{"a current workspace is read-only", func(t *testing.T, h *Home) {
			withRequest(t, h)
		}, true},
		{"a missing workspace is created read-write", func(t *testing.T, h *Home) {}, false},
		{"a due index built under other rules is rebuilt read-write", func(t *testing.T, h *Home) {
			withRequest(t, h)
			// the settings change behind the desk's back, so the index no longer
			// follows the workspace's rules
			ws, err := store.Open(store.Options{Name: "acme", Dir: h.Dir("acme"), LogDir: t.TempDir()})
			if err != nil {
				t.Fatal(err)
			}
			org, err := ws.Organisation()
			if err != nil {
				t.Fatal(err)
			}
			org.Deadlines.Holidays = "DE-BY"
			if err := errors.Join(ws.SaveOrganisation(org), ws.Close()); err != nil {
				t.Fatal(err)
			}
		}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := config.DefaultConfig()
			cfg.DataDir = filepath.Join(t.TempDir(), "data")
			h, err := NewHome(cfg, func() time.Time { return now })
			if err != nil {
				t.Fatal(err)
			}
			c.prepare(t, h)
			d, err := h.Open(OpenOptions{Name: "acme", Create: true, Named: true, ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			if got := d.Store().ReadOnly(); got != c.wantReadOnly {
				t.Fatalf("read-only = %v, want %v", got, c.wantReadOnly)
			}
			if ready, err := d.Store().DueIndexReady(); err != nil || !ready {
				t.Errorf("due index ready = %v (%v), want true", ready, err)
			}
			if _, err := d.RequestTally(); err != nil {
				t.Errorf("reading: %v", err)
			}
			err = d.CreateRequest(newTestRequest())
			if c.wantReadOnly && !errors.Is(err, store.ErrReadOnly) {
				t.Errorf("a write through a read-only desk: %v, want ErrReadOnly", err)
			}
			if !c.wantReadOnly && err != nil {
				t.Errorf("a write through a read-write desk: %v", err)
			}
		})
	}
}

// TestReadOnlyOpenBesideAWriter: a read-only open of a workspace another
// handle holds read-write is refused as a read-write one is.
func TestReadOnlyOpenBesideAWriter(t *testing.T) {
	cfg := config.DefaultConfig()
	cfg.DataDir = filepath.Join(t.TempDir(), "data")
	h, err := NewHome(cfg, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	withRequest(t, h)
	writer, err := h.Open(OpenOptions{Name: "acme"})
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	if _, err := h.Open(OpenOptions{Name: "acme", ReadOnly: true}); !errors.Is(err, store.ErrLocked) {
		t.Fatalf("read-only open beside a writer: %v, want ErrLocked", err)
	}
}

// withRequest creates the workspace "acme" with one request.
func withRequest(t *testing.T, h *Home) {
	t.Helper()
	d, err := h.Open(OpenOptions{Name: "acme", Create: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := errors.Join(d.CreateRequest(newTestRequest()), d.Close()); err != nil {
		t.Fatal(err)
	}
}
