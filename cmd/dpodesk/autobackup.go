package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/dpodesk/dpodesk/store"
)

// Automatic backups are named <workspace>-auto-<YYYYMMDD-HHMMSS>.dpobak in the
// backup directory, apart from the ones a user takes with `dpodesk backup`:
// only automatic ones are pruned.
const autoTag = "-auto-"

// autoBackup takes a backup of ws when the newest automatic one is older than
// backup.every and the workspace changed since (its journal grew), then keeps
// the newest backup.keep automatic backups. It is meant to run just before a
// workspace is closed; an error must not stop the close.
func (a *app) autoBackup(ws *store.Workspace) error {
	days, err := parseEvery(a.cfg.Backup.Every)
	if err != nil || days == 0 {
		return err
	}
	dir := a.cfg.backupDir()
	list := autoBackups(dir, ws.Name())
	if len(list) > 0 && !a.autoBackupDue(ws, list[len(list)-1], days) {
		return nil
	}
	path := filepath.Join(dir, ws.Name()+autoTag+a.now().Format(backupStamp)+backupExt)
	if slices.Contains(list, path) {
		return nil // one in this very second already
	}
	if _, err := writeBackup(ws, path); err != nil {
		return fmt.Errorf("automatic backup: %w", err)
	}
	return pruneBackups(append(list, path), a.cfg.Backup.Keep)
}

// autoBackupDue says whether newest is older than the period and the workspace
// has journal entries it does not hold.
func (a *app) autoBackupDue(ws *store.Workspace, newest string, days int) bool {
	stamp := strings.TrimSuffix(newest[strings.LastIndex(newest, autoTag)+len(autoTag):], backupExt)
	taken, err := time.ParseInLocation(backupStamp, stamp, a.now().Location())
	if err == nil && a.now().Sub(taken) < time.Duration(days)*24*time.Hour {
		return false
	}
	f, err := os.Open(newest)
	if err != nil {
		return true
	}
	defer f.Close()
	h, err := store.ReadBackupHeader(f)
	if err != nil {
		return true
	}
	c, err := ws.Counts()
	return err != nil || c.AuditEntries != h.Counts.AuditEntries
}

// autoBackups lists the automatic backups of a workspace, oldest first.
func autoBackups(dir, name string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	prefix := name + autoTag
	var out []string
	for _, e := range entries {
		n := e.Name()
		stamp, ok := strings.CutPrefix(n, prefix)
		if !ok || !strings.HasSuffix(stamp, backupExt) || len(stamp) != len(backupStamp)+len(backupExt) {
			continue
		}
		out = append(out, filepath.Join(dir, n))
	}
	slices.Sort(out)
	return out
}

// pruneBackups deletes all but the newest keep files of list (oldest first).
func pruneBackups(list []string, keep int) error {
	slices.Sort(list)
	if keep < 1 || len(list) <= keep {
		return nil
	}
	for _, old := range list[:len(list)-keep] {
		if err := os.Remove(old); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("removing the old automatic backup %s: %w", old, err)
		}
	}
	return nil
}
