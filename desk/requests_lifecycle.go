package desk

import (
	"errors"
	"fmt"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// conflictRetries bounds how often a change is read and applied again when
// another session saved the same request in between.
const conflictRetries = 3

// CloseRequest closes a request with its reply (outcome, reply day, reasons,
// whether the Art. 12(4) remedies were told) and returns it with the reply
// measured against its deadline. One transaction with its audit entry.
func (d *Desk) CloseRequest(idOrRef string, c model.Closing) (model.Request, model.Reply, error) {
	r, err := d.changeRequest(idOrRef, "request.close", func(r *model.Request) error {
		return r.CloseWith(c, d.now())
	})
	if err != nil {
		return r, model.Reply{}, err
	}
	rep, _ := d.rules.ReplyOf(r)
	return r, rep, nil
}

// ReopenRequest puts a closed request back in progress with the reason in its
// timeline and the audit journal.
func (d *Desk) ReopenRequest(idOrRef, reason string) (model.Request, error) {
	return d.changeRequest(idOrRef, "request.reopen", func(r *model.Request) error {
		return r.Reopen(reason, d.now())
	})
}

// CorrectRequest corrects a mistyped type, jurisdiction or date of receipt
// (model.Request.Correct), audited as request.correct; the deadline follows.
func (d *Desk) CorrectRequest(idOrRef string, c model.Correction) (model.Request, error) {
	return d.changeRequest(idOrRef, "request.correct", func(r *model.Request) error {
		return r.Correct(c, d.now())
	})
}

// changeRequest reads the request, applies one model transition and saves it
// under action. A model refusal changes nothing and is returned as it is; a
// conflict with another session is retried on a fresh copy.
func (d *Desk) changeRequest(idOrRef, action string, apply func(*model.Request) error) (model.Request, error) {
	for attempt := 0; ; attempt++ {
		r, err := d.ws.ResolveRequest(idOrRef)
		if err != nil {
			return r, fmt.Errorf("request %q: %w", idOrRef, err)
		}
		if err := apply(&r); err != nil {
			return r, &RuleError{Err: err}
		}
		err = d.ws.UpdateRequest(&r, action)
		if err == nil || !errors.Is(err, store.ErrConflict) || attempt == conflictRetries {
			return r, err
		}
	}
}

// RuleError is a change the model refused (bad input or a transition that the
// law or the lifecycle does not allow); nothing was saved.
type RuleError struct{ Err error }

func (e *RuleError) Error() string { return e.Err.Error() }
func (e *RuleError) Unwrap() error { return e.Err }
