package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/dpodesk/dpodesk/atomicfile"
)

// A restore builds the new workspace in a hidden staging directory beside the
// target (".NAME.restore-*") and swaps it in. Where the file system can
// exchange two directories atomically (renameat2 RENAME_EXCHANGE, Linux), the
// name never points at nothing; elsewhere the old directory is first renamed to
// ".NAME.replaced-*", and a crash between the two renames is repaired at the
// next open (recoverSwap). Staging and replaced directories a crash leaves are
// removed at the next open of the workspace (cleanLeftovers), unless a restore
// is running in the same parent directory.

// stagingPrefix and replacedPrefix start the names of the hidden directories.
func stagingPrefix(dir string) string  { return "." + filepath.Base(dir) + ".restore-" }
func replacedPrefix(dir string) string { return "." + filepath.Base(dir) + ".replaced-" }

// completeMarker is written into a staging directory once its data is verified:
// only a complete staging directory may be moved into place by recoverSwap.
const completeMarker = "dpodesk-restore-complete"

// markRestoring takes a shared lock on the parent directory for the duration
// of a restore; cleanLeftovers takes it exclusively, so it never removes the
// staging directory of a restore at work.
func markRestoring(parent string) (*dirLock, error) {
	f, err := os.Open(parent)
	if err != nil {
		return nil, err
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_SH); err != nil {
		f.Close()
		return nil, err
	}
	return &dirLock{f: f}, nil
}

// swapIn moves the verified staging directory to dir.
func swapIn(staging, dir string) error {
	if err := atomicfile.WriteFile(filepath.Join(staging, completeMarker), nil, 0o600); err != nil {
		return err
	}
	parent := filepath.Dir(dir)
	st, err := inspectDir(dir)
	if err != nil {
		return err
	}
	if st.exists && !st.manifest && len(st.data) == 0 && len(st.foreign) == 0 {
		os.RemoveAll(dir) // empty, or only an encryption header or log: nothing to keep
		st.exists = false
	}
	if !st.exists {
		// RENAME_NOREPLACE: a workspace created under the name meanwhile is kept
		if err := unix.Renameat2(unix.AT_FDCWD, staging, unix.AT_FDCWD, dir, unix.RENAME_NOREPLACE); err != nil {
			if errors.Is(err, unix.EEXIST) || errors.Is(err, unix.ENOTEMPTY) {
				return fmt.Errorf("a workspace appeared at %s during the restore; nothing was replaced", dir)
			}
			if err := os.Rename(staging, dir); err != nil {
				return err
			}
		}
		os.Remove(filepath.Join(dir, completeMarker))
		return syncDir(parent)
	}
	if err := unix.Renameat2(unix.AT_FDCWD, staging, unix.AT_FDCWD, dir, unix.RENAME_EXCHANGE); err == nil {
		// staging now holds the old workspace
		os.Remove(filepath.Join(dir, completeMarker))
		if err := syncDir(parent); err != nil {
			return err
		}
		return os.RemoveAll(staging)
	}
	return swapByRenames(staging, dir)
}

// swapByRenames is the fallback without an atomic exchange.
func swapByRenames(staging, dir string) error {
	parent := filepath.Dir(dir)
	aside, err := os.MkdirTemp(parent, replacedPrefix(dir))
	if err != nil {
		return err
	}
	os.Remove(aside)
	if err := os.Rename(dir, aside); err != nil {
		return fmt.Errorf("moving the old workspace aside: %w", err)
	}
	if err := os.Rename(staging, dir); err != nil {
		os.Rename(aside, dir)
		return err
	}
	os.Remove(filepath.Join(dir, completeMarker))
	if err := syncDir(parent); err != nil {
		return err
	}
	return os.RemoveAll(aside)
}

