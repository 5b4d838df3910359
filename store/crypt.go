package store

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/crypto/argon2"

	"github.com/dpodesk/dpodesk/atomicfile"
)

// An encrypted workspace keeps a small header beside its Badger files. Badger
// encrypts with a random 32-byte data key; the header holds that key wrapped
// (AES-256-GCM) under a key derived from the passphrase with Argon2id, the salt
// and cost parameters, a check value that tells a wrong passphrase from a right
// one, and a checksum that tells a damaged header from a wrong passphrase.
// Changing the passphrase rewraps the data key and replaces the header in one
// atomic rename; Badger's files are not touched. The passphrase and the keys
// are never written anywhere.
//
// Format 1 headers (older workspaces) hold no wrapped key: the Argon2id key is
// Badger's key itself. They open as before; their first passphrase change turns
// them into format 2 with that key as the data key.
const (
	headerFile     = "dpodesk-key.json"
	nextHeaderFile = "dpodesk-key.next.json" // left only by a format-1 passphrase change that was interrupted
	keyCheckLabel  = "dpodesk workspace key check v1"
	wrapLabel      = "dpodesk data key v2"
	headerFormat   = 2
)

var (
	// ErrWrongPassphrase is returned when a passphrase does not unlock a workspace.
	ErrWrongPassphrase = errors.New("wrong passphrase")
	// ErrCorrupt is returned when stored data fails a check: a damaged file, a
	// checksum mismatch, records that disagree with the audit journal.
	ErrCorrupt = errors.New("workspace data is damaged")
)

type keyHeader struct {
	Format    int       `json:"format"`
	KDF       string    `json:"kdf"`
	Salt      []byte    `json:"salt"`
	Time      uint32    `json:"time"`
	MemoryKiB uint32    `json:"memory_kib"`
	Threads   uint8     `json:"threads"`
	Check     []byte    `json:"check"`
	Wrapped   []byte    `json:"wrapped_key,omitempty"` // format 2: nonce + sealed data key
	Created   time.Time `json:"created"`
	Sum       []byte    `json:"sum,omitempty"` // format 2: SHA-256 of the fields above
}

// Argon2id costs: RFC 9106's second recommended option, which takes a fraction of
// a second on a laptop and 64 MiB of memory.
const (
	kdfTime    = 3
	kdfMemory  = 64 * 1024
	kdfThreads = 2
)

// IsEncrypted reports whether the workspace in dir has an encryption header.
func IsEncrypted(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, headerFile))
	return err == nil
}

// InitEncryption creates dir with a new encryption header for passphrase and
// returns the key to open it with. It refuses a directory that already holds data.
func InitEncryption(dir, passphrase string) ([]byte, error) {
	if err := checkNewPassphrase(passphrase); err != nil {
		return nil, err
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		return nil, fmt.Errorf("%s is not empty; encryption is chosen when a workspace is created", dir)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("creating workspace directory: %w", err)
	}
	dataKey := make([]byte, 32)
	if _, err := rand.Read(dataKey); err != nil {
		return nil, fmt.Errorf("reading a random key: %w", err)
	}
	h, err := newHeader(passphrase, dataKey)
	if err != nil {
		return nil, err
	}
	return dataKey, writeHeader(filepath.Join(dir, headerFile), h)
}

func checkNewPassphrase(p string) error {
	if p == "" {
		return errors.New("the passphrase is empty; choose one of at least 8 characters")
	}
	if len(p) < 8 {
		return errors.New("the passphrase is shorter than 8 characters; choose a longer one")
	}
	return nil
}

// Unlock derives the key of the encrypted workspace in dir from passphrase. It
// also resolves a format-1 passphrase change that a crash interrupted.
func Unlock(dir, passphrase string) ([]byte, error) {
	h, err := readHeader(filepath.Join(dir, headerFile))
	if err != nil {
		return nil, err
	}
	if next, err := readHeader(filepath.Join(dir, nextHeaderFile)); err == nil {
		return recoverChange(dir, h, next, passphrase)
	}
	return h.unlock(passphrase)
}

// newHeader wraps dataKey under a fresh salt and the passphrase.
func newHeader(passphrase string, dataKey []byte) (keyHeader, error) {
	h := keyHeader{Format: headerFormat, KDF: "argon2id", Salt: make([]byte, 16), Time: kdfTime,
		MemoryKiB: kdfMemory, Threads: kdfThreads, Created: time.Now().UTC()}
	if _, err := rand.Read(h.Salt); err != nil {
		return h, fmt.Errorf("reading random salt: %w", err)
	}
	kek := h.key(passphrase)
	h.Check = checkValue(kek)
	aead, err := wrapAEAD(kek)
	if err != nil {
		return h, err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return h, fmt.Errorf("reading random nonce: %w", err)
	}
	h.Wrapped = aead.Seal(nonce, nonce, dataKey, []byte(wrapLabel))
	h.Sum = h.checksum()
	return h, nil
}

