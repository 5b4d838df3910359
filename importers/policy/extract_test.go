package policy

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/importers"
	"github.com/dpodesk/dpodesk/model"
)

// docOf builds a document from plain text the way the text reader does.
func docOf(text string) model.Document {
	return model.Document{Name: "test.txt", Format: "txt", Text: text, Sections: importers.Sections(text, nil)}
}

func TestExtractRecipientsAndExclusions(t *testing.T) {
	text := "1. Controller\n\nThe controller is:\n\nExample Kayaks GmbH\nRiverside 1\n12345 Example Town\nE-mail: office@example-kayaks.invalid\n\n" +
		"2. Hosting\n\nOur website is hosted by Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, Germany, on our behalf under a data processing agreement.\n\n" +
		"3. Booking tool\n\nWe use the booking software of Paddelplan Software B.V., Amsterdam, the Netherlands, which processes bookings as our processor.\n\n" +
		"4. Analytics\n\nWe use Matomo on our own server; no personal data is passed to third parties.\n\n" +
		"5. Your rights\n\nYou may complain to the supervisory authority.\n"
	r := Extract(docOf(text))
	if r.Controller.Name != "Example Kayaks GmbH" || r.Controller.Email != "office@example-kayaks.invalid" {
		t.Errorf("controller = %+v", r.Controller)
	}
	names := map[string]Recipient{}
	for _, rc := range r.Recipients {
		names[rc.Name] = rc
	}
	if h, ok := names["Hetzner"]; !ok || h.Country != "DE" || !h.DPAMentioned || h.Role != "processor" {
		t.Errorf("Hetzner = %+v (all: %v)", h, keys(names))
	}
	if p, ok := names["Paddelplan Software"]; !ok || p.Country != "NL" {
		t.Errorf("unknown B.V. not found: %v", keys(names))
	}
	if _, ok := names["Matomo"]; ok {
		t.Errorf("self-hosted Matomo is no recipient")
	}
	if _, ok := names["Example Kayaks"]; ok {
		t.Errorf("the controller is no recipient")
	}
	for _, rc := range r.Recipients {
		for _, ev := range rc.Evidence {
			if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End || !strings.Contains(ev.Quote, text[ev.Start:ev.End]) {
				t.Errorf("%s: bad evidence %+v", rc.Name, ev)
			}
		}
	}
}

func keys(m map[string]Recipient) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestExtractFindings(t *testing.T) {
	text := "1. Surveys\n\nOur surveys run on a tool whose provider is Example Survey Inc., 1 Main Street, Boston, MA 02110, USA. Data is transferred to the USA. The provider is certified under the EU-US Privacy Shield.\n\n" +
		"2. Newsletter\n\nWe send the newsletter with your consent (Art. 6(1)(a) GDPR).\n"
	r := Extract(docOf(text))
	rules := map[string]bool{}
	for _, f := range r.Findings {
		rules[f.Rule] = true
	}
	for _, want := range []string{"privacy-shield-cited", "consent-without-withdrawal", "activity-without-retention", "processor-without-dpa"} {
		if !rules[want] {
			t.Errorf("finding %s missing; got %v", want, r.Findings)
		}
	}
	if !r.ThirdCountryTransfer {
		t.Errorf("transfer to the USA not seen")
	}
}

// TestReportJSON checks the field names the scorer reads.
func TestReportJSON(t *testing.T) {
	b, err := json.Marshal(Extract(docOf("1. Test\n\nWe use Stripe for payments on the basis of Art. 6(1)(b) GDPR.\n")))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"source"`, `"format"`, `"language"`, `"sha256"`, `"controller":{"name"`, `"dpo":{"name"`,
		`"supervisory_authority"`, `"third_country_transfer"`, `"legal_bases":["6.1.b"]`, `"rights":[]`, `"recipients":[{"name":"Stripe"`,
		`"legal_entity"`, `"aliases"`, `"country"`, `"role"`, `"safeguard"`, `"dpa_mentioned"`, `"evidence":[{"section"`,
		`"retention":[]`, `"activities":[{"title"`, `"purposes"`, `"data_categories"`, `"findings"`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("report JSON lacks %s:\n%s", k, b)
		}
	}
}

// TestExtractDamagedSections: sections whose offsets do not fit the text (a
// hand-built or damaged document) are ignored rather than sliced.
func TestExtractDamagedSections(t *testing.T) {
	text := "1. A\n\nWe use Google Analytics.\n"
	doc := docOf(text)
	doc.Sections = append(doc.Sections, model.Section{Title: "x", HeadingStart: 5, HeadingEnd: 999, Start: 3, End: 2, Parent: 7})
	if r := Extract(doc); len(r.Recipients) != 1 {
		t.Errorf("recipients = %+v", r.Recipients)
	}
}
