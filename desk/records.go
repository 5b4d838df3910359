package desk

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// InvalidError is a record the model refuses: nothing was saved. Problems
// holds the errors and the warnings, for a face to show next to the fields.
type InvalidError struct{ Problems []model.Problem }

func (e *InvalidError) Error() string {
	var errs []string
	for _, p := range e.Problems {
		if p.Severity == "error" {
			errs = append(errs, p.Field+": "+p.Message)
		}
	}
	return "not saved: " + strings.Join(errs, "; ")
}

// In is the error in lang, for a face that shows it in German.
func (e *InvalidError) In(lang string) string {
	var errs []string
	for _, p := range e.Problems {
		if p.Severity == "error" {
			errs = append(errs, problemField(p.Field, lang)+": "+p.MessageIn(lang))
		}
	}
	return model.T(lang, "not saved: ") + strings.Join(errs, "; ")
}

// problemField names a problem's field by its label; a list item's field
// ("transfers[0].country") stays as recorded.
func problemField(key, lang string) string {
	for _, kind := range []string{model.LabelActivity, model.LabelProcessor, model.LabelRequest, model.LabelBreach} {
		if _, ok := model.LabelKinds()[kind][key]; ok {
			return model.Field(kind, key).Short(lang)
		}
	}
	return key
}

// validated turns the model's problems into an InvalidError when any of them
// blocks saving; warnings alone do not.
func validated(rec any, ps []model.Problem) error {
	if err := model.CheckLengths(rec); err != nil {
		return &InputError{err}
	}
	for _, p := range ps {
		if p.Severity == "error" {
			return &InvalidError{Problems: ps}
		}
	}
	return nil
}

// ActivityRows lists the activities as slim rows for tables.
func (d *Desk) ActivityRows() ([]model.ActivityRow, error) { return d.ws.ActivityRows() }

// GetActivity reads one activity.
func (d *Desk) GetActivity(id uint64) (model.Activity, error) { return d.ws.GetActivity(id) }

// Activity finds an activity by id or by its exact name, as a user types it.
func (d *Desk) Activity(idOrName string) (model.Activity, error) {
	if id, err := strconv.ParseUint(strings.TrimSpace(idOrName), 10, 64); err == nil {
		return d.ws.GetActivity(id)
	}
	act, found, err := d.ws.FindActivityByName(idOrName)
	if err == nil && !found {
		err = fmt.Errorf("no activity named %q; `dpodesk activity list` shows them", idOrName)
	}
	return act, err
}

// CreateActivity validates and stores a new activity.
func (d *Desk) CreateActivity(a *model.Activity) error {
	if err := d.allow(ActEdit, "change the register"); err != nil {
		return err
	}
	if err := validated(a, a.ValidateOn(d.Today())); err != nil {
		return err
	}
	return d.ws.CreateActivity(a)
}

// UpdateActivity validates and stores a changed activity; a stale copy is
// refused by the store.
func (d *Desk) UpdateActivity(a *model.Activity) error {
	if err := d.allow(ActEdit, "change the register"); err != nil {
		return err
	}
	if err := validated(a, a.ValidateOn(d.Today())); err != nil {
		return err
	}
	return d.ws.UpdateActivity(a)
}

// DeleteActivity removes an activity.
func (d *Desk) DeleteActivity(id uint64) error {
	if err := d.allow(ActEdit, "change the register"); err != nil {
		return err
	}
	return d.ws.DeleteActivity(id)
}

// ProcessorRows lists the processors as slim rows for tables.
func (d *Desk) ProcessorRows() ([]model.ProcessorRow, error) { return d.ws.ProcessorRows() }

// GetProcessor reads one processor.
func (d *Desk) GetProcessor(id uint64) (model.Processor, error) { return d.ws.GetProcessor(id) }

// Processor finds a processor by id, name, legal entity or alias.
func (d *Desk) Processor(s string) (model.Processor, error) {
	if id, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64); err == nil {
		return d.ws.GetProcessor(id)
	}
	p, found, err := d.ws.FindProcessorByName(s)
	if err == nil && !found {
		err = fmt.Errorf("no processor named %q; `dpodesk processor list` shows them", s)
	}
	return p, err
}

// CreateProcessor validates and stores a new processor.
func (d *Desk) CreateProcessor(p *model.Processor) error {
	if err := d.allow(ActEdit, "change the register"); err != nil {
		return err
	}
	if err := validated(p, p.ValidateOn(d.Today())); err != nil {
		return err
	}
	return d.ws.CreateProcessor(p)
}

// UpdateProcessor validates and stores a changed processor.
func (d *Desk) UpdateProcessor(p *model.Processor) error {
	if err := d.allow(ActEdit, "change the register"); err != nil {
		return err
	}
	if err := validated(p, p.ValidateOn(d.Today())); err != nil {
		return err
	}
	return d.ws.UpdateProcessor(p)
}

// DeleteProcessor removes a processor; one that activities use is refused.
func (d *Desk) DeleteProcessor(id uint64) error {
	if err := d.allow(ActEdit, "change the register"); err != nil {
		return err
	}
	if err := d.CheckDeleteProcessor(id); err != nil {
		return err
	}
	return d.inUse(id, d.ws.DeleteProcessor(id))
}

// ActivitiesOfProcessor lists the activities that use a processor.
func (d *Desk) ActivitiesOfProcessor(id uint64) ([]model.ActivityRow, error) {
	return d.ws.ActivitiesOfProcessor(id)
}

// RequestRows lists the requests slim (no contact, no note texts), so that
// 100,000 of them load quickly.
func (d *Desk) RequestRows() ([]model.Request, error) { return d.ws.RequestRows() }

// GetRequest reads one request in full.
func (d *Desk) GetRequest(id uint64) (model.Request, error) { return d.ws.GetRequest(id) }

// AuditEntries reads the journal newest first: kind "" and recordID 0 mean
// every record; beforeSeq 0 means from the newest entry; limit caps one page.
func (d *Desk) AuditEntries(kind string, recordID uint64, limit int, beforeSeq uint64) ([]model.AuditEntry, error) {
	return d.ws.Audit(store.AuditFilter{Kind: kind, RecordID: recordID, Limit: limit, BeforeSeq: beforeSeq})
}

// ListDocuments lists the imported documents without their text.
func (d *Desk) ListDocuments() ([]model.Document, error) { return d.ws.ListDocuments() }

// GetDocument reads one imported document with its text.
func (d *Desk) GetDocument(id uint64) (model.Document, error) { return d.ws.GetDocument(id) }
