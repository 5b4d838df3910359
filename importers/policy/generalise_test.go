package policy

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/importers"
	"github.com/dpodesk/dpodesk/model"
)

// The fixtures in testdata/generalise are fictional policies, each written
// for one pattern of how real policies are laid out or phrased.

func fixtureReport(t *testing.T, name string) Report {
	t.Helper()
	return Extract(fixtureDoc(t, name))
}

// fixtureDoc reads a fixture as the importer does, for tests of its sections.
func fixtureDoc(t *testing.T, name string) model.Document {
	t.Helper()
	doc, err := importers.Read(filepath.Join("testdata", "generalise", name))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// wantDPO checks the DPO's name and e-mail of a report.
func wantDPO(t *testing.T, r Report, name, email string) {
	t.Helper()
	if r.DPO.Name != name || r.DPO.Email != email {
		t.Errorf("DPO %q <%s>, want %q <%s>", r.DPO.Name, r.DPO.Email, name, email)
	}
}

func activityTitles(r Report) []string {
	var out []string
	for _, a := range r.Activities {
		out = append(out, a.Title)
	}
	return out
}

// wantTitles reports the activities' titles when they are not want, in order.
func wantTitles(t *testing.T, r Report, want []string) {
	t.Helper()
	if got := activityTitles(r); !slices.Equal(got, want) {
		t.Errorf("activities %q, want %q", got, want)
	}
}

// wantControllerAt checks the controller's name and address.
func wantControllerAt(t *testing.T, r Report, name, address string) {
	t.Helper()
	if r.Controller.Name != name || r.Controller.Address != address {
		t.Errorf("%s: controller %q at %q, want %q at %q", r.Source, r.Controller.Name, r.Controller.Address, name, address)
	}
}

// hasTitle reports an activity whose title contains want, case-insensitively.
func hasTitle(r Report, want string) bool {
	for _, a := range r.Activities {
		if strings.Contains(strings.ToLower(a.Title), strings.ToLower(want)) {
			return true
		}
	}
	return false
}

// Purposes listed as items under one purposes heading are activities each,
// with the legal basis stated in the item.
func TestPurposeItemsAreActivities(t *testing.T) {
	for file, want := range map[string][]string{
		"purpose-items-de.md": {"Mitglied", "Boot", "Jugendtraining"},
		"purpose-items-en.md": {"Booking a delivery", "Sending invoices", "Tracking parcels"},
	} {
		r := fixtureReport(t, file)
		for _, w := range want {
			if !hasTitle(r, w) {
				t.Errorf("%s: no activity %q in %q", file, w, activityTitles(r))
			}
		}
		if len(r.Activities) != len(want) {
			t.Errorf("%s: %d activities %q, want %d", file, len(r.Activities), activityTitles(r), len(want))
		}
	}
	r := fixtureReport(t, "purpose-items-de.md")
	for _, a := range r.Activities {
		if strings.Contains(a.Title, "Jugendtraining") && strings.Join(a.LegalBases, ",") != "6.1.a" {
			t.Errorf("item basis = %v, want 6.1.a", a.LegalBases)
		}
	}
}

// General information chapters (notes, summaries, consequences of not
// providing data, German rights compounds, data overviews, sharing, business
// transfers, protection, links, notices to residents) are not activities; a
// "note" sub-heading does not take its parent's place; a front-matter block
// is not a heading.
func TestGeneralTitlesAreNotActivities(t *testing.T) {
	for file, want := range map[string]string{
		"general-titles-de.md": "Brötchen-Abo",
		"general-titles-en.md": "Newsletter",
	} {
		r := fixtureReport(t, file)
		if got := activityTitles(r); len(got) != 1 || got[0] != want {
			t.Errorf("%s: activities %q, want only %q", file, got, want)
		}
	}
}

// The controller's contact box follows a long cue sentence ending in "ist
// die:", its name line holds a digit, and its e-mail addresses are written
// "[at]"/"(at)"; a "we are the data controller" sentence names the
// organisation the paragraph opened with.
func TestControllerBlocksAndObfuscatedEmails(t *testing.T) {
	r := fixtureReport(t, "controller-long-cue-de.md")
	if r.Controller.Name != "Schützengilde Beispielstadt * Gegr. 1621" ||
		r.Controller.Email != "vorstand@schuetzengilde-beispiel.invalid" {
		t.Errorf("controller = %q %q", r.Controller.Name, r.Controller.Email)
	}
	if r.DPO.Email != "datenschutz@schuetzengilde-beispiel.invalid" {
		t.Errorf("dpo e-mail = %q", r.DPO.Email)
	}
	r = fixtureReport(t, "controller-we-are.md")
	if r.Controller.Name != "Example Ferry Services Ltd" || r.Controller.Email != "privacy@example-ferries.invalid" {
		t.Errorf("controller = %q %q", r.Controller.Name, r.Controller.Email)
	}
}

func TestDeobfuscateEmailsKeepsOffsets(t *testing.T) {
	in := "Write to info [at] example [dot] org or jane(at)example.org, not to the team at the office."
	out := deobfuscateEmails(in, lowerSameLength(in))
	if len(out) != len(in) || !strings.Contains(out, "info@example.org ") || !strings.Contains(out, "jane@example.org") ||
		!strings.Contains(out, "team at the office") {
		t.Errorf("got %q", out)
	}
}

// Retention stated with verbs of collecting or logging, as an upper bound, as
// a compound ("Ein-Jahres-Frist"), or tied to an event (unsubscribing, the end
// of a meeting, closing the app, never deleting, the term of a subscription or
// of a contract); "für alle Besucher" is no periodicity, and one sentence
// repeated in two sections is one rule.
func TestRetentionPatterns(t *testing.T) {
	for file, want := range map[string][]string{
		"retention-de.md": {"90|3 Monaten", "0|nach jeder Veranstaltung", "0|durch Abmeldung", "365|Ein-Jahres",
			"0|für die Dauer Ihres Abonnements", "0|für die Dauer unserer Vertragsbeziehung", "3650|10 Jahre"},
		"retention-en.md": {"14|14 days", "0|We do not delete", "0|expires when you close", "0|upon account deletion"},
	} {
		r := fixtureReport(t, file)
		var got []string
		for _, rt := range r.Retention {
			got = append(got, fmt.Sprintf("%d|%s", rt.Days, rt.Text))
		}
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: no rule %q in %q", file, w, got)
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d rules %q, want %d", file, len(got), got, len(want))
		}
	}
}

