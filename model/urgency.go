package model

import "strings"

// Urgency is where a request stands against its deadline. It is the one rule
// behind "overdue" and "due soon" in every face: `check`, `request list
// --overdue` and `--due-within`, the dashboard, the tables' colours and the
// exports all classify a request with RequestUrgency.
type Urgency int

const (
	UrgencyOnTrack Urgency = iota // open, more than DueWeekDays left
	UrgencyDueWeek                // open, due within DueWeekDays
	UrgencyDueSoon                // open, due within DueSoonDays
	UrgencyOverdue                // open, past its deadline (or past its service level)
	UrgencyPaused                 // open, the clock is stopped: nothing can be overdue while it waits
	UrgencyClosed                 // answered, refused or withdrawn
)

// DueSoonDays is how close a deadline must be for request-due-soon;
// DueWeekDays is the week ahead the dashboard counts.
const (
	DueSoonDays = 3
	DueWeekDays = 7
)

// RequestUrgency classifies a request. A paused request is never overdue: the
// days it waits for the data subject do not count against the controller, and
// its deadline moves when the clock restarts. A request off the statutory
// clock (a consent withdrawal) is judged against its service level the same
// way, so a withdrawal left undone shows as overdue everywhere.
func RequestUrgency(r Request, d Deadline, today Date) Urgency {
	if !RequestOpen(r) {
		return UrgencyClosed
	}
	return OpenUrgency(d.Due, d.Paused, today)
}

func urgencyOfDays(left int) Urgency {
	switch {
	case left < 0:
		return UrgencyOverdue
	case left <= DueSoonDays:
		return UrgencyDueSoon
	case left <= DueWeekDays:
		return UrgencyDueWeek
	}
	return UrgencyOnTrack
}

// Running says the request is open with its clock running: the requests that
// can be overdue or due within a number of days.
func (u Urgency) Running() bool { return u <= UrgencyOverdue }

// DueWithin says an open request with its clock running is due today or
// within days (not already overdue): `--due-within`, the dashboard's week.
func DueWithin(u Urgency, daysLeft, days int) bool {
	return u.Running() && u != UrgencyOverdue && daysLeft >= 0 && daysLeft <= days
}

// Label names the urgency in lang, from the label table.
func (u Urgency) Label(lang string) string {
	l := Field("urgency", u.String())
	if lang == "de" {
		return l.DE
	}
	return l.EN
}

// String is the urgency's key, as JSON output and tests show it.
func (u Urgency) String() string {
	switch u {
	case UrgencyDueWeek:
		return "due_week"
	case UrgencyDueSoon:
		return "due_soon"
	case UrgencyOverdue:
		return "overdue"
	case UrgencyPaused:
		return "paused"
	case UrgencyClosed:
		return "closed"
	}
	return "on_track"
}

// CompareDue is the display order of requests everywhere: soonest due date
// first (ISO dates compare as text), then by ID, so ties keep their entry order.
func CompareDue(aDue string, aID uint64, bDue string, bID uint64) int {
	if c := strings.Compare(aDue, bDue); c != 0 {
		return c
	}
	switch {
	case aID < bID:
		return -1
	case aID > bID:
		return 1
	}
	return 0
}
