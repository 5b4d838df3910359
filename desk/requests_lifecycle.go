package desk

import (
	"github.com/dpodesk/dpodesk/model"
)

// CloseRequest closes a request with its reply (outcome, reply day, reasons,
// whether the Art. 12(4) remedies were told) and returns it with the reply
// measured against its deadline. One transaction with its audit entry.
func (d *Desk) CloseRequest(idOrRef string, c model.Closing) (model.Request, model.Reply, error) {
	r, err := d.changeRequest(idOrRef, model.ActionRequestClose, func(r *model.Request) error {
		return r.CloseWith(c, d.now())
	})
	if err != nil {
		return r, model.Reply{}, err
	}
	rep, _ := d.Rules().ReplyOf(r)
	return r, rep, nil
}

// ReopenRequest puts a closed request back in progress with the reason in its
// timeline and the audit journal.
func (d *Desk) ReopenRequest(idOrRef, reason string) (model.Request, error) {
	return d.changeRequest(idOrRef, model.ActionRequestReopen, func(r *model.Request) error {
		return r.Reopen(reason, d.now())
	})
}

// CorrectRequest corrects a mistyped type, jurisdiction or date of receipt
// (model.Request.Correct), audited as request.correct; the deadline follows.
func (d *Desk) CorrectRequest(idOrRef string, c model.Correction) (model.Request, error) {
	return d.changeRequest(idOrRef, model.ActionRequestCorrect, func(r *model.Request) error {
		return r.Correct(c, d.now())
	})
}

// changeRequest applies one model transition to the request a user named and
// saves it under action through ActOnRequest (the role check, and a conflict
// with another session retried on a fresh copy). A model refusal changes
// nothing and is returned as a RuleError.
func (d *Desk) changeRequest(idOrRef, action string, apply func(*model.Request) error) (model.Request, error) {
	r, err := d.Request(idOrRef)
	if err != nil {
		return r, err
	}
	return d.ActOnRequest(r.ID, action, func(r *model.Request) error {
		if err := apply(r); err != nil {
			return &RuleError{Err: err}
		}
		return nil
	})
}

// RuleError is a change the model refused (bad input or a transition that the
// law or the lifecycle does not allow); nothing was saved.
type RuleError struct{ Err error }

func (e *RuleError) Error() string { return e.Err.Error() }
func (e *RuleError) Unwrap() error { return e.Err }
