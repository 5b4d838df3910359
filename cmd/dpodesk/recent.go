package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// recent.json remembers when each named workspace was last opened, for the
// workspace picker. It lives in the data directory, never inside a workspace:
// an encrypted workspace cannot be read before its passphrase is known, and the
// picker needs the times before that.
const recentFile = "recent.json"

func (c *Config) recentPath() string { return filepath.Join(c.dataDir(), recentFile) }

// loadRecent reads name → last opened. A missing or unreadable file is an empty
// list: the times are a convenience and must never stop dpodesk from starting.
func loadRecent(path string) map[string]time.Time {
	out := map[string]time.Time{}
	data, err := os.ReadFile(path)
	if err != nil {
		return out
	}
	var raw map[string]string
	if json.Unmarshal(data, &raw) != nil {
		return out
	}
	for name, s := range raw {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			out[name] = t
		}
	}
	return out
}

// markOpened records that name was opened at t. The file is written under a
// temporary name and renamed, so a crash leaves the old list or the new one.
// Two processes writing at once can lose one entry, which costs a position in
// the picker's order and nothing else.
func markOpened(path, name string, t time.Time) error {
	list := loadRecent(path)
	list[name] = t
	raw := make(map[string]string, len(list))
	for n, at := range list {
		raw[n] = at.UTC().Format(time.RFC3339)
	}
	data, err := json.MarshalIndent(raw, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".recent-*.json")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename there is nothing left to remove
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// noteOpened records the opening of a named workspace; a failure is reported
// and otherwise ignored, since only the picker's order depends on it.
func (a *app) noteOpened(name string) {
	if a.db != "" {
		return // a directory opened with --db is not one of the named workspaces
	}
	if err := markOpened(a.cfg.recentPath(), name, a.now()); err != nil {
		fmt.Fprintf(a.stderr, "dpodesk: remembering when workspace %q was opened: %v (check that the data directory is writable)\n", name, err)
	}
}
