package policy

import (
	"slices"
	"testing"
)

// The fixtures of this file were written for the eighth round: patterns of
// notices from a sixth development set of real policies.

// wantController checks each fixture's controller name and e-mail.
func wantController(t *testing.T, want map[string][2]string) {
	t.Helper()
	for file, w := range want {
		r := fixtureReport(t, file)
		if got := [2]string{r.Controller.Name, r.Controller.Email}; got != w {
			t.Errorf("%s: controller %q, want %q", file, got, w)
		}
	}
}

// Organisations without a legal form name themselves in the notice's own
// words: "how we at Riverside Food Aid use information", "This policy
// describes how Harbour Camp Ltd (HC) stores …", the opening sentence of a
// "Who we are" section, and "The Harbourside Rowing Club, 12 Quay Street, …,
// is responsible for this website" (C-NOFORM, C-CUEVOCAB).
func TestControllerNamedInOwnWords(t *testing.T) {
	wantController(t, map[string][2]string{
		"controller-we-at.txt":           {"Riverside Food Aid", "hello@riverside-foodaid.example"},
		"controller-policy-describes.md": {"Harbour Camp Ltd", ""},
		"controller-who-we-are.md":       {"Elm Vale Community Council", "secretary@elmvale-council.example"},
		"retention-lasts-for.md":         {"Harbourside Rowing Club", "secretary@harbourside-rowing.example"},
	})
}

// English renderings of German notices call the controller "the person
// responsible" and open with a "Table of Content"; neither is an activity,
// nor are "Safety and protection of your personal data" and "Order
// processors". A short section that cites its legal basis is one even when
// it names no data ("Translation of content") (C-CUEVOCAB, A-GEN).
func TestPersonResponsibleAndContents(t *testing.T) {
	r := fixtureReport(t, "person-responsible-en.md")
	if r.Controller.Name != "Mara Lindqvist" || r.Controller.Email != "m.lindqvist@coastal-institute.example" {
		t.Errorf("controller %q <%s>, want Mara Lindqvist", r.Controller.Name, r.Controller.Email)
	}
	wantTitles(t, r, []string{"Contact by e-mail", "Translation of content"})
}

// Cookie lifetimes are stated with "last for" and "persist for" (RT-CUE).
func TestRetentionCookieLifetimes(t *testing.T) {
	wantRetentionDays(t, "retention-lasts-for.md", []int{365, 0, 3, 180, 14})
}

// wantTransfers checks each fixture's third-country transfer flag.
func wantTransfers(t *testing.T, want map[string]bool) {
	t.Helper()
	for file, w := range want {
		if got := fixtureReport(t, file).ThirdCountryTransfer; got != w {
			t.Errorf("%s: third-country transfer %v, want %v", file, got, w)
		}
	}
}

// wantRetentionDays checks a fixture's retention rules, in order, by their days.
func wantRetentionDays(t *testing.T, file string, want []int) {
	t.Helper()
	var days []int
	for _, rt := range fixtureReport(t, file).Retention {
		days = append(days, rt.Days)
	}
	if !slices.Equal(days, want) {
		t.Errorf("%s: retention days %v, want %v", file, days, want)
	}
}

// A PDF set in one font, size and weight, its text pasted with hard line
// breaks, shows its titles only by their shape: a short line after a
// finished sentence, opening with a capital and ending without a stop. The
// short lines after a colon (a contact box, a provider's address) keep their
// breaks, and "SL" is a legal form (S-PDFFLAT, R-LEGALFORM). Made from
// flat-pasted-de-src.txt with fixturegen -lines.
func TestFlatPDFTitlesByShape(t *testing.T) {
	r := fixtureReport(t, "flat-pasted-de.pdf")
	wantTitles(t, r, []string{"Externes Hosting", "Kontaktformular", "Terminvereinbarung"})
	wantControllerAt(t, r, "Tischlerei Brandhorst", "Moorweg 4, 26122 Oldenburg")
	wantRecipients(t, map[string][]string{"flat-pasted-de.pdf": {"NUBEVERDE"}})
}

