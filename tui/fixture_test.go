package tui

import (
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// seed writes a small, fixed workspace: three activities, two processors and
// four requests in different states of urgency.
func seed(t testing.TB, s *workspace) {
	t.Helper()
	p1 := model.Processor{Name: "CloudMail GmbH", Status: model.StatusActive, Role: "processor", Country: "DE",
		Services: "newsletter delivery", DPA: model.DPA{Status: "signed", SignedOn: model.Date{Year: 2024, Month: 5, Day: 2},
			Form: "scc_2021_915", NextReview: model.Date{Year: 2026, Month: 3, Day: 20},
			Clauses: map[string]bool{"a": true, "b": true, "c": true, "d": true, "e": true, "f": true, "g": true}},
		SubProcessors: []model.SubProcessor{{Name: "MailRelay Inc", Service: "SMTP relay", Country: "US", Mechanism: "dpf"}}}
	p2 := model.Processor{Name: "PayFast Ltd", Status: model.StatusActive, Role: "processor", Country: "IE", DPA: model.DPA{Status: "requested"}}
	for _, p := range []*model.Processor{&p1, &p2} {
		if err := s.CreateProcessor(p); err != nil {
			t.Fatal(err)
		}
	}
	acts := []model.Activity{
		{Name: "Newsletter", Status: model.StatusActive, Purposes: []string{"direct marketing"}, LegalBases: []string{"6.1.a"},
			ConsentWithdrawal: "unsubscribe link in every mail", DataSubjects: []string{"customers"}, DataCategories: []string{"contact"},
			Recipients: []string{"processors"}, ProcessorIDs: []uint64{p1.ID}, Retention: []model.Retention{{Category: "contact", Period: "until withdrawal"}},
			TOMs: "TLS, access control", NextReview: model.Date{Year: 2026, Month: 9, Day: 1}},
		{Name: "Payroll", Status: model.StatusActive, Purposes: []string{"salary payments"}, LegalBases: []string{"6.1.b", "6.1.c"},
			DataSubjects: []string{"employees"}, NextReview: model.Date{Year: 2026, Month: 3, Day: 15}},
		{Name: "Video surveillance", Status: model.StatusDraft, Purposes: []string{"security of premises"},
			DPIA: model.DPIAScreening{Criteria: []string{"systematic_monitoring", "large_scale"}}},
	}
	for i := range acts {
		if err := s.CreateActivity(&acts[i]); err != nil {
			t.Fatal(err)
		}
	}
	at := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 10, 0, 0, 0, time.UTC) }
	reqs := []model.Request{
		{Type: "access", Subject: "Anna Schmidt", Channel: "email", Jurisdiction: "eu", Received: at(2026, 1, 20), Status: model.StatusInProgress},
		{Type: "erasure", Subject: "Ben Okafor", Channel: "web_form", Jurisdiction: "eu", Received: at(2026, 2, 3), Status: model.StatusReceived, Contact: "ben@example.org"},
		{Type: "access", Subject: "Chloé Martin", Channel: "letter", Jurisdiction: "eu", Received: at(2026, 2, 25), Status: model.StatusIdentityCheck},
		{Type: "portability", Subject: "Dora Lind", Channel: "email", Jurisdiction: "eu", Received: at(2026, 1, 5), Status: model.StatusCompleted, Outcome: "fulfilled"},
	}
	createRequests(t, s, reqs)
}

// createRequests stores requests received on their Received time, each with
// the status events that lead to its Status (two days after receipt).
func createRequests(t testing.TB, s *workspace, reqs []model.Request) {
	t.Helper()
	for i := range reqs {
		r := &reqs[i]
		r.Events = []model.RequestEvent{{Kind: model.EventStatus, At: r.Received, Status: model.StatusReceived}}
		if r.Status != model.StatusReceived {
			r.Events = append(r.Events, model.RequestEvent{Kind: model.EventStatus, At: r.Received.Add(48 * time.Hour), Status: r.Status})
		}
		r.CreatedAt, r.UpdatedAt = r.Received, r.Received
		if err := s.CreateRequest(r); err != nil {
			t.Fatal(err)
		}
	}
}
