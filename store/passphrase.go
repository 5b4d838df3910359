package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dgraph-io/badger/v4"
)

// ChangePassphrase rewraps the workspace's data key under newPass. It holds the
// workspace's exclusive lock for its whole duration, so it fails with ErrLocked
// while the workspace is open anywhere and two changes never interleave. The
// change itself is one atomic replacement of the header file: before it the old
// passphrase opens the workspace, after it the new one; a crash in between
// leaves the old header.
//
// Changing the passphrase does not re-encrypt the data: whoever kept a copy of
// the old header and knows the old passphrase can still derive the data key.
func ChangePassphrase(dir, oldPass, newPass string) error {
	lock, err := lockDir(filepath.Base(dir), dir)
	if err != nil {
		return err
	}
	defer lock.release()
	dataKey, err := Unlock(dir, oldPass)
	if err != nil {
		return err
	}
	if len(newPass) < 8 {
		return errors.New("the new passphrase is shorter than 8 characters; choose a longer one")
	}
	h, err := newHeader(newPass, dataKey)
	if err != nil {
		return err
	}
	return writeHeader(filepath.Join(dir, headerFile), h)
}

// recoverChange resolves a format-1 passphrase change (which rewrote Badger's
// key registry) interrupted by a crash: whichever key the registry accepts is
// the one in force.
func recoverChange(dir string, cur, next keyHeader, passphrase string) ([]byte, error) {
	if key, ok := next.derive(passphrase); ok {
		if registryAccepts(dir, key) {
			return key, commitHeader(dir)
		}
		os.Remove(filepath.Join(dir, nextHeaderFile))
		return nil, fmt.Errorf("%w: a passphrase change was interrupted before it took effect; use the old passphrase", ErrWrongPassphrase)
	}
	key, err := cur.unlock(passphrase)
	if err != nil {
		return nil, err
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
