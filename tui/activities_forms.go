package tui

import (
	"errors"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/dpodesk/dpodesk/model"
)

// multiOptions offers a vocabulary plus any values the record already holds that
// are not in it, so editing never drops free-text entries.
func multiOptions(kind, lang string, have []string) []huh.Option[string] {
	opts := vocabOptions(kind, lang)
	known := map[string]bool{}
	for _, o := range opts {
		known[o.Value] = true
	}
	for _, h := range have {
		if !known[h] {
			opts = append(opts, huh.NewOption(h, h))
		}
	}
	for i := range opts {
		for _, h := range have {
			if opts[i].Value == h {
				opts[i] = opts[i].Selected(true)
			}
		}
	}
	return opts
}

// activityValues are the form's bound variables.
type activityValues struct {
	name, desc, status, owner, review              string
	purposes, withdrawal, interest                 string
	bases, art9, subjects, categories, recipients  []string
	source, retention, retentionWhy, toms, tomsWhy string
	processors                                     []string
	more                                           *activityMore
}

func (v *activityValues) apply(a *model.Activity) {
	a.Name, a.Description, a.Status = strings.TrimSpace(v.name), strings.TrimSpace(v.desc), model.RecordStatus(v.status)
	a.Owner, a.NextReview = strings.TrimSpace(v.owner), parseOptionalDate(v.review)
	a.Purposes, a.ConsentWithdrawal, a.LegitimateInterest = splitList(v.purposes), strings.TrimSpace(v.withdrawal), strings.TrimSpace(v.interest)
	a.LegalBases, a.Art9Conditions, a.DataSubjects, a.DataCategories, a.Recipients = v.bases, v.art9, v.subjects, v.categories, v.recipients
	a.DataSource, a.Retention, a.RetentionJustification = v.source, parseRetention(v.retention), strings.TrimSpace(v.retentionWhy)
	a.TOMs, a.TOMsJustification = strings.TrimSpace(v.toms), strings.TrimSpace(v.tomsWhy)
	if v.more != nil {
		v.more.apply(a)
	}
	a.ProcessorIDs = nil
	for _, s := range v.processors {
		if id, err := strconv.ParseUint(s, 10, 64); err == nil {
			a.ProcessorIDs = append(a.ProcessorIDs, id)
		}
	}
}

// parseRetention reads "category: period; …".
func parseRetention(s string) []model.Retention {
	var out []model.Retention
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		cat, period, ok := strings.Cut(part, ":")
		if !ok {
			cat, period = "all data", part
		}
		out = append(out, model.Retention{Category: strings.TrimSpace(cat), Period: strings.TrimSpace(period)})
	}
	return out
}

// activityForm creates (ID 0) or edits an activity. The last field checks the
// whole record with the model's Validate, so an error blocks saving and shows
// at the form rather than after it closed.
func (p *activitiesPage) activityForm(a model.Activity) tea.Cmd {
	v := &activityValues{
		name: a.Name, desc: a.Description, status: string(a.Status), owner: a.Owner, review: formDate(a.NextReview),
		purposes: joinList(a.Purposes), withdrawal: a.ConsentWithdrawal, interest: a.LegitimateInterest,
		source: a.DataSource, retention: retentionText(a.Retention), retentionWhy: a.RetentionJustification,
		toms: a.TOMs, tomsWhy: a.TOMsJustification,
	}
	more := newActivityMore(a)
	v.more = more
	check := func(string) error {
		b := a
		v.apply(&b)
		for _, pr := range b.ValidateOn(p.o.today()) {
			if pr.Severity == model.SeverityError {
				return errors.New(pr.Field + ": " + pr.Message)
			}
		}
		return nil
	}
	groups := p.activityGroups(a, v, check)
	title := ft("New activity")
	if a.ID != 0 {
		title = ft("Edit %s", a.Name)
	}
	submit := func() tea.Cmd { b := a; v.apply(&b); return p.save(b) }
	built := func() model.Activity { b := a; v.apply(&b); return b }
	return newFormModal(p.st, title, submit, groups...).withChanged(changedSince(built)).open(p.width, p.height)
}

