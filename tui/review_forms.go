package tui

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/dpodesk/dpodesk/model"
)

// edit opens a form with the main fields of the selected suggestion. The form
// changes only the review's copy: nothing is stored until the merge.
func (m *reviewModel) edit() tea.Cmd {
	r, ok := m.current()
	if !ok || m.state(r) == nil {
		return nil
	}
	if r.group == groupActivities {
		return m.editActivity(r, m.rv.Activities[r.idx].Activity)
	}
	return m.editProcessor(r, m.rv.Processors[r.idx].Processor)
}

func (m *reviewModel) editActivity(r reviewRow, a model.Activity) tea.Cmd {
	lang := m.o.Lang
	name, purposes, retention := a.Name, joinList(a.Purposes), retentionText(a.Retention)
	bases, cats := a.LegalBases, a.DataCategories
	ms := func(title, kind string, have []string, val *[]string) *huh.MultiSelect[string] {
		return huh.NewMultiSelect[string]().Title(title).Options(multiOptions(kind, lang, have)...).Value(val).Height(8).Filterable(true)
	}
	groups := []*huh.Group{
		huh.NewGroup(
			huh.NewInput().Title(fieldLabel("name", lang)).Value(&name).Validate(notEmpty("the name")),
			huh.NewInput().Title(fieldLabel("purposes", lang)+ft(" (separate with ;)")).Value(&purposes),
			huh.NewInput().Title(fieldLabel("retention", lang)+ft(" (category: period; …)")).Value(&retention),
		),
		huh.NewGroup(ms(fieldLabel("legal_bases", lang), model.VocabLegalBasis, a.LegalBases, &bases)),
		huh.NewGroup(ms(fieldLabel("data_categories", lang), model.VocabDataCategory, a.DataCategories, &cats)),
	}
	submit := func() tea.Cmd {
		b := a
		b.Name, b.Purposes, b.Retention = strings.TrimSpace(name), splitList(purposes), parseRetention(retention)
		b.LegalBases, b.DataCategories = bases, cats
		return func() tea.Msg { return reviewEditedMsg{row: r, act: b} }
	}
	return newFormModal(m.st, ft("Edit suggested activity"), submit, groups...).open(m.width, m.height)
}

func (m *reviewModel) editProcessor(r reviewRow, p model.Processor) tea.Cmd {
	lang := m.o.Lang
	name, entity, role, country, mech, dpa := p.Name, p.LegalEntity, p.Role, p.Country, p.TransferMechanism, p.DPA.Status
	none := []huh.Option[string]{huh.NewOption("—", "")}
	groups := []*huh.Group{
		huh.NewGroup(
			huh.NewInput().Title(fieldLabel("name", lang)).Value(&name).Validate(notEmpty("the name")),
			huh.NewInput().Title(fieldLabel("legal_entity", lang)).Value(&entity),
			huh.NewSelect[string]().Title(fieldLabel("role", lang)).Value(&role).Inline(true).Options(vocabOptions(model.VocabProcessorRole, lang)...),
			huh.NewInput().Title(fieldLabel("country", lang)+ft(" (two letters)")).Value(&country).CharLimit(2),
		),
		huh.NewGroup(
			huh.NewSelect[string]().Title(fieldLabel("transfer_mechanism", lang)).Value(&mech).Inline(true).Options(append(none, vocabOptions(model.VocabTransferMechanism, lang)...)...),
			huh.NewSelect[string]().Title(fieldLabel("dpa_status", lang)).Value(&dpa).Inline(true).Options(vocabOptions(model.VocabDPAStatus, lang)...),
		),
	}
	submit := func() tea.Cmd {
		b := p
		b.Name, b.LegalEntity, b.Role = strings.TrimSpace(name), strings.TrimSpace(entity), role
		b.Country, b.TransferMechanism, b.DPA.Status = strings.ToUpper(strings.TrimSpace(country)), mech, dpa
		// the policy's name stays an alias, so activities that name it still
		// link to the renamed record and a later import still finds it
		if b.Name != p.Name && p.Name != "" && !slices.Contains(b.Aliases, p.Name) {
			b.Aliases = append(slices.Clone(b.Aliases), p.Name)
		}
		return func() tea.Msg { return reviewEditedMsg{row: r, proc: b} }
	}
	return newFormModal(m.st, ft("Edit suggested processor"), submit, groups...).open(m.width, m.height)
}
