package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// exportTime is the fixed moment of every test export.
var exportTime = time.Date(2026, 3, 10, 9, 30, 0, 0, time.UTC)

func fixture(t *testing.T) Register {
	t.Helper()
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	return Register{
		Org: model.Organisation{Name: "Lindenhof Gartenbedarf GmbH", Address: "Am Lindenhof 12, 10999 Berlin",
			Email: "info@lindenhof.example", DPOName: "Dr. Petra Sommer", DPOEmail: "dpo@lindenhof.example",
			Authority: "Berliner Beauftragte für Datenschutz und Informationsfreiheit"},
		Activities: []model.Activity{
			{ID: 1, Name: "Web shop orders", Status: model.StatusActive, Purposes: []string{"processing and delivering orders", "invoicing"},
				LegalBases: []string{"6.1.b", "6.1.c"}, DataSubjects: []string{"customers"},
				DataCategories: []string{"identity", "contact", "financial"}, Recipients: []string{"processors", "logistics"},
				ProcessorIDs: []uint64{1, 2}, Retention: []model.Retention{{Category: "invoices", Period: "10 years (§ 147 AO)"}},
				TOMs: "TLS, role-based access <admin>", DataSource: "data_subject", Owner: "Operations", Systems: []string{"Shopware"},
				DPIA: model.DPIAScreening{Decision: "not_required"}, NextReview: model.Date{Year: 2026, Month: 9, Day: 1},
				Transfers: []model.Transfer{{Country: "US", Recipient: "Zendesk, Inc.", Mechanism: "dpf"}}},
			{ID: 2, Name: "Sick leave", Status: model.StatusActive, Purposes: []string{"recording sick leave"},
				LegalBases: []string{"6.1.c"}, Art9Conditions: []string{"9.2.b", "9.2.h"}, DataSubjects: []string{"employees"},
				DataCategories: []string{"health", "Vaccination status"}, RetentionJustification: "depends on the case",
				TOMsJustification: "see the group policy", AutomatedDecision: true},
			{ID: 3, Name: "Newsletter", Status: model.StatusActive, Purposes: []string{"sending the newsletter"},
				LegalBases: []string{"6.1.a"}, DataSubjects: []string{"newsletter_subscribers"}, DataCategories: []string{"contact"},
				ProcessorIDs: []uint64{9}},
			{ID: 4, Name: "Old loyalty card", Status: model.StatusRetired, Purposes: []string{"bonus points"}, DataSubjects: []string{"customers"}},
		},
		Processors: []model.Processor{
			{ID: 1, Name: "Hetzner", LegalEntity: "Hetzner Online GmbH", Role: "processor", Country: "DE", Status: model.StatusActive,
				Services: "hosting", DPA: model.DPA{Status: "signed", SignedOn: model.Date{Year: 2024, Month: 5, Day: 2}}},
			{ID: 2, Name: "Zendesk", LegalEntity: "Zendesk, Inc.", Role: "processor", Country: "US", Countries: []string{"US", "IE"},
				TransferMechanism: "dpf", Status: model.StatusActive, DPA: model.DPA{Status: "signed"},
				SubProcessors: []model.SubProcessor{{Name: "Amazon Web Services", Service: "hosting", Country: "US"}}},
		},
		Requests: []model.Request{
			{ID: 1, Ref: "R-2026-0001", Type: "access", Subject: "Anna Schmidt", Contact: "anna@mail.example", Channel: "email",
				Received: time.Date(2026, 3, 5, 10, 0, 0, 0, berlin), Jurisdiction: "eu", Status: model.StatusReceived},
			{ID: 2, Ref: "R-2026-0002", Type: "erasure", Subject: "Jonas Weber", Channel: "letter",
				Received: time.Date(2026, 1, 30, 10, 0, 0, 0, berlin), Jurisdiction: "eu", Status: model.StatusCompleted, Outcome: "fulfilled"},
		},
	}
}

func opts(t *testing.T, format, lang string) Options {
	t.Helper()
	rules, err := model.NewDeadlineRules("", "", "")
	if err != nil {
		t.Fatal(err)
	}
	return Options{Format: format, Lang: lang, Now: exportTime, Rules: rules}
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test -update and review the diff\ngot:\n%s", name, got)
	}
}
