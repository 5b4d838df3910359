package desk

import (
	"strings"

	"github.com/dpodesk/dpodesk/importers/policy"
	"github.com/dpodesk/dpodesk/model"
)

// OrganisationOffer is what imported policies say about the organisation that
// the workspace's organisation record does not hold yet.
type OrganisationOffer struct {
	Organisation model.Organisation // the record with the empty fields filled
	Filled       []string           // the keys of the fields filled (label table, kind organisation)
	Source       string             // the document the first value came from
}

// OfferOrganisation proposes the controller, its Art. 27 representative, the
// DPO and the supervisory authority the policies name, for the fields the workspace's organisation leaves empty. The
// first policy that names a party gives it. An offer without fields means the
// policies add nothing.
func (d *Desk) OfferOrganisation(reports []policy.Report) (OrganisationOffer, error) {
	o, err := d.Organisation()
	if err != nil {
		return OrganisationOffer{}, err
	}
	offer := OrganisationOffer{Organisation: o}
	for _, r := range reports {
		found := model.Organisation{Name: r.Controller.Name, Address: r.Controller.Address, Email: r.Controller.Email,
			DPOName: r.DPO.Name, DPOEmail: r.DPO.Email, DPOAddress: r.DPO.Address, Authority: r.SupervisoryAuthority,
			Representative: PartyLine(r.Representative)}
		next, filled := offer.Organisation.FillFrom(found)
		if len(filled) > 0 && offer.Source == "" {
			offer.Source = r.Source
		}
		offer.Organisation, offer.Filled = next, append(offer.Filled, filled...)
	}
	return offer, nil
}

// AcceptOrganisation stores an offer as the workspace's organisation, checked
// like any other edit of it.
func (d *Desk) AcceptOrganisation(offer OrganisationOffer) error {
	if len(offer.Filled) == 0 {
		return nil
	}
	_, err := d.SaveOrganisation(offer.Organisation)
	return err
}

// Describe lists the offered values as "controller: Acme GmbH; DPO e-mail: …"
// with the field labels in lang.
func (offer OrganisationOffer) Describe(lang string) string {
	parts := make([]string, 0, len(offer.Filled))
	for _, k := range offer.Filled {
		parts = append(parts, model.Field(model.LabelOrganisation, k).Title(lang)+": "+model.SafeLine(offer.Organisation.ContactValue(k)))
	}
	return strings.Join(parts, "; ")
}