// A contents list names the section "Who is responsible … (contacts)?": the
// list item is no cue of a contact box, and the next items are titles, not
// the controller's name (C-HEADNAME).
func TestContentsItemIsNoControllerCue(t *testing.T) {
	r := fixtureReport(t, "contents-cue-list.md")
	wantControllerAt(t, r, "Lindberg Software GmbH", "Hafenstraße 8, 20457 Hamburg")
	wantRecipients(t, map[string][]string{"contents-cue-list.md": nil})
}

// An HTML5 page sets its content in <main>; the social links of an
// off-canvas menu outside it are site chrome, not recipients (S-CHROME).
func TestHTMLMainElement(t *testing.T) {
	r := fixtureReport(t, "main-element.html")
	wantRecipients(t, map[string][]string{"main-element.html": nil})
	wantTitles(t, r, []string{"Podcast hosts", "Crash reports"})
}

// The widespread template's events: "this is the case when the respective
// session is ended", "… when the respective conversation with the user is
// ended"; storage "as long as the subscription to the newsletter is active";
// "saved" as a storage verb (RT-CUE).
func TestRetentionTemplateEvents(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{"retention-template-events.md": {
		"when the respective session is ended", "when the respective conversation with the user is ended",
		"as long as the subscription to the newsletter is active", "three years"}})
}

// A layered notice's short version repeats the long one, and its purposes
// list is no activity; titles that state a legal basis ("Collection and
// processing is based on your consent - Art. 6 (1) a GDPR"), a list of the
// data sent ("During a crash, the following data is sent"), values and a
// California notice are general (A-GEN, A-FACET).
func TestGeneralTitlesEighth(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-titles-eighth.md"), []string{"Crash reporter", "Emergency notifications"})
}

// wantBases checks each fixture's document-level legal bases.
func wantBases(t *testing.T, want map[string][]string) {
	t.Helper()
	wantEach(t, "legal bases", want, func(r Report) []string { return r.LegalBases })
}

// Bases in words: "The law requires us to tell you the basis on which we
// process your data" introduces a list of them; "we have a legal
// obligation" and "we are required by law to retain" state 6(1)(c); a
// council's "statutory function" under "Legislative basis …" states 6(1)(e);
// "Lawfulness of processing" in a definitions chapter is a generic list of
// bases, as such lists are elsewhere (LB-WORDS, LB-LIST).
func TestBasesInWordsEighth(t *testing.T) {
	wantBases(t, map[string][]string{
		"bases-basis-on-which.txt":        {"6.1.a", "6.1.b", "6.1.c", "6.1.f"},
		"bases-statutory-function.md":     {"6.1.e"},
		"bases-definitions-lawfulness.md": {"6.1.a", "6.1.b", "6.1.c", "6.1.d", "6.1.e", "6.1.f"},
	})
	wantTitles(t, fixtureReport(t, "bases-statutory-function.md"), []string{"Meeting registration"})
}

// Art. 9 conditions named where a right is explained are no bases: under an
// "Automated individual decision-making" title and in a sub-section of a
// right ("Exceptions" under "Right to erasure"). The last item of a
// numbered enumeration ("…, or" over "3. Is based on your explicit
// consent.") is no heading (LB-RIGHTS, S-NUMLIST).
func TestBasesInRightsSubsections(t *testing.T) {
	wantBases(t, map[string][]string{"rights-subsections.txt": {"6.1.a", "6.1.b"}})
	if r := fixtureReport(t, "rights-subsections.txt"); !slices.Contains(r.Rights, "automated_decision") {
		t.Errorf("rights %q lack automated_decision", r.Rights)
	}
}

// Where data come from is no recipient: "information gathered from …
// social media like Facebook or LinkedIn", "publicly available directories
// such as the Royal Mail's …". Names given as examples of a provider ("a
// service provider like Givewell Direct or Donaro"), in brackets after a
// kind ("our banks ( Norrbank and Sendwise )") or in apposition to
// "software" ("Ticketmonk , our email ticketing software") are recipients;
// a tool "operated exclusively on our own servers" is none (R-SOURCE,
// R-NOFORM, R-NOPD).
func TestRecipientsSourcesAndExamples(t *testing.T) {
	wantRecipients(t, map[string][]string{"recipients-sources-examples.txt": {
		"Givewell Direct", "Donaro", "Norrbank", "Sendwise", "Ticketmonk", "Feedhopper", "Castmeter"}})
}

