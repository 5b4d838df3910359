package tui

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
	"github.com/dpodesk/dpodesk/tui/internal/widget"
)

// The benchmarks measure what a user feels on a workspace with 100,000 requests
// and 10,000 activities (issue 3): the first full frame, a cursor move, one
// filter keystroke and a tab switch, each including View. The workspace is built
// once with the real store and kept under os.TempDir between runs.

const (
	benchRequests   = 100_000
	benchActivities = 10_000
	benchProcessors = 500
)

func benchDir(b *testing.B) string {
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("dpodesk-tui-bench-%d-%d-v1", benchRequests, benchActivities))
	if _, err := os.Stat(filepath.Join(dir, "ready")); err == nil {
		return dir
	}
	os.RemoveAll(dir)
	w, err := store.Open(store.Options{Name: "bench", Dir: dir, Create: true, Now: func() time.Time { return testNow }})
	if err != nil {
		b.Fatal(err)
	}
	acts, procs, reqs := benchRecords()
	if err := w.BulkCreate(acts, procs, reqs, nil); err != nil {
		b.Fatal(err)
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ready"), nil, 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

func benchRecords() ([]*model.Activity, []*model.Processor, []*model.Request) {
	rng := rand.New(rand.NewPCG(1, 2))
	first := []string{"Anna", "Ben", "Chloé", "Dora", "Emil", "Fatma", "Georg", "Hana", "Ivan", "Jule", "Karl", "Lea"}
	last := []string{"Schmidt", "Okafor", "Martin", "Lind", "Nowak", "Yılmaz", "Rossi", "Berg", "Weber", "Costa"}
	types := []string{"access", "erasure", "rectification", "objection", "portability", "restriction"}
	var procs []*model.Processor
	for i := range benchProcessors {
		procs = append(procs, &model.Processor{Name: fmt.Sprintf("Vendor %04d GmbH", i), Status: model.StatusActive,
			Role: "processor", Country: "DE", DPA: model.DPA{Status: []string{"signed", "none", "requested"}[i%3]}})
	}
	var acts []*model.Activity
	for i := range benchActivities {
		acts = append(acts, &model.Activity{Name: fmt.Sprintf("Activity %05d", i), Status: model.StatusActive,
			Purposes: []string{"purpose " + strconv.Itoa(i%97)}, LegalBases: []string{"6.1.b"},
			DataSubjects: []string{"customers"}, NextReview: model.Date{Year: 2026, Month: time.Month(1 + i%12), Day: 1}})
	}
	var reqs []*model.Request
	for i := range benchRequests {
		recv := testNow.AddDate(0, 0, -rng.IntN(700))
		st := model.StatusInProgress
		if rng.IntN(10) < 7 {
			st = model.StatusCompleted
		}
		r := &model.Request{Type: types[i%len(types)], Subject: first[rng.IntN(len(first))] + " " + last[rng.IntN(len(last))],
			Channel: "email", Jurisdiction: "eu", Received: recv, Status: st, CreatedAt: recv, UpdatedAt: recv,
			Events: []model.RequestEvent{{Kind: model.EventStatus, At: recv, Status: model.StatusReceived}}}
		if st == model.StatusCompleted {
			r.Outcome = "fulfilled"
			r.Events = append(r.Events, model.RequestEvent{Kind: model.EventClose, At: recv.AddDate(0, 0, 20), Status: st, Outcome: "fulfilled"})
		}
		reqs = append(reqs, r)
	}
	return acts, procs, reqs
}

func openBench(b *testing.B) *workspace {
	dir := benchDir(b)
	w, err := store.Open(store.Options{Name: "bench", Dir: dir, Now: func() time.Time { return testNow }})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { w.Close() })
	return wrap(b, w)
}

// settle runs cmd the way Bubble Tea does, batched commands concurrently, and
// applies the messages. Follow-up commands do not run: the background work a
// load starts (findings, the journal) does not hold up a frame.
func settle(r *Root, cmd tea.Cmd) {
	for _, msg := range runConcurrently(cmd) {
		switch msg.(type) {
		case tea.BackgroundColorMsg, reloadAuditMsg:
			continue
		}
		r.Update(msg)
	}
}

