package tui

import (
	"errors"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/dpodesk/dpodesk/model"
)

// processorValues are the processor form's bound variables.
type processorValues struct {
	name, entity, role, contact, country, services string
	dpo, address, authorisation, tia               string
	dpaStatus, signed, version, form, review, mech string
	countries, subs                                string
	clauses                                        []string
}

func (v *processorValues) apply(p *model.Processor) {
	p.Name, p.LegalEntity, p.Role = strings.TrimSpace(v.name), strings.TrimSpace(v.entity), v.role
	p.Contact, p.Country, p.Services = strings.TrimSpace(v.contact), countryCode(v.country), strings.TrimSpace(v.services)
	p.DPOContact, p.Address = strings.TrimSpace(v.dpo), strings.TrimSpace(v.address)
	p.Authorisation, p.TIAReference = v.authorisation, strings.TrimSpace(v.tia)
	p.DPA.Status, p.DPA.SignedOn, p.DPA.Version = v.dpaStatus, parseOptionalDate(v.signed), strings.TrimSpace(v.version)
	p.DPA.Form, p.DPA.NextReview, p.TransferMechanism = v.form, parseOptionalDate(v.review), v.mech
	p.Countries = nil
	for _, c := range splitList(v.countries) {
		p.Countries = append(p.Countries, countryCode(c))
	}
	p.DPA.Clauses = map[string]bool{}
	for _, c := range v.clauses {
		p.DPA.Clauses[c] = true
	}
	p.SubProcessors = parseSubs(v.subs, p.SubProcessors)
}

// parseSubs reads "name, service, country, mechanism; …" (countries by code
// or name), keeping the recorded date of sub-processors that stay.
func parseSubs(s string, old []model.SubProcessor) []model.SubProcessor {
	prev := map[string]model.SubProcessor{}
	for _, o := range old {
		prev[o.Name] = o
	}
	var out []model.SubProcessor
	for _, part := range strings.Split(s, ";") {
		f := strings.Split(part, ",")
		name := strings.TrimSpace(f[0])
		if name == "" {
			continue
		}
		sp := prev[name]
		sp.Name = name
		if len(f) > 1 {
			sp.Service = strings.TrimSpace(f[1])
		}
		if len(f) > 2 {
			sp.Country = countryCode(f[2])
		}
		if len(f) > 3 {
			sp.Mechanism = model.NormalizeMechanism(f[3])
		}
		out = append(out, sp)
	}
	return out
}

func subsText(ss []model.SubProcessor) string {
	var out []string
	for _, s := range ss {
		out = append(out, strings.TrimRight(strings.Join([]string{s.Name, s.Service, s.Country, s.Mechanism}, ", "), ", "))
	}
	return strings.Join(out, "; ")
}

// processorForm creates (ID 0) or edits a processor with its DPA. As with
// activities, the last field runs the model's Validate over the whole record.
func (p *processorsPage) processorForm(pr model.Processor) tea.Cmd {
	lang := p.o.Lang
	v := &processorValues{
		name: pr.Name, entity: pr.LegalEntity, role: pr.Role, contact: pr.Contact, country: countryText(pr.Country, lang),
		services: pr.Services, dpaStatus: pr.DPA.Status, signed: formDate(pr.DPA.SignedOn), version: pr.DPA.Version,
		form: pr.DPA.Form, review: formDate(pr.DPA.NextReview), mech: pr.TransferMechanism,
		countries: joinList(pr.Countries), subs: subsText(pr.SubProcessors),
		dpo: pr.DPOContact, address: pr.Address, authorisation: pr.Authorisation, tia: pr.TIAReference,
	}
	today := p.o.today()
	signedOK := func(s string) error {
		if err := validOptionalDate(s); err != nil {
			return err
		}
		if d := parseOptionalDate(s); !d.IsZero() && d.After(today) {
			return errors.New(ft("%s is after today: a DPA cannot have been signed in the future", formDate(d)))
		}
		return nil
	}
	reviewOK := func(s string) error {
		if err := validOptionalDate(s); err != nil {
			return err
		}
		if d, signed := parseOptionalDate(s), parseOptionalDate(v.signed); !d.IsZero() && !signed.IsZero() && d.Before(signed) {
			return errors.New(ft("the review on %s would come before the signing on %s", formDate(d), formDate(signed)))
		}
		return nil
	}
	var copts []huh.Option[string]
	for _, t := range model.Vocabulary(model.VocabArt28Clause) {
		copts = append(copts, huh.NewOption("("+t.Key+") "+t.Label(lang), t.Key).Selected(pr.DPA.Clauses[t.Key]))
	}
	check := func(string) error {
		b := pr
		v.apply(&b)
		for _, pb := range b.ValidateOn(today) {
			if pb.Severity == model.SeverityError {
				return errors.New(pb.Field + ": " + pb.Message)
			}
		}
		return nil
	}
	none := []huh.Option[string]{huh.NewOption("—", "")}
	f := &catalogueFields{
		entity:   huh.NewInput().Title(fieldLabel("legal_entity", lang)).Value(&v.entity),
		role:     huh.NewSelect[string]().Title(fieldLabel("role", lang)).Value(&v.role).Inline(true).Options(vocabOptions(model.VocabProcessorRole, lang)...),
		country:  huh.NewInput().Title(fieldLabel("country", lang) + ft(" (DE, Germany, Deutschland)")).Value(&v.country).Validate(validCountry),
		services: huh.NewInput().Title(fieldLabel("services", lang)).Value(&v.services),
		mech:     huh.NewSelect[string]().Title(fieldLabel("transfer_mechanism", lang)).Value(&v.mech).Inline(true).Options(append(none, vocabOptions(model.VocabTransferMechanism, lang)...)...),
	}
	groups := []*huh.Group{
		huh.NewGroup(
			huh.NewInput().Title(model.Field(model.LabelProcessor, "name").Short(lang)).Value(&v.name).Validate(p.fromCatalogue(v, f)).
				SuggestionsFunc(func() []string { return p.vendorNames(v.name) }, &v.name),
			f.entity, f.role,
			huh.NewInput().Title(fieldLabel("contact", lang)).Value(&v.contact),
			f.country, f.services,
		),
		huh.NewGroup(
			huh.NewSelect[string]().Title(fieldLabel("dpa_status", lang)).Value(&v.dpaStatus).Inline(true).Options(vocabOptions(model.VocabDPAStatus, lang)...),
			huh.NewInput().Title(fieldLabel("dpa_signed", lang)+" ("+dateHint()+")").Value(&v.signed).Validate(signedOK),
			huh.NewInput().Title(fieldLabel("dpa_version", lang)).Value(&v.version),
			huh.NewSelect[string]().Title(fieldLabel("dpa_form", lang)).Value(&v.form).Inline(true).Options(append(none, vocabOptions(model.VocabDPAForm, lang)...)...),
			huh.NewInput().Title(fieldLabel("dpa_next_review", lang)+" ("+dateHint()+")").Value(&v.review).Validate(reviewOK),
		),
		huh.NewGroup(huh.NewMultiSelect[string]().Title(ft("Art. 28(3) clauses in the contract")).Options(copts...).Value(&v.clauses).Height(10)),
		huh.NewGroup(
			f.mech,
			huh.NewInput().Title(fieldLabel("countries", lang)+ft(" (e.g. DE; US)")).Value(&v.countries).Validate(validCountries),
			huh.NewInput().Title(fieldLabel("tia_reference", lang)).Value(&v.tia),
		),
		huh.NewGroup(
			huh.NewInput().Title(fieldLabel("dpo_contact", lang)).Value(&v.dpo),
			huh.NewInput().Title(fieldLabel("address", lang)).Value(&v.address),
			huh.NewSelect[string]().Title(fieldLabel("authorisation", lang)).Value(&v.authorisation).Inline(true).
				Options(huh.NewOption("—", ""), huh.NewOption(authorisationLabel("specific", lang), "specific"), huh.NewOption(authorisationLabel("general", lang), "general")),
			huh.NewInput().Title(fieldLabel("sub_processors", lang)+ft(" (name, service, country, mechanism; …)")).Value(&v.subs).Validate(check),
		),
	}
	title := ft("New processor")
	if pr.ID != 0 {
		title = ft("Edit %s", pr.Name)
	}
	submit := func() tea.Cmd { b := pr; v.apply(&b); return p.save(b) }
	built := func() model.Processor { b := pr; v.apply(&b); return b }
	return newFormModal(p.st, title, submit, groups...).withChanged(changedSince(built)).open(p.width, p.height)
}