// recoverSwap repairs a swap that a crash cut between its two renames: dir is
// missing, and beside it is the complete new workspace or the old one.
func recoverSwap(dir string) (string, error) {
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	parent := filepath.Dir(dir)
	f, err := os.Open(parent)
	if err != nil {
		return "", nil
	}
	defer f.Close()
	if unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB) != nil {
		return "", nil // a restore is at work: the name is about to reappear
	}
	for _, prefix := range []string{stagingPrefix(dir), replacedPrefix(dir), filepath.Base(dir) + ".replaced-"} {
		matches, _ := filepath.Glob(filepath.Join(parent, prefix+"*"))
		for _, m := range matches {
			if prefix == stagingPrefix(dir) {
				if _, err := os.Stat(filepath.Join(m, completeMarker)); err != nil {
					continue
				}
			}
			if err := os.Rename(m, dir); err != nil {
				return "", err
			}
			os.Remove(filepath.Join(dir, completeMarker))
			return fmt.Sprintf("moved %s back into place after an interrupted restore", filepath.Base(m)), syncDir(parent)
		}
	}
	return "", nil
}

// cleanLeftovers removes what interrupted writers left for the workspace in dir:
// temporary files inside it, and staging and replaced directories beside it.
// It returns what it removed, for the log.
func cleanLeftovers(dir string) []string {
	removed, _ := atomicfile.Cleanup(dir)
	if stale, _ := filepath.Glob(filepath.Join(dir, backupStagingPrefix+"*")); len(stale) > 0 {
		for _, s := range stale {
			if os.Remove(s) == nil {
				removed = append(removed, filepath.Base(s))
			}
		}
	}
	parent := filepath.Dir(dir)
	f, err := os.Open(parent)
	if err != nil {
		return removed
	}
	defer f.Close()
	if unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB) != nil {
		return removed // a restore is at work beside us
	}
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, stagingPrefix(dir)) || strings.HasPrefix(name, replacedPrefix(dir)) {
			if os.RemoveAll(filepath.Join(parent, name)) == nil {
				removed = append(removed, name)
			}
		}
	}
	return removed
}

// RecoverLeftovers repairs and cleans what interrupted restores left in a
// directory of workspaces (the data dir's workspaces folder): a workspace whose
// name vanished between the two renames of a swap is moved back under its
// name, and staging and replaced directories are removed, including the
// "NAME.replaced-<time>" directories older dpodesk versions left, which the
// workspace list would otherwise show. It does nothing while a restore is at
// work in parent. It returns one line per action, for the log or the user.
func RecoverLeftovers(parent string) ([]string, error) {
	entries, err := os.ReadDir(parent)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	names := map[string]bool{}
	for _, e := range entries {
		if name, ok := leftoverOf(e.Name()); ok && e.IsDir() {
			names[name] = true
		}
	}
	var done []string
	for name := range names {
		dir := filepath.Join(parent, name)
		note, err := recoverSwap(dir)
		if err != nil {
			return done, err
		}
		if note != "" {
			done = append(done, name+": "+note)
		}
		if _, err := os.Stat(dir); err != nil {
			continue // nothing to clean beside a workspace that is not there
		}
		for _, left := range cleanLeftovers(dir) {
			done = append(done, "removed "+left+", left by an interrupted restore")
		}
		old, _ := filepath.Glob(filepath.Join(parent, name+".replaced-*"))
		for _, o := range old {
			if os.RemoveAll(o) == nil {
				done = append(done, "removed "+filepath.Base(o)+", replaced by a restore")
			}
		}
	}
	return done, nil
}

// leftoverOf returns the workspace name a staging or replaced directory
// belongs to: ".NAME.restore-X", ".NAME.replaced-X" or (older versions)
// "NAME.replaced-X".
func leftoverOf(entry string) (string, bool) {
	for _, mark := range []string{".restore-", ".replaced-"} {
		i := strings.LastIndex(entry, mark)
		if i <= 0 {
			continue
		}
		name := entry[:i]
		if strings.HasPrefix(name, ".") {
			return name[1:], name != "."
		}
		return name, mark == ".replaced-"
	}
	return "", false
}
