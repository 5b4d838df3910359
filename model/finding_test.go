package model

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// fixedDeadline stands in for the deadline engine: one month is 30 days, an
// extend event adds 60.
func fixedDeadline(r Request) Deadline {
	first := DateOf(r.Received).AddDays(30)
	for _, e := range r.Events {
		if e.Kind == "extend" {
			return Deadline{Due: first.AddDays(60), Extended: true, FirstDue: first, OnClock: true}
		}
	}
	return Deadline{Due: first, FirstDue: first, OnClock: true}
}

func request(ref, status, received string, events ...RequestEvent) Request {
	at, _ := time.Parse(DateLayout, received)
	return Request{ID: 7, Ref: ref, Type: "access", Status: status, Received: at, Events: events}
}

func TestCheckRules(t *testing.T) {
	today := d("2026-03-10")
	signed := DPA{Status: "signed", SignedOn: d("2025-01-01")}
	for _, tc := range []struct {
		name string
		in   CheckInput
		rule string // "" means no finding at all
		sev  string
		says string
	}{
		// requests: received 2026-02-01 → due 2026-03-03 (overdue on 03-10)
		{"overdue", CheckInput{Requests: []Request{request("R-1", "in_progress", "2026-02-01")}}, RuleRequestOverdue, FindingHigh, "R-1 is 7 days overdue"},
		{"closed is not overdue", CheckInput{Requests: []Request{request("R-1", "completed", "2026-02-01")}}, "", "", ""},
		{"refused is not overdue", CheckInput{Requests: []Request{request("R-1", "refused", "2026-02-01")}}, "", "", ""},
		{"withdrawn is not overdue", CheckInput{Requests: []Request{request("R-1", "withdrawn", "2026-02-01")}}, "", "", ""},
		{"due in 3 days", CheckInput{Requests: []Request{request("R-2", "received", "2026-02-11")}}, RuleRequestDueSoon, FindingWarn, "due in 3 days"},
		{"due today", CheckInput{Requests: []Request{request("R-2", "identity_check", "2026-02-08")}}, RuleRequestDueSoon, FindingWarn, "due in 0 days"},
		{"due in 4 days", CheckInput{Requests: []Request{request("R-2", "received", "2026-02-12")}}, "", "", ""},
		{"no engine, no request findings", CheckInput{Requests: []Request{request("R-1", "received", "2020-01-01")}, Deadline: nil}, "", "", ""},
		{"extension told late", CheckInput{Requests: []Request{request("R-3", "in_progress", "2026-02-01",
			RequestEvent{Kind: "extend", Notified: d("2026-03-05")})}}, RuleExtensionNotTold, FindingHigh, "after the first deadline 2026-03-03"},
		{"extension never told", CheckInput{Requests: []Request{request("R-3", "in_progress", "2026-02-01",
			RequestEvent{Kind: "extend"})}}, RuleExtensionNotTold, FindingHigh, "not recorded as told"},
		{"extension told in time", CheckInput{Requests: []Request{request("R-3", "in_progress", "2026-02-01",
			RequestEvent{Kind: "extend", Notified: d("2026-03-03")})}}, "", "", ""},
		// activities
		{"missing fields", CheckInput{Activities: []Activity{{ID: 1, Name: "CRM"}}}, RuleActivityMissingFields, FindingWarn, "purposes, legal_bases"},
		{"complete activity", CheckInput{Activities: []Activity{goodActivity()}}, "", "", ""},
		{"retired activity is skipped", CheckInput{Activities: []Activity{{Name: "Old", Status: StatusRetired}}}, "", "", ""},
		{"consent without withdrawal", CheckInput{Activities: []Activity{withEdit(func(a *Activity) { a.LegalBases = []string{"6.1.a"} })}}, RuleConsentNoWithdrawal, FindingHigh, "Art. 7(3)"},
		{"consent with withdrawal", CheckInput{Activities: []Activity{withEdit(func(a *Activity) { a.LegalBases = []string{"6.1.a"}; a.ConsentWithdrawal = "unsubscribe link" })}}, "", "", ""},
		{"art9 without condition", CheckInput{Activities: []Activity{withEdit(func(a *Activity) { a.DataCategories = []string{"trade_union"} })}}, RuleArt9NoCondition, FindingHigh, "Trade union membership"},
		{"art9 with condition", CheckInput{Activities: []Activity{withEdit(func(a *Activity) { a.DataCategories = []string{"trade_union"}; a.Art9Conditions = []string{"9.2.b"} })}}, "", "", ""},
		{"dpia undecided", CheckInput{Activities: []Activity{withEdit(func(a *Activity) { a.DPIA.Criteria = []string{"large_scale", "innovative_technology"} })}}, RuleDPIAUndecided, FindingWarn, "2 WP248 criteria"},
		{"dpia decided", CheckInput{Activities: []Activity{withEdit(func(a *Activity) {
			a.DPIA = DPIAScreening{Criteria: []string{"large_scale", "innovative_technology"}, Decision: "required"}
		})}}, "", "", ""},
		{"dpia one criterion", CheckInput{Activities: []Activity{withEdit(func(a *Activity) { a.DPIA.Criteria = []string{"large_scale"} })}}, "", "", ""},
		{"activity transfer without safeguard", CheckInput{Activities: []Activity{withEdit(func(a *Activity) { a.Transfers = []Transfer{{Country: "IN", Recipient: "Support desk"}} })}}, RuleTransferNoSafeguard, FindingHigh, "Support desk (India)"},
		{"activity transfer with SCCs", CheckInput{Activities: []Activity{withEdit(func(a *Activity) { a.Transfers = []Transfer{{Country: "IN", Mechanism: "scc"}} })}}, "", "", ""},
		{"activity privacy shield", CheckInput{Activities: []Activity{withEdit(func(a *Activity) { a.Transfers = []Transfer{{Country: "US", Mechanism: "privacy_shield"}} })}}, RulePrivacyShield, FindingHigh, "C-311/18"},
		{"privacy shield in text", CheckInput{Activities: []Activity{withEdit(func(a *Activity) {
			a.Transfers = []Transfer{{Country: "US", Mechanism: "dpf", Documentation: "Privacy Shield certified"}}
		})}}, RulePrivacyShield, FindingHigh, "Privacy Shield"},
		// processors
		{"processor without dpa", CheckInput{Processors: []Processor{{ID: 2, Name: "Mailer", Role: "processor", DPA: DPA{Status: "negotiating"}}}}, RuleProcessorWithoutDPA, FindingHigh, "In negotiation"},
		{"processor with no dpa status", CheckInput{Processors: []Processor{{Name: "Mailer", Role: "processor"}}}, RuleProcessorWithoutDPA, FindingHigh, "No DPA"},
		{"sub-processor without dpa", CheckInput{Processors: []Processor{{Name: "Sub", Role: "sub_processor"}}}, RuleProcessorWithoutDPA, FindingInfo, "Art. 28(4)"},
		{"joint controller needs no dpa", CheckInput{Processors: []Processor{{Name: "Partner", Role: "joint_controller"}}}, "", "", ""},
		{"signed dpa", CheckInput{Processors: []Processor{{Name: "Mailer", Role: "processor", DPA: signed}}}, "", "", ""},
		{"review past", CheckInput{Processors: []Processor{{Name: "Mailer", Role: "processor", DPA: DPA{Status: "signed", NextReview: d("2026-03-09")}}}}, RuleProcessorReviewDue, FindingWarn, "2026-03-09"},
		{"review today", CheckInput{Processors: []Processor{{Name: "Mailer", Role: "processor", DPA: DPA{Status: "signed", NextReview: today}}}}, "", "", ""},
		{"processor transfer without safeguard", CheckInput{Processors: []Processor{{Name: "Host", Role: "processor", DPA: signed, Countries: []string{"US"}}}}, RuleTransferNoSafeguard, FindingHigh, "United States"},
		{"processor transfer with dpf", CheckInput{Processors: []Processor{{Name: "Host", Role: "processor", DPA: signed, Countries: []string{"US"}, TransferMechanism: "dpf"}}}, "", "", ""},
		{"sub-processor transfer", CheckInput{Processors: []Processor{{Name: "Host", Role: "processor", DPA: signed,
			SubProcessors: []SubProcessor{{Name: "CDN", Country: "SG"}}}}}, RuleTransferNoSafeguard, FindingHigh, "CDN (Singapore)"},
		{"processor privacy shield", CheckInput{Processors: []Processor{{Name: "Host", Role: "processor", DPA: signed, Countries: []string{"US"}, TransferMechanism: "EU-US Privacy Shield"}}}, RulePrivacyShield, FindingHigh, "Host (United States)"},
		{"retired processor", CheckInput{Processors: []Processor{{Name: "Old", Role: "processor", Status: StatusRetired}}}, "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.in
			in.Today = today
			if in.Deadline == nil && tc.name != "no engine, no request findings" {
				in.Deadline = fixedDeadline
			}
			fs := Check(in)
			if tc.rule == "" {
				if len(fs) > 0 {
					t.Fatalf("unexpected findings: %+v", fs)
				}
				return
			}
			for _, f := range fs {
				if f.Rule == tc.rule && f.Severity == tc.sev && strings.Contains(f.Message, tc.says) {
					return
				}
			}
			t.Fatalf("want %s %s saying %q; got %+v", tc.sev, tc.rule, tc.says, fs)
		})
	}
}

