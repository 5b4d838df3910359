package desk

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

func (h *Home) recentPath() string { return filepath.Join(h.cfg.DataDirPath(), recentFile) }

// Recent reads name → last opened. A missing or unreadable file is an empty
// list: the times are a convenience and must never stop dpodesk from starting.
func (h *Home) Recent() map[string]time.Time {
	out := map[string]time.Time{}
	data, err := os.ReadFile(h.recentPath())
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

// markOpened records that name was opened now. The file is replaced
// atomically, so a crash leaves the old list or the new one. Two processes
// writing at once can lose one entry, which costs a position in the picker's
// order and nothing else.
func (h *Home) markOpened(name string) error {
	list := h.Recent()
	list[name] = h.now()
	raw := make(map[string]string, len(list))
	for n, at := range list {
		raw[n] = at.UTC().Format(time.RFC3339)
	}
	data, err := json.MarshalIndent(raw, "", "  ")
	if err != nil {
		return err
	}
	if err := writeFileAtomic(h.recentPath(), append(data, '\n')); err != nil {
		return fmt.Errorf("remembering when workspace %q was opened: %w (check that the data directory is writable)", name, err)
	}
	return nil
}