// A list after "für die folgenden Zwecke:" names purposes, not providers;
// fonts "lokal installiert" and content a site "bindet keine … wie
// YouTube-Videos … ein" reach no provider; the year of a copyright line is
// no part of the controller's name, which then is no recipient (R-LIST,
// R-NOPD, R-NEG, R-SELF).
func TestRecipientsLocalAndDenied(t *testing.T) {
	wantRecipients(t, map[string][]string{"recipients-local-denial-de.md": {"Wolkenhaus"}})
}

// A text rendition of a policy kept in program source has all its titles at
// one level: the facets ("Rechtsgrundlage", "Speicherdauer") belong to the
// section before them, and a title without text heads the next ones, so
// that each processing gets its own basis (S-FLAT).
func TestFlatFacetsNested(t *testing.T) {
	wantTitledBases(t, map[string][][2]string{"flat-facets-de.txt": {
		{"Terminanfrage", "6.1.b"}, {"Protokolldaten", "6.1.f"}}})
}

// "Dienstanbieter" and "service provider" over a provider's details name
// who runs a service, not a processing; "the following data is sent" lists
// data (A-GEN).
func TestProviderTitleIsGeneral(t *testing.T) {
	wantTitles(t, fixtureReport(t, "provider-label-title-de.md"), []string{"Plauderplatz-Seiten", "Bildfluss-Seiten", "Kurzton-Kanal"})
}

// Rights told as plain requests: "You can unsubscribe at any time" from a
// mailing list is an objection to direct marketing; "You may contact us to
// get this changed or removed" grants rectification and erasure (RI-VERB).
func TestRightsPlainRequests(t *testing.T) {
	r := fixtureReport(t, "rights-plain-requests.md")
	if want := []string{"rectification", "erasure", "objection"}; !slices.Equal(r.Rights, want) {
		t.Errorf("rights %q, want %q", r.Rights, want)
	}
}

// Storage ends stated with "disposed of", "discarded", "purged" and
// "archived indefinitely" (RT-CUE).
func TestRetentionDisposal(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{"retention-disposal.md": {"6 months", "indefinitely", "close your browser"}})
}

// A template's text rendition keeps the source's short hard wraps: a title
// is followed by a paragraph whose first line is short ("If you pay us
// through our payment providers" over "Paywell or"), and a line opening a
// clause that runs on into the next line is no title. A short text that
// makes data "available" to others describes a processing; "Jurisdiction"
// and "Recourse" are general. Names right after "our payment providers"
// are recipients (S-WRAP, A-GEN, R-NOFORM).
func TestWrappedTemplateText(t *testing.T) {
	wantTitles(t, fixtureReport(t, "wrapped-template-text.txt"), []string{"Ticket sales", "Helpers", "Incident reports"})
	wantRecipients(t, map[string][]string{"wrapped-template-text.txt": {"Paywell", "Debitly"}})
}

// The whole policy set under one "### Übersicht der Verarbeitungen" with
// every section a "####" below it: an overview chapter that holds most of
// the document is no general subtree. "Plattform X, betrieben von …" names
// the network's operator, not the controller; the year of a copyright line
// (spaced as PDFs set it: "© 202 6") is no part of a name, and a
// copyright line names no recipient (A-GEN, C-FALSECUE, R-SELF).
func TestOverviewHoldsAll(t *testing.T) {
	r := fixtureReport(t, "overview-holds-all-de.md")
	wantTitles(t, r, []string{"Webhosting", "Terminbuchung", "Präsenz auf Plauderplatz", "Newsletter"})
	if r.Controller.Name != "Jana Kessler" {
		t.Errorf("controller %q, want Jana Kessler", r.Controller.Name)
	}
	wantRecipients(t, map[string][]string{"overview-holds-all-de.md": {"Plauderplatz"}})
}

