package policy

import (
	"slices"
	"strings"
	"testing"
)

// The fixtures of this file were written for the seventh round: patterns of
// notices from a further development set of real policies.

// A UK firm names itself through its trading name ("Brightwell is a trading
// name of Hollin Vale LTD, … with its registered office at …"); the address
// is what follows "registered office at". Under a "Who we are" entry of a
// table of contents the next entries are titles, never the controller's name:
// with no name in the text the controller stays empty (C-HEADNAME).
func TestControllerTradingNameAndContents(t *testing.T) {
	r := fixtureReport(t, "controller-trading-name.txt")
	wantControllerAt(t, r, "Hollin Vale LTD", "4 Mill Lane, Leeds LS1 4AB")
	if r := fixtureReport(t, "controller-contents-entry.txt"); r.Controller.Name != "" {
		t.Errorf("controller %q, want none: a contents entry is no name", r.Controller.Name)
	}
}

// Notices written without heading markup title a section as a label: a line
// of a few words ending in a colon over a paragraph of prose ("Google
// Analytics:", "Kontaktformular:"). A colon line over a list stays its
// lead-in (S-LABELTITLE).
func TestLabelTitles(t *testing.T) {
	wantTitles(t, fixtureReport(t, "label-titles-de.md"), []string{"Kontaktformular", "Webanalyse mit Matomo", "Terminbuchung"})
	wantTitles(t, fixtureReport(t, "label-titles.txt"), []string{"Contact form", "Online shop", "Event newsletter"})
}

// A title listing several processings ("Verwaltung, Buchhaltung, Ablage,
// Kontaktverwaltung") belongs to no one topic: a later "Kontaktaufnahme" is a
// processing of its own, not the same one told again (A-TOPICLIST).
func TestListTitleHasNoTopic(t *testing.T) {
	wantTitles(t, fixtureReport(t, "topic-list-title-de.md"),
		[]string{"Verwaltung, Buchhaltung, Ablage, Kontaktverwaltung", "Kontaktaufnahme", "Newsletter"})
}

// The questions of the widespread overview chapter ("Wie erfassen wir Ihre
// Daten?", "How do we record your data?") are general also where a site's
// markup sets them beside "Datenschutz auf einen Blick" instead of under it,
// so that the chapter's subtree cannot make them general (A-GEN).
func TestOverviewQuestionsBesideTheirChapter(t *testing.T) {
	wantTitles(t, fixtureReport(t, "overview-flat-de.html"), []string{"Kontaktformular", "Server-Log-Dateien"})
	wantTitles(t, fixtureReport(t, "overview-flat-en.html"), []string{"Contact form", "Server log files"})
}

// "… des folgenden Anbieters zur Verfügung: Example Pay GmbH, Lerchenstr.
// 14-16, 60313 Frankfurt" names one provider and its address, not a list of
// providers: a street with its number, a street word, a postcode and town and
// a building's name before them are no recipients. "S.a.r.l. et Cie, S.C.A."
// is one legal form (R-ADDRESS, R-LEGALFORM).
func TestInlineProviderWithAddress(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"inline-provider-address.md": {"Fennkamp Pay", "Norrvik Bank", "Marlin Payments Europe", "Kestrel Cloud"},
	})
}

// A Czech provider's policy: "This Policy has been issued by …" names the
// controller, "s.r.o.", "spol. s r.o." and "a.s." are legal forms, and the
// authority is named by its English name, which the model's data file now
// holds beside its own ("Office for Personal Data Protection"). Where no
// name follows, the heading after a "data controller" line is none
// (C-CUEVOCAB, R-LEGALFORM, SA-MODEL, C-HEADNAME).
func TestIssuedByCzechProvider(t *testing.T) {
	r := fixtureReport(t, "controller-issued-by-cz.md")
	if r.Controller.Name != "Pravenka s.r.o." || r.SupervisoryAuthority != "Office for Personal Data Protection" {
		t.Errorf("controller %q, authority %q", r.Controller.Name, r.SupervisoryAuthority)
	}
	wantRecipients(t, map[string][]string{"controller-issued-by-cz.md": {"Hostivar", "Dolnik"}})
	if r := fixtureReport(t, "controller-heading-after-cue.md"); r.Controller.Name != "" {
		t.Errorf("controller %q, want none: a heading is no name", r.Controller.Name)
	}
}

