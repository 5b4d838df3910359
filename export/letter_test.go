package export

import (
	"github.com/dpodesk/dpodesk/model"
	"strings"
	"testing"
)

func TestSelectActivities(t *testing.T) {
	acts := fixture(t).Activities
	for _, tc := range []struct {
		subjects []string
		want     string
	}{
		{nil, "Web shop orders,Sick leave,Newsletter"}, // retired activity left out
		{[]string{"customers"}, "Web shop orders"},
		{[]string{"Kunden", "newsletter_subscribers"}, "Web shop orders,Newsletter"}, // German label
		{[]string{"patients"}, ""},
	} {
		var names []string
		for _, a := range SelectActivities(acts, tc.subjects) {
			names = append(names, a.Name)
		}
		if got := strings.Join(names, ","); got != tc.want {
			t.Errorf("subjects %v: got %q, want %q", tc.subjects, got, tc.want)
		}
	}
}

func letterFor(t *testing.T, lang string, subjects ...string) string {
	t.Helper()
	reg := fixture(t)
	return Letter(LetterInput{Request: reg.Requests[0], Org: reg.Org, Activities: SelectActivities(reg.Activities, subjects),
		Processors: reg.Processors, Lang: lang, Now: exportTime})
}

func TestLetterGolden(t *testing.T) {
	golden(t, "letter.en.md", []byte(letterFor(t, "en")))
	golden(t, "letter.de.md", []byte(letterFor(t, "de", "customers", "newsletter_subscribers")))
}

func TestLetterContent(t *testing.T) {
	for _, tc := range []struct {
		name      string
		letter    string
		want, not []string
	}{
		{"all activities", letterFor(t, "en"),
			[]string{"Art. 15(1)(a)", "**Web shop orders**: processing and delivering orders; invoicing", "Health data",
				"Hetzner, Zendesk", "invoices: 10 years", "Berliner Beauftragte", "United States (US): Zendesk, Inc.",
				"**Sick leave**: [[TODO: meaningful information about the logic", "withdraw it at any time"},
			[]string{"Old loyalty card", "bonus points", "#9"}},
		{"customers only", letterFor(t, "en", "customers"),
			[]string{"We do not use automated decision-making", "We collected the personal data from you."},
			[]string{"Sick leave", "withdraw it at any time", "Health data"}},
		{"nobody matches", letterFor(t, "de", "patients"),
			[]string{"Keine aktive Verarbeitungstätigkeit", "[[TODO: bestätigen", "Wir übermitteln Ihre personenbezogenen Daten nicht"},
			nil},
	} {
		for _, w := range tc.want {
			if !strings.Contains(tc.letter, w) {
				t.Errorf("%s: letter lacks %q", tc.name, w)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(tc.letter, n) {
				t.Errorf("%s: letter should not contain %q", tc.name, n)
			}
		}
	}
}

func TestLetterMarksMissingAuthority(t *testing.T) {
	reg := fixture(t)
	reg.Org.Authority = ""
	l := Letter(LetterInput{Request: reg.Requests[0], Org: reg.Org, Activities: reg.Activities[:1], Lang: "en", Now: exportTime})
	if !strings.Contains(l, "[[TODO: name and address of the competent supervisory authority]]") {
		t.Errorf("missing authority is not marked:\n%s", l)
	}
}

// TestLetterStatesOnlyRegisterFacts is the demo's case: linked processors in
// the US but no transfer recorded on the activity, no recorded source, a DPIA
// screening that ticks automated decision, an independent controller, and a
// category key the importer wrote. Every statement must follow the register.
func TestLetterStatesOnlyRegisterFacts(t *testing.T) {
	reg := fixture(t)
	reg.Org.AuthorityAddress = "Alt-Moabit 59-61, 10555 Berlin"
	reg.Org.DPOAddress = "Postfach 1, 10999 Berlin"
	act := model.Activity{ID: 7, Name: "Support", Status: model.StatusActive, Purposes: []string{"answering questions"},
		LegalBases: []string{"6.1.a"}, ConsentWithdrawal: "e-mail to privacy@lindenhof.example",
		DataSubjects: []string{"customers"}, DataCategories: []string{"usage", "payment"}, ProcessorIDs: []uint64{20, 21, 22},
		DPIA: model.DPIAScreening{Criteria: []string{"automated_decision", "evaluation_scoring"}}}
	procs := []model.Processor{
		{ID: 20, Name: "Helpdesk", LegalEntity: "Helpdesk Inc.", Role: "processor", Country: "US", TransferMechanism: "scc"},
		{ID: 21, Name: "PayPal", Role: "independent_controller", Country: "LU"},
		{ID: 22, Name: "Calendly", Role: "processor", Country: "US"},
	}
	l := Letter(LetterInput{Request: reg.Requests[0], Org: reg.Org, Activities: []model.Activity{act}, Processors: procs,
		Lang: "en", Now: exportTime, DateLayout: "02.01.2006"})
	for _, w := range []string{
		"United States (US): Helpdesk Inc. / Helpdesk – Standard contractual clauses (2021/914)",
		"United States (US): Calendly – [[TODO: transfer mechanism",
		"Other controllers who receive data for their own purposes (not on our behalf): PayPal",
		"Service providers processing data on our behalf (Art. 28 GDPR): Helpdesk, Calendly",
		"**Support**: [[TODO: source of the data", "**Support**: [[TODO: meaningful information about the logic",
		"Online identifiers, cookies, usage data", "Financial and payment data",
		"Alt-Moabit 59-61, 10555 Berlin", "Postfach 1, 10999 Berlin", "Your request of: 05.03.2026",
		"**Support**: e-mail to privacy@lindenhof.example", "Lindenhof Gartenbedarf GmbH  \nAm Lindenhof 12",
	} {
		if !strings.Contains(l, w) {
			t.Errorf("letter lacks %q", w)
		}
	}
	for _, n := range []string{"We do not transfer", "We collected the personal data from you", "We do not use automated",
		"- usage", "- payment", "PayPal, ", "2026-03-05"} {
		if strings.Contains(l, n) {
			t.Errorf("letter states %q, which the register does not back", n)
		}
	}
	if t.Failed() {
		t.Log(l)
	}
}

// TestLetterAsksForAProcessorWithoutCountry: a linked processor whose country
// is not recorded may be abroad, so the letter does not deny transfers.
func TestLetterAsksForAProcessorWithoutCountry(t *testing.T) {
	reg := fixture(t)
	act := model.Activity{ID: 7, Name: "Support", Status: model.StatusActive, DataSource: "data_subject", ProcessorIDs: []uint64{30}}
	procs := []model.Processor{{ID: 30, Name: "Mailer", Role: "processor",
		SubProcessors: []model.SubProcessor{{Name: "Cloud", Country: "IN"}}}}
	l := Letter(LetterInput{Request: reg.Requests[0], Org: reg.Org, Activities: []model.Activity{act}, Processors: procs, Lang: "de", Now: exportTime})
	for _, w := range []string{"Mailer: [[TODO: Land", "Indien (IN): Cloud (Unterauftragsverarbeiter von Mailer) – [[TODO:", "05.03.2026"} {
		if !strings.Contains(l, w) {
			t.Errorf("letter lacks %q:\n%s", w, l)
		}
	}
	if strings.Contains(l, "nicht an ein Drittland") {
		t.Errorf("letter denies transfers:\n%s", l)
	}
}
