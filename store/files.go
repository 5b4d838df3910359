package store

import (
	"os"
	"path/filepath"
)

// restrictFiles makes every file in a workspace directory readable by its owner
// only. Badger creates its tables, value logs and DISCARD file 0666 minus the
// umask (0644 on most systems); a workspace holds personal data, so they are
// narrowed to 0600 at every open and close. Files Badger creates while the
// workspace is open stay inside the 0700 directory until then.
func restrictFiles(dir string) error {
	if err := os.Chmod(dir, 0o700); err != nil {
		return err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // removed meanwhile (a compaction)
		}
		if info.Mode().Perm()&0o077 != 0 {
			if err := os.Chmod(filepath.Join(dir, e.Name()), 0o600); err != nil && !os.IsNotExist(err) {
				return err
			}
		}
	}
	return nil
}
