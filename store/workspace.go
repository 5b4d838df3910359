// Package store keeps a dpodesk workspace in an embedded Badger database: typed
// repositories for activities, processors, requests and documents, the index keys
// that find them, slim rows for tables, and the hash-chained audit journal. Every
// user action is one Badger transaction. The key schema is in keys.go.
package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
)

// Sentinel errors; match them with errors.Is.
var (
	ErrLocked      = errors.New("workspace is open in another dpodesk process")
	ErrNotFound    = errors.New("not found")
	ErrConflict    = errors.New("changed by someone else since it was read")
	ErrExists      = errors.New("already exists")
	ErrNoWorkspace = errors.New("workspace does not exist")
	ErrWrongKey    = errors.New("wrong encryption key for workspace")
	ErrNewerSchema = errors.New("workspace was written by a newer dpodesk")
	ErrReadOnly    = errors.New("workspace is open read-only")
)

// described is a sentinel error with a complete message of its own, so that the
// one line the user sees does not end in the sentinel's text again.
type described struct {
	msg string
	err error
}

func (d *described) Error() string { return d.msg }
func (d *described) Unwrap() error { return d.err }

func describe(sentinel error, format string, args ...any) error {
	return &described{msg: fmt.Sprintf(format, args...), err: sentinel}
}

// Options says which workspace to open and how.
type Options struct {
	Name      string // workspace name, for messages
	Dir       string // the Badger directory
	LogDir    string // where badger.log goes (created); "" means Dir
	Create    bool   // create the workspace if the directory is missing or empty
	BackupDir string // where backups are kept; named in the message for a damaged workspace
	// ReadOnly opens the workspace for reading only (a listing, an export):
	// Badger then makes no memtable, starts no compactor and writes nothing
	// at close. Opening fails with ErrReadOnly when the workspace needs a write
	// first (a schema upgrade, an interrupted import, a log to truncate).
	ReadOnly      bool
	EncryptionKey []byte // 32 bytes or nil
	// Now returns the current time; nil means time.Now. Tests pin it.
	Now func() time.Time
}

// Workspace is one open workspace. It is safe for concurrent use: Bubble Tea runs
// commands concurrently, and conflicting transactions are retried. Handles made
// with WithAuthor share one open database and name different authors.
type Workspace struct {
	*open
	author string // who the journal entries written through this handle name
}

// open is the state every handle on one workspace shares.
type open struct {
	opts Options
	db   *badger.DB
	log  *fileLogger

	closed atomic.Bool
	gate   gate // transactions under way, which Close waits for

	seqMu sync.Mutex
	seqs  map[string]*badger.Sequence

	// bulk is held exclusively by whole-workspace work (BulkCreate, whose write
	// batches bypass Badger's conflict detection; backup; restore) and shared by
	// every ordinary transaction.
	bulk sync.RWMutex
	// writeMu queues ordinary writers. Every write reads and rewrites the audit
	// head, so concurrent writers would conflict there and retry; under load (six
	// writers at once) retries ran out, and queueing costs nothing extra.
	writeMu sync.Mutex
	// due is the rule the due index follows (SetDueRule)
	due atomic.Pointer[DueRule]
}

