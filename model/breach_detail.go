package model

import (
	"fmt"
	"time"
)

// BreachDetail is a breach with its clock and severity (BreachView) and the
// names behind its links: what `breach show` prints and the interface's detail
// shows.
type BreachDetail struct {
	BreachView
	Activities []BreachLink      `json:"activities,omitempty"`
	Processors []ProcessorNotice `json:"processors,omitempty"`
}

// BreachLink names a linked record.
type BreachLink struct {
	ID   uint64 `json:"id"`
	Name string `json:"name"`
}

// ProcessorNotice is a processor involved in a breach with its contractual
// notice period (Art. 33(2) "without undue delay", often a number of hours).
type ProcessorNotice struct {
	BreachLink
	NoticeHours int       `json:"notice_hours,omitempty"`
	TellBy      time.Time `json:"tell_by,omitzero"`
	Rule        string    `json:"rule,omitempty"`
}

// ProcessorNoticeFor says by when a processor had to tell the controller: its
// contractual hours from the moment the breach was detected.
func ProcessorNoticeFor(b Breach, p Processor) ProcessorNotice {
	n := ProcessorNotice{BreachLink: BreachLink{ID: p.ID, Name: p.Name}, NoticeHours: p.BreachNoticeHours}
	if p.BreachNoticeHours > 0 && !b.DetectedAt.IsZero() {
		detected := b.DetectedAt.In(b.Zone())
		n.TellBy = detected.Add(time.Duration(p.BreachNoticeHours) * time.Hour)
		n.Rule = fmt.Sprintf("detected %s + %d h (contract) → %s", detected.Format("Mon 2006-01-02 15:04 MST"),
			p.BreachNoticeHours, n.TellBy.Format("Mon 2006-01-02 15:04 MST"))
	}
	return n
}
