package model

import (
	"strings"
	"testing"
)

// goodActivity passes validation without problems; each case breaks one thing.
func goodActivity() Activity {
	return Activity{
		Name: "Payroll", Purposes: []string{"pay salaries"}, LegalBases: []string{"6.1.b", "6.1.c"},
		LawReference: "§ 41 EStG", DataSubjects: []string{"employees"}, DataCategories: []string{"identity", "financial"},
		Recipients: []string{"tax_auditors"}, Retention: []Retention{{Category: "payroll", Period: "10 years"}},
		TOMs: "access control, encryption at rest",
	}
}

func TestActivityValidate(t *testing.T) {
	on := d("2026-03-01")
	for _, tc := range []struct {
		name     string
		edit     func(*Activity)
		field    string // "" means no problem at all
		severity string
		says     string
	}{
		{"complete record", func(a *Activity) {}, "", "", ""},
		{"name required", func(a *Activity) { a.Name = "  " }, "name", SeverityError, "name"},
		{"unknown basis", func(a *Activity) { a.LegalBases = []string{"6.1.z"} }, "legal_bases[0]", SeverityError, "(a) to (f)"},
		{"art9 code in bases", func(a *Activity) { a.LegalBases = []string{"6.1.b", "9.2.b"} }, "legal_bases[1]", SeverityError, "record it under Art. 9 conditions"},
		{"art6 code in conditions", func(a *Activity) { a.Art9Conditions = []string{"6.1.b"} }, "art9_conditions[0]", SeverityError, "not an Art. 9(2) condition"},
		{"junk condition", func(a *Activity) { a.Art9Conditions = []string{"whatever"} }, "art9_conditions[0]", SeverityError, "cannot read"},
		{"art9 data without condition", func(a *Activity) { a.DataCategories = []string{"health"} }, "art9_conditions", SeverityError, "Health data is special category data"},
		{"art9 data as German label", func(a *Activity) { a.DataCategories = []string{"Gesundheitsdaten"} }, "art9_conditions", SeverityError, "Art. 9(2) condition"},
		{"art9 data without art6 basis", func(a *Activity) {
			a.LegalBases = []string{"BDSG 26"}
			a.DataCategories = []string{"health"}
			a.Art9Conditions = []string{"9.2.b"}
		}, "legal_bases", SeverityWarn, "Art. 6(1) basis as well"},
		{"art10 data without basis", func(a *Activity) { a.DataCategories = []string{"criminal"} }, "art10_basis", SeverityError, "Art. 10"},
		{"consent without withdrawal", func(a *Activity) { a.LegalBases = []string{"6.1.a"} }, "consent_withdrawal", SeverityError, "Art. 7(3)"},
		{"explicit consent without withdrawal", func(a *Activity) {
			a.DataCategories = []string{"health"}
			a.Art9Conditions = []string{"Art. 9 Abs. 2 lit. a DSGVO"}
		}, "consent_withdrawal", SeverityError, "withdraw"},
		{"legal obligation without law", func(a *Activity) { a.LawReference = "" }, "law_reference", SeverityWarn, "Art. 6(3)"},
		{"public task without law", func(a *Activity) { a.LegalBases = []string{"6.1.e"}; a.LawReference = "" }, "law_reference", SeverityWarn, "name the provision"},
		{"legitimate interests without balancing", func(a *Activity) { a.LegalBases = []string{"Art. 6(1)(f) GDPR"} }, "legitimate_interest", SeverityWarn, "balancing record"},
		{"§ 26 BDSG alone", func(a *Activity) { a.LegalBases = []string{"§ 26 BDSG"} }, "legal_bases", SeverityWarn, "C-34/21"},
		{"§ 26 BDSG as national basis", func(a *Activity) {
			a.LegalBases = []string{"6.1.f"}
			a.LegitimateInterest = "x"
			a.NationalBasis = "§ 26 Abs. 1 BDSG"
		}, "legal_bases", SeverityWarn, "pair it with Art. 6(1)(b) or (c)"},
		{"transfer without country", func(a *Activity) { a.Transfers = []Transfer{{Recipient: "X"}} }, "transfers[0].country", SeverityError, "name the country"},
		{"transfer to bad code", func(a *Activity) { a.Transfers = []Transfer{{Country: "USA", Mechanism: "scc"}} }, "transfers[0].country", SeverityError, "ISO 3166"},
		{"transfer without safeguard", func(a *Activity) { a.Transfers = []Transfer{{Country: "IN"}} }, "transfers[0].mechanism", SeverityError, "India has no adequacy decision"},
		{"US transfer without DPF", func(a *Activity) { a.Transfers = []Transfer{{Country: "US", Mechanism: "adequacy"}} }, "transfers[0].mechanism", SeverityError, "no adequacy decision covering"},
		{"unknown mechanism", func(a *Activity) { a.Transfers = []Transfer{{Country: "IN", Mechanism: "handshake"}} }, "transfers[0].mechanism", SeverityError, "not a transfer mechanism"},
		{"privacy shield", func(a *Activity) { a.Transfers = []Transfer{{Country: "US", Mechanism: "Privacy Shield"}} }, "transfers[0].mechanism", SeverityError, "C-311/18"},
		{"privacy shield in documentation", func(a *Activity) {
			a.Transfers = []Transfer{{Country: "US", Mechanism: "dpf", Documentation: "certified under the EU-US Privacy Shield"}}
		}, "transfers[0].documentation", SeverityError, "Privacy Shield"},
		{"retention empty", func(a *Activity) { a.Retention = nil }, "retention", SeverityWarn, "Art. 30(1)(f)"},
		{"toms empty", func(a *Activity) { a.TOMs = "" }, "toms", SeverityWarn, "Art. 30(1)(g)"},
		{"unknown WP248 criterion", func(a *Activity) { a.DPIA.Criteria = []string{"scary"} }, "dpia.criteria[0]", SeverityError, "not a WP248 criterion"},
		{"unknown DPIA decision", func(a *Activity) { a.DPIA.Decision = "maybe" }, "dpia.decision", SeverityError, "not a DPIA decision"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := goodActivity()
			tc.edit(&a)
			ps := a.ValidateOn(on)
			if tc.field == "" {
				if len(ps) > 0 {
					t.Fatalf("unexpected problems: %+v", ps)
				}
				return
			}
			if !hasProblem(ps, tc.field, tc.severity, tc.says) {
				t.Fatalf("want %s %s saying %q; got %+v", tc.severity, tc.field, tc.says, ps)
			}
		})
	}
}

