// Package atomicfile replaces a file so that a reader, or the next start after a
// crash, sees either the old content or the new one, never a mix or nothing.
//
// The new content goes to a temporary file in the same directory (a rename is
// atomic only within one file system), is flushed to disk, renamed over the
// target, and then the directory itself is flushed so that the rename survives a
// power cut. Any failure before the rename removes the temporary file and leaves
// the old file untouched.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// TempPrefix starts the name of every temporary file this package makes, so that
// leftovers of a killed process can be recognised and removed (see Cleanup).
const TempPrefix = ".atomic-"

// syncFile flushes a file; a test replaces it to inject the failure of a full
// disk, which is otherwise hard to provoke.
var syncFile = (*os.File).Sync

// WriteFile replaces path with data, created with perm.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return Write(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Write replaces path with what fill writes. When fill or any later step fails,
// the old file (or its absence) stays as it was.
func Write(path string, perm os.FileMode, fill func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, TempPrefix+base+"-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = f.Chmod(perm); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = fill(f); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = syncFile(f); err != nil {
		return fmt.Errorf("write %s: flushing to disk: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return SyncDir(dir)
}

// SyncDir flushes a directory, making renames and removals in it durable.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("flushing directory %s: %w", dir, err)
	}
	return nil
}

// Cleanup removes the temporary files a killed writer left in dir and returns
// their names. It must run only when no writer of this package is at work in dir
// (for a workspace: while its lock is held).
func Cleanup(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var removed []string
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasPrefix(e.Name(), TempPrefix) {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return removed, err
			}
			removed = append(removed, e.Name())
		}
	}
	return removed, nil
}
