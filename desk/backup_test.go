package desk

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// TestAutoBackupKeepsNewest drives autoBackup with a moving clock.
func TestAutoBackupKeepsNewest(t *testing.T) {
	cfg := config.DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Backup = config.BackupConfig{Every: "1d", Keep: 2}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.Local)
	h, err := NewHome(cfg, func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	ws, err := store.Open(store.Options{Name: "auto", Dir: filepath.Join(cfg.DataDir, "ws"), LogDir: t.TempDir(), Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	step := func(hours int, change bool, want int) {
		t.Helper()
		now = now.Add(time.Duration(hours) * time.Hour)
		if change {
			if err := ws.CreateActivity(&model.Activity{Name: now.String()}); err != nil {
				t.Fatal(err)
			}
		}
		if err := h.autoBackup(ws); err != nil {
			t.Fatal(err)
		}
		if got := autoBackups(cfg.BackupDir(), "auto"); len(got) != want {
			t.Fatalf("after %dh (changed %v): %d automatic backups, want %d: %v", hours, change, len(got), want, got)
		}
	}
	step(0, true, 1)   // the first one
	step(1, true, 1)   // not due yet
	step(25, false, 2) // due: changed since the last one
	step(25, false, 2) // due, but nothing changed
	step(25, true, 2)  // a third one; the oldest goes
	manual := filepath.Join(cfg.BackupDir(), "auto-20260301-120000.dpobak")
	if err := os.WriteFile(manual, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	step(25, true, 2)
	if _, err := os.Stat(manual); err != nil {
		t.Fatal("pruning removed a manual backup")
	}
}