// Justifications, documentation and pairings silence the matching problems.
func TestActivityValidateQuiet(t *testing.T) {
	on := d("2026-03-01")
	for _, tc := range []struct {
		name string
		edit func(*Activity)
	}{
		{"retention and toms justified", func(a *Activity) {
			a.Retention, a.TOMs = nil, ""
			a.RetentionJustification, a.TOMsJustification = "event-based, set per case", "group policy applies"
		}},
		{"consent with route", func(a *Activity) { a.LegalBases = []string{"6.1.a"}; a.ConsentWithdrawal = "link in every email" }},
		{"art9 data with condition", func(a *Activity) {
			a.DataCategories = []string{"health"}
			a.Art9Conditions = []string{"9.2.b", "BDSG 22"}
		}},
		{"art10 data with basis", func(a *Activity) { a.DataCategories = []string{"criminal"}; a.Art10Basis = "§ 30 BZRG" }},
		{"legitimate interests balanced", func(a *Activity) {
			a.LegalBases = []string{"6.1.f"}
			a.LegitimateInterest = "fraud prevention; balanced on 2025-01-10"
		}},
		{"§ 26 BDSG paired", func(a *Activity) { a.LegalBases = []string{"6.1.b", "§ 26 BDSG"} }},
		{"transfer with SCCs", func(a *Activity) { a.Transfers = []Transfer{{Country: "IN", Mechanism: "SCCs"}} }},
		{"US transfer with DPF", func(a *Activity) { a.Transfers = []Transfer{{Country: "US", Mechanism: "dpf"}} }},
		{"adequate country", func(a *Activity) { a.Transfers = []Transfer{{Country: "CH"}} }},
		{"UK before expiry", func(a *Activity) { a.Transfers = []Transfer{{Country: "UK", Mechanism: "adequacy"}} }},
		{"DPIA recorded", func(a *Activity) {
			a.DPIA = DPIAScreening{Criteria: []string{"large_scale"}, Decision: "not_required"}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := goodActivity()
			tc.edit(&a)
			if ps := a.ValidateOn(on); len(ps) > 0 {
				t.Fatalf("unexpected problems: %+v", ps)
			}
		})
	}
}