// A conjunction that opens a sentence is no part of the company named after
// it: "If Example Ltd fails …" names the controller, "When Example Analytics
// Ltd receives …" a processor (R-NOFORM, C-OWNRECIPIENT).
func TestConjunctionBeforeCompany(t *testing.T) {
	wantRecipients(t, map[string][]string{"org-after-conjunction.md": {"Marrowby Analytics"}})
}

// Event-tied rules of the seventh round: "Nach erfolgter Abmeldung" (the
// same event for other data in another section is a rule of its own: the
// e-mail address and the mobile number), settling the person's enquiry
// ("Nach Erledigung der … Anfrage", "once your enquiry has been resolved",
// also where the sentence speaks of answering), and exercising the right to
// object (RT-CUE, RT-DEDUP).
func TestRetentionEventsSeventh(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"retention-events-seventh-de.md": {"Nach erfolgter Abmeldung", "Nach erfolgter Abmeldung",
			"Nach Erledigung der von Ihnen gestellten Anfrage", "bis Sie Ihr Widerspruchsrecht"},
		"retention-events-seventh.md": {"once your enquiry has been resolved", "until you exercise your right to object"},
	})
}

// Markdown written as numbered chapters without heading marks ("1. Name und
// Anschrift des Verantwortlichen", its paragraphs indented too little to
// belong to the item) and bulleted sub-chapters (a title line over an
// indented paragraph): the items are headings. A chapter whose whole text
// denies its processing ("Wir setzen … keine Cookies ein", "This website
// uses no analytics") is no activity, nor are "Begriffserklärungen"
// (S-MDLIST, A-DENIED, A-GEN).
func TestMarkdownChapterItems(t *testing.T) {
	wantTitles(t, fixtureReport(t, "md-numbered-chapters-de.md"), []string{"Beim Besuch der Webseite", "Terminanfragen per E-Mail"})
	wantTitles(t, fixtureReport(t, "section-denies-processing.md"), []string{"Workshop bookings", "Newsletter"})
}

// A policy printed from HTML (WeasyPrint and the like): each paragraph's
// number ("1.1.", "a)") is drawn in the margin after its text, a two-line
// title runs at the top of every page in a larger size, and "Page | 2" at
// the bottom. The number now opens its paragraph or list item, the running
// head is a heading once (on the first page), the running foot none, and a
// contract-like policy's "Introductory Provisions" and "Final Provisions"
// are general (S-PDFORDER, S-RUNNINGHEAD, A-GEN).
func TestHangingNumbersAndRunningHead(t *testing.T) {
	doc := fixtureDoc(t, "hanging-numbers.pdf")
	for _, want := range []string{"1.1. This Policy has been issued by Harbrook Tools s.r.o.",
		"\na) providing the translation service under the contract,\nb) keeping the invoices"} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("the text lacks %q: a number is not where it belongs", want)
		}
	}
	var running []string
	for _, s := range doc.Sections[1:] {
		if s.Title == "Privacy Policy" || strings.HasPrefix(s.Title, "Page |") {
			running = append(running, s.Title)
		}
	}
	if doc.Sections[0].Title != "Harbrook Tools Privacy Policy" || len(running) > 0 {
		t.Errorf("title %q, running heads and feet left as headings: %q", doc.Sections[0].Title, running)
	}
	// the numbered paragraphs are no activities; the items after "for the
	// following purposes:" are (since the eighth round)
	r := fixtureReport(t, "hanging-numbers.pdf")
	want := []string{"providing the translation service under the contract", "keeping the invoices the tax laws require"}
	if r.Controller.Name != "Harbrook Tools s.r.o." || !slices.Equal(activityTitles(r), want) {
		t.Errorf("controller %q, activities %q", r.Controller.Name, activityTitles(r))
	}
	wantRecipients(t, map[string][]string{"hanging-numbers.pdf": {"Korvina Cloud", "Brezno Pay"}})
}

// Event and webinar platforms named in passing ("our events platforms
// (e.g., Meetup, Eventbrite, Whova, …)") are catalogue entries (R-NOFORM).
func TestEventPlatformsCatalogued(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"event-platforms.md": {"Eventbrite", "Whova", "Swapcard", "ON24", "StreamYard"},
	})
}

// Rules for data kept without end or tied to a named event: "After
// Harbourfest Galway is over", "will remain publicly available", "on a
// perpetual basis", "speichert Vimeo dauerhaft ein Cookie"; "maintain"
// speaks of keeping records (RT-CUE, event-tied retention).
func TestRetentionLastingAndNamedEvents(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"retention-lasting.md":    {"After Harbourfest Galway is over", "remain publicly available", "on a perpetual basis"},
		"retention-lasting-de.md": {"speichert Vimeo dauerhaft"},
	})
}

