package store

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// benchWorkspace returns the directory of a workspace with the given numbers of
// requests and activities. It is built once under os.TempDir and reused by later
// runs (the name carries the sizes and the schema version); delete the directory
// to rebuild it.
func benchWorkspace(b *testing.B, requests, acts int) string {
	b.Helper()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("dpodesk-bench-s%d-%dr-%da", SchemaVersion, requests, acts))
	if _, err := os.Stat(filepath.Join(dir, "ready")); err == nil {
		return dir
	}
	os.RemoveAll(dir)
	start := time.Now()
	w, err := Open(Options{Name: "bench", Dir: dir, LogDir: dir, Create: true})
	if err != nil {
		b.Fatal(err)
	}
	if err := w.BulkCreate(benchActivities(acts), nil, benchRequests(requests), nil); err != nil {
		b.Fatal(err)
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ready"), nil, 0o600); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %s in %v", dir, time.Since(start).Round(time.Millisecond))
	return dir
}

func benchActivities(n int) []*model.Activity {
	out := make([]*model.Activity, n)
	for i := range out {
		out[i] = sampleActivity(fmt.Sprintf("Activity %05d", i))
	}
	return out
}

func benchRequests(n int) []*model.Request {
	types := []string{"access", "erasure", "rectification", "objection", "portability"}
	statuses := []string{"received", "identity_check", "in_progress", "completed", "refused"}
	base := time.Date(2025, 1, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	out := make([]*model.Request, n)
	for i := range out {
		r := sampleRequest(fmt.Sprintf("Data Subject %06d", i))
		r.Type, r.Status = types[i%len(types)], statuses[i%len(statuses)]
		r.Received = base.Add(time.Duration(i) * 7 * time.Minute)
		out[i] = r
	}
	return out
}

func openBench(b *testing.B, dir string) *Workspace {
	b.Helper()
	w, err := Open(Options{Name: "bench", Dir: dir, LogDir: dir})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { w.Close() })
	return w
}

// BenchmarkOpen opens (and closes, untimed) a workspace with 100,000 requests
// and 10,000 activities.
func BenchmarkOpen(b *testing.B) {
	dir := benchWorkspace(b, 100_000, 10_000)
	done := cpuTime(b)
	for b.Loop() {
		w, err := Open(Options{Name: "bench", Dir: dir, LogDir: dir})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	done()
}

func BenchmarkRequestRows100k(b *testing.B) {
	w := openBench(b, benchWorkspace(b, 100_000, 10_000))
	done := cpuTime(b)
	for b.Loop() {
		rows, err := w.RequestRows()
		if err != nil || len(rows) != 100_000 {
			b.Fatalf("%d rows: %v", len(rows), err)
		}
	}
	done()
}

func BenchmarkActivityRows10k(b *testing.B) {
	w := openBench(b, benchWorkspace(b, 100_000, 10_000))
	done := cpuTime(b)
	for b.Loop() {
		rows, err := w.ActivityRows()
		if err != nil || len(rows) != 10_000 {
			b.Fatalf("%d rows: %v", len(rows), err)
		}
	}
	done()
}

// BenchmarkCreateRequest is one user action: a synced transaction with the
// record, its row, three index keys, a counter and an audit entry.
func BenchmarkCreateRequest(b *testing.B) {
	w := openTest(b)
	i := 0
	for b.Loop() {
		i++
		if err := w.CreateRequest(sampleRequest(fmt.Sprint("subject ", i))); err != nil {
			b.Fatal(err)
		}
	}
}

// cpuTime reports the process's CPU time per operation beside the wall time, so
// that figures taken on a shared, busy machine can still be compared. Call it
// before the loop and run the returned function after it.
func cpuTime(b *testing.B) func() {
	b.Helper()
	used := func() time.Duration {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	start := used()
	return func() {
		b.ReportMetric(float64((used()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}
