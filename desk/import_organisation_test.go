package desk

import (
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/importers/policy"
)

// An import offers the parties a policy names for the empty organisation
// fields; accepting stores them, and a second offer has nothing left to add.
func TestImportOffersTheOrganisation(t *testing.T) {
	d := testDesk(t, time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC))
	reports := []policy.Report{
		{Source: "first.md"},
		{Source: "shop-policy.md", Controller: policy.Party{Name: "Fahrradladen Beispiel GmbH", Email: "info@rad.example"},
			DPO:            policy.Party{Email: "datenschutz@rad.example"},
			Representative: policy.Party{Name: "Vertreterhaus Rechtsanwälte GmbH", Email: "eu-rep@vertreterhaus.example"}},
	}
	offer, err := d.OfferOrganisation(reports)
	if err != nil {
		t.Fatal(err)
	}
	if offer.Source != "shop-policy.md" || len(offer.Filled) != 4 {
		t.Fatalf("offer %+v", offer)
	}
	if got, want := offer.Describe("en"), "Controller (30(1)(a)): Fahrradladen Beispiel GmbH; E-mail: info@rad.example; "+
		"Representative (Art. 27): Vertreterhaus Rechtsanwälte GmbH, eu-rep@vertreterhaus.example; DPO e-mail: datenschutz@rad.example"; got != want {
		t.Fatalf("described as %q, want %q", got, want)
	}
	if err := d.AcceptOrganisation(offer); err != nil {
		t.Fatal(err)
	}
	o, err := d.Organisation()
	if err != nil || o.Name != "Fahrradladen Beispiel GmbH" || o.DPOEmail != "datenschutz@rad.example" ||
		o.Representative != "Vertreterhaus Rechtsanwälte GmbH, eu-rep@vertreterhaus.example" {
		t.Fatalf("organisation %+v %v", o, err)
	}
	if again, _ := d.OfferOrganisation(reports); len(again.Filled) != 0 {
		t.Fatalf("offered again: %v", again.Filled)
	}
}
