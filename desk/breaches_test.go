package desk

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

func openDesk(t *testing.T, now time.Time) *Desk {
	t.Helper()
	dir := t.TempDir()
	ws, err := store.Open(store.Options{Name: "test", Dir: filepath.Join(dir, "ws"), LogDir: filepath.Join(dir, "logs"), Create: true,
		Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	return New(ws, Options{Now: func() time.Time { return now }})
}

func TestAddBreachFollowsLinks(t *testing.T) {
	aware, _ := model.ParseBreachTime("2026-12-04 16:30", "Europe/Berlin")
	d := openDesk(t, aware.Add(2*time.Hour))
	p := &model.Processor{Name: "MailHost", BreachNoticeHours: 24}
	a := &model.Activity{Name: "Payroll", DataSubjects: []string{"employees"}, DataCategories: []string{"financial", "contact"}}
	if err := d.Store().CreateProcessor(p); err != nil {
		t.Fatal(err)
	}
	if err := d.Store().CreateActivity(a); err != nil {
		t.Fatal(err)
	}
	detected, _ := model.ParseBreachTime("2026-12-04 09:00", "Europe/Berlin")
	got, err := d.AddBreach(model.Breach{Title: "Mail server breach", AwareAt: aware, TZ: "Europe/Berlin", DetectedAt: detected,
		Nature: []string{"C", "a"}, ActivityIDs: []uint64{a.ID}, ProcessorIDs: []uint64{p.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.DataCategories, []string{"financial", "contact"}) || !slices.Equal(got.SubjectCategories, []string{"employees"}) {
		t.Errorf("categories not taken from the activity: %v / %v", got.DataCategories, got.SubjectCategories)
	}
	if !slices.Equal(got.Nature, []string{"confidentiality", "availability"}) {
		t.Errorf("natures: %v", got.Nature)
	}
	if len(got.Activities) != 1 || got.Activities[0].Name != "Payroll" {
		t.Errorf("activity link: %+v", got.Activities)
	}
	pn := got.Processors[0]
	if pn.TellBy.Sub(detected) != 24*time.Hour || !strings.Contains(pn.Rule, "+ 24 h (contract) → Sat 2026-12-05 09:00 CET") {
		t.Errorf("processor notice: %+v", pn)
	}
	if got.HoursLeft != 70 {
		t.Errorf("hours left %v, want 70", got.HoursLeft)
	}
	if _, err := d.AddBreach(model.Breach{Title: "x", AwareAt: aware, TZ: "Europe/Berlin", ProcessorIDs: []uint64{99}}); err == nil ||
		!strings.Contains(err.Error(), "processor 99 does not exist") {
		t.Errorf("a missing processor: %v", err)
	}
	if list, _ := d.Breaches(false); len(list) != 1 {
		t.Errorf("a refused breach was stored: %d breaches", len(list))
	}
}

func TestBreachesMostUrgentFirstAndFindings(t *testing.T) {
	now, _ := model.ParseBreachTime("2026-12-10 12:00", "Europe/Berlin")
	d := openDesk(t, now)
	for _, c := range []struct{ title, aware string }{
		{"recent", "2026-12-09 08:00"}, {"overdue", "2026-12-01 08:00"}, {"soon", "2026-12-07 18:00"},
	} {
		aware, _ := model.ParseBreachTime(c.aware, "Europe/Berlin")
		if _, err := d.AddBreach(model.Breach{Title: c.title, AwareAt: aware, TZ: "Europe/Berlin"}); err != nil {
			t.Fatal(err)
		}
	}
	views, err := d.Breaches(true)
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, v := range views {
		order = append(order, v.Title)
	}
	if strings.Join(order, ",") != "overdue,soon,recent" {
		t.Errorf("order %v, want overdue, soon, recent", order)
	}
	fs, err := d.BreachFindings()
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) == 0 || fs[0].Rule != model.RuleBreachDeadlinePassed || fs[0].Label != "overdue" || fs[0].Severity != model.FindingHigh {
		t.Errorf("findings: %+v", fs)
	}
}
