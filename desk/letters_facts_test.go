package desk

import (
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// TestAccessLetterFromTheRegister drafts the Art. 15 letter from a real
// workspace: a US processor under SCCs and an independent controller linked
// to an activity that records no transfer, and the organisation record.
func TestAccessLetterFromTheRegister(t *testing.T) {
	now := time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC)
	d := testDesk(t, now)
	if err := d.ws.SaveOrganisation(model.Organisation{Name: "Muster GmbH", DPOName: "Dr. Daten", DPOEmail: "dpo@muster.example",
		Authority: "BlnBDI", AuthorityAddress: "Alt-Moabit 59-61, 10555 Berlin"}); err != nil {
		t.Fatal(err)
	}
	crm := model.Processor{Name: "CRM Cloud", LegalEntity: "CRM Cloud Inc.", Role: "processor", Country: "US", TransferMechanism: "scc",
		Status: model.StatusActive, DPA: model.DPA{Status: "signed", SignedOn: model.Date{Year: 2025, Month: 1, Day: 2}}}
	pay := model.Processor{Name: "PayFast", Role: "independent_controller", Country: "NL", Status: model.StatusActive, DPA: model.DPA{Status: "none"}}
	for _, p := range []*model.Processor{&crm, &pay} {
		if err := d.CreateProcessor(p); err != nil {
			t.Fatal(err)
		}
	}
	act := model.Activity{Name: "Customer care", Status: model.StatusActive, Purposes: []string{"answering customers"},
		LegalBases: []string{"6.1.b"}, DataSubjects: []string{"customers"}, DataCategories: []string{"contact"},
		Recipients: []string{"processors"}, ProcessorIDs: []uint64{crm.ID, pay.ID}, DataSource: "data_subject",
		Retention: []model.Retention{{Period: "3 years"}}, TOMs: "TLS"}
	if err := d.CreateActivity(&act); err != nil {
		t.Fatal(err)
	}
	r := addRequest(t, d, "2026-03-02")
	d.SetDateLayout("02.01.2006")
	letter, _, err := d.AccessLetter(r.Ref, nil, "en")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"United States (US): CRM Cloud Inc. / CRM Cloud – Standard contractual clauses",
		"on our behalf (Art. 28 GDPR): CRM Cloud\n", "(not on our behalf): PayFast", "BlnBDI, Alt-Moabit 59-61", "Muster GmbH",
		"dpo@muster.example", "Your request of: 02.03.2026"} {
		if !strings.Contains(letter, w) {
			t.Errorf("letter lacks %q", w)
		}
	}
	if strings.Contains(letter, "We do not transfer") {
		t.Error("letter denies the transfer to the US")
	}
	step, err := d.RequestLetter(r.Ref, "access", "de", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(step, "Vereinigte Staaten (US): CRM Cloud Inc. / CRM Cloud – Standardvertragsklauseln") || !strings.Contains(step, "02.03.2026") {
		t.Errorf("the step letter differs from the access letter:\n%s", step)
	}
	if t.Failed() {
		t.Log(letter)
	}
}
