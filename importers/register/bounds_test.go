package register

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestRegisterSizeLimit: a CSV register one byte over the limit is refused by
// ReadFile before it is read, and by Read from memory, with one line.
func TestRegisterSizeLimit(t *testing.T) {
	row := "Art. 15;2026-01-02;anna@example.org;open\n"
	data := []byte("Type;Received;Contact;Status\n" + strings.Repeat(row, MaxFileSize/len(row)+1))
	path := filepath.Join(t.TempDir(), "requests.csv")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := ReadFile(path, KindRequests, Options{})
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "mb limit") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("got %v, want the size limit on one line", err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 1<<20 {
		t.Errorf("refusing the file allocated %d bytes: it was read", got)
	}
	if _, err := Read("requests.csv", data, KindRequests, Options{}); err == nil || !strings.Contains(err.Error(), "mb limit") {
		t.Errorf("Read: got %v, want the size limit", err)
	}
}

// TestWorkbookBomb: a workbook part that unpacks beyond the limit is refused
// before excelize opens it.
func TestWorkbookBomb(t *testing.T) {
	var z bytes.Buffer
	zw := zip.NewWriter(&z)
	w, _ := zw.Create("xl/sharedStrings.xml")
	chunk := []byte(strings.Repeat("<si><t>a</t></si>", 4<<10))
	for n := 0; n <= maxUnzippedPart; n += len(chunk) {
		w.Write(chunk)
	}
	zw.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := Read("register.xlsx", z.Bytes(), KindActivities, Options{})
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "unpacks to more than") {
		t.Fatalf("got %v, want the unpack limit", err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 20*uint64(z.Len())+(1<<20) {
		t.Errorf("allocated %d bytes for a %d-byte workbook", got, z.Len())
	}
}
