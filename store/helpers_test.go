package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// fixedClock returns a clock that advances one second per call, so that every
// write gets a distinct, predictable time.
func fixedClock() func() time.Time {
	t := time.Date(2026, 3, 5, 9, 0, 0, 0, time.UTC)
	return func() time.Time {
		t = t.Add(time.Second)
		return t
	}
}

func testOptions(t testing.TB, dir string) Options {
	t.Helper()
	return Options{Name: "test", Dir: dir, LogDir: filepath.Join(dir, "..", "logs"), Create: true, Now: fixedClock()}
}

// openTest opens a fresh workspace in a temporary directory, closed at cleanup.
func openTest(t testing.TB) *Workspace {
	t.Helper()
	w, err := Open(testOptions(t, filepath.Join(t.TempDir(), "ws")))
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

func reopen(t testing.TB, w *Workspace) *Workspace {
	t.Helper()
	if err := w.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	w2, err := Open(testOptions(t, w.Dir()))
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	t.Cleanup(func() { w2.Close() })
	return w2
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func wantErr(t testing.TB, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Fatalf("error = %v, want %v", err, target)
	}
}

func sampleActivity(name string) *model.Activity {
	return &model.Activity{
		Name: name, Purposes: []string{"payroll"}, LegalBases: []string{"6.1.b"},
		DataSubjects: []string{"employees"}, DataCategories: []string{"bank details"},
		Recipients: []string{"tax office"}, Retention: []model.Retention{{Category: "payslips", Period: "10 years"}},
		TOMs: "encrypted storage", NextReview: model.Date{Year: 2027, Month: 1, Day: 31},
	}
}

func sampleProcessor(name string, aliases ...string) *model.Processor {
	return &model.Processor{
		Name: name, LegalEntity: name + " GmbH", Aliases: aliases, Role: "processor", Country: "DE",
		DPA: model.DPA{Status: "signed", SignedOn: model.Date{Year: 2025, Month: 6, Day: 1}},
	}
}

func sampleRequest(subject string) *model.Request {
	zone := time.FixedZone("CET", 3600)
	return &model.Request{
		Type: "access", Subject: subject, Contact: subject + "@example.org", Channel: "email",
		Received: time.Date(2026, 2, 27, 14, 30, 0, 0, zone), Jurisdiction: "eu",
		Events: []model.RequestEvent{
			{Kind: "note", At: time.Date(2026, 2, 27, 15, 0, 0, 0, zone), Text: "called back"},
			{Kind: "pause", At: time.Date(2026, 2, 28, 9, 0, 0, 0, zone), Reason: "identity",
				Paused: model.Date{Year: 2026, Month: 2, Day: 28}},
		},
	}
}
