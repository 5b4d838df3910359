package model

// RequestTally is what the dashboard counts of the request register: the one
// rule behind its lines, whether the counts come from every request or from
// the due index.
type RequestTally struct {
	Total    int `json:"total"`
	Open     int `json:"open"`
	Overdue  int `json:"overdue"`
	DueWeek  int `json:"due_week"` // due today or within DueWeekDays, not overdue
	Paused   int `json:"paused"`
	Extended int `json:"extended"`
}

// AddOpen counts one open request by its urgency and days left.
func (t *RequestTally) AddOpen(u Urgency, daysLeft int, extended bool) {
	t.Open++
	switch {
	case u == UrgencyPaused:
		t.Paused++
	case u == UrgencyOverdue:
		t.Overdue++
	case DueWithin(u, daysLeft, DueWeekDays):
		t.DueWeek++
	}
	if extended {
		t.Extended++
	}
}

// OpenUrgency classifies an open request by its due date and whether its clock
// is stopped: RequestUrgency for a request known to be open.
func OpenUrgency(due Date, paused bool, today Date) Urgency {
	if paused {
		return UrgencyPaused
	}
	return urgencyOfDays(due.epochDay() - today.epochDay())
}