// unlock returns Badger's key for passphrase: ErrWrongPassphrase when the check
// value does not match, ErrCorrupt when it does but the wrapped key is damaged.
func (h keyHeader) unlock(passphrase string) ([]byte, error) {
	kek := h.key(passphrase)
	if !hmac.Equal(checkValue(kek), h.Check) {
		return nil, ErrWrongPassphrase
	}
	if h.Format == 1 {
		return kek, nil
	}
	aead, err := wrapAEAD(kek)
	if err != nil {
		return nil, err
	}
	n := aead.NonceSize()
	key, err := aead.Open(nil, h.Wrapped[:n], h.Wrapped[n:], []byte(wrapLabel))
	if err != nil {
		return nil, describe(ErrCorrupt, "the encryption header is damaged (its wrapped key does not authenticate); restore the workspace from a backup")
	}
	return key, nil
}

func wrapAEAD(kek []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(kek)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

func (h keyHeader) key(passphrase string) []byte {
	return argon2.IDKey([]byte(passphrase), h.Salt, h.Time, h.MemoryKiB, h.Threads, 32)
}

// derive returns the key for passphrase and whether it matches the header's
// check value (format 1 only: the key is Badger's key).
func (h keyHeader) derive(passphrase string) ([]byte, bool) {
	key := h.key(passphrase)
	return key, hmac.Equal(checkValue(key), h.Check)
}

func checkValue(key []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(keyCheckLabel))
	return m.Sum(nil)
}

// checksum covers every field that unlocking reads, so that a flipped byte in
// the salt or check value is reported as damage, not as a wrong passphrase.
func (h keyHeader) checksum() []byte {
	s := sha256.New()
	s.Write([]byte("dpodesk key header v2\n"))
	for _, f := range [][]byte{u64(uint64(h.Format)), []byte(h.KDF), h.Salt, u64(uint64(h.Time)),
		u64(uint64(h.MemoryKiB)), {h.Threads}, h.Check, h.Wrapped} {
		writeField(s, f)
	}
	return s.Sum(nil)
}

// Bounds for Argon2id parameters read from disk. A header or backup from
// elsewhere with a cost of zero panics the KDF; a huge one takes the machine's
// memory or hours of CPU. The bounds leave room for stronger settings than ours.
const (
	minKDFTime, maxKDFTime       = 1, 16
	minKDFMemory, maxKDFMemory   = 8 * 1024, 1024 * 1024 // KiB: 8 MiB to 1 GiB
	minKDFThreads, maxKDFThreads = 1, 16
)

// validate refuses a header that cannot be used safely, naming what is wrong.
func (h keyHeader) validate() error {
	switch {
	case h.KDF != "argon2id":
		return fmt.Errorf("unknown key derivation %q", h.KDF)
	case h.Format != 1 && h.Format != headerFormat:
		return fmt.Errorf("unknown header format %d (update dpodesk?)", h.Format)
	case len(h.Salt) < 16 || len(h.Salt) > 64:
		return fmt.Errorf("salt of %d bytes", len(h.Salt))
	case h.Time < minKDFTime || h.Time > maxKDFTime:
		return fmt.Errorf("Argon2 time cost %d outside %d–%d", h.Time, minKDFTime, maxKDFTime)
	case h.MemoryKiB < minKDFMemory || h.MemoryKiB > maxKDFMemory:
		return fmt.Errorf("Argon2 memory %d KiB outside %d–%d", h.MemoryKiB, minKDFMemory, maxKDFMemory)
	case h.Threads < minKDFThreads || h.Threads > maxKDFThreads:
		return fmt.Errorf("Argon2 threads %d outside %d–%d", h.Threads, minKDFThreads, maxKDFThreads)
	case len(h.Check) != sha256.Size:
		return fmt.Errorf("check value of %d bytes", len(h.Check))
	case h.Format == 1:
		return nil
	case len(h.Wrapped) != 12+32+16:
		return fmt.Errorf("wrapped key of %d bytes", len(h.Wrapped))
	case !hmac.Equal(h.Sum, h.checksum()):
		return errors.New("checksum mismatch")
	}
	return nil
}

// parseHeader decodes and validates a header; where names it in the message.
func parseHeader(data []byte, where string) (keyHeader, error) {
	var h keyHeader
	err := json.Unmarshal(data, &h)
	if err == nil {
		err = h.validate()
	}
	if err != nil {
		return h, describe(ErrCorrupt, "the encryption header %s is damaged (%s); restore the workspace from a backup",
			where, shorten(err.Error(), 120))
	}
	return h, nil
}

func readHeader(path string) (keyHeader, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return keyHeader{}, err
	}
	return parseHeader(data, path)
}

// writeHeader replaces the header file in one atomic step: a failed write or
// flush leaves the previous header, so no full disk can leave a workspace that no
// passphrase opens.
func writeHeader(path string, h keyHeader) error {
	data, err := json.MarshalIndent(h, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(path, data, 0o600); err != nil {
		return fmt.Errorf("writing the encryption header: %w", err)
	}
	return nil
}

func syncDir(dir string) error { return atomicfile.SyncDir(dir) }

// shorten keeps error lines short: a damaged file can put kilobytes of its
// content into a decoder's message.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
