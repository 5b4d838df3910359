package tui

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/dpodesk/dpodesk/model"
)

const breachWall = "2006-01-02 15:04"

// breachValues are the breach form's bound variables.
type breachValues struct {
	title, aware, tz, detected, description, consequences, taken, proposed, subjects, records string
	nature                                                                                    []string
}

// zone is the zone the form's times are read in: the one typed, or the
// machine's when none is (the application layer then records its name).
func (v *breachValues) zone() string {
	if strings.TrimSpace(v.tz) == "" {
		return "Local"
	}
	return strings.TrimSpace(v.tz)
}

func (v *breachValues) apply(b *model.Breach) error {
	aware, err := model.ParseBreachTime(v.aware, v.zone())
	if err != nil {
		return err
	}
	b.Title, b.AwareAt, b.TZ = strings.TrimSpace(v.title), aware, strings.TrimSpace(v.tz)
	b.DetectedAt = time.Time{}
	if strings.TrimSpace(v.detected) != "" {
		if b.DetectedAt, err = model.ParseBreachTime(v.detected, v.zone()); err != nil {
			return err
		}
	}
	b.Description, b.Consequences = strings.TrimSpace(v.description), strings.TrimSpace(v.consequences)
	b.MeasuresTaken, b.MeasuresProposed, b.Nature = strings.TrimSpace(v.taken), strings.TrimSpace(v.proposed), v.nature
	if b.Subjects, err = optionalCount(v.subjects); err != nil {
		return err
	}
	b.Records, err = optionalCount(v.records)
	return err
}

func optionalCount(s string) (int, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 {
		return 0, errors.New(ft("enter a whole number, or leave it empty"))
	}
	return n, nil
}

func validCount(s string) error { _, err := optionalCount(s); return err }

func wall(t time.Time, zone *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(zone).Format(breachWall)
}

// breachForm records (ID 0) or edits a breach. The times are read on the
// wall clock of the zone given, as on the command line.
func (p *breachesPage) breachForm(b model.Breach) tea.Cmd {
	z := b.Zone()
	v := &breachValues{title: b.Title, aware: wall(b.AwareAt, z), tz: b.TZ, detected: wall(b.DetectedAt, z),
		description: b.Description, consequences: b.Consequences, taken: b.MeasuresTaken, proposed: b.MeasuresProposed,
		subjects: breachCount(b.Subjects), records: breachCount(b.Records), nature: b.Nature}
	timeCheck := func(optional bool) func(string) error {
		return func(s string) error {
			if optional && strings.TrimSpace(s) == "" {
				return nil
			}
			_, err := model.ParseBreachTime(s, v.zone())
			return err
		}
	}
	var natures []huh.Option[string]
	for _, n := range model.BreachNatures {
		natures = append(natures, huh.NewOption(keyed(uiLangOf(), "nature:", n), n).Selected(slices.Contains(b.Nature, n)))
	}
	groups := []*huh.Group{
		huh.NewGroup(
			huh.NewInput().Title(ft("Title")).Value(&v.title).Validate(notEmpty("the title")),
			huh.NewInput().Title(ft("Time zone (IANA, e.g. Europe/Berlin; empty: this machine's)")).Value(&v.tz).Validate(func(s string) error {
				_, err := model.LoadZone(v.zone())
				return err
			}),
			huh.NewInput().Title(ft("Aware at (YYYY-MM-DD HH:MM) — the 72 hours start here")).Value(&v.aware).Validate(timeCheck(false)),
			huh.NewInput().Title(ft("Detected at (optional)")).Value(&v.detected).Validate(timeCheck(true)),
			huh.NewMultiSelect[string]().Title(ft("Nature")).Options(natures...).Value(&v.nature).Height(5),
		),
		huh.NewGroup(
			huh.NewInput().Title(ft("What happened")).Value(&v.description),
			huh.NewInput().Title(ft("Data subjects (approx.)")).Value(&v.subjects).Validate(validCount),
			huh.NewInput().Title(ft("Records (approx.)")).Value(&v.records).Validate(validCount),
			huh.NewInput().Title(ft("Likely consequences")).Value(&v.consequences),
			huh.NewInput().Title(ft("Measures taken")).Value(&v.taken),
			huh.NewInput().Title(ft("Measures proposed")).Value(&v.proposed),
		),
	}
	title := ft("Record a breach")
	if b.ID != 0 {
		title = ft("Edit %s", b.Title)
	}
	submit := func() tea.Cmd {
		rec := b
		if err := v.apply(&rec); err != nil {
			return errCmd(err)
		}
		return p.saveBreach(rec)
	}
	return newFormModal(p.st, title, submit, groups...).open(p.width, p.height)
}

