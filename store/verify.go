package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/cespare/xxhash/v2"
	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/fb"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/dgraph-io/badger/v4/table"
	"github.com/dgraph-io/ristretto/v2"
	"github.com/dgraph-io/ristretto/v2/z"

	"github.com/dpodesk/dpodesk/atomicfile"
)

// Tables are verified before Badger opens them. Badger opens tables in
// background goroutines and panics there on some damage (a cut table, a bad
// block offset), which no recover in dpodesk can catch; its verification on
// block reads ends an iteration early without an error. So every table whose
// bytes dpodesk has not verified before is opened here first, in the caller's
// goroutine, with every block checksum checked; a panic becomes ErrCorrupt.
//
// Verifying every table at each open cost 0.45 s for 40,000 requests (17 MB of
// tables). Tables never change once written, so a verified table is
// fingerprinted (size and xxhash64 of the whole file, read at a few GB/s) and
// verified again only when its bytes change.
const verifiedFile = "dpodesk-verified"

type tableFingerprint struct {
	Size int64  `json:"size"`
	Hash uint64 `json:"xxh64"`
}

func fingerprint(path string) (tableFingerprint, error) {
	f, err := os.Open(path)
	if err != nil {
		return tableFingerprint{}, err
	}
	defer f.Close()
	h := xxhash.New()
	n, err := io.Copy(h, f)
	return tableFingerprint{Size: n, Hash: h.Sum64()}, err
}

func readFingerprints(dir string) map[string]tableFingerprint {
	m := map[string]tableFingerprint{}
	data, err := os.ReadFile(filepath.Join(dir, verifiedFile))
	if err == nil && json.Unmarshal(data, &m) != nil {
		m = map[string]tableFingerprint{}
	}
	return m
}

func sstName(id uint64) string { return fmt.Sprintf("%06d.sst", id) }

// fingerprintTables hashes every table the MANIFEST names, on every CPU:
// reading the files is most of what an open costs (about 90 MB at 100,000
// requests).
func fingerprintTables(opts Options, m badger.Manifest) (map[string]tableFingerprint, error) {
	ids := make(chan uint64)
	type result struct {
		name string
		fp   tableFingerprint
		err  error
	}
	results := make(chan result)
	workers := max(runtime.GOMAXPROCS(0), 1)
	for range workers {
		go func() {
			for id := range ids {
				name := sstName(id)
				fp, err := fingerprint(filepath.Join(opts.Dir, name))
				results <- result{name, fp, err}
			}
		}()
	}
	go func() {
		defer close(ids)
		for id := range m.Tables {
			ids <- id
		}
	}()
	now := make(map[string]tableFingerprint, len(m.Tables))
	var first error
	for range len(m.Tables) {
		r := <-results
		if r.err != nil && first == nil {
			first = describe(ErrCorrupt, "workspace %q: table file %s cannot be read (%v); restore the workspace from your last backup", opts.Name, r.name, r.err)
		}
		now[r.name] = r.fp
	}
	return now, first
}

