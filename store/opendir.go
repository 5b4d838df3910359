package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/atomicfile"
)

// Badger takes a directory without a MANIFEST for a new database and deletes
// every table file its MANIFEST does not name. A lost or cut MANIFEST would so
// silently empty a workspace, so the directory is inspected before Badger sees
// it, and Badger creates a database only where there was nothing.

// dirState is what a directory holds, as far as opening it is concerned.
type dirState struct {
	exists   bool
	manifest bool
	data     []string // Badger data files: tables, value logs, memtables, key registry
	tables   map[uint64]bool
	foreign  []string // files that are neither Badger's nor dpodesk's
}

func inspectDir(dir string) (dirState, error) {
	st := dirState{tables: map[uint64]bool{}}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return st, err
	}
	st.exists = true
	for _, e := range entries {
		name := e.Name()
		switch {
		case name == "MANIFEST":
			st.manifest = true
		case name == "KEYREGISTRY" || name == "DISCARD" || strings.HasSuffix(name, ".vlog") || strings.HasSuffix(name, ".mem"):
			st.data = append(st.data, name)
		case strings.HasSuffix(name, ".sst"):
			st.data = append(st.data, name)
			if id, err := strconv.ParseUint(strings.TrimSuffix(name, ".sst"), 10, 64); err == nil {
				st.tables[id] = true
			}
		case ownFile(name):
		default:
			st.foreign = append(st.foreign, name)
		}
	}
	return st, nil
}

// ownFile: files dpodesk itself keeps in a workspace directory, or leaves there.
func ownFile(name string) bool {
	switch name {
	case headerFile, nextHeaderFile, LogFile, anchorFile, completeMarker, verifiedFile, "LOCK", "dpodesk.log", "MANIFEST-REWRITE", "KEYREGISTRY-REWRITE":
		return true
	}
	return strings.HasPrefix(name, atomicfile.TempPrefix) || strings.HasPrefix(name, backupStagingPrefix)
}

// checkDir refuses to open what is not a workspace, and to create one over
// anything: a missing workspace is created only with Create, and only where the
// directory is missing or holds nothing but dpodesk's own files (an encryption
// header written just before).
func checkDir(opts Options) error {
	if opts.Dir == "" {
		return fmt.Errorf("open workspace %q: no directory given", opts.Name)
	}
	st, err := inspectDir(opts.Dir)
	if err != nil {
		return fmt.Errorf("open workspace %q: %w", opts.Name, err)
	}
	switch {
	case st.manifest:
		return checkManifest(opts, st)
	case len(st.data) > 0:
		return describe(ErrCorrupt, "workspace %q (%s) has data files but no MANIFEST, so opening it would start it empty; nothing was changed: %s",
			opts.Name, opts.Dir, restoreHint(opts))
	case !opts.Create || opts.ReadOnly:
		return describe(ErrNoWorkspace, "workspace %q does not exist (%s): create it with `dpodesk workspace create %s`",
			opts.Name, opts.Dir, opts.Name)
	case len(st.foreign) > 0:
		return fmt.Errorf("%s is not a dpodesk workspace and not empty (it holds %s); choose another directory",
			opts.Dir, shorten(strings.Join(st.foreign, ", "), 80))
	}
	if err := os.MkdirAll(opts.Dir, 0o700); err != nil {
		return fmt.Errorf("create workspace %q: %w", opts.Name, err)
	}
	return nil
}

// checkManifest reads the MANIFEST as Badger will, without changing it, and
// refuses one that was cut short or names tables that are gone: Badger would
// drop the cut changes and the tables they name.
func checkManifest(opts Options, st dirState) error {
	f, err := os.Open(filepath.Join(opts.Dir, "MANIFEST"))
	if err != nil {
		return fmt.Errorf("open workspace %q: %w", opts.Name, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fmt.Errorf("open workspace %q: %w", opts.Name, err)
	}
	m, end, err := badger.ReplayManifestFile(f, 0, badgerOptions(opts, nopLogger{}))
	switch {
	case err != nil:
		return describe(ErrCorrupt, "workspace %q: its MANIFEST is damaged (%s); nothing was changed: %s",
			opts.Name, shorten(err.Error(), 80), restoreHint(opts))
	case end != info.Size():
		return describe(ErrCorrupt, "workspace %q: its MANIFEST is cut short (%d of %d bytes readable), so opening it would drop data; nothing was changed: %s",
			opts.Name, end, info.Size(), restoreHint(opts))
	}
	for id := range m.Tables {
		if !st.tables[id] {
			return describe(ErrCorrupt, "workspace %q: table file %06d.sst named in its MANIFEST is missing; nothing was changed: %s",
				opts.Name, id, restoreHint(opts))
		}
	}
	return nil
}

// restoreHint points at the newest backup of the workspace when the caller said
// where backups are kept.
func restoreHint(opts Options) string {
	if newest := newestBackup(opts.BackupDir, opts.Name); newest != "" {
		return fmt.Sprintf("restore it from the last backup with `dpodesk restore %s --force`", newest)
	}
	return "restore it from your last backup with `dpodesk restore FILE --force`"
}

func newestBackup(dir, name string) string {
	if dir == "" {
		return ""
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	var best string
	var bestTime int64
	for _, e := range entries {
		info, err := e.Info()
		if err != nil || !e.Type().IsRegular() || !strings.HasPrefix(e.Name(), name+"-") {
			continue
		}
		if t := info.ModTime().UnixNano(); best == "" || t > bestTime {
			best, bestTime = filepath.Join(dir, e.Name()), t
		}
	}
	return best
}

// removeEmptyLogs deletes zero-length memtable and value logs a crash
// left. Badger creates such a file and sizes it in two steps; a crash
// between them leaves an empty file. An empty memtable log makes the next
// open fail once ("while opening memtables … Create a new file", upstream
// badger#2207) and succeed the time after; an empty value log makes every
// open fail ("During db.vlog.open … Open existing file … Create a new
// file": valueLog.open takes the file's being new for an error), so a
// process killed at that moment locked the workspace out. An empty file
// holds no write, and no value pointer can point into it, so removing it
// loses nothing. It runs under the workspace lock, so it never touches a
// file another process is creating; when the lock is held, Badger's open
// reports that instead.
func removeEmptyLogs(opts Options) []string {
	var empty []string
	for _, pattern := range []string{"*.mem", "*.vlog"} {
		files, _ := filepath.Glob(filepath.Join(opts.Dir, pattern))
		for _, f := range files {
			if info, err := os.Stat(f); err == nil && info.Size() == 0 {
				empty = append(empty, f)
			}
		}
	}
	if len(empty) == 0 {
		return nil
	}
	lock, err := lockDir(opts.Name, opts.Dir)
	if err != nil {
		return nil
	}
	defer lock.release()
	var removed []string
	for _, f := range empty {
		if info, err := os.Stat(f); err == nil && info.Size() == 0 && os.Remove(f) == nil {
			removed = append(removed, "removed empty log "+filepath.Base(f)+" left by a crash")
		}
	}
	return removed
}