func runConcurrently(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	b, ok := msg.(tea.BatchMsg)
	if !ok {
		return []tea.Msg{msg}
	}
	out := make([][]tea.Msg, len(b))
	var wg sync.WaitGroup
	for i, c := range b {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = runConcurrently(c)
		}()
	}
	wg.Wait()
	var all []tea.Msg
	for _, ms := range out {
		all = append(all, ms...)
	}
	return all
}

func loadedRoot(b *testing.B, s Services) *Root {
	o := testOptions(b)
	r := New(s, o)
	r.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	settle(r, r.load(kindRequest, kindActivity, kindProcessor))
	if n := len(r.pages[tabRequests].(*requestsPage).data.rows); n != benchRequests {
		b.Fatalf("loaded %d requests, want %d", n, benchRequests)
	}
	return r
}

func BenchmarkFirstFrame(b *testing.B) {
	s := openBench(b)
	o := testOptions(b)
	resetPeakRSS()
	cpu0 := cpuTime()
	first := true
	b.ResetTimer()
	for b.Loop() {
		r := New(s, o)
		r.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		settle(r, r.Init()) // what the first frame waits for; the loads after it are left out
		if !r.firstFrameReady() {
			b.Fatal("the dashboard has not loaded its totals")
		}
		_ = r.View()
		if first {
			// Peak memory of one start, before later iterations add garbage.
			b.ReportMetric(peakRSS(), "peakRSS-MB")
			first = false
		}
	}
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
}

// cpuTime is the process's user+system time: on a busy machine it shows the
// work a frame costs where wall time shows the wait for a CPU.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// resetPeakRSS resets VmHWM (Linux), so the peak reported is this benchmark's.
func resetPeakRSS() { os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

func peakRSS() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.Atoi(f[1])
			return float64(kb) / 1024
		}
	}
	return 0
}

func BenchmarkCursorMove(b *testing.B) {
	r := loadedRoot(b, openBench(b))
	r.Update(widget.KeyPress("3"))
	down, up := widget.KeyPress("down"), widget.KeyPress("up")
	b.ResetTimer()
	i := 0
	for b.Loop() {
		k := down
		if i%200 >= 100 {
			k = up
		}
		i++
		r.Update(k)
		_ = r.View()
	}
}

func BenchmarkFilterKeystroke(b *testing.B) {
	r := loadedRoot(b, openBench(b))
	r.Update(widget.KeyPress("3"))
	_, cmd := r.Update(widget.KeyPress("/"))
	settle(r, cmd)
	for _, c := range "an" {
		_, cmd := r.Update(tea.KeyPressMsg{Code: c, Text: string(c)})
		settle(r, cmd)
	}
	keys := []tea.KeyPressMsg{{Code: 'n', Text: "n"}, widget.KeyPress("backspace")}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		_, cmd := r.Update(keys[i%2])
		i++
		settle(r, cmd)
		_ = r.View()
	}
}

func BenchmarkTabSwitch(b *testing.B) {
	r := loadedRoot(b, openBench(b))
	tabs := []tea.KeyPressMsg{widget.KeyPress("2"), widget.KeyPress("3"), widget.KeyPress("4"), widget.KeyPress("1")}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		r.Update(tabs[i%len(tabs)])
		i++
		_ = r.View()
	}
}

// BenchmarkCursorMoveWide is a cursor move with the request preview beside the
// table (160 columns); reading the previewed record runs in a Cmd, not here.
func BenchmarkCursorMoveWide(b *testing.B) {
	r := loadedRoot(b, openBench(b))
	r.Update(tea.WindowSizeMsg{Width: 160, Height: 50})
	r.Update(widget.KeyPress("3"))
	down, up := widget.KeyPress("down"), widget.KeyPress("up")
	b.ResetTimer()
	i := 0
	for b.Loop() {
		k := down
		if i%200 >= 100 {
			k = up
		}
		i++
		r.Update(k)
		_ = r.View()
	}
}

// BenchmarkLoadParts splits the first frame's request load into the store's
// read of the slim rows and the interface's work on them (deadlines, sort), to
// show where the time goes.
func BenchmarkLoadParts(b *testing.B) {
	s := openBench(b)
	o := testOptions(b)
	b.Run("store.RequestRows", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.RequestRows(); err != nil {
				b.Fatal(err)
			}
		}
	})
	reqs, err := s.RequestRows()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("buildReqData", func(b *testing.B) {
		for b.Loop() {
			buildReqData(reqs, o, s.Rules())
		}
	})
}
