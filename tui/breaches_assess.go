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
	line := m.a.Formula()
	style := m.st.OK
	switch {
	case se >= 3:
		style = m.st.Danger
	case se >= 2:
		style = m.st.Warn
	}
	sug := model.Suggest(m.a.Band())
	head := m.st.Section.Render(m.title) + m.st.Muted.Render("  (esc cancels)") + "\n" +
		style.Render(line) + "\n" + m.st.Muted.Render("suggests: "+sug.Text) + "\n"
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
	cb := []string{"0 none", "0.25", "0.5"}
	group := huh.NewGroup(
		huh.NewSelect[int]().Title("DPC data processing context").Inline(true).Value(&a.DPC).Options(
			huh.NewOption("1 simple", 1), huh.NewOption("2 behavioural", 2), huh.NewOption("3 financial", 3), huh.NewOption("4 sensitive", 4)),
		huh.NewSelect[float64]().Title("EI ease of identification").Inline(true).Value(&a.EI).Options(
			scoreOptions(model.EIScores, []string{"0.25 negligible", "0.5 limited", "0.75 significant", "1 maximum"})...),
		huh.NewSelect[float64]().Title("Loss of confidentiality").Inline(true).Value(&a.Confidentiality).Options(
			scoreOptions(model.CBScores, []string{cb[0], "0.25 known recipients", "0.5 unknown or published"})...),
		huh.NewSelect[float64]().Title("Loss of integrity").Inline(true).Value(&a.Integrity).Options(
			scoreOptions(model.CBScores, []string{cb[0], "0.25 recoverable", "0.5 not recoverable"})...),
		huh.NewSelect[float64]().Title("Loss of availability").Inline(true).Value(&a.Availability).Options(
			scoreOptions(model.CBScores, []string{cb[0], "0.25 temporary", "0.5 permanent"})...),
		huh.NewConfirm().Title("Malicious intent (+0.5)?").Value(&a.Malicious).Affirmative("yes").Negative("no"),
		huh.NewInput().Title("Rationale").Value(&a.Rationale).Validate(notEmpty("the rationale")),
	)
	svc, id := p.svc, d.ID
	submit := func() tea.Cmd {
		rec := *a
		rec.Rationale = strings.TrimSpace(rec.Rationale)
		return breachDone("assessed: "+rec.Formula(), func() (model.BreachDetail, error) { return svc.AssessBreach(id, rec) })
	}
	m := &assessModal{formModal: newFormModal(p.st, "Assess: "+d.Title, submit, group), a: a}
	return m.open(p.width, p.height)
}
