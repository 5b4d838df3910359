package desk

import (
	"fmt"

	"github.com/dpodesk/dpodesk/model"
)

// defaults are the configuration's deadline settings, which a new workspace
// takes as its own and an older workspace without settings uses.
func (h *Home) defaults() model.DeadlineSettings {
	c := h.cfg
	return model.DeadlineSettings{Jurisdiction: c.Jurisdiction, Holidays: c.Holidays, ExtensionMode: c.ExtensionMode, PausePolicy: c.PausePolicy}
}

// Organisation is the workspace's controller, DPO, authority and deadline
// settings, with the settings it leaves empty filled from the configuration.
func (d *Desk) Organisation() (model.Organisation, error) {
	o, err := d.ws.Organisation()
	if err != nil {
		return o, err
	}
	o.Deadlines = o.Deadlines.Or(d.defaults)
	return o, nil
}

// SaveOrganisation checks and stores the organisation record. When its
// deadline settings change, every deadline is computed by the new rules from
// then on; moved counts the open requests whose due date changed (a new
// holiday region, another extension mode).
func (d *Desk) SaveOrganisation(o model.Organisation) (moved int, err error) {
	if err := d.allow(ActAdmin, "change the organisation and deadline settings"); err != nil {
		return 0, err
	}
	if err := model.ValidateOrganisation(o); err != nil {
		return 0, &InputError{err}
	}
	if err := model.CheckLengths(o); err != nil {
		return 0, &InputError{err}
	}
	if o.AuthorityRegion == "" && o.Authority != "" {
		if a, ok := model.FindAuthority(o.Authority); ok {
			o.Authority, o.AuthorityRegion = a.Name, a.Region
		}
	}
	rules, err := o.Deadlines.Or(d.defaults).Rules()
	if err != nil {
		return 0, &InputError{err}
	}
	if moved, err = d.movedDeadlines(rules); err != nil {
		return 0, err
	}
	if err := d.ws.SaveOrganisation(o); err != nil {
		return 0, err
	}
	d.rules.mu.Lock()
	d.rules.r = rules
	d.rules.mu.Unlock()
	// the due dates move with the rules; until the index is rebuilt it is not
	// used, and the next open rebuilds it if this one fails
	if err := d.ws.SetDueRule(dueRule(rules)); err != nil {
		return moved, fmt.Errorf("the settings are saved; rebuilding the due index failed (it is rebuilt when the workspace is next opened): %w", err)
	}
	return moved, nil
}

// movedDeadlines counts the open requests whose due date differs under rules.
func (d *Desk) movedDeadlines(rules model.DeadlineRules) (int, error) {
	reqs, err := d.ws.RequestRows()
	if err != nil {
		return 0, fmt.Errorf("reading the requests to recompute their deadlines: %w", err)
	}
	n := 0
	for _, r := range reqs {
		if r.IsOpen() && d.Rules().Deadline(r).Due != rules.Deadline(r).Due {
			n++
		}
	}
	return n, nil
}

// Jurisdiction is the workspace's jurisdiction, which a new request gets
// unless another is given.
func (d *Desk) Jurisdiction() string {
	o, err := d.Organisation()
	if err != nil || o.Deadlines.Jurisdiction == "" {
		return "eu"
	}
	return o.Deadlines.Jurisdiction
}