// A country or town as a title ("Ireland", "United States" under "Where
// your data is") names where data go, not a processing; nor does an address
// line set as a title (A-GEN).
func TestPlaceTitlesAreNoActivities(t *testing.T) {
	wantTitles(t, fixtureReport(t, "place-titles.md"), []string{"Your orders"})
}

// "What data we collect if you're a candidate" is about a group of people,
// not a feature ("… when you register"): an overview of data, general. So
// are the legal basis told as "Using your data lawfully" and a complaint
// told as "raising a concern" (A-GEN).
func TestGeneralTitlesSeventh(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-titles-seventh-en.md"), []string{"Assessing applications"})
}

// "Die verbundwerk ist auch für den Datenschutz der App verantwortlich": a
// short name written in lower case after its article, with words between
// "ist" and "verantwortlich", names the controller, whose legal name stands
// elsewhere ("verbundwerk GmbH"); "Weitere Verantwortliche" then lists other
// bodies, each a recipient. A list label before a company ("Fahrplandienst:
// Talgrund Informatik GmbH, …") is the label of its service, not one more
// recipient; "Forschungs-, Entwicklungs- und …gesellschaft" is one name; and
// the DPO's firm is looked for in the DPO's own paragraph, not in a list
// just before it (C-PROSE, R-NOFORM, R-LEGALFORM).
func TestControllerShortNameAndOtherControllers(t *testing.T) {
	r := fixtureReport(t, "controller-short-lowercase-de.md")
	if r.Controller.Name != "verbundwerk GmbH" {
		t.Errorf("controller %q, want verbundwerk GmbH", r.Controller.Name)
	}
	wantRecipients(t, map[string][]string{"controller-short-lowercase-de.md": {
		"Talgrund Informatik", "Forschungs-, Entwicklungs- und Vertriebsgesellschaft Nordbahn"}})
}

// Tools named as examples of what a site does not do ("Kein Tracking,
// keine Analyse-Tools (z. B. Google Analytics, Matomo)") are no recipients,
// and a name set as a heading right under "Verantwortlicher im Sinne der
// DSGVO:" is the controller's (R-NEG, C-BLOCK).
func TestToolsNamedAsNotUsed(t *testing.T) {
	wantRecipients(t, map[string][]string{"tools-not-used-de.md": {"Strato"}})
}

// Providers laid out as cards, each titled by its web address ("Tindrel.io"
// over "Content management …") in a chapter on sharing, are recipients
// named by the domain's label; "cookie-less" analytics still receive data,
// so the word no longer denies it; WorkOS and Sanity are catalogued
// (R-NOFORM, R-NOPD-OVER).
func TestProviderCards(t *testing.T) {
	wantRecipients(t, map[string][]string{"provider-cards.txt": {"Tindrel", "Skarvhost", "Sanity", "WorkOS"}})
	r := Extract(docOf("Privacy\n\nNorrbo AB is the controller.\n\nAnalytics\n\n" +
		"We measure visits with Pirsch, a privacy-friendly, cookie-less analytics service hosted in Germany.\n"))
	if len(r.Recipients) != 1 || r.Recipients[0].Name != "Pirsch" {
		t.Errorf("recipients %+v, want Pirsch", r.Recipients)
	}
}

// A policy taken from a program's source before its values were filled in
// names its controller by a placeholder ("{organizationName} is a …"): no
// name, rather than the placeholder or the sentence (C-PLACEHOLDER).
func TestPlaceholderIsNoName(t *testing.T) {
	if c := fixtureReport(t, "controller-placeholder.txt").Controller; c.Name != "" || c.Address != "" {
		t.Errorf("controller %q at %q, want none", c.Name, c.Address)
	}
}

// "The lawful basis for processing data identified by Example includes:"
// introduces a list of bases in words, also mid-section (LB-LIST, LB-WORDS).
func TestBasisListIncludes(t *testing.T) {
	if got := fixtureReport(t, "bases-list-includes.md").LegalBases; !slices.Equal(got, []string{"6.1.b", "6.1.c", "6.1.d", "6.1.f"}) {
		t.Errorf("bases %v, want 6.1.b, c, d, f", got)
	}
}

