package desk

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/importers/policy"
	"github.com/dpodesk/dpodesk/importers/register"
	"github.com/dpodesk/dpodesk/model"
)

func policyReport(purpose string) policy.Report {
	return policy.Report{
		RightsEvidence: []policy.Citation{{Code: "withdraw_consent",
			Evidence: model.Evidence{Quote: "You can withdraw your consent by e-mail to privacy@shop.example."}}},
		Recipients: []policy.Recipient{{Name: "MailPilot", Role: "processor", Country: "DE"}},
		Activities: []policy.Activity{{Title: "Newsletter", Purposes: []string{purpose},
			LegalBases: []string{"6.1.a", "9.2.a"}, DataCategories: []string{"payment", "usage", "contact"},
			Recipients: []string{"MailPilot"}}},
	}
}

// TestImportApplyStoresWhatTheValidatorAccepts: an Art. 9 code among the Art. 6
// bases moves to the Art. 9 conditions, category keys become vocabulary keys,
// the withdrawal route is kept, a processor the policy is silent about gets DPA
// status unknown, and a re-import does not re-append the policy's sentence to
// purposes the DPO reworded.
func TestImportApplyStoresWhatTheValidatorAccepts(t *testing.T) {
	d := testDesk(t, time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC))
	doc := model.Document{Name: "policy.md", Format: "markdown", SHA256: "aa", Text: "v1"}
	if _, err := d.ApplyImports([]model.Document{doc}, []policy.Report{policyReport("We send you our newsletter.")}); err != nil {
		t.Fatal(err)
	}
	act, err := d.Activity("Newsletter")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(act.LegalBases, []string{"6.1.a"}) || !slices.Equal(act.Art9Conditions, []string{"9.2.a"}) {
		t.Errorf("bases %v, Art. 9 %v", act.LegalBases, act.Art9Conditions)
	}
	if !slices.Equal(act.DataCategories, []string{"financial", "online", "contact"}) {
		t.Errorf("categories %v", act.DataCategories)
	}
	if act.ConsentWithdrawal != "You can withdraw your consent by e-mail to privacy@shop.example." {
		t.Errorf("withdrawal route %q", act.ConsentWithdrawal)
	}
	if ps := act.ValidateOn(d.Today()); model.HasErrors(ps) {
		t.Errorf("stored draft fails validation: %v", ps)
	}
	p, err := d.Processor("MailPilot")
	if err != nil {
		t.Fatal(err)
	}
	if p.DPA.Status != "unknown" {
		t.Errorf("DPA status %q, want unknown", p.DPA.Status)
	}
	act.Purposes = []string{"sending the newsletter"}
	if err := d.UpdateActivity(&act); err != nil {
		t.Fatal(err)
	}
	doc2 := model.Document{Name: "policy.md", Format: "markdown", SHA256: "bb", Text: "v2"}
	if _, err := d.ApplyImports([]model.Document{doc2}, []policy.Report{policyReport("We send you our newsletter.")}); err != nil {
		t.Fatal(err)
	}
	again, err := d.Activity("Newsletter")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(again.Purposes, []string{"sending the newsletter"}) {
		t.Errorf("re-import changed the purposes to %q", again.Purposes)
	}
}

// TestImportApplyRefusesMalformedRecords: a legal basis no parser knows is
// refused with the record named, and nothing is written.
func TestImportApplyRefusesMalformedRecords(t *testing.T) {
	d := testDesk(t, time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC))
	r := policyReport("x")
	r.Activities[0].LegalBases = []string{"6.1.z"}
	_, err := d.ApplyImports([]model.Document{{Name: "p.md", SHA256: "cc", Text: "t"}}, []policy.Report{r})
	var in *InputError
	if !errors.As(err, &in) {
		t.Fatalf("got %v, want an input error", err)
	}
	if rows, _ := d.ActivityRows(); len(rows) != 0 {
		t.Errorf("%d activities written", len(rows))
	}
}

// TestImportRegisterNormalisesAndRefuses: the register import moves an Art. 9
// condition and maps category labels, and refuses an unknown country by row.
func TestImportRegisterNormalisesAndRefuses(t *testing.T) {
	d := testDesk(t, time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC))
	plan := register.Plan{Kind: register.KindActivities, Activities: []register.ActivityRecord{{Row: 2, Activity: model.Activity{
		Name: "Sick leave", Status: model.StatusActive, Purposes: []string{"sick leave"}, LegalBases: []string{"6.1.c", "9.2.b"},
		DataSubjects: []string{"Beschäftigte"}, DataCategories: []string{"Gesundheitsdaten"}}}}}
	if _, err := d.ImportRegister(t.Context(), plan, "k1", nil); err != nil {
		t.Fatal(err)
	}
	a, err := d.Activity("Sick leave")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Art9Conditions, []string{"9.2.b"}) || !slices.Equal(a.DataCategories, []string{"health"}) || !slices.Equal(a.DataSubjects, []string{"employees"}) {
		t.Errorf("stored %v %v %v", a.Art9Conditions, a.DataCategories, a.DataSubjects)
	}
	bad := register.Plan{Kind: register.KindProcessors, Processors: []register.ProcessorRecord{{Row: 7, Processor: model.Processor{
		Name: "Host", Role: "processor", Status: model.StatusActive, Country: "Germany", DPA: model.DPA{Status: "none"}}}}}
	_, err = d.ImportRegister(t.Context(), bad, "k2", nil)
	var in *InputError
	if !errors.As(err, &in) || !strings.Contains(err.Error(), "row 7") {
		t.Fatalf("got %v, want row 7 refused", err)
	}
}
