package desk

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/config"
)

func TestRecent(t *testing.T) {
	t1 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	t2 := time.Date(2026, 3, 2, 10, 30, 0, 0, time.FixedZone("CET", 3600))
	cases := []struct {
		name   string
		before string // file content, "" for no file
		open   string
		at     time.Time
		want   map[string]time.Time
		inFile string
	}{
		{"no file yet", "", "alpha", t1, map[string]time.Time{"alpha": t1}, `"alpha": "2026-03-01T09:00:00Z"`},
		{"adds beside others", `{"alpha": "2026-03-01T09:00:00Z"}`, "vault", t2,
			map[string]time.Time{"alpha": t1, "vault": t2}, `"vault": "2026-03-02T09:30:00Z"`},
		{"replaces the old time", `{"alpha": "2025-01-01T00:00:00Z"}`, "alpha", t1,
			map[string]time.Time{"alpha": t1}, `"alpha": "2026-03-01T09:00:00Z"`},
		{"damaged file starts afresh", `{"alpha": `, "beta", t1, map[string]time.Time{"beta": t1}, `"beta"`},
		{"bad time is dropped", `{"alpha": "yesterday", "beta": "2026-03-01T09:00:00Z"}`, "gamma", t2,
			map[string]time.Time{"beta": t1, "gamma": t2}, `"gamma"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := config.DefaultConfig()
			cfg.DataDir = filepath.Join(t.TempDir(), "data")
			h, err := NewHome(cfg, func() time.Time { return c.at })
			if err != nil {
				t.Fatal(err)
			}
			path := h.recentPath()
			if c.before != "" {
				os.MkdirAll(filepath.Dir(path), 0o700)
				if err := os.WriteFile(path, []byte(c.before), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			if err := h.markOpened(c.open); err != nil {
				t.Fatal(err)
			}
			got := h.Recent()
			if len(got) != len(c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
			for n, w := range c.want {
				if !got[n].Equal(w) {
					t.Errorf("%s: got %v, want %v", n, got[n], w)
				}
			}
			data, _ := os.ReadFile(path)
			if !strings.Contains(string(data), c.inFile) {
				t.Errorf("file does not contain %s:\n%s", c.inFile, data)
			}
			if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".recent*tmp*")); len(left) > 0 {
				t.Errorf("temporary files left behind: %v", left)
			}
		})
	}
}
