package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/dpodesk/dpodesk/model"
)

func TestDeadlinesICSParsesBackWithStableUIDs(t *testing.T) {
	rules, err := model.NewDeadlineRules("DE-BE", "", "")
	if err != nil {
		t.Fatal(err)
	}
	today := model.Date{Year: 2026, Month: 3, Day: 10}
	reqs := []model.Request{
		{ID: 1, Ref: "R-2026-0001", Type: "access", Subject: "Erika", Jurisdiction: "eu", Status: model.StatusInProgress,
			Received: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)},
		{ID: 2, Ref: "R-2026-0002", Type: "erasure", Subject: "Max", Jurisdiction: "eu", Status: model.StatusCompleted,
			Received: time.Date(2026, 2, 2, 0, 0, 0, 0, time.UTC)},
	}
	acts := []model.ActivityRow{{ID: 4, Name: "Payroll", Status: model.StatusActive, NextReview: model.Date{Year: 2026, Month: 6, Day: 1}}}
	procs := []model.ProcessorRow{{ID: 9, Name: "Mail Service", Status: model.StatusActive, NextReview: model.Date{Year: 2026, Month: 5, Day: 1}}}
	entries := rules.DueEntries(reqs, acts, procs, today)

	export := func(now time.Time) *ics.Calendar {
		var buf bytes.Buffer
		if err := DeadlinesICS(&buf, "client-a", entries, now); err != nil {
			t.Fatal(err)
		}
		cal, err := ics.ParseCalendar(&buf)
		if err != nil {
			t.Fatalf("the export does not parse: %v\n%s", err, buf.String())
		}
		return cal
	}
	first, second := export(time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)), export(time.Date(2026, 3, 11, 9, 0, 0, 0, time.UTC))
	uids := func(c *ics.Calendar) []string {
		var out []string
		for _, e := range c.Events() {
			out = append(out, e.Id())
		}
		return out
	}
	want := "request-R-2026-0001-due@client-a.dpodesk request-R-2026-0001-extension-cutoff@client-a.dpodesk " +
		"processor-9-dpa-review@client-a.dpodesk activity-4-review@client-a.dpodesk"
	if got := strings.Join(uids(first), " "); got != want {
		t.Errorf("UIDs\n got %s\nwant %s", got, want)
	}
	if strings.Join(uids(first), " ") != strings.Join(uids(second), " ") {
		t.Errorf("UIDs changed between exports: %v / %v", uids(first), uids(second))
	}
	due := first.Events()[0]
	start, err := due.GetAllDayStartAt()
	if err != nil || start.Format("2006-01-02") != "2026-04-02" {
		t.Errorf("due event starts %v (%v), want 2026-04-02", start, err)
	}
	if d := due.GetProperty(ics.ComponentPropertyDescription); d == nil || !strings.Contains(d.Value, "1 month from 2026-03-02") {
		t.Errorf("the due event does not carry its rule: %+v", d)
	}
}
