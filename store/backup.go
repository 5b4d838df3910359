package store

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	badger "github.com/dgraph-io/badger/v4"
)

// A backup file is one self-describing stream (docs/workspaces.md):
//
//	"dpodesk-backup\n"            magic, 15 bytes
//	uint32 big-endian             length of the header
//	header                        JSON, BackupHeader
//	payload                       Badger's own backup stream (DB.Backup), as is for a
//	                              plain workspace, in AES-256-GCM frames (backupcrypt.go)
//	                              for an encrypted one
//
// The header comes first so that `restore` can say what a file holds and ask for
// a passphrase before reading the data; it carries the payload's SHA-256, so the
// payload is staged in a temporary file while the hash is computed.
const (
	backupStagingPrefix = ".backup-staging-"
	backupMagic         = "dpodesk-backup\n"
	backupFormat        = 1
	maxHeaderLen        = 1 << 20
)

// BackupCounts are the records a backup holds, counted from the keys themselves
// (not the counters), so a restore can check that nothing went missing.
type BackupCounts struct {
	Activities   int `json:"activities"`
	Processors   int `json:"processors"`
	Requests     int `json:"requests"`
	Documents    int `json:"documents"`
	Breaches     int `json:"breaches,omitempty"`
	AuditEntries int `json:"audit_entries"`
}

// BackupCipher says how an encrypted payload is sealed. The key is derived with
// HKDF-SHA256 from the workspace key and Salt; KeyHeader is the workspace's
// Argon2id header (salt, costs, check value — no secret), so that the restored
// workspace opens with the same passphrase.
type BackupCipher struct {
	Name      string          `json:"name"` // AES-256-GCM
	KDF       string          `json:"kdf"`  // HKDF-SHA256
	Salt      []byte          `json:"salt"`
	FrameSize int             `json:"frame_size"`
	KeyHeader json.RawMessage `json:"key_header"`
}

// BackupHeader describes a backup file.
type BackupHeader struct {
	Format        int           `json:"format"`
	Workspace     string        `json:"workspace"`
	CreatedAt     time.Time     `json:"created_at"`
	Schema        uint64        `json:"schema"`
	Counts        BackupCounts  `json:"counts"`
	PayloadSize   int64         `json:"payload_size"`
	PayloadSHA256 string        `json:"payload_sha256"`
	Encrypted     bool          `json:"encrypted"`
	Cipher        *BackupCipher `json:"cipher,omitempty"`
}

// Backup writes the whole workspace to out as one backup file. Ordinary writes
// wait while it runs, so the counts in the header match the data.
func (w *Workspace) Backup(out io.Writer) (BackupHeader, error) {
	w.bulk.Lock()
	defer w.bulk.Unlock()
	h, err := w.backupHeader()
	if err != nil {
		return h, fmt.Errorf("backup of workspace %q: %w", w.opts.Name, err)
	}
	// staged inside the workspace: as private as the data, on the same disk,
	// and removed at the next open if a crash leaves it (cleanLeftovers)
	staged, err := os.CreateTemp(w.opts.Dir, backupStagingPrefix+"*")
	if err != nil {
		return h, fmt.Errorf("backup of workspace %q: staging the data: %w", w.opts.Name, err)
	}
	defer func() { staged.Close(); os.Remove(staged.Name()) }()
	if err := w.writePayload(staged, &h); err != nil {
		return h, fmt.Errorf("backup of workspace %q: %w", w.opts.Name, err)
	}
	if _, err := staged.Seek(0, io.SeekStart); err != nil {
		return h, err
	}
	if err := writeBackupHeader(out, h); err != nil {
		return h, fmt.Errorf("backup of workspace %q: %w", w.opts.Name, err)
	}
	if _, err := io.Copy(out, staged); err != nil {
		return h, fmt.Errorf("backup of workspace %q: writing the data: %w", w.opts.Name, err)
	}
	return h, nil
}

// backupHeader fills everything but the payload's size and hash.
func (w *Workspace) backupHeader() (BackupHeader, error) {
	h := BackupHeader{Format: backupFormat, Workspace: w.opts.Name, CreatedAt: w.now().UTC()}
	err := w.view(func(txn *badger.Txn) (err error) {
		h.Counts = recordCounts(txn)
		h.Schema, err = readUint(txn, keySchema)
		return err
	})
	if err != nil || w.opts.EncryptionKey == nil {
		return h, err
	}
	raw, err := os.ReadFile(filepath.Join(w.opts.Dir, headerFile))
	if err != nil {
		return h, fmt.Errorf("reading the encryption header: %w", err)
	}
	h.Encrypted = true
	h.Cipher, err = newBackupCipher(raw)
	return h, err
}

