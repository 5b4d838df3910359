package store

import (
	"bytes"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

func sampleBreach(t *testing.T, title string) *model.Breach {
	t.Helper()
	aware, err := model.ParseBreachTime("2026-03-04 16:30", "Europe/Berlin")
	must(t, err)
	return &model.Breach{Title: title, AwareAt: aware, TZ: "Europe/Berlin", Nature: []string{"confidentiality"}, Subjects: 120}
}

func TestBreachCreateChangeAndAudit(t *testing.T) {
	w := openTest(t)
	b := sampleBreach(t, "Laptop stolen")
	must(t, w.CreateBreach(b))
	if b.ID == 0 || b.Status != model.BreachOpen || b.Version != 1 {
		t.Fatalf("created: %+v", b)
	}
	got, err := w.ChangeBreach(b.ID, 0, "breach.assess", func(r *model.Breach, at time.Time) error {
		return r.Assess(model.BreachAssessment{DPC: 3, EI: 0.75, Confidentiality: 0.5, Rationale: "bank data"}, at)
	})
	must(t, err)
	if got.Status != model.BreachAssessed || got.Version != 2 || got.Assessment.SE() != 2.75 {
		t.Fatalf("assessed: %+v", got)
	}
	// A failing change writes nothing.
	_, err = w.ChangeBreach(b.ID, 0, "breach.decide", func(r *model.Breach, at time.Time) error {
		return r.Decide(model.BreachDecision{NotifyAuthority: false}, at)
	})
	if err == nil {
		t.Fatal("a decision without reasons was stored")
	}
	// A stale version conflicts.
	_, err = w.ChangeBreach(b.ID, 1, "update", func(r *model.Breach, _ time.Time) error { r.Title = "x"; return nil })
	wantErr(t, err, ErrConflict)

	entries, err := w.Audit(AuditFilter{Kind: kindBreach, RecordID: b.ID})
	must(t, err)
	if len(entries) != 2 || entries[0].Action != "breach.assess" || entries[1].Action != "create" {
		t.Fatalf("audit: %+v", entries)
	}
	w = reopen(t, w)
	again, err := w.GetBreach(b.ID)
	must(t, err)
	if again.NotifyBy().Sub(again.AwareAt) != 72*time.Hour || again.Assessment == nil {
		t.Fatalf("after reopen: %+v", again)
	}
}

func TestBreachRefusesInvalid(t *testing.T) {
	w := openTest(t)
	err := w.CreateBreach(&model.Breach{Title: " ", TZ: "Europe/Berlin"})
	if err == nil {
		t.Fatal("a breach without title and awareness was stored")
	}
	all, _, err := w.CountBreaches()
	must(t, err)
	if all != 0 {
		t.Fatalf("count %d after a refused create", all)
	}
	if _, err := w.GetBreach(99); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing breach: %v", err)
	}
}

func TestBreachListOpenAndCounts(t *testing.T) {
	w := openTest(t)
	a, b := sampleBreach(t, "A"), sampleBreach(t, "B")
	must(t, w.CreateBreach(a))
	must(t, w.CreateBreach(b))
	_, err := w.ChangeBreach(b.ID, 0, "breach.close", func(r *model.Breach, at time.Time) error {
		if err := r.Decide(model.BreachDecision{Reason: "encrypted device"}, at); err != nil {
			return err
		}
		return r.Close()
	})
	must(t, err)
	open, err := w.ListBreaches(BreachFilter{Open: true})
	must(t, err)
	if len(open) != 1 || open[0].Title != "A" {
		t.Fatalf("open: %+v", open)
	}
	all, n, err := w.CountBreaches()
	must(t, err)
	if all != 2 || n != 1 {
		t.Fatalf("counts %d/%d, want 2/1", all, n)
	}
}

func TestBreachesTravelInBundleAndBackup(t *testing.T) {
	w := openTest(t)
	fillForBackup(t, w, "br")
	b := sampleBreach(t, "Misdirected e-mail")
	must(t, w.CreateBreach(b))
	_, err := w.ChangeBreach(b.ID, 0, "breach.update", func(r *model.Breach, at time.Time) error {
		return r.AddUpdate("recipient confirmed deletion", at)
	})
	must(t, err)

	data, h := backupTo(t, w)
	if h.Counts.Breaches != 1 {
		t.Fatalf("backup counts: %+v", h.Counts)
	}
	r, err := restoreTest(t, data, filepath.Join(t.TempDir(), "copy"), RestoreOptions{})
	must(t, err)
	if want, got := bundleOf(t, w), bundleOf(t, r); !reflect.DeepEqual(want, got) || len(got.Breaches) != 1 {
		t.Fatalf("bundles differ after restore or lack the breach: %d breaches", len(got.Breaches))
	}

	var buf bytes.Buffer
	must(t, w.ExportBundle(&buf))
	dst := openTest(t)
	must(t, dst.ImportBundle(&buf))
	got, err := dst.GetBreach(b.ID)
	must(t, err)
	if len(got.Updates) != 1 || got.Title != b.Title {
		t.Fatalf("imported breach: %+v", got)
	}
	next := sampleBreach(t, "After import")
	must(t, dst.CreateBreach(next))
	if next.ID <= b.ID {
		t.Fatalf("new breach id %d reuses the imported range (%d)", next.ID, b.ID)
	}
}