// badgerOptions are the laptop settings of ARCHITECTURE.md; see docs/data-model.md.
func badgerOptions(opts Options, logger badger.Logger) badger.Options {
	const mib = 1 << 20
	o := badger.DefaultOptions(opts.Dir).
		WithLogger(logger).
		WithMemTableSize(16 * mib).
		WithNumMemtables(2).
		WithNumLevelZeroTables(2).
		WithNumLevelZeroTablesStall(4).
		WithBlockCacheSize(16 * mib).
		WithIndexCacheSize(16 * mib).
		WithBlockSize(blockSize).
		WithValueLogFileSize(64 * mib).
		WithNumCompactors(2).
		WithSyncWrites(true).
		WithReadOnly(opts.ReadOnly).
		// Table checksums are verified once at open, in verifyTables: Badger's
		// own verification on block reads swallows the error in iterators
		// (a scan just ends early) and its verification at table open panics
		// in a background goroutine on some damage (table.go VerifyChecksum).
		WithChecksumVerificationMode(options.NoVerification).
		WithVerifyValueChecksum(true)
	if opts.ReadOnly {
		// A read-only open serves one command, which reads each block once:
		// a larger cache only holds blocks read already, and the garbage
		// collector scans them (docs/performance.md). Badger refuses to
		// open compressed or encrypted tables without one.
		o = o.WithBlockCacheSize(readOnlyBlockCache)
	}
	if opts.EncryptionKey != nil {
		o = o.WithEncryptionKey(opts.EncryptionKey)
	}
	return o
}

// blockSize is the size of the tables' blocks before compression. Badger's
// 4 KB compresses a block of JSON records poorly and gives the scans that
// listings and exports make four times the blocks to find, decompress and
// free: with 16 KB the tables of `demo --scale 100000` take 81 MB instead
// of 112, every open hashes less of them (fingerprintTables), and the
// listings take 4-12 % less time (docs/performance.md). A lookup
// decompresses 16 KB instead of 4, a few microseconds. Tables written
// before keep their blocks until a compaction rewrites them.
const blockSize = 16 << 10

// readOnlyBlockCache is the block cache of a read-only open.
const readOnlyBlockCache = 2 << 20

// Open opens (and with Create, creates) a workspace, migrating its schema forward.
func Open(opts Options) (*Workspace, error) {
	var notes []string
	if !opts.ReadOnly && opts.Dir != "" {
		note, err := recoverSwap(filepath.Clean(opts.Dir))
		if err != nil {
			return nil, fmt.Errorf("open workspace %q: repairing an interrupted restore: %w", opts.Name, err)
		}
		if note != "" {
			notes = append(notes, note)
		}
	}
	if err := checkDir(opts); err != nil {
		return nil, err
	}
	if !opts.ReadOnly {
		notes = append(notes, removeEmptyLogs(opts)...)
	}
	if opts.LogDir == "" {
		opts.LogDir = opts.Dir
	}
	logger, err := openLogger(opts.LogDir)
	if err != nil {
		return nil, err
	}
	err = preverifyTables(opts)
	var db *badger.DB
	if err == nil {
		db, err = openBadger(badgerOptions(opts, logger))
	}
	if err != nil {
		logger.Close()
		if opts.ReadOnly && errors.Is(err, badger.ErrTruncateNeeded) {
			return nil, describe(ErrReadOnly, "workspace %q ends in an unfinished write: open it once read-write", opts.Name)
		}
		return nil, mapOpenError(opts, err)
	}
	w := &Workspace{open: &open{opts: opts, db: db, log: logger, seqs: map[string]*badger.Sequence{}}}
	if !opts.ReadOnly {
		for _, left := range cleanLeftovers(filepath.Clean(opts.Dir)) {
			notes = append(notes, "removed "+left+", left by an interrupted write")
		}
		for _, n := range notes {
			logger.Warningf("%s", n)
		}
		if err := restrictFiles(opts.Dir); err != nil {
			w.closeDB()
			return nil, fmt.Errorf("open workspace %q: making its files private: %w", opts.Name, err)
		}
	}
	if err := w.migrate(); err != nil {
		w.closeDB()
		return nil, err
	}
	if _, err := w.rollbackPending(); err != nil {
		w.closeDB()
		return nil, err
	}
	if err := w.checkAnchor(); err != nil {
		w.closeDB()
		return nil, err
	}
	return w, nil
}

// Name returns the workspace name given to Open.
func (w *Workspace) Name() string { return w.opts.Name }

// Dir returns the Badger directory.
func (w *Workspace) Dir() string { return w.opts.Dir }

