package store

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"syscall"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/y"
)

// ErrDiskFull is returned when a write fails because the disk is full.
var ErrDiskFull = errors.New("the disk is full")

// openBadger opens the database, turning a panic of Badger's on damaged files
// (it has several, e.g. decoding a cut table) into ErrCorrupt.
func openBadger(o badger.Options) (db *badger.DB, err error) {
	defer func() {
		if r := recover(); r != nil {
			db, err = nil, fmt.Errorf("%w: %v", errBadgerPanic, r)
		}
	}()
	return badger.Open(o)
}

var errBadgerPanic = errors.New("badger failed on a damaged file")

// mapOpenError turns Badger's lock, key, damage and disk errors, which mostly
// carry no sentinel, into ours, with one line that names the fix.
func mapOpenError(opts Options, err error) error {
	var d *described
	if errors.As(err, &d) {
		return err // already one line of ours
	}
	switch {
	case strings.Contains(err.Error(), "Another process is using this Badger database"):
		return describe(ErrLocked, "workspace %q is open in another dpodesk process", opts.Name)
	case errors.Is(err, badger.ErrEncryptionKeyMismatch):
		return describe(ErrWrongKey, "wrong encryption key for workspace %q", opts.Name)
	}
	if isDamage(err) || openDamage(err) {
		return mapFault(opts.Name, fmt.Errorf("%w: %w", ErrCorrupt, err))
	}
	if mapped := mapFault(opts.Name, err); mapped != err {
		return mapped
	}
	return fmt.Errorf("open workspace %q: %s", opts.Name, shorten(err.Error(), 200))
}

// tableName finds the file a Badger error is about.
var tableName = regexp.MustCompile(`[0-9]{6}\.(sst|vlog|mem)|MANIFEST|KEYREGISTRY`)

// mapFault maps a damaged-data or full-disk error to ErrCorrupt or ErrDiskFull
// with one line; other errors are returned unchanged.
func mapFault(name string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, syscall.ENOSPC) || strings.Contains(err.Error(), "no space left on device") {
		return describe(ErrDiskFull, "workspace %q: the disk is full; nothing more was saved: free some space and try again", name)
	}
	if !isDamage(err) {
		return err
	}
	where := "a data file"
	if f := tableName.FindString(err.Error()); f != "" {
		where = "its file " + f
	}
	return describe(ErrCorrupt, "workspace %q: %s is damaged (%s); restore the workspace from your last backup",
		name, where, shorten(firstLine(err.Error()), 100))
}

// isDamage recognises Badger's damage errors and undecodable values. It is used
// on every read and write, so it matches Badger's own wording only, never words
// a validation message could contain.
func isDamage(err error) bool {
	if errors.Is(err, y.ErrChecksumMismatch) || errors.Is(err, errBadgerPanic) || errors.Is(err, ErrCorrupt) ||
		errors.Is(err, errUndecodable) {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"checksum mismatch", "failed to verify checksum", "checksum validation failed",
		"failed to initialize table", "while opening memtables", "error while decrypting"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// openDamage recognises what else Badger says about damaged files at open.
func openDamage(err error) bool {
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"corrupt", "unexpected eof", "invalid", "truncate", "out of range", "keyregistry",
		"key registry", "manifest", "mmap", "file does not exist for table"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