func goodProcessor() Processor {
	return Processor{
		Name: "Cloudy Mail GmbH", Role: "processor", Country: "DE", Countries: []string{"DE", "IE"},
		DPA: DPA{Status: "signed", SignedOn: d("2025-01-15"), Form: "individual"},
	}
}

func TestProcessorValidate(t *testing.T) {
	on := d("2026-03-01")
	all := map[string]bool{"a": true, "b": true, "c": true, "d": true, "e": true, "f": true, "g": true, "h": true}
	for _, tc := range []struct {
		name     string
		edit     func(*Processor)
		field    string
		severity string
		says     string
	}{
		{"complete record", func(p *Processor) {}, "", "", ""},
		{"all clauses present", func(p *Processor) { p.DPA.Clauses = all }, "", "", ""},
		{"US with DPF", func(p *Processor) { p.Countries = []string{"US"}; p.TransferMechanism = "dpf" }, "", "", ""},
		{"name required", func(p *Processor) { p.Name = "" }, "name", SeverityError, "name"},
		{"role required", func(p *Processor) { p.Role = "" }, "role", SeverityError, "joint_controller"},
		{"role unknown", func(p *Processor) { p.Role = "vendor" }, "role", SeverityError, "choose the role"},
		{"signed without date", func(p *Processor) { p.DPA.SignedOn = Date{} }, "dpa.signed_on", SeverityError, "date it was signed"},
		{"unknown DPA status", func(p *Processor) { p.DPA.Status = "done" }, "dpa.status", SeverityError, "not a DPA status"},
		{"unknown DPA form", func(p *Processor) { p.DPA.Form = "napkin" }, "dpa.form", SeverityError, "not a DPA form"},
		{"clauses missing", func(p *Processor) { p.DPA.Clauses = map[string]bool{"a": true, "b": true} }, "dpa.clauses", SeverityWarn, "c, d, e, f, g, h"},
		{"unknown clause", func(p *Processor) { p.DPA.Clauses = map[string]bool{"z": true} }, "dpa.clauses", SeverityError, "Art. 28(3) point"},
		{"bad seat", func(p *Processor) { p.Country = "Germany" }, "country", SeverityError, "ISO 3166"},
		{"bad processing country", func(p *Processor) { p.Countries = []string{"EU"} }, "countries[0]", SeverityError, "ISO 3166"},
		{"third country without mechanism", func(p *Processor) { p.Countries = []string{"DE", "IN"} }, "transfer_mechanism", SeverityError, "India"},
		{"US without DPF", func(p *Processor) { p.Countries = []string{"US"} }, "transfer_mechanism", SeverityError, "United States"},
		{"privacy shield", func(p *Processor) { p.Countries = []string{"US"}; p.TransferMechanism = "privacy_shield" }, "transfer_mechanism", SeverityError, "Privacy Shield"},
		{"sub-processor abroad", func(p *Processor) { p.SubProcessors = []SubProcessor{{Name: "Hosting", Country: "SG"}} }, "sub_processors[0].mechanism", SeverityError, "Singapore"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := goodProcessor()
			tc.edit(&p)
			ps := p.ValidateOn(on)
			if tc.field == "" {
				if len(ps) > 0 {
					t.Fatalf("unexpected problems: %+v", ps)
				}
				return
			}
			if !hasProblem(ps, tc.field, tc.severity, tc.says) {
				t.Fatalf("want %s %s saying %q; got %+v", tc.severity, tc.field, tc.says, ps)
			}
		})
	}
}

func TestHasErrors(t *testing.T) {
	for _, tc := range []struct {
		ps   []Problem
		want bool
	}{
		{nil, false},
		{[]Problem{{Severity: SeverityWarn}}, false},
		{[]Problem{{Severity: SeverityWarn}, {Severity: SeverityError}}, true},
	} {
		if got := HasErrors(tc.ps); got != tc.want {
			t.Errorf("HasErrors(%v) = %v", tc.ps, got)
		}
	}
	if ps := (Activity{}).Validate(); !HasErrors(ps) {
		t.Error("an empty activity should not validate")
	}
	if ps := (Processor{}).Validate(); !HasErrors(ps) {
		t.Error("an empty processor should not validate")
	}
}

func hasProblem(ps []Problem, field, severity, says string) bool {
	for _, p := range ps {
		if p.Field == field && p.Severity == severity && strings.Contains(p.Message, says) {
			return true
		}
	}
	return false
}
