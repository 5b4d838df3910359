package desk

import (
	"github.com/dpodesk/dpodesk/importers/policy"
	"github.com/dpodesk/dpodesk/model"
)

// VendorSuggestions offers the vendor catalogue's entries whose name starts
// with prefix, as processors for the DPO to confirm in the form: name, legal
// entity, country, role, services and the transfer mechanism the catalogue
// suggests today. At most limit entries (8 when limit <= 0).
func (d *Desk) VendorSuggestions(prefix string, limit int) []model.Processor {
	var out []model.Processor
	for _, v := range policy.SuggestVendors(prefix, limit, d.Today()) {
		p := model.Processor{Name: v.Name, LegalEntity: v.LegalEntity, Country: v.Country, Role: roleOf[v.Role],
			Services: v.Category, TransferMechanism: v.Mechanism}
		if p.Role == "" {
			p.Role = "processor"
		}
		out = append(out, p)
	}
	return out
}
