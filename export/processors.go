package export

import (
	"io"
	"strconv"

	"github.com/dpodesk/dpodesk/model"
)

// ProcessorColumns are the columns of the processors register (Art. 28, GDPR.md §4).
var ProcessorColumns = []Column{
	{Key: "id", Kind: model.LabelProcessor},
	{Key: "name", Kind: model.LabelProcessor},
	{Key: "legal_entity", Kind: model.LabelProcessor},
	{Key: "role", Kind: model.LabelProcessor},
	{Key: "services", Kind: model.LabelProcessor, Wide: true},
	{Key: "country", Kind: model.LabelProcessor},
	{Key: "address", Kind: model.LabelProcessor, Wide: true},
	{Key: "contact", Kind: model.LabelProcessor},
	{Key: "dpo_contact", Kind: model.LabelProcessor},
	{Key: "dpa_status", Kind: model.LabelProcessor},
	{Key: "dpa_signed", Kind: model.LabelProcessor},
	{Key: "dpa_next_review", Kind: model.LabelProcessor},
	{Key: "countries", Kind: model.LabelProcessor, List: true},
	{Key: "transfer_mechanism", Kind: model.LabelProcessor},
	{Key: "sub_processors", Kind: model.LabelProcessor, List: true, Wide: true},
	{Key: "data_categories", Kind: model.LabelProcessor, List: true},
	{Key: "subject_categories", Kind: model.LabelProcessor, List: true},
	{Key: "certifications", Kind: model.LabelProcessor, List: true},
	{Key: "status", Kind: model.LabelProcessor},
}

// ProcessorTable lays the processors out in ProcessorColumns order.
func ProcessorTable(reg Register, lang string) Table {
	t := Table{Kind: "processors", Columns: ProcessorColumns,
		Title: pick(lang, "Processors", "Auftragsverarbeiter")}
	for _, p := range reg.Processors {
		t.Rows = append(t.Rows, processorRow(p, lang))
	}
	return t
}

func processorRow(p model.Processor, lang string) []Cell {
	var countries Cell
	for _, c := range p.Countries {
		countries = append(countries, Item{Text: countryName(c, lang), Key: c})
	}
	var country Cell
	if p.Country != "" {
		country = Cell{{Text: countryName(p.Country, lang), Key: p.Country}}
	}
	var mech Cell
	if p.TransferMechanism != "" {
		mech = term(model.VocabTransferMechanism, model.NormalizeMechanism(p.TransferMechanism), lang)
	}
	return []Cell{
		text(strconv.FormatUint(p.ID, 10)), text(p.Name), text(p.LegalEntity),
		term(model.VocabProcessorRole, p.Role, lang), text(p.Services), country, text(p.Address),
		text(p.Contact), text(p.DPOContact), term(model.VocabDPAStatus, p.DPA.Status, lang),
		date(p.DPA.SignedOn), date(p.DPA.NextReview), countries, mech, subProcessors(p.SubProcessors, lang),
		terms(model.VocabDataCategory, p.DataCategories, lang), terms(model.VocabDataSubject, p.SubjectCategories, lang),
		texts(p.Certifications), text(model.StatusLabel(string(p.Status), lang)),
	}
}

// subProcessors writes "Amazon Web Services (hosting, United States (US))".
func subProcessors(subs []model.SubProcessor, lang string) Cell {
	var c Cell
	for _, s := range subs {
		detail := joinNonEmpty(", ", s.Service, countryNameOrEmpty(s.Country, lang))
		if detail != "" {
			c = append(c, Item{Text: s.Name + " (" + detail + ")"})
			continue
		}
		c = append(c, Item{Text: s.Name})
	}
	return c
}

func countryNameOrEmpty(iso, lang string) string {
	if iso == "" {
		return ""
	}
	return countryName(iso, lang)
}

// Processors renders the processors register in opts.Format.
func Processors(w io.Writer, reg Register, opts Options) error {
	return write(w, ProcessorTable(reg, opts.Lang), reg, opts)
}
