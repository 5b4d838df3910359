package store

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
	"unsafe"

	"github.com/dgraph-io/ristretto/v2/z"
)

// A table file that OpenTable closed itself (it does after a failed checksum)
// is not unmapped a second time: by then the range may hold another mapping,
// here a second table's, which must stay readable.
func TestCloseMappedLeavesAClosedTableAlone(t *testing.T) {
	dir := t.TempDir()
	first, second := filepath.Join(dir, "000001.sst"), filepath.Join(dir, "000002.sst")
	must(t, os.WriteFile(first, bytes.Repeat([]byte{1}, 1<<20), 0o600))
	must(t, os.WriteFile(second, bytes.Repeat([]byte{2}, 1<<20), 0o600))

	a, err := z.OpenMmapFile(first, os.O_RDONLY, 0)
	if err != nil && a == nil {
		t.Fatal(err)
	}
	must(t, a.Close(-1)) // as OpenTable does when a checksum fails
	b, err := z.OpenMmapFile(second, os.O_RDONLY, 0)
	if err != nil && b == nil {
		t.Fatal(err)
	}
	defer b.Close(-1)
	if unsafe.SliceData(a.Data) != unsafe.SliceData(b.Data) {
		t.Skip("the kernel mapped the second file elsewhere, so a second unmap would not show")
	}

	closeMapped(a)

	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("the second table's mapping is gone: %v", r)
		}
	}()
	if b.Data[0] != 2 || b.Data[len(b.Data)-1] != 2 {
		t.Fatal("the second table's mapping reads wrong bytes")
	}
}