func (p *breachesPage) saveBreach(b model.Breach) tea.Cmd {
	svc := p.svc
	return func() tea.Msg {
		var d model.BreachDetail
		var err error
		if b.ID == 0 {
			d, err = svc.AddBreach(b)
		} else {
			d, err = svc.EditBreach(b.ID, func(r *model.Breach) error {
				r.Title, r.AwareAt, r.TZ, r.DetectedAt, r.Nature = b.Title, b.AwareAt, b.TZ, b.DetectedAt, b.Nature
				r.Description, r.Consequences, r.MeasuresTaken, r.MeasuresProposed = b.Description, b.Consequences, b.MeasuresTaken, b.MeasuresProposed
				r.Subjects, r.Records = b.Subjects, b.Records
				return nil
			})
		}
		if err != nil {
			return statusMsg{text: ft("breach not saved: ") + errText(err, uiLangOf()), err: true}
		}
		return savedMsg{kind: kindBreach, id: d.ID, text: ft("breach %q saved; notify the authority by %s",
			d.Title, d.NotifyBy.Format(ft("Mon 2006-01-02 15:04 MST")))}
	}
}

// breachDone turns a desk call into the saved message, or the error line.
func breachDone(what string, call func() (model.BreachDetail, error)) tea.Cmd {
	return func() tea.Msg {
		d, err := call()
		if err != nil {
			return statusMsg{text: ft(what) + ": " + err.Error(), err: true}
		}
		return savedMsg{kind: kindBreach, id: d.ID, text: ft("breach %q: %s", d.Title, ft(what))}
	}
}

// decideForm records the decision on both notifications, with reasons when
// either answer is no.
func (p *breachesPage) decideForm(d model.BreachDetail) tea.Cmd {
	sug := model.Suggest(d.Band)
	if d.Assessment == nil {
		sug = model.BreachSuggestion{NotifyAuthority: true, Text: ft("not assessed yet")}
	}
	dec := model.BreachDecision{NotifyAuthority: sug.NotifyAuthority, NotifySubjects: sug.NotifySubjects}
	if d.Decision != nil {
		dec = *d.Decision
	}
	group := huh.NewGroup(
		huh.NewNote().Title(ft("Suggested by the severity")).Description(ft(sug.Text)),
		localConfirm().Title(ft("Notify the supervisory authority (Art. 33)?")).Value(&dec.NotifyAuthority).Affirmative("yes").Negative("no"),
		localConfirm().Title(ft("Tell the data subjects (Art. 34)?")).Value(&dec.NotifySubjects).Affirmative("yes").Negative("no"),
		huh.NewSelect[string]().Title(ft("Art. 34(3) exemption when not telling them")).Inline(true).Value(&dec.Exemption).Options(
			huh.NewOption(ft("none"), ""), huh.NewOption(ft("(a) unintelligible"), "a"),
			huh.NewOption(ft("(b) high risk removed"), "b"), huh.NewOption(ft("(c) disproportionate effort"), "c")),
		huh.NewInput().Title(ft("Reasons")).Value(&dec.Reason).Validate(func(s string) error {
			if (!dec.NotifyAuthority || !dec.NotifySubjects) && strings.TrimSpace(s) == "" {
				return errors.New(ft("a decision not to notify needs its reasons (Art. 33(1), 34(3))"))
			}
			return nil
		}),
	)
	svc, id := p.svc, d.ID
	submit := func() tea.Cmd {
		return breachDone(model.N("decision recorded"), func() (model.BreachDetail, error) { return svc.DecideBreach(id, dec) })
	}
	return newFormModal(p.st, ft("Decide: %s", d.Title), submit, group).open(p.width, p.height)
}

