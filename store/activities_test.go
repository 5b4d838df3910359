package store

import (
	"testing"

	"github.com/dpodesk/dpodesk/model"
)

func TestActivityCRUD(t *testing.T) {
	w := openTest(t)
	a := sampleActivity("Payroll")
	must(t, w.CreateActivity(a))
	if a.ID == 0 || a.Version != 1 || a.Status != model.StatusActive || a.CreatedAt.IsZero() {
		t.Fatalf("create did not fill the stored fields: %+v", a)
	}
	got, err := w.GetActivity(a.ID)
	must(t, err)
	if got.Name != "Payroll" || !got.CreatedAt.Equal(a.CreatedAt) || got.Version != 1 {
		t.Fatalf("get = %+v", got)
	}
	got.Description = "monthly salaries"
	must(t, w.UpdateActivity(&got))
	if got.Version != 2 || !got.UpdatedAt.After(got.CreatedAt) {
		t.Fatalf("update did not bump version and time: %+v", got)
	}
	again, _ := w.GetActivity(a.ID)
	if again.Description != "monthly salaries" || again.Version != 2 {
		t.Fatalf("stored after update = %+v", again)
	}
	must(t, w.DeleteActivity(a.ID))
	_, err = w.GetActivity(a.ID)
	wantErr(t, err, ErrNotFound)
	wantErr(t, w.DeleteActivity(a.ID), ErrNotFound)
	rows, err := w.ActivityRows()
	must(t, err)
	if len(rows) != 0 {
		t.Fatalf("rows after delete = %v", rows)
	}
}

func TestActivityStaleVersionConflicts(t *testing.T) {
	w := openTest(t)
	a := sampleActivity("CRM")
	must(t, w.CreateActivity(a))
	first, second := *a, *a
	first.Owner = "sales"
	must(t, w.UpdateActivity(&first))
	second.Owner = "marketing"
	wantErr(t, w.UpdateActivity(&second), ErrConflict)
	got, _ := w.GetActivity(a.ID)
	if got.Owner != "sales" {
		t.Fatalf("stale update overwrote: owner %q", got.Owner)
	}
}

func TestActivityNameIndexFollowsRename(t *testing.T) {
	w := openTest(t)
	a := sampleActivity("CRM")
	must(t, w.CreateActivity(a))
	wantErr(t, w.CreateActivity(sampleActivity("crm ")), ErrExists)
	a.Name = "Sales CRM"
	must(t, w.UpdateActivity(a))
	if _, found, _ := w.FindActivityByName("crm"); found {
		t.Fatal("old name still found after rename")
	}
	got, found, err := w.FindActivityByName("SALES crm")
	must(t, err)
	if !found || got.ID != a.ID {
		t.Fatalf("find new name = %v %+v", found, got)
	}
	must(t, w.CreateActivity(sampleActivity("CRM"))) // the old name is free again
	must(t, w.DeleteActivity(a.ID))
	if _, found, _ := w.FindActivityByName("sales crm"); found {
		t.Fatal("name found after delete")
	}
}

func TestListActivitiesFilters(t *testing.T) {
	w := openTest(t)
	p := sampleProcessor("Payfit")
	must(t, w.CreateProcessor(p))
	a1, a2, a3 := sampleActivity("Payroll"), sampleActivity("Recruiting"), sampleActivity("Travel payments")
	a1.ProcessorIDs = []uint64{p.ID}
	a2.Status = model.StatusDraft
	for _, a := range []*model.Activity{a1, a2, a3} {
		must(t, w.CreateActivity(a))
	}
	check := func(f ActivityFilter, want ...uint64) {
		t.Helper()
		got, err := w.ListActivities(f)
		must(t, err)
		if len(got) != len(want) {
			t.Fatalf("%+v: %d activities, want %d", f, len(got), len(want))
		}
		for i := range got {
			if got[i].ID != want[i] {
				t.Fatalf("%+v: got id %d at %d, want %d", f, got[i].ID, i, want[i])
			}
		}
	}
	check(ActivityFilter{}, a1.ID, a2.ID, a3.ID)
	check(ActivityFilter{Status: model.StatusDraft}, a2.ID)
	check(ActivityFilter{NameContains: "PAY"}, a1.ID, a3.ID)
	check(ActivityFilter{ProcessorID: p.ID}, a1.ID)
	check(ActivityFilter{Status: model.StatusActive, NameContains: "travel"}, a3.ID)

	a2.Status = model.StatusActive
	must(t, w.UpdateActivity(a2))
	check(ActivityFilter{Status: model.StatusDraft})

	rows, err := w.ActivityRows()
	must(t, err)
	if len(rows) != 3 || rows[0].Name != "Payroll" || rows[0].Processors != 1 || rows[0].Purposes != "payroll" {
		t.Fatalf("rows = %+v", rows)
	}
}

func TestActivityRowMatchesRecord(t *testing.T) {
	w := openTest(t)
	a := sampleActivity("Newsletter")
	a.Purposes = nil
	a.DPIA.Criteria = []string{"profiling", "large_scale"}
	must(t, w.CreateActivity(a))
	rows, err := w.ActivityRows()
	must(t, err)
	want := a.Row()
	got := rows[0]
	if got.Name != want.Name || got.DPIAOpen != want.DPIAOpen || len(got.Missing) != len(want.Missing) ||
		!got.UpdatedAt.Equal(want.UpdatedAt) || got.NextReview != want.NextReview {
		t.Fatalf("row = %+v, want %+v", got, want)
	}
}
