package store

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dgraph-io/badger/v4"
	"golang.org/x/crypto/argon2"

	"github.com/dpodesk/dpodesk/atomicfile"
)

// An encrypted workspace keeps a small header beside its Badger files: the
// Argon2id salt and cost parameters, and a check value that tells a wrong
// passphrase from a right one before Badger is opened. The passphrase itself and
// the derived key are never written anywhere.
const (
	headerFile     = "dpodesk-key.json"
	nextHeaderFile = "dpodesk-key.next.json" // present only while a passphrase change is under way
	keyCheckLabel  = "dpodesk workspace key check v1"
)

// ErrWrongPassphrase is returned when a passphrase does not unlock a workspace.
var ErrWrongPassphrase = errors.New("wrong passphrase")

type keyHeader struct {
	Format    int       `json:"format"`
	KDF       string    `json:"kdf"`
	Salt      []byte    `json:"salt"`
	Time      uint32    `json:"time"`
	MemoryKiB uint32    `json:"memory_kib"`
	Threads   uint8     `json:"threads"`
	Check     []byte    `json:"check"`
	Created   time.Time `json:"created"`
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
	if passphrase == "" {
		return nil, errors.New("the passphrase is empty; choose one of at least 8 characters")
	}
	if len(passphrase) < 8 {
		return nil, errors.New("the passphrase is shorter than 8 characters; choose a longer one")
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		return nil, fmt.Errorf("%s is not empty; encryption is chosen when a workspace is created", dir)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("creating workspace directory: %w", err)
	}
	h, key, err := newHeader(passphrase)
	if err != nil {
		return nil, err
	}
	return key, writeHeader(filepath.Join(dir, headerFile), h)
}

// Unlock derives the key of the encrypted workspace in dir from passphrase. It
// also finishes or rolls back a passphrase change that a crash interrupted.
func Unlock(dir, passphrase string) ([]byte, error) {
	h, err := readHeader(filepath.Join(dir, headerFile))
	if err != nil {
		return nil, err
	}
	if next, err := readHeader(filepath.Join(dir, nextHeaderFile)); err == nil {
		return recoverChange(dir, h, next, passphrase)
	}
	key, ok := h.derive(passphrase)
	if !ok {
		return nil, ErrWrongPassphrase
	}
	return key, nil
}

// ChangePassphrase re-encrypts the workspace's data keys under a key derived from
// newPass. The workspace must be closed. The new header is written first, then
// Badger's key registry is rewritten (an atomic rename inside Badger), then the
// new header replaces the old: a crash at any point leaves a workspace that one
// of the two passphrases opens, and Unlock completes or undoes the change.
func ChangePassphrase(dir, oldPass, newPass string) error {
	oldKey, err := Unlock(dir, oldPass)
	if err != nil {
		return err
	}
	if len(newPass) < 8 {
		return errors.New("the new passphrase is shorter than 8 characters; choose a longer one")
	}
	h, newKey, err := newHeader(newPass)
	if err != nil {
		return err
	}
	next := filepath.Join(dir, nextHeaderFile)
	if err := writeHeader(next, h); err != nil {
		return err
	}
	reg, err := badger.OpenKeyRegistry(badger.KeyRegistryOptions{Dir: dir, EncryptionKey: oldKey})
	if err != nil {
		os.Remove(next)
		return fmt.Errorf("opening the key registry: %w", err)
	}
	defer reg.Close()
	if err := badger.WriteKeyRegistry(reg, badger.KeyRegistryOptions{Dir: dir, EncryptionKey: newKey}); err != nil {
		os.Remove(next)
		return fmt.Errorf("re-encrypting the data keys: %w", err)
	}
	return commitHeader(dir)
}

// recoverChange resolves an interrupted passphrase change: whichever key the key
// registry accepts is the one in force.
func recoverChange(dir string, cur, next keyHeader, passphrase string) ([]byte, error) {
	if key, ok := next.derive(passphrase); ok {
		if registryAccepts(dir, key) {
			return key, commitHeader(dir)
		}
		os.Remove(filepath.Join(dir, nextHeaderFile))
		return nil, fmt.Errorf("%w: a passphrase change was interrupted before it took effect; use the old passphrase", ErrWrongPassphrase)
	}
	key, ok := cur.derive(passphrase)
	if !ok {
		return nil, ErrWrongPassphrase
	}
	if !registryAccepts(dir, key) {
		return nil, fmt.Errorf("%w: a passphrase change was interrupted after it took effect; use the new passphrase", ErrWrongPassphrase)
	}
	os.Remove(filepath.Join(dir, nextHeaderFile))
	return key, nil
}

func registryAccepts(dir string, key []byte) bool {
	reg, err := badger.OpenKeyRegistry(badger.KeyRegistryOptions{Dir: dir, EncryptionKey: key, ReadOnly: true})
	if err != nil {
		return false
	}
	reg.Close()
	return true
}

func commitHeader(dir string) error {
	if err := os.Rename(filepath.Join(dir, nextHeaderFile), filepath.Join(dir, headerFile)); err != nil {
		return fmt.Errorf("replacing the encryption header: %w", err)
	}
	return syncDir(dir)
}

func newHeader(passphrase string) (keyHeader, []byte, error) {
	h := keyHeader{Format: 1, KDF: "argon2id", Salt: make([]byte, 16), Time: kdfTime, MemoryKiB: kdfMemory,
		Threads: kdfThreads, Created: time.Now().UTC()}
	if _, err := rand.Read(h.Salt); err != nil {
		return h, nil, fmt.Errorf("reading random salt: %w", err)
	}
	key := h.key(passphrase)
	h.Check = checkValue(key)
	return h, key, nil
}

func (h keyHeader) key(passphrase string) []byte {
	return argon2.IDKey([]byte(passphrase), h.Salt, h.Time, h.MemoryKiB, h.Threads, 32)
}

// derive returns the key for passphrase and whether it matches the header.
func (h keyHeader) derive(passphrase string) ([]byte, bool) {
	key := h.key(passphrase)
	return key, hmac.Equal(checkValue(key), h.Check)
}

func checkValue(key []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(keyCheckLabel))
	return m.Sum(nil)
}

func readHeader(path string) (keyHeader, error) {
	var h keyHeader
	data, err := os.ReadFile(path)
	if err != nil {
		return h, err
	}
	if err := json.Unmarshal(data, &h); err != nil || h.KDF != "argon2id" || len(h.Salt) == 0 {
		return h, fmt.Errorf("the encryption header %s is damaged; restore the workspace from a backup", path)
	}
	return h, nil
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