// Notices in the ICO's style give each processing's basis as the label of
// a list item ("* **Legitimate Interest** - …", "Contractual - …"); "This
// is the data privacy policy for X" names the controller (LB-LABEL,
// C-CUEVOCAB).
func TestBasesAsItemLabels(t *testing.T) {
	wantBases(t, map[string][]string{"bases-item-labels.txt": {"6.1.b", "6.1.c", "6.1.f"}})
	wantController(t, map[string][2]string{"bases-item-labels.txt": {"Ashgrove Workshop Ltd.", ""}})
}

// With no other name in the text, an app's single-word name defined as
// "we" and the name in "At X, we take your privacy seriously" are the
// controller's (C-NOFORM).
func TestControllerProductName(t *testing.T) {
	wantController(t, map[string][2]string{
		"controller-single-word-we.md": {"Pedalwise", "support@pedalwise.example"},
		"controller-at-name-we.md":     {"Harewood Tutors", ""},
	})
}

// A text rendition sets a provider list without bullets, its items "Name —
// what it does", and wraps the introduction and items over lines; data "not
// used for marketing" says nothing about the tool that holds them; "X does
// not use:" over a list denies the tools its items name (R-LIST, R-NEG).
func TestProvidersDashList(t *testing.T) {
	wantRecipients(t, map[string][]string{"providers-dash-list.txt": {"PostHog", "Stackrun", "Quarrybase", "Mailforge"}})
}

// A notice with a chapter of purposes ("How We Use Your Data") beside a
// chapter on the data collected ("Data We Collect"): the sections of the
// latter are categories of data, those of the former are the activities
// even when they are one short sentence; titles that name a basis
// ("Contractual Necessity (Article 6(1)(b) UK GDPR)"), a sharing chapter's
// sections and a contact box are general (A-GEN, A-PURPOSE).
func TestChaptersCollectAndUse(t *testing.T) {
	wantTitles(t, fixtureReport(t, "chapters-collect-use.md"), []string{"Lesson Booking", "Fraud Prevention"})
}

// Headings set alike ("1. Begriffsbestimmungen", "a) personenbezogene
// Daten", all <h3>, or one size in a PDF) carry their hierarchy in their
// numbers: the lettered ones belong to the numbered chapter before them, so
// the definitions stay in their general chapter (S-NUMLEVEL).
func TestLetteredHeadingsNest(t *testing.T) {
	wantTitles(t, fixtureReport(t, "lettered-headings-de.html"), []string{"Mitgliederverwaltung", "Rundbrief"})
}

// Purposes given as paragraphs that open with a run-in label ("Ticket
// Sales: To sell you tickets, …") count by the paragraph's words, also where
// a text rendition wrapped the label's line short (A-RUNIN, S-WRAP).
func TestLabelParasWrapped(t *testing.T) {
	wantTitles(t, fixtureReport(t, "label-paras-wrapped.txt"), []string{"Ticket Sales", "Customer Help", "Newsletter"})
}

// "We use your data to:" over its list: each item completes the sentence
// with a purpose, also one without a processing verb ("Confirm that you
// live in Elmstead …") (A-PURPOSE).
func TestPurposeItemsAfterTo(t *testing.T) {
	wantTitles(t, fixtureReport(t, "purpose-items-to.md"), []string{
		"Confirm that you live in Elmstead and may join", "Give members the newsletter on planning applications",
		"Keep the membership register up to date"})
}

// The same period for different data, each a list item labelled with its
// data ("Tutoring messages: 2 years …", "Marketing data: 2 years …"), is a
// rule per item: the label is the item's subject (RT-DEDUP).
func TestRetentionLabelledItems(t *testing.T) {
	wantRetentionDays(t, "retention-labelled-items.md", []int{730, 0, 730, 730, 2555})
}