func withEdit(edit func(*Activity)) Activity {
	a := goodActivity()
	a.ID = 3
	edit(&a)
	return a
}

func TestCheckOrder(t *testing.T) {
	in := CheckInput{
		Today:    d("2026-03-10"),
		Deadline: fixedDeadline,
		Requests: []Request{request("R-9", "received", "2026-02-01"), request("R-2", "received", "2026-02-11")},
		Activities: []Activity{{ID: 1, Name: "Zeta"}, {ID: 2, Name: "Alpha"},
			withEdit(func(a *Activity) { a.Name = "Beta"; a.LegalBases = []string{"6.1.a"} })},
		Processors: []Processor{{ID: 5, Name: "Mailer", Role: "processor"}},
	}
	var got []string
	for _, f := range Check(in) {
		got = append(got, f.Severity+" "+f.Rule+" "+f.Label)
	}
	want := []string{
		"high consent-without-withdrawal Beta",
		"high processor-without-dpa Mailer",
		"high request-overdue R-9",
		"warn activity-missing-fields Alpha",
		"warn activity-missing-fields Zeta",
		"warn request-due-soon R-2",
	}
	if !slices.Equal(got, want) {
		t.Errorf("order:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !slices.Equal(findingKeys(Check(in)), findingKeys(Check(in))) {
		t.Error("Check is not stable")
	}
}

func findingKeys(fs []Finding) []string {
	var ks []string
	for _, f := range fs {
		ks = append(ks, f.Rule+f.Label+f.Message)
	}
	return ks
}

func TestRequestOpen(t *testing.T) {
	for status, want := range map[string]bool{"received": true, "identity_check": true, "in_progress": true,
		"completed": false, "refused": false, "withdrawn": false} {
		if RequestOpen(Request{Status: status}) != want {
			t.Errorf("RequestOpen(%s) != %v", status, want)
		}
	}
}
