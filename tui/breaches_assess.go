package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/dpodesk/dpodesk/model"
)

// assessModal is the ENISA assessment form with the severity drawn above it
// from the values as they stand, so the score and band change as the DPO
// scores (SE = DPC × EI + CB).
type assessModal struct {
	*formModal
	a *model.BreachAssessment
}

func (m *assessModal) Update(msg tea.Msg) (tea.Cmd, bool) { return m.formModal.Update(msg) }

func (m *assessModal) View(w, h int) string {
	se := m.a.SE()
	line := m.a.FormulaIn(uiLangOf())
	style := m.st.OK
	switch {
	case se >= 3:
		style = m.st.Danger
	case se >= 2:
		style = m.st.Warn
	}
	sug := model.Suggest(m.a.Band())
	head := m.st.Section.Render(m.title) + m.st.Muted.Render(ft("  (esc cancels)")) + "\n" +
		style.Render(line) + "\n" + m.st.Muted.Render(ft("suggests: %s", ft(sug.Text))) + "\n"
	return head + m.form.View()
}

func (m *assessModal) open(w, h int) tea.Cmd {
	m.form = m.form.WithWidth(max(w-4, 30)).WithHeight(max(h-5, 6))
	return tea.Batch(openModal(m), m.form.Init())
}

func scoreOptions(values []float64, labels []string) []huh.Option[float64] {
	opts := make([]huh.Option[float64], len(values))
	for i, v := range values {
		opts[i] = huh.NewOption(labels[i], v)
	}
	return opts
}

// assessForm scores a breach with the ENISA method, starting from its last
// assessment when there is one.
func (p *breachesPage) assessForm(d model.BreachDetail) tea.Cmd {
	a := &model.BreachAssessment{DPC: 1, EI: 0.25}
	if d.Assessment != nil {
		*a = *d.Assessment
	}
	cb := []string{ft("0 none"), "0.25", "0.5"}
	group := huh.NewGroup(
		huh.NewSelect[int]().Title(ft("DPC data processing context")).Inline(true).Value(&a.DPC).Options(
			huh.NewOption(ft("1 simple"), 1), huh.NewOption(ft("2 behavioural"), 2), huh.NewOption(ft("3 financial"), 3), huh.NewOption(ft("4 sensitive"), 4)),
		huh.NewSelect[float64]().Title(ft("EI ease of identification")).Inline(true).Value(&a.EI).Options(
			scoreOptions(model.EIScores, []string{ft("0.25 negligible"), ft("0.5 limited"), ft("0.75 significant"), ft("1 maximum")})...),
		huh.NewSelect[float64]().Title(ft("Loss of confidentiality")).Inline(true).Value(&a.Confidentiality).Options(
			scoreOptions(model.CBScores, []string{cb[0], ft("0.25 known recipients"), ft("0.5 unknown or published")})...),
		huh.NewSelect[float64]().Title(ft("Loss of integrity")).Inline(true).Value(&a.Integrity).Options(
			scoreOptions(model.CBScores, []string{cb[0], ft("0.25 recoverable"), ft("0.5 not recoverable")})...),
		huh.NewSelect[float64]().Title(ft("Loss of availability")).Inline(true).Value(&a.Availability).Options(
			scoreOptions(model.CBScores, []string{cb[0], ft("0.25 temporary"), ft("0.5 permanent")})...),
		localConfirm().Title(ft("Malicious intent (+0.5)?")).Value(&a.Malicious).Affirmative(ft("yes")).Negative(ft("no")),
		huh.NewInput().Title(ft("Rationale")).Value(&a.Rationale).Validate(notEmpty("the rationale")),
	)
	svc, id := p.svc, d.ID
	submit := func() tea.Cmd {
		rec := *a
		rec.Rationale = strings.TrimSpace(rec.Rationale)
		return breachDone(ft("assessed: %s", rec.FormulaIn(uiLangOf())), func() (model.BreachDetail, error) { return svc.AssessBreach(id, rec) })
	}
	m := &assessModal{formModal: newFormModal(p.st, ft("Assess: %s", d.Title), submit, group), a: a}
	return m.open(p.width, p.height)
}
