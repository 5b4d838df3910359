package store

import (
	"errors"
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// dirLock is an exclusive lock on a workspace directory. It is the very lock
// Badger takes when it opens a directory read-write (flock on the directory
// itself, see badger's dir_unix.go), so while a passphrase change or a restore
// holds it, no dpodesk process, this one included, can open the workspace, and
// it cannot be taken while the workspace is open anywhere. The kernel drops it
// when the process dies, so a crash never leaves a stale lock.
type dirLock struct{ f *os.File }

// lockDir takes the exclusive lock on dir; ErrLocked when it is held.
func lockDir(name, dir string) (*dirLock, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			return nil, describe(ErrLocked, "workspace %q is open in another dpodesk process", name)
		}
		return nil, fmt.Errorf("locking workspace %q: %w", name, err)
	}
	return &dirLock{f: f}, nil
}

// release drops the lock; releasing twice is harmless.
func (l *dirLock) release() {
	if l != nil && l.f != nil {
		l.f.Close() // closing the descriptor drops the flock
		l.f = nil
	}
}