func recordCounts(txn *badger.Txn) BackupCounts {
	return BackupCounts{
		Activities:   countKeys(txn, prefixActivity),
		Processors:   countKeys(txn, prefixProcessor),
		Requests:     countKeys(txn, prefixRequest),
		Documents:    countKeys(txn, prefixDocument),
		Breaches:     countKeys(txn, prefixBreach),
		AuditEntries: countKeys(txn, prefixLog),
	}
}

// writePayload streams Badger's backup into dst (sealed when the workspace is
// encrypted) and records the size and SHA-256 of what was written.
func (w *Workspace) writePayload(dst io.Writer, h *BackupHeader) error {
	sum := sha256.New()
	counted := &countingWriter{w: io.MultiWriter(dst, sum)}
	buf := bufio.NewWriterSize(counted, 256<<10)
	var sink io.Writer = buf
	var sealer *frameWriter
	if h.Encrypted {
		var err error
		if sealer, err = newFrameWriter(buf, w.opts.EncryptionKey, h.Cipher); err != nil {
			return err
		}
		sink = sealer
	}
	if _, err := w.backupStream().Backup(sink, 0); err != nil {
		return fmt.Errorf("reading the data: %w", err)
	}
	if sealer != nil {
		if err := sealer.Close(); err != nil {
			return err
		}
	}
	if err := buf.Flush(); err != nil {
		return fmt.Errorf("staging the data: %w", err)
	}
	h.PayloadSize, h.PayloadSHA256 = counted.n, hex.EncodeToString(sum.Sum(nil))
	return nil
}

// backupStream is DB.Backup's stream with laptop limits: the defaults run eight
// goroutines with batches of up to 100 MB each, which took close to 1 GB of
// memory for a workspace of 50,000 requests.
func (w *Workspace) backupStream() *badger.Stream {
	s := w.db.NewStream()
	s.LogPrefix = "dpodesk backup"
	s.NumGo = 2
	s.MaxSize = 4 << 20
	return s
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func writeBackupHeader(out io.Writer, h BackupHeader) error {
	data, err := json.Marshal(h)
	if err != nil {
		return err
	}
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	for _, part := range [][]byte{[]byte(backupMagic), n[:], data} {
		if _, err := out.Write(part); err != nil {
			return fmt.Errorf("writing the backup header: %w", err)
		}
	}
	return nil
}

// ErrNotBackup is returned for a file that is not a dpodesk backup.
var ErrNotBackup = errors.New("not a dpodesk backup file")

// ReadBackupHeader reads the header at the start of a backup file, leaving r at
// the payload.
func ReadBackupHeader(r io.Reader) (BackupHeader, error) {
	var h BackupHeader
	magic := make([]byte, len(backupMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != backupMagic {
		return h, ErrNotBackup
	}
	var n [4]byte
	if _, err := io.ReadFull(r, n[:]); err != nil {
		return h, fmt.Errorf("%w: the header is cut short", ErrNotBackup)
	}
	size := binary.BigEndian.Uint32(n[:])
	if size > maxHeaderLen {
		return h, fmt.Errorf("%w: the header claims %d bytes", ErrNotBackup, size)
	}
	data := make([]byte, size)
	if _, err := io.ReadFull(r, data); err != nil {
		return h, fmt.Errorf("%w: the header is cut short", ErrNotBackup)
	}
	if err := json.Unmarshal(data, &h); err != nil {
		return h, fmt.Errorf("%w: the header is damaged: %v", ErrNotBackup, err)
	}
	return h, h.check()
}

// check refuses headers this build cannot restore.
func (h BackupHeader) check() error {
	switch {
	case h.Format != backupFormat:
		return fmt.Errorf("backup format %d is not known to this dpodesk (it reads %d); update dpodesk", h.Format, backupFormat)
	case h.Schema > SchemaVersion:
		return fmt.Errorf("the backup holds schema %d, this dpodesk reads up to %d; update dpodesk: %w", h.Schema, SchemaVersion, ErrNewerSchema)
	case h.Encrypted && h.Cipher == nil:
		return fmt.Errorf("%w: an encrypted backup without cipher details", ErrNotBackup)
	case h.PayloadSize < 0 || len(h.PayloadSHA256) != 2*sha256.Size:
		return fmt.Errorf("%w: the header has no valid checksum", ErrNotBackup)
	}
	return nil
}
