package export

import (
	"io"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/dpodesk/dpodesk/model"
)

// DeadlinesICS writes the entries as an iCalendar (RFC 5545) file of all-day
// events. Each event's UID is the entry's stable key within the workspace, so a
// calendar that subscribes to or re-imports the file updates its events rather
// than duplicating them. now stamps the export (DTSTAMP).
func DeadlinesICS(w io.Writer, workspace string, entries []model.DueEntry, now time.Time) error {
	cal := ics.NewCalendarFor("dpodesk")
	cal.SetMethod(ics.MethodPublish)
	cal.SetName("dpodesk deadlines: " + workspace)
	stamp := now.UTC()
	for _, e := range entries {
		ev := cal.AddEvent(e.Key + "@" + workspace + ".dpodesk")
		ev.SetDtStampTime(stamp)
		start := e.Day.Time()
		ev.SetAllDayStartAt(start)
		ev.SetAllDayEndAt(start.AddDate(0, 0, 1))
		ev.SetSummary(e.Summary)
		ev.SetDescription(e.Description)
		ev.AddCategory(e.Kind)
		ev.SetTimeTransparency(ics.TransparencyTransparent)
	}
	return cal.SerializeTo(w)
}