// notifyForm records the notification to the authority: when, the reference,
// and the reasons for a delay past the 72 hours.
func (p *breachesPage) notifyForm(d model.BreachDetail) tea.Cmd {
	at, ref, delay := p.o.Now().In(d.Zone()).Format(breachWall), "", ""
	when := func() (time.Time, error) { return model.ParseBreachTime(at, d.TZ) }
	group := huh.NewGroup(
		huh.NewNote().Title(ft("Deadline")).Description(model.ClockRuleIn(d.AwareAt.In(d.Zone()), uiLangOf())),
		huh.NewInput().Title(ft("Notified at (YYYY-MM-DD HH:MM, %s)", d.TZ)).Value(&at).Validate(func(string) error { _, err := when(); return err }),
		huh.NewInput().Title(ft("Authority's reference")).Value(&ref),
		huh.NewInput().Title(ft("Reasons for the delay (required after 72 h)")).Value(&delay).Validate(func(s string) error {
			if t, err := when(); err == nil && t.After(d.NotifyBy) && strings.TrimSpace(s) == "" {
				return errors.New(ft("notified after the 72 hours: give the reasons for the delay (Art. 33(1))"))
			}
			return nil
		}),
	)
	svc, id := p.svc, d.ID
	submit := func() tea.Cmd {
		t, err := when()
		if err != nil {
			return errCmd(err)
		}
		n := model.BreachNotice{At: t, Reference: ref, DelayReasons: delay}
		return breachDone(model.N("authority notification recorded"), func() (model.BreachDetail, error) { return svc.NotifyBreach(id, n) })
	}
	return newFormModal(p.st, ft("Authority notified: %s", d.Title), submit, group).open(p.width, p.height)
}

func (p *breachesPage) updateForm(id uint64) tea.Cmd {
	var text string
	group := huh.NewGroup(huh.NewInput().Title(ft("Update (Art. 33(4): what is new)")).Value(&text).Validate(notEmpty("the update")))
	svc := p.svc
	submit := func() tea.Cmd {
		return breachDone(model.N("update added"), func() (model.BreachDetail, error) { return svc.AddBreachUpdate(id, text) })
	}
	return newFormModal(p.st, ft("Add an update"), submit, group).open(p.width, p.height)
}

func (p *breachesPage) letterForm(id uint64) tea.Cmd {
	kind, lang := "authority", p.o.Lang
	group := huh.NewGroup(
		huh.NewSelect[string]().Title(ft("Draft")).Inline(true).Value(&kind).Options(
			huh.NewOption(ft("notification to the authority (Art. 33(3))"), "authority"),
			huh.NewOption(ft("communication to the data subjects (Art. 34(2))"), "subjects"),
			huh.NewOption(ft("internal record (Art. 33(5))"), "record")),
		huh.NewSelect[string]().Title(ft("Language")).Inline(true).Value(&lang).Options(huh.NewOption("English", "en"), huh.NewOption("Deutsch", "de")),
	)
	svc := p.svc
	submit := func() tea.Cmd {
		return func() tea.Msg {
			text, err := svc.BreachLetter(id, kind, lang)
			return breachLetterMsg{id: id, text: text, err: err}
		}
	}
	return newFormModal(p.st, ft("Draft a letter"), submit, group).open(p.width, p.height)
}

func (p *breachesPage) confirmClose(id uint64) tea.Cmd {
	svc := p.svc
	return confirmOr(p.st, ft("Close this breach? It stays in the register (Art. 33(5))."), ft("not closed"), func() tea.Cmd {
		return breachDone(model.N("closed"), func() (model.BreachDetail, error) { return svc.CloseBreach(id) })
	})
}