// preverifyTables verifies the tables the MANIFEST names that were not verified
// in their present form, and records their fingerprints.
func preverifyTables(opts Options) error {
	m, err := readManifest(opts)
	if err != nil || len(m.Tables) == 0 {
		return err
	}
	reg, err := openRegistry(opts, m)
	if err != nil {
		return err
	}
	if reg != nil {
		defer reg.Close()
	}
	known := readFingerprints(opts.Dir)
	now, err := fingerprintTables(opts, m)
	if err != nil {
		return err
	}
	var todo []uint64
	for id := range m.Tables {
		if name := sstName(id); known[name] != now[name] {
			todo = append(todo, id)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	if err := verifyTableFiles(opts, m, reg, todo); err != nil {
		return err
	}
	// A read-only open records them too: the file is a record of work done,
	// not workspace data, and without it every listing after a session of
	// writes would verify the tables those writes made again. A failed write
	// (a read-only medium) only costs the next open another verification.
	if data, err := json.Marshal(now); err == nil {
		_ = atomicfile.WriteFile(filepath.Join(opts.Dir, verifiedFile), data, 0o600)
	}
	return nil
}

func readManifest(opts Options) (badger.Manifest, error) {
	f, err := os.Open(filepath.Join(opts.Dir, "MANIFEST"))
	if errors.Is(err, os.ErrNotExist) {
		return badger.Manifest{}, nil // a workspace being created
	}
	if err != nil {
		return badger.Manifest{}, err
	}
	defer f.Close()
	m, _, err := badger.ReplayManifestFile(f, 0, badgerOptions(opts, nopLogger{}))
	return m, err
}

// openRegistry opens the key registry of an encrypted workspace and checks that
// it holds the data key of every table: without it Badger reads the tables as
// plain text and panics in a background goroutine. nil for a plain workspace.
func openRegistry(opts Options, m badger.Manifest) (*badger.KeyRegistry, error) {
	if opts.EncryptionKey == nil {
		return nil, nil
	}
	if _, err := os.Stat(filepath.Join(opts.Dir, badger.KeyRegistryFileName)); errors.Is(err, os.ErrNotExist) {
		return nil, describe(ErrCorrupt, "workspace %q: its key registry %s is missing, so its data cannot be decrypted; restore the workspace from your last backup",
			opts.Name, badger.KeyRegistryFileName)
	}
	reg, err := badger.OpenKeyRegistry(badger.KeyRegistryOptions{Dir: opts.Dir, ReadOnly: true,
		EncryptionKey: opts.EncryptionKey, EncryptionKeyRotationDuration: badger.DefaultOptions("").EncryptionKeyRotationDuration})
	if errors.Is(err, badger.ErrEncryptionKeyMismatch) {
		// the key passed the header's check value (Unlock), so it is the
		// registry that is wrong
		return nil, describe(ErrCorrupt, "workspace %q: its key registry %s does not accept the workspace key, which its encryption header accepts: the registry is damaged; restore the workspace from your last backup",
			opts.Name, badger.KeyRegistryFileName)
	}
	if err != nil {
		return nil, err // a damaged registry, mapped by mapOpenError
	}
	for id, tm := range m.Tables {
		if _, err := reg.DataKey(tm.KeyID); err != nil {
			reg.Close()
			return nil, describe(ErrCorrupt, "workspace %q: its key registry %s lacks the key of table %06d.sst; restore the workspace from your last backup",
				opts.Name, badger.KeyRegistryFileName, id)
		}
	}
	return reg, nil
}

// verifyTableFiles opens each table as Badger would, checking every block.
func verifyTableFiles(opts Options, m badger.Manifest, reg *badger.KeyRegistry, ids []uint64) error {
	var err error
	cache, err := ristretto.NewCache(&ristretto.Config[uint64, *fb.TableIndex]{NumCounters: 1000, MaxCost: 16 << 20, BufferItems: 64})
	if err != nil {
		return err
	}
	defer cache.Close()
	bo := badgerOptions(opts, nopLogger{})
	for _, id := range ids {
		tm := m.Tables[id]
		topt := table.Options{ReadOnly: true, ChkMode: options.OnTableRead, Compression: tm.Compression, IndexCache: cache,
			BlockSize: bo.BlockSize, BloomFalsePositive: bo.BloomFalsePositive, TableSize: uint64(bo.BaseTableSize)}
		if reg != nil {
			if topt.DataKey, err = reg.DataKey(tm.KeyID); err != nil {
				return err
			}
		}
		if err := verifyTableFile(filepath.Join(opts.Dir, fmt.Sprintf("%06d.sst", id)), topt); err != nil {
			return describe(ErrCorrupt, "workspace %q: table file %06d.sst is damaged (%s); restore the workspace from your last backup",
				opts.Name, id, shorten(firstLine(err.Error()), 100))
		}
	}
	return nil
}

func verifyTableFile(path string, topt table.Options) (err error) {
	mf, err := z.OpenMmapFile(path, os.O_RDONLY, 0)
	if err != nil && mf == nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %s", errBadgerPanic, panicLine(r))
		}
		closeMapped(mf) // not Table.DecrRef, which deletes the file
	}()
	_, err = table.OpenTable(mf, topt)
	return err
}

// closeMapped unmaps and closes a table file unless OpenTable already did:
// it does so itself when a checksum fails. A second munmap of the same range
// would unmap whatever the Go runtime has mapped there in between, and the
// process dies later of a fault in memory it never handed out.
func closeMapped(mf *z.MmapFile) {
	if _, err := mf.Fd.Stat(); errors.Is(err, os.ErrClosed) {
		return
	}
	mf.Close(-1)
}

// panicLine is the first non-empty line of a panic value, for a one-line error.
func panicLine(r any) string {
	for _, line := range strings.Split(fmt.Sprint(r), "\n") {
		if line = strings.TrimSpace(strings.Trim(line, "=")); line != "" {
			return line
		}
	}
	return "unreadable"
}
