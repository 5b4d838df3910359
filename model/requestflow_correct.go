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
	if _, err := NewRequest(next.Type, next.Subject, next.Contact, next.Channel, next.Jurisdiction, next.Received); err != nil {
		return err
	}
	if err := next.checkReceiptBeforeSteps(); err != nil {
		return err
	}
	r.Type, r.Jurisdiction, r.Received, r.UpdatedAt = next.Type, next.Jurisdiction, next.Received, now
	return nil
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
