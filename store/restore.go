package store

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	badger "github.com/dgraph-io/badger/v4"
)

// RestoreOptions says where and how a backup is restored.
type RestoreOptions struct {
	Name   string // the new workspace's name, for messages
	LogDir string // where badger.log goes; "" means the workspace directory
	// Force allows replacing an existing workspace. The backup is still restored
	// and verified beside it first; the old one is swapped out only then.
	Force bool
	// Passphrase is asked only when the backup is encrypted: the passphrase of
	// the workspace it was taken from, which also opens the restored one.
	// It is given the backup's header, so a prompt can name the workspace.
	Passphrase func(BackupHeader) (string, error)
}

// Restore reads a backup file into a new workspace in dir. It checks the payload's
// SHA-256 and the record counts before the workspace appears under dir; on any
// failure dir is left as it was. An existing dir (with Force) must be a dpodesk
// workspace; its lock is held from the first check to the swap, so no process
// can open it meanwhile, and the swap is one atomic exchange of the two
// directories: a crash leaves the old or the new workspace under the name.
func Restore(r io.Reader, dir string, opts RestoreOptions) (BackupHeader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	h, err := ReadBackupHeader(br)
	if err != nil {
		return h, err
	}
	dir = filepath.Clean(dir)
	lock, err := claimTarget(dir, opts)
	if err != nil {
		return h, err
	}
	defer lock.release()
	key, err := backupKey(h, opts)
	if err != nil {
		return h, err
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o700); err != nil {
		return h, fmt.Errorf("restore into %s: %w", dir, err)
	}
	busy, err := markRestoring(parent)
	if err != nil {
		return h, fmt.Errorf("restore into %s: %w", dir, err)
	}
	defer busy.release()
	staging, err := os.MkdirTemp(parent, stagingPrefix(dir))
	if err != nil {
		return h, fmt.Errorf("restore into %s: %w", dir, err)
	}
	if err := restoreInto(staging, br, h, key, opts); err != nil {
		os.RemoveAll(staging)
		return h, fmt.Errorf("restore %s: %w", opts.Name, mapFault(opts.Name, err))
	}
	if err := swapIn(staging, dir); err != nil {
		os.RemoveAll(staging)
		return h, fmt.Errorf("restore %s: %w", opts.Name, err)
	}
	return h, nil
}

// claimTarget refuses a directory that already holds something unless Force,
// and refuses to replace anything that is not a dpodesk workspace. It returns
// the target's lock (nil for a missing or empty target).
func claimTarget(dir string, opts RestoreOptions) (*dirLock, error) {
	st, err := inspectDir(dir)
	if err != nil {
		return nil, fmt.Errorf("restore into %s: %w", dir, err)
	}
	empty := !st.manifest && len(st.data) == 0 && len(st.foreign) == 0
	if !st.exists {
		return nil, nil
	}
	if !empty && !opts.Force {
		return nil, fmt.Errorf("workspace %q at %s %w; restore into a new workspace name, or replace it with --force",
			opts.Name, dir, ErrExists)
	}
	if len(st.foreign) > 0 {
		return nil, fmt.Errorf("%s is not a dpodesk workspace (it holds %s); nothing was replaced: restore into a new workspace name",
			dir, shorten(strings.Join(st.foreign, ", "), 80))
	}
	lock, err := lockDir(opts.Name, dir)
	if errors.Is(err, ErrLocked) {
		return nil, describe(ErrLocked, "workspace %q is open in another dpodesk process; close it before replacing it", opts.Name)
	}
	return lock, err
}

type nopLogger struct{}

func (nopLogger) Errorf(string, ...any)   {}
func (nopLogger) Warningf(string, ...any) {}
func (nopLogger) Infof(string, ...any)    {}
func (nopLogger) Debugf(string, ...any)   {}

// backupKey derives the workspace key of an encrypted backup from its stored
// Argon2id header and the passphrase; nil for a plain backup.
func backupKey(h BackupHeader, opts RestoreOptions) ([]byte, error) {
	if !h.Encrypted {
		return nil, nil
	}
	kh, err := parseHeader(h.Cipher.KeyHeader, "inside the backup")
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotBackup, err)
	}
	if opts.Passphrase == nil {
		return nil, fmt.Errorf("the backup is encrypted and no passphrase was given: %w", ErrWrongPassphrase)
	}
	pass, err := opts.Passphrase(h)
	if err != nil {
		return nil, err
	}
	return kh.unlock(pass)
}

// restoreInto loads the payload into a fresh workspace in staging and verifies it.
func restoreInto(staging string, br *bufio.Reader, h BackupHeader, key []byte, opts RestoreOptions) error {
	if h.Encrypted {
		kh, err := parseHeader(h.Cipher.KeyHeader, "inside the backup")
		if err != nil {
			return err
		}
		if err := writeHeader(filepath.Join(staging, headerFile), kh); err != nil {
			return err
		}
	}
	ws, err := Open(Options{Name: opts.Name, Dir: staging, LogDir: opts.LogDir, Create: true, EncryptionKey: key})
	if err != nil {
		return err
	}
	loadErr := ws.load(br, h, key)
	if loadErr == nil {
		loadErr = ws.anchorHead()
	}
	if err := ws.Close(); loadErr == nil {
		loadErr = err
	}
	return loadErr
}

// load feeds the payload to Badger while hashing it, then checks hash and counts.
func (w *Workspace) load(br *bufio.Reader, h BackupHeader, key []byte) error {
	sum := sha256.New()
	payload := io.TeeReader(io.LimitReader(br, h.PayloadSize), sum)
	var src io.Reader = payload
	if h.Encrypted {
		fr, err := newFrameReader(payload, key, h.Cipher)
		if err != nil {
			return err
		}
		src = fr
	}
	// Each pending write holds a batch of up to 15% of a memtable (2.4 MiB);
	// Badger's examples use 256 of them, which is 600 MB on a laptop; 32 keep
	// it under 80 MB and the disk busy.
	if err := w.db.Load(src, 32); err != nil {
		return fmt.Errorf("loading the data: %w", err)
	}
	if _, err := io.Copy(io.Discard, payload); err != nil {
		return err
	}
	if got := hex.EncodeToString(sum.Sum(nil)); got != h.PayloadSHA256 {
		return fmt.Errorf("the backup's checksum does not match (cut short or damaged): sha256 %s, header says %s", got, h.PayloadSHA256)
	}
	var got BackupCounts
	if err := w.view(func(txn *badger.Txn) error { got = recordCounts(txn); return nil }); err != nil {
		return err
	}
	if got != h.Counts {
		return fmt.Errorf("the restored records do not match the backup: have %+v, header says %+v", got, h.Counts)
	}
	return nil
}
