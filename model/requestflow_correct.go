package model

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Correction changes the facts a deadline is computed from, when they were
// typed wrong: the type, the jurisdiction, the receipt. Empty fields stay.
type Correction struct {
	Type         string
	Jurisdiction string
	Received     time.Time
}

// Correct applies a correction with the same checks as a new request, and
// refuses a receipt after any recorded step (a question, an answer, an
// extension notice, a reply dated before the request arrived would make no
// sense). The deadline follows, since it is computed, never stored.
func (r *Request) Correct(c Correction, now time.Time) error {
	next := *r
	if t := strings.TrimSpace(c.Type); t != "" {
		next.Type = strings.ToLower(t)
	}
	if j := strings.TrimSpace(c.Jurisdiction); j != "" {
		next.Jurisdiction = strings.ToLower(j)
	}
	if !c.Received.IsZero() {
		next.Received = c.Received
	}
	if next.Type == r.Type && next.Jurisdiction == r.Jurisdiction && next.Received.Equal(r.Received) {
		return errors.New("nothing to correct: change the type, the jurisdiction or the date of receipt")
	}
	if err := next.CheckFacts(); err != nil {
		return err
	}
	r.Type, r.Jurisdiction, r.Received, r.UpdatedAt = next.Type, next.Jurisdiction, next.Received, now
	return nil
}

// CheckFacts checks an edited request as a new one is checked (type, subject,
// channel, jurisdiction, receipt not in the future) and that no recorded step
// is dated before its receipt.
func (r Request) CheckFacts() error {
	if _, err := NewRequest(r.Type, r.Subject, r.Contact, r.Channel, r.Jurisdiction, r.Received); err != nil {
		return err
	}
	return r.checkReceiptBeforeSteps()
}

func (r Request) checkReceiptBeforeSteps() error {
	received := DateOf(r.Received)
	for _, e := range r.Events {
		if e.Kind == EventStatus || e.Kind == EventNote || e.Kind == EventReopen {
			continue // recorded when typed, not dated by the user
		}
		if d := e.Day(); d.Before(received) {
			return fmt.Errorf("the request cannot have been received on %s: its %s is dated %s; correct that step first (or delete and re-enter the request)",
				received, e.Kind, d)
		}
	}
	return nil
}