func (p *processorsPage) save(pr model.Processor) tea.Cmd {
	s, now := p.s, p.o.Now()
	return func() tea.Msg {
		var err error
		pr.UpdatedAt = now
		if pr.ID == 0 {
			pr.CreatedAt = now
			err = s.CreateProcessor(&pr)
		} else {
			err = s.UpdateProcessor(&pr)
		}
		if err != nil {
			return statusMsg{text: ft("processor not saved: ") + errText(err, uiLangOf()), err: true}
		}
		return savedMsg{kind: kindProcessor, id: pr.ID, text: ft("processor %s saved", strconv.Quote(pr.Name))}
	}
}

// vendorNames are the catalogue's names for what is typed, offered as the
// name field's completions.
func (p *processorsPage) vendorNames(prefix string) []string {
	var out []string
	for _, s := range p.s.VendorSuggestions(prefix, 8) {
		out = append(out, s.Name)
	}
	return out
}

// fromCatalogue requires a name and, when it is a catalogue entry, fills the
// legal entity, country, role, services and mechanism the form still lacks,
// for the DPO to confirm on the following fields.
func (p *processorsPage) fromCatalogue(v *processorValues, f *catalogueFields) func(string) error {
	return func(name string) error {
		if err := notEmpty("the name")(name); err != nil {
			return err
		}
		for _, s := range p.s.VendorSuggestions(name, 8) {
			if !strings.EqualFold(s.Name, strings.TrimSpace(name)) {
				continue
			}
			fill := func(dst *string, val string) {
				if strings.TrimSpace(*dst) == "" {
					*dst = val
				}
			}
			fill(&v.entity, s.LegalEntity)
			fill(&v.country, countryText(s.Country, p.o.Lang))
			fill(&v.services, s.Services)
			fill(&v.mech, s.TransferMechanism)
			if s.Role != "" && v.role == "processor" {
				v.role = s.Role
			}
			f.refresh(v)
		}
		return nil
	}
}

// catalogueFields are the fields a catalogue entry fills; a huh field shows
// its bound value only when it is bound again.
type catalogueFields struct {
	entity, country, services *huh.Input
	role, mech                *huh.Select[string]
}

func (f *catalogueFields) refresh(v *processorValues) {
	f.entity.Value(&v.entity)
	f.country.Value(&v.country)
	f.services.Value(&v.services)
	f.role.Value(&v.role)
	f.mech.Value(&v.mech)
}

func authorisationLabel(key, lang string) string {
	de := map[string]string{"specific": "Einzelgenehmigung", "general": "Allgemeine Genehmigung"} // not a vocabulary of the model
	if lang == "de" {
		return de[key]
	}
	return map[string]string{"specific": "Specific authorisation", "general": "General authorisation"}[key]
}
