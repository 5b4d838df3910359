package model

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Breach statuses: open → assessed → notified or not_notified → closed.
const (
	BreachOpen        = "open"
	BreachAssessed    = "assessed"
	BreachNotified    = "notified"
	BreachNotNotified = "not_notified"
	BreachClosed      = "closed"
)

// Breach natures (EDPB Guidelines 9/2022: confidentiality, integrity, availability).
var BreachNatures = []string{"confidentiality", "integrity", "availability"}

// Breach is one personal data breach as documented under Art. 33(5): every
// breach has one, whether it was notified or not.
type Breach struct {
	ID    uint64 `json:"id"`
	Title string `json:"title"`

	// OccurredFrom and OccurredTo bound when the breach happened; zero is unknown.
	OccurredFrom time.Time `json:"occurred_from,omitzero"`
	OccurredTo   time.Time `json:"occurred_to,omitzero"`
	DetectedAt   time.Time `json:"detected_at,omitzero"`
	// AwareAt is when the controller became aware (reasonable certainty that
	// personal data were compromised); the 72 hours of Art. 33(1) run from it.
	AwareAt time.Time `json:"aware_at"`
	// TZ is the IANA zone AwareAt was given in, so the clock is shown in the
	// zone the DPO works in, with its daylight-saving rules.
	TZ string `json:"tz"`

	FoundHow string   `json:"found_how,omitempty"`
	FoundBy  string   `json:"found_by,omitempty"`
	Nature   []string `json:"nature,omitempty"`

	Description       string   `json:"description,omitempty"`
	Systems           []string `json:"systems,omitempty"`
	ActivityIDs       []uint64 `json:"activity_ids,omitempty"`
	ProcessorIDs      []uint64 `json:"processor_ids,omitempty"`
	DataCategories    []string `json:"data_categories,omitempty"`
	SubjectCategories []string `json:"subject_categories,omitempty"`
	Subjects          int      `json:"subjects,omitempty"` // approximate number of data subjects
	Records           int      `json:"records,omitempty"`  // approximate number of records
	Consequences      string   `json:"consequences,omitempty"`
	MeasuresTaken     string   `json:"measures_taken,omitempty"`
	MeasuresProposed  string   `json:"measures_proposed,omitempty"`

	Status     string            `json:"status"`
	Assessment *BreachAssessment `json:"assessment,omitempty"`
	Decision   *BreachDecision   `json:"decision,omitempty"`
	Notice     *BreachNotice     `json:"notice,omitempty"`
	// SubjectsToldAt is when the data subjects were told (Art. 34).
	SubjectsToldAt time.Time      `json:"subjects_told_at,omitzero"`
	Updates        []BreachUpdate `json:"updates,omitempty"`

	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	Version   int       `json:"version"`
}

// BreachDecision is the DPO's decision on the two notifications, with reasons.
type BreachDecision struct {
	NotifyAuthority bool   `json:"notify_authority"`
	NotifySubjects  bool   `json:"notify_subjects"`
	Reason          string `json:"reason,omitempty"`
	// Exemption is the Art. 34(3) point, a, b or c, when the subjects are not told.
	Exemption string    `json:"exemption,omitempty"`
	DecidedAt time.Time `json:"decided_at"`
}

// BreachNotice is the notification to the supervisory authority.
type BreachNotice struct {
	At           time.Time `json:"at"`
	Reference    string    `json:"reference,omitempty"`
	DelayReasons string    `json:"delay_reasons,omitempty"` // required after the 72 hours (Art. 33(1))
}

// BreachUpdate is one entry of the breach's timeline, such as information
// provided in phases (Art. 33(4)).
type BreachUpdate struct {
	At   time.Time `json:"at"`
	Text string    `json:"text"`
}

// BreachIsOpen reports whether the breach still needs work.
func BreachIsOpen(b Breach) bool { return b.Status != BreachClosed }

// Validate checks a breach record before it is stored; each error names the
// field and how to fix it.
func (b Breach) Validate() error {
	var errs []error
	if strings.TrimSpace(b.Title) == "" {
		errs = append(errs, errors.New("a breach needs a title: give --title"))
	}
	if b.AwareAt.IsZero() {
		errs = append(errs, errors.New("a breach needs the moment of awareness: give --aware \"YYYY-MM-DD HH:MM\""))
	}
	if _, err := LoadZone(b.TZ); err != nil {
		errs = append(errs, err)
	}
	for _, n := range b.Nature {
		if !isNature(n) {
			errs = append(errs, fmt.Errorf("nature %q is not known: use %s", n, strings.Join(BreachNatures, ", ")))
		}
	}
	if b.Subjects < 0 || b.Records < 0 {
		errs = append(errs, errors.New("the numbers of data subjects and records cannot be negative"))
	}
	if !b.OccurredFrom.IsZero() && !b.OccurredTo.IsZero() && b.OccurredTo.Before(b.OccurredFrom) {
		errs = append(errs, errors.New("the breach cannot end before it began: check --occurred-from and --occurred-to"))
	}
	return errors.Join(errs...)
}