// Close releases the ID sequences, runs value-log GC once and closes the database.
// Closing twice is harmless.
func (w *Workspace) Close() error {
	if !w.closed.CompareAndSwap(false, true) {
		return nil
	}
	w.gate.shut()
	var errs []error
	errs = append(errs, w.releaseSequences())
	if !w.opts.ReadOnly {
		w.GC()
	}
	errs = append(errs, w.closeDB())
	if !w.opts.ReadOnly {
		errs = append(errs, restrictFiles(w.opts.Dir))
	}
	return errors.Join(errs...)
}

func (w *Workspace) closeDB() error {
	err := w.db.Close()
	w.log.Close()
	if err != nil {
		return fmt.Errorf("close workspace %q: %w", w.opts.Name, err)
	}
	return nil
}

// GC runs one round of value-log garbage collection; call it when idle. Badger
// says "nothing to rewrite" most of the time, which is not an error.
func (w *Workspace) GC() {
	if w.opts.ReadOnly {
		return
	}
	for range 4 {
		if w.db.RunValueLogGC(0.5) != nil {
			return
		}
	}
}

func (w *Workspace) now() time.Time {
	if w.opts.Now != nil {
		return w.opts.Now().Round(0)
	}
	return time.Now().Round(0)
}

// nextID hands out the next ID of a kind from its Badger sequence. IDs lost to a
// crash leave gaps, which is harmless for IDs (unlike audit sequence numbers).
func (w *Workspace) nextID(kind string) (uint64, error) {
	if w.opts.ReadOnly {
		return 0, ErrReadOnly
	}
	w.seqMu.Lock()
	defer w.seqMu.Unlock()
	seq, err := w.sequence(kind, 16)
	if err != nil {
		return 0, err
	}
	for {
		id, err := seq.Next()
		if err != nil {
			return 0, fmt.Errorf("next %s id: %w", kind, err)
		}
		if id != 0 { // 0 means "no record" in the model
			return id, nil
		}
	}
}

func (w *Workspace) sequence(kind string, bandwidth uint64) (*badger.Sequence, error) {
	if seq, ok := w.seqs[kind]; ok {
		return seq, nil
	}
	seq, err := w.db.GetSequence(keySequence(kind), bandwidth)
	if err != nil {
		return nil, fmt.Errorf("%s id sequence: %w", kind, err)
	}
	w.seqs[kind] = seq
	return seq, nil
}

// reserveIDs takes n consecutive-ish IDs at once for bulk work: a sequence with
// bandwidth 16 would commit a lease every 16 records.
func (w *Workspace) reserveIDs(kind string, n int) ([]uint64, error) {
	w.seqMu.Lock()
	defer w.seqMu.Unlock()
	if seq, ok := w.seqs[kind]; ok {
		if err := seq.Release(); err != nil {
			return nil, fmt.Errorf("release %s id sequence: %w", kind, err)
		}
		delete(w.seqs, kind)
	}
	seq, err := w.db.GetSequence(keySequence(kind), uint64(n)+1)
	if err != nil {
		return nil, fmt.Errorf("%s id sequence: %w", kind, err)
	}
	defer seq.Release()
	ids := make([]uint64, 0, n)
	for len(ids) < n {
		id, err := seq.Next()
		if err != nil {
			return nil, fmt.Errorf("next %s id: %w", kind, err)
		}
		if id != 0 {
			ids = append(ids, id)
		}
	}
	return ids, nil
}

func (w *Workspace) releaseSequences() error {
	w.seqMu.Lock()
	defer w.seqMu.Unlock()
	var errs []error
	for kind, seq := range w.seqs {
		if err := seq.Release(); err != nil {
			errs = append(errs, fmt.Errorf("release %s id sequence: %w", kind, err))
		}
		delete(w.seqs, kind)
	}
	return errors.Join(errs...)
}

// ReadOnly says the workspace was opened read-only.
func (w *Workspace) ReadOnly() bool { return w.opts.ReadOnly }
