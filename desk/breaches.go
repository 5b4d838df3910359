package desk

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/dpodesk/dpodesk/export"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// LocalZone is the IANA name of this machine's time zone, used when a breach
// is recorded without one: $TZ, else the target of /etc/localtime, else UTC.
func LocalZone() string {
	if tz := os.Getenv("TZ"); tz != "" {
		if _, err := time.LoadLocation(tz); err == nil {
			return tz
		}
	}
	if target, err := os.Readlink("/etc/localtime"); err == nil {
		if i := strings.Index(target, "zoneinfo/"); i >= 0 {
			if _, err := time.LoadLocation(target[i+len("zoneinfo/"):]); err == nil {
				return target[i+len("zoneinfo/"):]
			}
		}
	}
	return "UTC"
}

// AddBreach records a new breach. Linked activities and processors must exist;
// the data and subject categories follow from the activities unless given.
func (d *Desk) AddBreach(b model.Breach) (model.BreachDetail, error) {
	if err := d.allow(ActEdit, "record breaches"); err != nil {
		return model.BreachDetail{}, err
	}
	if b.TZ == "" {
		b.TZ = LocalZone()
	}
	b.Nature = model.NormalizeNatures(b.Nature)
	if err := model.CheckLengths(b); err != nil {
		return model.BreachDetail{}, &InputError{err}
	}
	if err := d.fillFromActivities(&b); err != nil {
		return model.BreachDetail{}, err
	}
	if err := d.checkProcessors(b.ProcessorIDs); err != nil {
		return model.BreachDetail{}, err
	}
	if err := d.ws.CreateBreach(&b); err != nil {
		return model.BreachDetail{}, err
	}
	return d.detail(b)
}

func (d *Desk) fillFromActivities(b *model.Breach) error {
	var cats, subjects []string
	for _, id := range b.ActivityIDs {
		a, err := d.ws.GetActivity(id)
		if err != nil {
			return fmt.Errorf("activity %d does not exist; see dpodesk activity list", id)
		}
		cats, subjects = appendNew(cats, a.DataCategories), appendNew(subjects, a.DataSubjects)
	}
	if len(b.DataCategories) == 0 {
		b.DataCategories = cats
	}
	if len(b.SubjectCategories) == 0 {
		b.SubjectCategories = subjects
	}
	return nil
}

func (d *Desk) checkProcessors(ids []uint64) error {
	for _, id := range ids {
		if _, err := d.ws.GetProcessor(id); err != nil {
			return fmt.Errorf("processor %d does not exist; see dpodesk processor list", id)
		}
	}
	return nil
}

// appendNew appends the values of b that a lacks.
func appendNew(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}

// EditBreach changes the descriptive fields of a breach through edit, which
// gets the stored record; the links are checked again afterwards.
func (d *Desk) EditBreach(id uint64, edit func(b *model.Breach) error) (model.BreachDetail, error) {
	return d.changeBreach(id, "update", func(b *model.Breach, _ time.Time) error {
		if err := edit(b); err != nil {
			return err
		}
		b.Nature = model.NormalizeNatures(b.Nature)
		if err := d.checkProcessors(b.ProcessorIDs); err != nil {
			return err
		}
		for _, aid := range b.ActivityIDs {
			if _, err := d.ws.GetActivity(aid); err != nil {
				return fmt.Errorf("activity %d does not exist; see dpodesk activity list", aid)
			}
		}
		return nil
	})
}

// AssessBreach records an ENISA severity assessment.
func (d *Desk) AssessBreach(id uint64, a model.BreachAssessment) (model.BreachDetail, error) {
	return d.changeBreach(id, "breach.assess", func(b *model.Breach, at time.Time) error { return b.Assess(a, at) })
}

// DecideBreach records the decision on notifying the authority and the subjects.
func (d *Desk) DecideBreach(id uint64, dec model.BreachDecision) (model.BreachDetail, error) {
	return d.changeBreach(id, "breach.decide", func(b *model.Breach, at time.Time) error { return b.Decide(dec, at) })
}

