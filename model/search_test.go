package model

import "testing"

func TestSearchTextCoversTheWholeRecord(t *testing.T) {
	procs := map[uint64]Processor{7: {ID: 7, Name: "Personio", Country: "DE", Role: "processor"}}
	a := Activity{Name: "Payroll", LegalBases: []string{"6.1.a"}, DataSubjects: []string{"employees"},
		DataCategories: []string{"health"}, ProcessorIDs: []uint64{7}, Owner: "HR department",
		Systems: []string{"SAP HCM"}, Transfers: []Transfer{{Country: "US", Recipient: "Acme", Mechanism: "scc"}}}
	text := a.SearchText(procs)
	for _, q := range []string{"consent", "6.1.a", "employees", "beschäftigte", "personio", "hr department",
		"sap", "united states", "health", "consent employees personio", "Payroll"} {
		if !MatchSearch(text, SearchWords(q)) {
			t.Errorf("query %q does not find the activity; text:\n%s", q, text)
		}
	}
	for _, q := range []string{"stripe", "consent stripe", "children"} {
		if MatchSearch(text, SearchWords(q)) {
			t.Errorf("query %q finds an activity that has nothing of it", q)
		}
	}
	p := Processor{Name: "Zendesk", Country: "US", TransferMechanism: "dpf", DPA: DPA{Status: "signed"}}
	ptext := p.SearchText([]string{"Customer service"})
	for _, q := range []string{"zendesk", "united states", "customer service", "signed"} {
		if !MatchSearch(ptext, SearchWords(q)) {
			t.Errorf("query %q does not find the processor; text:\n%s", q, ptext)
		}
	}
}

func TestRequestSearchText(t *testing.T) {
	r := Request{Ref: "R-2026-0042", Type: "erasure", Subject: "Anna Schmidt", Contact: "anna@example.org", Channel: "email",
		Status: "in_progress", Events: []RequestEvent{{Kind: "note", Text: "asked the shop team"}, {Kind: "pause", Reason: "identity"}}}
	text := r.SearchText()
	for _, q := range []string{"anna@example.org", "erasure", "löschung", "shop team", "in progress", "r-2026-0042 anna"} {
		if !MatchSearch(text, SearchWords(q)) {
			t.Errorf("query %q does not find the request; text:\n%s", q, text)
		}
	}
}