// An example address ("username@domain.name") is nobody's, and a controller
// named in prose ("Harlow Apps BV is the data controller.") is reached at the
// address of the contact box just above, not at the first address of the
// text (C-EMAIL).
func TestControllerEmailNearest(t *testing.T) {
	if c := fixtureReport(t, "controller-email-nearest.md").Controller; c.Email != "privacy@harlowapps.example" {
		t.Errorf("controller e-mail %q, want privacy@harlowapps.example", c.Email)
	}
}

// A page template whose body is Markdown, filtered when the page is served
// ("{% filter markdown %}", one <h1> and "## Mailing list" headings), is read
// as Markdown: read as HTML it was one paragraph without a section. "This
// site is run by Ferncastle Community Interest Company. We are …" names the
// controller up to the sentence's end, and "Ferncastle CIC" is the same
// company (S-MDHTML, C-CUEVOCAB, R-LEGALFORM).
func TestMarkdownInTemplate(t *testing.T) {
	r := fixtureReport(t, "markdown-in-template.html")
	if r.Controller.Name != "Ferncastle Community Interest Company" {
		t.Errorf("controller %q", r.Controller.Name)
	}
	wantRecipients(t, map[string][]string{"markdown-in-template.html": {"Tallycount"}})
	wantTitles(t, r, []string{"Mailing list", "Usage statistics"})
}

// In hard-wrapped plain text a paragraph's first line is no title when the
// line right below it goes on in lower case ("… based on the following
// legal" over "grounds under GDPR: …"), and "5 years after transaction
// completion" is a quantity, not chapter 5 (S-WRAP).
func TestWrappedFirstLineIsNoTitle(t *testing.T) {
	wantTitles(t, fixtureReport(t, "wrapped-first-line.txt"), []string{"Speaker Applications"})
}

// Rules that end with the person's own request ("bis du eine Löschung
// deines Nutzerkontos verlangst", "until you notify us that you no longer
// wish to use the service", kept although "notify" marks deadlines) and the
// informal "nach Ende deines Besuchs" (RT-CUE).
func TestRetentionUntilTheyAsk(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"retention-requests-de.md": {"bis du eine Löschung deines Nutzerkontos verlangst", "Ende deines Besuchs"},
		"retention-requests.md":    {"until you notify us that you no longer wish to"},
	})
}

// Terms of use printed after the policy ("Conditions of Use" with "Minimal
// age", "Acceptable use") are contract terms, general with their whole
// subtree; a title that names both ("… Privacy Policy and Conditions of
// Use") is the document's, whose chapters stay (A-GEN).
func TestTermsAfterThePolicy(t *testing.T) {
	wantTitles(t, fixtureReport(t, "terms-after-policy.md"), []string{"Syncing your notes", "Support requests"})
}

// The rights as the UK government's notices word them: "have incorrect data
// updated", "get and reuse your data for different services", "ask to see
// the personal data we hold", and "to raise a concern, visit the
// Information Commissioner's Office" (R-EVERYDAY).
func TestRightsInGovernmentWords(t *testing.T) {
	if got := fixtureReport(t, "rights-govuk-phrases.md").Rights; !slices.Equal(got, []string{"access", "rectification", "portability", "complaint"}) {
		t.Errorf("rights %v", got)
	}
}

// "bei der Landesbeauftragten für Datenschutz …": the Land authority's head
// noun in the nominative, as the organisation record holds it (SA-INFLECT).
func TestLandAuthorityInTheNominative(t *testing.T) {
	r := Extract(docOf("Datenschutz\n\nVerantwortlich ist die Mühlbach GmbH.\n\nBeschwerde\n\n" +
		"Beschweren können Sie sich bei der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen.\n"))
	if want := "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen"; r.SupervisoryAuthority != want {
		t.Errorf("authority %q, want %q", r.SupervisoryAuthority, want)
	}
}

// "… which matches students with host families and is responsible for that
// placement itself" makes the provider a third party, not a processor
// (R-ROLE).
func TestResponsibleItselfIsThirdParty(t *testing.T) {
	r := Extract(docOf("Privacy notice\n\nHollin Language School Ltd is the controller.\n\nHost families\n\n" +
		"If you book accommodation, we pass your name and arrival date to Nestwell Homestays Ltd, Galway, which " +
		"matches students with host families and is responsible for that placement itself.\n"))
	if len(r.Recipients) != 1 || r.Recipients[0].Role != "third_party" {
		t.Errorf("recipients %+v, want Nestwell Homestays as a third party", r.Recipients)
	}
}