// NotifyBreach records the notification to the supervisory authority.
func (d *Desk) NotifyBreach(id uint64, n model.BreachNotice) (model.BreachDetail, error) {
	return d.changeBreach(id, "breach.notify", func(b *model.Breach, at time.Time) error { return b.Notify(n, at) })
}

// AddBreachUpdate adds an entry to the breach's timeline (Art. 33(4)).
func (d *Desk) AddBreachUpdate(id uint64, text string) (model.BreachDetail, error) {
	return d.changeBreach(id, "breach.update", func(b *model.Breach, at time.Time) error { return b.AddUpdate(text, at) })
}

// CloseBreach closes a breach once its decision and notification are recorded.
func (d *Desk) CloseBreach(id uint64) (model.BreachDetail, error) {
	return d.changeBreach(id, "breach.close", func(b *model.Breach, _ time.Time) error { return b.Close() })
}

func (d *Desk) changeBreach(id uint64, action string, change func(*model.Breach, time.Time) error) (model.BreachDetail, error) {
	if err := d.allow(ActEdit, "change breaches"); err != nil {
		return model.BreachDetail{}, err
	}
	b, err := d.ws.ChangeBreach(id, 0, action, func(b *model.Breach, at time.Time) error {
		if err := change(b, at); err != nil {
			return err
		}
		return model.CheckLengths(b)
	})
	if err != nil {
		return model.BreachDetail{}, err
	}
	return d.detail(b)
}

// Breach returns one breach with its clock, severity and links.
func (d *Desk) Breach(id uint64) (model.BreachDetail, error) {
	b, err := d.ws.GetBreach(id)
	if err != nil {
		return model.BreachDetail{}, fmt.Errorf("breach %d does not exist; see dpodesk breach list", id)
	}
	return d.detail(b)
}

// Breaches lists the breaches, running clocks first and nearest deadline first.
func (d *Desk) Breaches(openOnly bool) ([]model.BreachView, error) {
	bs, err := d.ws.ListBreaches(store.BreachFilter{Open: openOnly})
	if err != nil {
		return nil, err
	}
	model.SortBreachesByUrgency(bs)
	now := d.now()
	out := make([]model.BreachView, 0, len(bs))
	for _, b := range bs {
		out = append(out, model.ViewBreach(b, now))
	}
	return out, nil
}

// BreachFindings are the breach findings at the desk's now.
func (d *Desk) BreachFindings() ([]model.Finding, error) {
	bs, err := d.ws.ListBreaches(store.BreachFilter{})
	if err != nil {
		return nil, err
	}
	return model.BreachFindings(bs, d.now()), nil
}

func (d *Desk) detail(b model.Breach) (model.BreachDetail, error) {
	out := model.BreachDetail{BreachView: model.ViewBreach(b, d.now())}
	for _, id := range b.ActivityIDs {
		if a, err := d.ws.GetActivity(id); err == nil {
			out.Activities = append(out.Activities, model.BreachLink{ID: id, Name: a.Name})
		}
	}
	for _, id := range b.ProcessorIDs {
		p, err := d.ws.GetProcessor(id)
		if err != nil {
			continue
		}
		out.Processors = append(out.Processors, model.ProcessorNoticeFor(b, p))
	}
	return out, nil
}

// BreachLetter drafts the authority notification, the communication to the
// data subjects or the internal record of a breach, in lang (en or de).
func (d *Desk) BreachLetter(id uint64, kind, lang string) (string, error) {
	v, err := d.Breach(id)
	if err != nil {
		return "", err
	}
	org, err := d.ws.Organisation()
	if err != nil {
		return "", err
	}
	in := export.BreachLetterInput{Breach: v.BreachView, Org: org, Kind: kind, Lang: lang, Now: d.now()}
	for _, a := range v.Activities {
		in.Activities = append(in.Activities, a.Name)
	}
	for _, p := range v.Processors {
		in.Processors = append(in.Processors, p.Name)
	}
	text, err := export.BreachLetter(in)
	return model.SafeText(text), err
}