// A country is where a recipient sits, never a recipient, also when a stray
// character splits a company name so that only "<Country> Limited" is left.
func TestCountryIsNoRecipient(t *testing.T) {
	text := "1. Wetterkarte\n\nWir verwenden auf unserer Seite den Dienst Wetterkarte des Unternehmens Beispiel ü Ireland Limited, 1 Harbour Road, Dublin, Irland. Die Bearbeitung erfolgt in unserem Auftrag.\n"
	r := Extract(docOf(text))
	for _, rc := range r.Recipients {
		if isPlaceName(rc.Name) || isPlaceName(normName(rc.Name)) {
			t.Errorf("recipient %q is a country", rc.Name)
		}
	}
}

// A catalogue product named after the controller is its own offer; a sister
// company named with a legal form stays a recipient.
func TestControllersOwnProduct(t *testing.T) {
	if !ownProduct("plausible insights", "plausible analytics") || ownProduct("deutsche bahn", "deutsche post") ||
		ownProduct("zippe transport", "zippe") {
		t.Error("ownProduct compares the wrong words")
	}
}

// Rights stated with verbs ("update your profile", "delete your account",
// "opt out of receiving"), as bare list items under a rights lead-in, or with
// older German words ("Sperrung").
func TestRightsAsVerbs(t *testing.T) {
	r := fixtureReport(t, "rights-verbs.md")
	want := []string{"access", "rectification", "erasure", "restriction", "portability", "objection"}
	if strings.Join(r.Rights, ",") != strings.Join(want, ",") {
		t.Errorf("rights = %v, want %v", r.Rights, want)
	}
}

// In a section about legal bases, a bare "contract" or "consent" after an
// item's label is the basis of that item.
func TestBasesAsLabels(t *testing.T) {
	r := fixtureReport(t, "purpose-items-en.md")
	if got := strings.Join(r.LegalBases, ","); got != "6.1.b,6.1.c,6.1.f" {
		t.Errorf("bases = %s, want 6.1.b,6.1.c,6.1.f", got)
	}
	for _, a := range r.Activities {
		if strings.HasPrefix(a.Title, "Booking") && strings.Join(a.LegalBases, ",") != "6.1.b" {
			t.Errorf("%q bases = %v, want 6.1.b", a.Title, a.LegalBases)
		}
	}
}

