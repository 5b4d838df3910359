package store

import (
	"errors"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"
)

// Close waits for a read under way (the interface's background load when the
// user quits) instead of closing Badger under it; a read after Close is
// refused with ErrClosed.
func TestCloseWaitsForReads(t *testing.T) {
	w, err := Open(Options{Name: "gate", Dir: t.TempDir(), Create: true})
	if err != nil {
		t.Fatal(err)
	}
	started, release := make(chan struct{}), make(chan struct{})
	readDone := make(chan error, 1)
	go func() {
		readDone <- w.view(func(txn *badger.Txn) error {
			close(started)
			<-release
			_, err := txn.Get([]byte("meta/schema")) // Badger must still be open here
			if errors.Is(err, badger.ErrKeyNotFound) {
				return nil
			}
			return err
		})
	}()
	<-started
	closed := make(chan error, 1)
	go func() { closed <- w.Close() }()
	select {
	case <-closed:
		t.Fatal("Close returned while a read was under way")
	case <-time.After(100 * time.Millisecond): // the read still holds it: Close must be waiting
	}
	close(release)
	if err := <-readDone; err != nil {
		t.Fatalf("the read under way failed: %v", err)
	}
	if err := <-closed; err != nil {
		t.Fatal(err)
	}
	if err := w.view(func(*badger.Txn) error { return nil }); !errors.Is(err, ErrClosed) {
		t.Fatalf("a read after Close: %v, want ErrClosed", err)
	}
}