// A sentence naming three bases in words ("for legitimate interest,
// contractual obligation or legal obligation purposes") is about bases
// without a cue; a data overview that asks "and why" is the processing
// itself (LB-WORDS, A-GEN).
func TestBasesListedInSentence(t *testing.T) {
	wantTitledBases(t, map[string][][2]string{"bases-listed-why.md": {
		{"What personal data we collect and why?", "6.1.b 6.1.c 6.1.f"}}})
}

// "… speichert weder Cookies noch werden hierdurch personenbezogene Daten
// verarbeitet" denies a tool's processing; a general section retelling when
// no data reach a host names no tool to deny (R-NOPD, R-NOPD-OVER).
func TestDenialConditions(t *testing.T) {
	wantRecipients(t, map[string][]string{"denial-conditions-de.md": {"Wolkenwerk"}})
}

// A PDF's spacing puts gaps inside words where no text has a space: before
// the hyphen of a compound ("Work -Finding") and before a possessive
// ("Commissioner ’s"); the reader closes them. Made from
// pdf-stray-gaps-src.md with fixturegen (S-PDFGAP).
func TestPDFStrayGaps(t *testing.T) {
	r := fixtureReport(t, "pdf-stray-gaps.pdf")
	wantTitles(t, r, []string{"Work-Finding Services"})
	if r.SupervisoryAuthority == "" {
		t.Error("no authority: the possessive's gap hides the Information Commissioner's Office")
	}
}

// A section that only lists what is not used ("Ridewell does not use:"
// over its items) is no activity, and the tools its items name are no
// recipients (A-DENIED, R-NEG).
func TestDeniedListSection(t *testing.T) {
	r := fixtureReport(t, "denied-list-section.md")
	wantTitles(t, r, []string{"Training data"})
	wantRecipients(t, map[string][]string{"denied-list-section.md": nil})
}

// A widespread UK template: "1. Information About X (Partnership)" names
// the controller and is general, its question titles ("What Does This
// Notice Cover?", "Do You Share My Personal Data?", "How Can I Access My
// Personal Data?") are general, and the items after "… for one of the
// following purposes:" under "How Do You Use My Personal Data?" are the
// activities (C-NOFORM, A-GEN, A-PURPOSE).
func TestUKTemplateQuestions(t *testing.T) {
	r := fixtureReport(t, "uk-template-questions.txt")
	wantController(t, map[string][2]string{"uk-template-questions.txt": {"Hatherley Bike Repairs", "repairs@hatherley-bikes.example"}})
	wantTitles(t, r, []string{"Booking and carrying out repairs", "Reminding you when your bike is due for a service",
		"Confirming your identity when you collect a bike"})
}

// The document's first heading is often the organisation's name, which its
// contact box repeats: that line is no contents entry. "eV." is the legal
// form of an association written without its inner stop; "This is X's
// Privacy Notice" names the controller (C-BLOCK, R-LEGALFORM, C-NOFORM).
func TestControllerNamedByHeadingAndNotice(t *testing.T) {
	wantController(t, map[string][2]string{
		"controller-first-heading.md": {"Bürgerinitiative Grünes Ufer", "kontakt@gruenes-ufer.example"},
		"controller-own-notice.txt":   {"Harrow Home Care", "office@harrowhomecare.example"},
	})
	wantControllerAt(t, fixtureReport(t, "controller-ev-own-notice.md"), "Freie Gemeinde Lindenau eV.", "Pfarrweg 2, 04177 Leipzig")
}

// "Data Privacy Notice" opens a document and "Automatic decision-making
// process" explains a right: neither is an activity (A-GEN).
func TestGeneralTitlesNinth(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-titles-ninth.md"), []string{"Sample submission"})
}

// Names given in brackets after a kind of recipient, as examples ("Deposit
// protection schemes (e.g. Depositsafe)", "Property portals (e.g.
// Homefinder, Lettingspot)") are recipients (R-NOFORM).
func TestRecipientsKindExamples(t *testing.T) {
	wantRecipients(t, map[string][]string{"recipients-kind-examples.txt": {"Depositsafe", "Homefinder", "Lettingspot"}})
}
