package register

import (
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// readProcessor builds a processor from one row, listing every unreadable cell.
func readProcessor(r row) (ProcessorRecord, []string) {
	p := model.Processor{
		Name: r.get("name"), LegalEntity: r.get("legal_entity"), Services: r.get("services"),
		Address: r.get("address"), Contact: r.get("contact"), DPOContact: r.get("dpo_contact"),
		DataCategories:    termKeys(model.VocabDataCategory, r.get("data_categories")),
		SubjectCategories: termKeys(model.VocabDataSubject, r.get("subject_categories")),
		Certifications:    splitText(r.get("certifications")),
		TransferMechanism: mechanism(r.get("transfer_mechanism")),
	}
	var errs []string
	fail := func(err error) {
		if err != nil {
			errs = append(errs, err.Error())
		}
	}
	if p.Name == "" {
		errs = append(errs, "the name is empty: every processor needs a name")
	}
	var err error
	p.Role, err = strictTerm(model.VocabProcessorRole, r.get("role"), "role")
	fail(err)
	if p.Role == "" {
		p.Role = "processor"
	}
	if v := r.get("country"); v != "" {
		p.Country, err = country(v)
		fail(err)
	}
	for _, v := range splitTerms(r.get("countries")) {
		iso, err := country(v)
		fail(err)
		p.Countries = append(p.Countries, iso)
	}
	p.DPA.Status, err = strictTerm(model.VocabDPAStatus, r.get("dpa_status"), "DPA status")
	fail(err)
	p.DPA.SignedOn, err = parseDate(r.get("dpa_signed"), "DPA signed on")
	fail(err)
	p.DPA.NextReview, err = parseDate(r.get("dpa_next_review"), "DPA next review")
	fail(err)
	p.SubProcessors = subProcessors(r.get("sub_processors"))
	p.Status, err = recordStatus(r.get("status"))
	fail(err)
	return ProcessorRecord{Row: r.num, Processor: p}, errs
}

// subProcessors reads "Amazon Web Services (hosting, United States (US))": the
// bracket holds the service and the country, either of which may be missing.
func subProcessors(cell string) []model.SubProcessor {
	var out []model.SubProcessor
	for _, v := range splitText(cell) {
		s := model.SubProcessor{Name: v}
		if m := lastParens.FindStringSubmatchIndex(v); m != nil {
			s.Name = strings.TrimSpace(v[:m[0]])
			for _, part := range split(v[m[2]:m[3]], true) {
				if iso, err := country(part); err == nil && s.Country == "" {
					s.Country = iso
					continue
				}
				s.Service = joinNonEmpty(", ", s.Service, part)
			}
		}
		out = append(out, s)
	}
	return out
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