// Short lines between blank lines after a line ending in ":" are a list, not
// headings: the section they sit in stays one activity with its basis.
func TestListLinesAreNoHeadings(t *testing.T) {
	r := fixtureReport(t, "list-lines.txt")
	got := activityTitles(r)
	if len(got) != 2 || got[0] != "Visiting our website" || got[1] != "Contact form" {
		t.Fatalf("activities %q, want the two sections", got)
	}
	if strings.Join(r.Activities[0].LegalBases, ",") != "6.1.f" {
		t.Errorf("website bases = %v", r.Activities[0].LegalBases)
	}
}

// A general word inside a longer word ("Umfragen", "surveys") or heading a
// section that states its own basis ("search queries") does not make the
// section general; "Queries and complaints" stays general.
func TestGeneralWordsOnlyAsHeads(t *testing.T) {
	r := fixtureReport(t, "general-words-heads.md")
	got := activityTitles(r)
	if len(got) != 2 || !hasTitle(r, "surveys") || !hasTitle(r, "search queries") {
		t.Errorf("activities %q, want the surveys and the search queries", got)
	}
	d := newDocView(docOf("Umfragen und Werbung\n\nWir fragen Sie nach Ihrer Meinung und verarbeiten dazu Ihre E-Mail-Adresse auf Grundlage Ihrer Einwilligung.\n"))
	if classifyTitle(d.secs[0].Title).general {
		t.Error("\"Umfragen\" is classed as general")
	}
}

// An authority the patterns do not describe is found by its name in model's
// authority list: a national authority named in its own language, or by its
// short name in a complaint sentence.
func TestAuthorityFromModelData(t *testing.T) {
	for text, want := range map[string]string{
		"1. Complaints\n\nYou may lodge a complaint with the Urząd Ochrony Danych Osobowych in Warsaw.\n": "Urząd Ochrony Danych Osobowych",
		"1. Complaints\n\nYou may complain to the AEPD if you think we broke the law.\n":                  "AEPD",
	} {
		r := Extract(docOf(text))
		if !strings.Contains(r.SupervisoryAuthority, want) {
			t.Errorf("authority = %q, want %q", r.SupervisoryAuthority, want)
		}
	}
}

// A notice without a contact box names its controller as the brand that
// collects and uses the data; the e-mail of its "contact us" sentence is the
// controller's.
func TestBrandController(t *testing.T) {
	r := fixtureReport(t, "brand-notice.md")
	if r.Controller.Name != "Pawtrack" || r.Controller.Email != "privacy@pawtrack.invalid" {
		t.Errorf("controller = %q %q", r.Controller.Name, r.Controller.Email)
	}
}

// Purposes given as paragraphs that open with a bold label, three or more
// in a row, are one activity each, in Markdown and in HTML.
func TestBoldLeadInsAreActivities(t *testing.T) {
	for _, file := range []string{"leadins.md", "leadins.html"} {
		r := fixtureReport(t, file)
		for _, w := range []string{"Running your account", "Shipping fabric orders", "Improving our patterns"} {
			if !hasTitle(r, w) {
				t.Errorf("%s: no activity %q in %q", file, w, activityTitles(r))
			}
		}
	}
}

// Paragraphs hard-wrapped at a fixed width are joined before sectioning: the
// tail of an article citation ("6 (1) (b) GDPR …") is no numbered heading and
// a sentence's last line no title.
func TestHardWrappedText(t *testing.T) {
	r := fixtureReport(t, "hard-wrapped.txt")
	got := activityTitles(r)
	if len(got) != 2 || got[0] != "Renting tools" || got[1] != "Reminders by text message" {
		t.Fatalf("activities %q, want the two purposes", got)
	}
	if strings.Join(r.Activities[0].LegalBases, ",") != "6.1.b" || strings.Join(r.Activities[1].LegalBases, ",") != "6.1.a" {
		t.Errorf("bases %v / %v", r.Activities[0].LegalBases, r.Activities[1].LegalBases)
	}
	if r.Controller.Name != "Example Tool Rental Ltd" {
		t.Errorf("controller = %q", r.Controller.Name)
	}
}

// A vendor named without a legal form and not in the catalogue, next to a web
// address its name spells, is a recipient; an ordinary word next to an
// address is not.
func TestVendorNextToItsDomain(t *testing.T) {
	r := fixtureReport(t, "name-domain.md")
	names := map[string]bool{}
	for _, rc := range r.Recipients {
		names[rc.Name] = true
	}
	if !names["Feathermail"] || !names["Perchbase"] {
		t.Errorf("recipients %v, want Feathermail and Perchbase", names)
	}
	if spellsDomain("Service", "service") || !spellsDomain("Help Scout", "helpscout") {
		t.Error("spellsDomain accepts a common word or misses a two-word name")
	}
}

