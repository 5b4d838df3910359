package store

import (
	"errors"
	"fmt"
	"strings"
	"syscall"
	"testing"

	"github.com/dgraph-io/badger/v4/y"
)

func TestFaultsMappedToOneLine(t *testing.T) {
	full := mapFault("acme", fmt.Errorf("sync 000003.vlog: %w", syscall.ENOSPC))
	wantErr(t, full, ErrDiskFull)
	if !strings.Contains(full.Error(), "disk is full") {
		t.Fatalf("message %q", full)
	}
	bad := mapFault("acme", fmt.Errorf("checksum validation failed for table: /x/000007.sst, block: 3: %w", y.ErrChecksumMismatch))
	wantErr(t, bad, ErrCorrupt)
	if !strings.Contains(bad.Error(), "000007.sst") || !strings.Contains(bad.Error(), "backup") {
		t.Fatalf("message %q does not name the file and the fix", bad)
	}
	plain := errors.New("a request needs a type")
	if mapFault("acme", plain) != plain {
		t.Fatal("an ordinary error was mapped")
	}
	long := mapFault("acme", fmt.Errorf("checksum mismatch: %s", strings.Repeat("ab", 50000)))
	if len(long.Error()) > 300 {
		t.Fatalf("a %d-byte error line", len(long.Error()))
	}
}