// activityGroups lays the activity form out in pages that fit 80×24.
func (p *activitiesPage) activityGroups(a model.Activity, v *activityValues, check func(string) error) []*huh.Group {
	lang := p.o.Lang
	ms := func(title, kind string, have []string, val *[]string) *huh.MultiSelect[string] {
		return huh.NewMultiSelect[string]().Title(title).Options(multiOptions(kind, lang, have)...).Value(val).Height(9).Filterable(true)
	}
	groups := []*huh.Group{
		huh.NewGroup(
			huh.NewInput().Title(fieldLabel("name", lang)).Value(&v.name).Validate(notEmpty("the name")),
			huh.NewInput().Title(fieldLabel("description", lang)).Value(&v.desc),
			huh.NewSelect[string]().Title(fieldLabel("status", lang)).Value(&v.status).Inline(true).Options(
				huh.NewOption(model.StatusLabel("active", lang), "active"), huh.NewOption(model.StatusLabel("draft", lang), "draft"),
				huh.NewOption(model.StatusLabel("retired", lang), "retired")),
			huh.NewInput().Title(fieldLabel("owner", lang)).Value(&v.owner),
			huh.NewInput().Title(fieldLabel("next_review", lang)+" ("+dateHint()+")").Value(&v.review).Validate(validOptionalDate),
		),
		huh.NewGroup(
			huh.NewInput().Title(fieldLabel("purposes", lang)+ft(" (separate with ;)")).Value(&v.purposes),
			ms(fieldLabel("legal_bases", lang), model.VocabLegalBasis, a.LegalBases, &v.bases),
		),
		huh.NewGroup(
			ms(fieldLabel("art9_conditions", lang), model.VocabArt9Condition, a.Art9Conditions, &v.art9),
			huh.NewInput().Title(fieldLabel("consent_withdrawal", lang)).Value(&v.withdrawal),
			huh.NewInput().Title(fieldLabel("legitimate_interest", lang)).Value(&v.interest),
		),
		huh.NewGroup(ms(fieldLabel("data_subjects", lang), model.VocabDataSubject, a.DataSubjects, &v.subjects)),
		huh.NewGroup(ms(fieldLabel("data_categories", lang), model.VocabDataCategory, a.DataCategories, &v.categories)),
		huh.NewGroup(
			ms(fieldLabel("recipients", lang), model.VocabRecipientCategory, a.Recipients, &v.recipients),
			huh.NewSelect[string]().Title(fieldLabel("data_source", lang)).Value(&v.source).Inline(true).
				Options(append([]huh.Option[string]{huh.NewOption("—", "")}, vocabOptions(model.VocabDataSource, lang)...)...),
		),
	}
	if po := p.processorOptions(a.ProcessorIDs); len(po) > 0 {
		groups = append(groups, huh.NewGroup(huh.NewMultiSelect[string]().Title(fieldLabel("processors", lang)).
			Options(po...).Value(&v.processors).Height(9).Filterable(true)))
	}
	groups = append(groups, moreGroups(v.more, lang)...)
	groups = append(groups, huh.NewGroup(
		huh.NewInput().Title(fieldLabel("retention", lang)+ft(" (category: period; …)")).Value(&v.retention),
		huh.NewInput().Title(fieldLabel("retention_justification", lang)).Value(&v.retentionWhy),
		huh.NewInput().Title(fieldLabel("toms", lang)).Value(&v.toms),
		huh.NewInput().Title(fieldLabel("toms_justification", lang)).Value(&v.tomsWhy).Validate(check),
	))
	return groups
}

// processorOptions lists known processors (bounded: a form is not a search).
func (p *activitiesPage) processorOptions(have []uint64) []huh.Option[string] {
	sel := map[uint64]bool{}
	for _, id := range have {
		sel[id] = true
	}
	var opts []huh.Option[string]
	for i, r := range p.procs.rows {
		if i >= 500 && !sel[r.ID] {
			continue
		}
		opts = append(opts, huh.NewOption(r.Name, strconv.FormatUint(r.ID, 10)).Selected(sel[r.ID]))
	}
	return opts
}

func (p *activitiesPage) save(a model.Activity) tea.Cmd {
	s, now := p.s, p.o.Now()
	return func() tea.Msg {
		var err error
		a.UpdatedAt = now
		if a.ID == 0 {
			a.CreatedAt = now
			err = s.CreateActivity(&a)
		} else {
			err = s.UpdateActivity(&a)
		}
		if err != nil {
			return statusMsg{text: ft("activity not saved: ") + errText(err, uiLangOf()), err: true}
		}
		return savedMsg{kind: kindActivity, id: a.ID, text: ft("activity %s saved", strconv.Quote(a.Name))}
	}
}

// screeningForm records the WP248 criteria met and the DPIA decision, showing
// the model's suggestion in the title so the DPO decides with it in view.
func (p *activitiesPage) screeningForm(a model.Activity) tea.Cmd {
	lang := p.o.Lang
	s := model.ScreenDPIA(a)
	criteria := append([]string(nil), s.Criteria...)
	decision, reason, ref := a.DPIA.Decision, a.DPIA.Reason, a.DPIA.Reference
	if decision == "" && s.Suggest == model.DPIARequired {
		decision = "required"
	}
	var copts []huh.Option[string]
	for _, t := range model.WP248Criteria() {
		copts = append(copts, huh.NewOption(t.Label(lang), t.Key).Selected(contains(criteria, t.Key)))
	}
	suggest := ft("Suggestion: %s (%d criteria; two or more usually need a DPIA)", keyed(lang, "dpia:", s.Suggest), s.Count)
	g1 := huh.NewGroup(huh.NewMultiSelect[string]().Title(ft("WP248 criteria met")).Description(suggest).
		Options(copts...).Value(&criteria).Height(11))
	g2 := huh.NewGroup(
		huh.NewSelect[string]().Title(ft("Decision")).Value(&decision).Options(vocabOptions(model.VocabDPIADecision, lang)...),
		huh.NewInput().Title(ft("Reason")).Value(&reason).Validate(notEmpty("the reason for the decision")),
		huh.NewInput().Title(ft("Where the DPIA is kept (optional)")).Value(&ref),
	)
	submit := func() tea.Cmd {
		b := a
		b.DPIA = model.DPIAScreening{Criteria: criteria, Decision: decision, Reason: strings.TrimSpace(reason),
			Reference: strings.TrimSpace(ref), DecidedOn: p.o.today()}
		return p.save(b)
	}
	return newFormModal(p.st, ft("DPIA screening: %s", a.Name), submit, g1, g2).open(p.width, p.height)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