// Sub-headings that recur under three or more parents ("What we collect",
// "How we use it" under every role) are facets: the parents are the
// activities.
func TestRepeatedSubtitlesAreFacets(t *testing.T) {
	r := fixtureReport(t, "repeated-facets.md")
	got := activityTitles(r)
	if strings.Join(got, "|") != "Singers|Conductors|Audience members" {
		t.Errorf("activities %q, want the three roles", got)
	}
}

// Bases stated in prose: consent as a verb ("provided you have agreed",
// "you give us your voluntary consent"), a contract as "the handling of the
// contract", and citations written "articles 6 (1) (a)".
func TestBasesInProse(t *testing.T) {
	r := fixtureReport(t, "bases-in-prose.md")
	if got := strings.Join(r.LegalBases, ","); got != "6.1.a,6.1.b" {
		t.Errorf("bases = %s, want 6.1.a,6.1.b", got)
	}
	want := map[string]string{"Lessons": "6.1.b", "Photos": "6.1.a", "Weather alerts": "6.1.a,6.1.b"}
	for _, a := range r.Activities {
		if w, ok := want[a.Title]; ok && strings.Join(a.LegalBases, ",") != w {
			t.Errorf("%s: bases %v, want %s", a.Title, a.LegalBases, w)
		}
	}
}

// The transfer flag: raised by "stores and processes … in the US" and by
// destinations described as countries without an adequate level of
// protection; not raised by the explanation of the right of access.
func TestTransferStatements(t *testing.T) {
	for text, want := range map[string]bool{
		"1. Hosting\n\nOur host stores and processes your data in the US.\n":                                                                true,
		"1. Support\n\nOur support desk may pass tickets to countries that do not offer an adequate level of data protection.\n":            true,
		"1. Your rights\n\nYou have the right of access. Where data is transferred to a third country, you may ask about the safeguards.\n": false,
	} {
		if got := Extract(docOf(text)).ThirdCountryTransfer; got != want {
			t.Errorf("transfer = %v, want %v for %.60q", got, want, text)
		}
	}
}

// Article 6 restated in a glossary is not a basis the controller relies on.
func TestGlossaryBasesNotCounted(t *testing.T) {
	r := fixtureReport(t, "glossary-bases.md")
	if got := strings.Join(r.LegalBases, ","); got != "6.1.a" {
		t.Errorf("bases = %s, want 6.1.a", got)
	}
}

// A general "not passed on" sentence in a document's top-level section does
// not delete the only vendor of that section.
func TestNoPersonalDataNotAppliedToRoot(t *testing.T) {
	r := fixtureReport(t, "nopd-root.md")
	if len(r.Recipients) != 1 || r.Recipients[0].Name != "Claybook Software" {
		var names []string
		for _, rc := range r.Recipients {
			names = append(names, rc.Name)
		}
		t.Errorf("recipients %q, want Claybook Software", names)
	}
}

// Tools a sentence names as not in use are no recipients; a "not used"
// sentence that names no tool leaves its section's vendor alone.
func TestToolsNotInUse(t *testing.T) {
	r := fixtureReport(t, "not-in-use.md")
	var names []string
	for _, rc := range r.Recipients {
		names = append(names, rc.Name)
	}
	if strings.Join(names, ",") != "Hetzner" {
		t.Errorf("recipients %q, want only Hetzner", names)
	}
}

// A firm named only in the credit line of the policy's generator is no
// recipient.
func TestCreditLineIsNoRecipient(t *testing.T) {
	r := fixtureReport(t, "credit-line.md")
	for _, rc := range r.Recipients {
		t.Errorf("recipient %q from a credit line", rc.Name)
	}
}

// A policy whose only statement of its owner is its title ("Datenschutz-
// erklärung der Example GmbH") names its controller there.
func TestControllerFromTitle(t *testing.T) {
	r := fixtureReport(t, "general-titles-de.md")
	if r.Controller.Name != "Backstube Beispiel GmbH" {
		t.Errorf("controller = %q", r.Controller.Name)
	}
	for _, rc := range r.Recipients {
		t.Errorf("the controller is its own recipient: %q", rc.Name)
	}
}

// The periods in the duration column of a cookie table are retention rules,
// and "Session" there is the end of the session.
func TestCookieTablePeriods(t *testing.T) {
	r := fixtureReport(t, "cookie-table.md")
	var got []string
	for _, rt := range r.Retention {
		got = append(got, fmt.Sprint(rt.Days))
	}
	if strings.Join(got, ",") != "30,730,0" {
		t.Errorf("retention days %v, want 30, 730 and the session", got)
	}
}
