package desk

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/store"
)

// BackupExt is the extension of backup files; backupStamp is the time in their
// names, which sorts in time order.
const (
	BackupExt   = ".dpobak"
	backupStamp = "20060102-150405"
)

// Automatic backups are named <workspace>-auto-<YYYYMMDD-HHMMSS>.dpobak in the
// backup directory, apart from the ones a user takes with `dpodesk backup`:
// only automatic ones are pruned.
const autoTag = "-auto-"

// DefaultBackupPath is where `backup` writes when no file is given.
func (d *Desk) DefaultBackupPath() string {
	dir := filepath.Dir(d.ws.Dir())
	if d.home != nil {
		dir = d.home.cfg.BackupDir()
	}
	return filepath.Join(dir, d.ws.Name()+"-"+d.now().Format(backupStamp)+BackupExt)
}

// Backup writes the whole workspace to path atomically: a full disk or a crash
// never leaves a half backup under the final name.
func (d *Desk) Backup(path string) (store.BackupHeader, error) {
	if err := d.allow(ActAdmin, "take a backup"); err != nil {
		return store.BackupHeader{}, err
	}
	var h store.BackupHeader
	err := writeAtomic(path, func(w io.Writer) (err error) {
		h, err = d.ws.Backup(w)
		return err
	})
	return h, err
}

// ExportBundle writes every record as one JSON bundle to w, or atomically to
// path when path is not "".
func (d *Desk) ExportBundle(w io.Writer, path string) error {
	if err := d.allow(ActAdmin, "export the whole workspace"); err != nil {
		return err
	}
	if path == "" {
		return d.ws.ExportBundle(w)
	}
	return writeAtomic(path, d.ws.ExportBundle)
}

// autoBackup takes a backup of ws when the newest automatic one is older than
// backup.every and the workspace changed since (its journal grew), then keeps
// the newest backup.keep automatic backups. It runs just before a workspace is
// closed; an error must not stop the close.
func (h *Home) autoBackup(ws *store.Workspace) error {
	days, err := config.ParseEvery(h.cfg.Backup.Every)
	if err != nil || days == 0 {
		return err
	}
	dir := h.cfg.BackupDir()
	list := autoBackups(dir, ws.Name())
	if len(list) > 0 && !h.autoBackupDue(ws, list[len(list)-1], days) {
		return nil
	}
	path := filepath.Join(dir, ws.Name()+autoTag+h.now().Format(backupStamp)+BackupExt)
	if slices.Contains(list, path) {
		return nil // one in this very second already
	}
	d := &Desk{ws: ws, now: h.now}
	if _, err := d.Backup(path); err != nil {
		return fmt.Errorf("automatic backup: %w", err)
	}
	return pruneBackups(append(list, path), h.cfg.Backup.Keep)
}

// autoBackupDue says whether newest is older than the period and the workspace
// has journal entries it does not hold.
func (h *Home) autoBackupDue(ws *store.Workspace, newest string, days int) bool {
	stamp := strings.TrimSuffix(newest[strings.LastIndex(newest, autoTag)+len(autoTag):], BackupExt)
	taken, err := parseStamp(stamp, h.now().Location())
	if err == nil && h.now().Sub(taken) < dayDuration(days) {
		return false
	}
	f, err := os.Open(newest)
	if err != nil {
		return true
	}
	defer f.Close()
	hd, err := store.ReadBackupHeader(f)
	if err != nil {
		return true
	}
	c, err := ws.Counts()
	return err != nil || c.AuditEntries != hd.Counts.AuditEntries
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
		if !ok || !strings.HasSuffix(stamp, BackupExt) || len(stamp) != len(backupStamp)+len(BackupExt) {
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