// CheckTimeline holds the breach's moments to the order they happen in: a
// breach begins, is detected, and the controller becomes aware of it, none of
// them after now (a minute's grace for clocks), and the data subjects are told
// after awareness. A moment typed wrong (2030 for 2026) would otherwise move
// the 72-hour clock or put a contradiction into the notification a DPO signs.
func (b Breach) CheckTimeline(now time.Time) error {
	var errs []error
	future := func(t time.Time, what, flag string) {
		if !t.IsZero() && t.After(now.Add(time.Minute)) {
			errs = append(errs, fmt.Errorf("%s cannot be in the future: check %s", what, flag))
		}
	}
	future(b.AwareAt, "the moment of awareness", "--aware")
	future(b.DetectedAt, "the detection", "--detected")
	future(b.OccurredFrom, "the start of the breach", "--occurred-from")
	future(b.OccurredTo, "the end of the breach", "--occurred-to")
	future(b.SubjectsToldAt, "telling the data subjects", "--subjects-told")
	before := func(later, earlier time.Time, what string) {
		if !later.IsZero() && !earlier.IsZero() && later.Before(earlier) {
			errs = append(errs, errors.New(what))
		}
	}
	before(b.AwareAt, b.DetectedAt, "the controller cannot become aware of the breach before it was detected: check --detected and --aware")
	before(b.AwareAt, b.OccurredFrom, "the controller cannot become aware of the breach before it began: check --occurred-from and --aware")
	before(b.DetectedAt, b.OccurredFrom, "the breach cannot be detected before it began: check --occurred-from and --detected")
	before(b.SubjectsToldAt, b.AwareAt, "the data subjects cannot be told before the controller became aware: check --subjects-told and --aware")
	return errors.Join(errs...)
}

func isNature(n string) bool {
	for _, k := range BreachNatures {
		if n == k {
			return true
		}
	}
	return false
}

// NormalizeNatures lower-cases and trims natures and accepts their initials
// (c, i, a).
func NormalizeNatures(in []string) []string {
	var out []string
	for _, n := range in {
		n = strings.ToLower(strings.TrimSpace(n))
		for _, k := range BreachNatures {
			if n != "" && n == k[:1] {
				n = k
			}
		}
		if n != "" {
			out = append(out, n)
		}
	}
	return out
}

// Assess records a severity assessment; the breach becomes assessed unless it
// is already further along.
func (b *Breach) Assess(a BreachAssessment, at time.Time) error {
	if b.Status == BreachClosed {
		return errors.New("the breach is closed; nothing was changed")
	}
	if err := a.Validate(); err != nil {
		return err
	}
	a.AssessedAt = at
	b.Assessment = &a
	if b.Status == BreachOpen || b.Status == "" {
		b.Status = BreachAssessed
	}
	return nil
}

// Decide records the notification decision. Not notifying the authority, or not
// telling the data subjects, needs a reason (Art. 33(1), 34(3)).
func (b *Breach) Decide(d BreachDecision, at time.Time) error {
	if b.Status == BreachClosed {
		return errors.New("the breach is closed; nothing was changed")
	}
	d.Reason = strings.TrimSpace(d.Reason)
	d.Exemption = strings.ToLower(strings.TrimSpace(d.Exemption))
	if (!d.NotifyAuthority || !d.NotifySubjects) && d.Reason == "" {
		return errors.New("a decision not to notify needs the reasons: give --reason TEXT (Art. 33(1), 34(3))")
	}
	if d.Exemption != "" && (d.NotifySubjects || !strings.Contains("abc", d.Exemption) || len(d.Exemption) != 1) {
		return errors.New("--exemption is the Art. 34(3) point a, b or c, and only when the subjects are not told")
	}
	d.DecidedAt = at
	b.Decision = &d
	switch {
	case b.Notice != nil:
		b.Status = BreachNotified
	case !d.NotifyAuthority:
		b.Status = BreachNotNotified
	default:
		b.Status = BreachAssessed
	}
	return nil
}

// Notify records the notification to the authority, made at n.At (not after
// now). After the deadline the reasons for the delay are required (Art. 33(1)).
func (b *Breach) Notify(n BreachNotice, now time.Time) error {
	if b.Status == BreachClosed {
		return errors.New("the breach is closed; nothing was changed")
	}
	if n.At.IsZero() {
		return errors.New("give the moment of notification with --at \"YYYY-MM-DD HH:MM\"")
	}
	if n.At.After(now.Add(time.Minute)) {
		return errors.New("the notification cannot be in the future: check --at")
	}
	if n.At.Before(b.AwareAt) {
		return errors.New("the notification cannot precede awareness: check --at")
	}
	n.Reference, n.DelayReasons = strings.TrimSpace(n.Reference), strings.TrimSpace(n.DelayReasons)
	if n.At.After(b.NotifyBy()) && n.DelayReasons == "" {
		return fmt.Errorf("the notification is %s after the 72 hours: give the reasons for the delay with --delay-reasons TEXT (Art. 33(1))",
			FormatHours(n.At.Sub(b.NotifyBy())))
	}
	b.Notice = &n
	b.Status = BreachNotified
	return nil
}

// AddUpdate appends a timeline entry.
func (b *Breach) AddUpdate(text string, at time.Time) error {
	text = strings.TrimSpace(text)
	if text == "" {
		return errors.New("an update needs its text: give --text TEXT")
	}
	b.Updates = append(b.Updates, BreachUpdate{At: at, Text: text})
	return nil
}

// Close ends the work on a breach once the decision is recorded and, when the
// authority is to be notified, the notification is made.
func (b *Breach) Close() error {
	switch {
	case b.Status == BreachClosed:
		return errors.New("the breach is already closed")
	case b.Decision == nil:
		return errors.New("record the decision first: dpodesk breach decide ID --notify-authority yes|no --notify-subjects yes|no --reason TEXT")
	case b.Decision.NotifyAuthority && b.Notice == nil:
		return errors.New("the authority is to be notified: record it first with dpodesk breach notify ID --at TIME")
	}
	b.Status = BreachClosed
	return nil
}
