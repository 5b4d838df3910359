package policy

import (
	"strings"
	"testing"
)

// The twenty-first round: patterns read from the rows of the hold-outs
// scored before it. Each fixture is fictional and fails on the code before
// its rule.

// A generator's chapter on third countries says what would apply
// ("Sofern wir Daten in einem Drittland … verarbeiten", "Vorbehaltlich …
// nur beim Vorliegen …"), explains it ("D. h. … z. B. für die USA"), names
// its topic in a compound noun ("Informationen zu Drittlandtransfers") and
// under a short heading, and another's chapter on legal bases adds "Im
// Falle einer ausdrücklichen Einwilligung in die Übertragung … in
// Drittstaaten …": none of it says that data are transferred. A sentence
// that names the country states a transfer whatever its condition ("Wenn
// Sie unsere Website aufrufen, baut Ihr Browser eine Verbindung zu einem
// Server der …, Inc., … USA auf") (T-COND).
func TestTransferConditionsAndNamedCountries(t *testing.T) {
	wantTransfers(t, map[string]bool{"transfer-conditional-chapter-de.md": false, "transfer-named-host-when-de.md": true})
}

// A generator's facet questions ask "Werden Ihre Daten in Drittländer
// übertragen?" and answer on the next line: "Ja" states the transfer, "Nein"
// does not (T-QUESTION).
func TestTransferQuestionAnswered(t *testing.T) {
	wantTransfers(t, map[string]bool{"transfer-question-answered-de.md": true, "transfer-question-unanswered-de.md": false})
}

// Templates and notices outside Europe name the destination without the
// words "third country": "computers located outside of your state,
// province, country", "in countries other than your own", "transferred
// internationally", "overseas", "outside Australia" (the controller's own
// country, outside the EEA), "non-EEA countries", a generator's facet line
// "Place of processing: US" and providers "based outside the EU". Reaching
// people "internationally" sends nothing; "We do not store … in other
// countries" is a denial, a person "außerhalb der USA" is no destination there, and "Sending your data internationally" alone is a
// heading (T-WORDS, T-DENY).
func TestTransferDestinationsInOtherWords(t *testing.T) {
	for text, want := range map[string]bool{
		"1. Storage\n\nYour information may be transferred to, and maintained on, computers located outside of your state, province, country or other governmental jurisdiction.\n": true,
		"1. Storage\n\nIn short: we may transfer, store and process your information in countries other than your own.\n":                                                           true,
		"1. Accounts\n\nIf you live outside Australia, your data may be transferred internationally.\n":                                                                             true,
		"1. Cloud\n\nOur cloud provider keeps backups in data centres overseas.\n":                                                                                                  true,
		"1. Suppliers\n\nWe work with a studio management tool that stores records outside Australia.\n":                                                                            true,
		"1. Suppliers\n\nService providers acting as processors based in non-EEA countries run our booking tool.\n":                                                                 true,
		"1. Statistics\n\nWe use a counter of page views.\n\nPlace of processing: US\n":                                                                                             true,
		"1. Suppliers\n\nAnalytics providers such as Quellwerk based outside the EU.\n":                                                                                             true,
		"1. Our aims\n\nWe collect feedback to improve our courses and to widen their reach, nationally or even internationally.\n":                                                 false,
		"1. Storage\n\nWe do not store or process your personal data in other countries.\n":                                                                                         false,
		"1. Fotodienst\n\nVerantwortlicher ist, wenn eine betroffene Person außerhalb der USA lebt, die Bildnetz Ireland Ltd., 4 Dock Road, Dublin 2, Ireland.\n":                   false,
		"1. Sending your data internationally\n\nWe keep all records in Ireland.\n":                                                                                                 false,
	} {
		if got := Extract(docOf(text)).ThirdCountryTransfer; got != want {
			t.Errorf("transfer = %v, want %v for %.70q", got, want, text)
		}
	}
}

// Organisations without a legal form name themselves as the controller in a
// sentence ("This Privacy Notice is provided to you by Wrenfield which is the
// data controller", "Fenmoor Braille is your Data Controller"), introduce
// themselves in the first person in the opening or under "Who are we?" ("We
// are Left Hand Studio of The Old Mill, 2 Canal Road", the name ending where
// the address begins; "We are the Polish Harbour Club, a not-for-profit
// organisation") or label their name in a contact list ("Business Name:
// Fernhill Carts"). A mailbox under the name of a commissioner ("Office of
// the Privacy Commissioner") is the authority's, never the controller's
// (C-NOFORM, C-EMAIL).
func TestControllerNamedAsController(t *testing.T) {
	wantController(t, map[string][2]string{
		"controller-is-your-controller-en.md":     {"Wrenfield", "hello@wrenfield.example"},
		"controller-is-your-controller-pdf-en.md": {"Fenmoor Braille", ""},
		"controller-we-are-en.md":                 {"Left Hand Studio", ""},
		"controller-we-are-club-en.md":            {"Polish Harbour Club", ""},
		"controller-business-name-label-en.md":    {"Fernhill Carts", ""},
	})
}

// A designed PDF sets its masthead in spaced capitals ("P R I V A C Y P O L
// I C Y", "D A T E N S C H U T Z"), with letter gaps that hide where the words
// part: it reads as the general title it spells. Spaced letters that spell no
// general title, and a list's few letters, stay as they are (A-GEN).
func TestSpelledMastheadIsGeneral(t *testing.T) {
	for title, want := range map[string]bool{
		"P R I V A C Y P O L I C Y":   true,
		"D A T E N S C H U T Z":       true,
		"P R I V A C Y   N O T I C E": true,
		"N E W S L E T T E R":         false,
		"Print orders":                false,
	} {
		if got := classifyTitle(title).general; got != want {
			t.Errorf("%q: general %v, want %v", title, got, want)
		}
	}
}

// A notice's header box names the controller on its label's line ("Data
// Controller: Kestrel Analysis Limited") over the company number, the
// mailbox and the website: the label's line gives the name, the lines below
// the contact. A line labelled as the website ("Website:
// moorland-surveys.example") is no name, even without "www" (C-BLOCK).
func TestControllerOnItsLabelLine(t *testing.T) {
	wantController(t, map[string][2]string{
		"controller-label-line-en.md":   {"Kestrel Analysis Limited", "cases@kestrel-analysis.example"},
		"controller-website-line-en.md": {"", "office@moorland-surveys.example"},
	})
}

// An older generator ends a paragraph on the box below it ("… die
// Verarbeitung von personenbezogenen Daten durch den Anbieter:"), a
// paragraph longer than a cue line may be: the box is the controller's.
// "Diese Funktionen werden angeboten durch die Bildnetz Inc." names an
// embedded service's provider, no controller. An app's notice says "Fernweh
// app is offered by Fernweh Labs Ltd., 4 Harbour Road, …,
// info@fernweh.example": the app's provider is the controller. An address ends where its contact part
// starts, though no comma sets it apart ("22309 Hamburg Telefon: …") or it
// has no label ("…, Ireland, info@…") (C-BLOCK, C-NAME).
func TestControllerAsProviderAndItsAddress(t *testing.T) {
	type want struct{ name, email, address string }
	for file, w := range map[string]want{
		"controller-provider-box-de.md":    {"Kleinbühne Am Deich – Theaterverein", "info@kleinbuehne-deich.example", "Deichstraße 4, 26725 Emden"},
		"controller-app-offered-by-en.txt": {"Fernweh Labs Ltd.", "info@fernweh.example", "4 Harbour Road, Cork, T12 AB34, Ireland"},
		"controller-flat-box-phone-de.md":  {"Lennart Beispiel", "post@beispiel-reinigung.example", "Gartenring 7, 22309 Hamburg"},
	} {
		r := fixtureReport(t, file)
		if got := (want{r.Controller.Name, r.Controller.Email, r.Controller.Address}); got != w {
			t.Errorf("%s: controller %+v, want %+v", file, got, w)
		}
	}
	wantRecipients(t, map[string][]string{"controller-provider-box-de.md": {"Bildnetz"}, "controller-app-offered-by-en.txt": nil})
}

// A PDF's text breaks the controller's name over lines or paragraphs ("My
// Tea\n\nCompany Ltd. has appointed …"): the legal form found after the
// break is still inside the controller's name, not a recipient "Company"
// (R-SELF).
func TestInsideNameAcrossBreaks(t *testing.T) {
	for text, want := range map[string]bool{
		"in particular the GDPR. My Tea\n\nCompany Ltd. has appointed": true,
		"in particular the GDPR. My Tea\nCompany Ltd. has appointed":   true,
		"in particular the GDPR. Other\n\nCompany Ltd. has appointed":  false,
	} {
		start := strings.Index(text, "Company Ltd.")
		if got := insideName(text, lowerSameLength(text), start, start+len("Company Ltd."), "my tea company ltd."); got != want {
			t.Errorf("%q: inside the controller's name %v, want %v", text, got, want)
		}
	}
}

// A state's authority is named with "in" before the state, in the box
// under the right to complain ("Die Landesbeauftragte für den Datenschutz
// und für das Recht auf Akteneinsicht in Brandenburg" over its address), and a national authority by the German name
// it uses for itself ("beim Amt für den Schutz personenbezogener Daten" for
// the Czech office): both are the model's authorities (D-AUTHORITY).
func TestAuthorityNamedWithInAndInGerman(t *testing.T) {
	for text, want := range map[string]string{
		"1. Beschwerde\n\nSie können eine Beschwerde bei der zuständigen Aufsichtsbehörde einreichen, und zwar beim Amt für den Schutz personenbezogener Daten in Prag.\n": "Úřad pro ochranu osobních údajů",
	} {
		if got := Extract(docOf(text)).SupervisoryAuthority; got != want {
			t.Errorf("authority %q, want %q for %.60q", got, want, text)
		}
	}
	if got, want := fixtureReport(t, "authority-state-in-de.md").SupervisoryAuthority, "Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg"; got != want {
		t.Errorf("authority-state-in-de.md: authority %q, want %q", got, want)
	}
}

// The officer named after the organisation's name ("Der Datenschutzbeauftragte
// der Debattenwerk gUG ist Jonas Beispiel. Er ist unter … erreichbar.") is the
// name up to the sentence's end. A mailbox that the contact box gives and the
// officer shares ("Email: hello@…" over "Our Data Protection Officer is Jana
// Example. You can contact her at hello@…") is the organisation's too. A box
// under "Wie können Sie uns kontaktieren?" or "How can you contact us about
// this notice?" is the controller's. A template's opening "This Privacy Notice
// for Ashcombe Village Hall ('we' …)" names the hall, and a company in the
// register's capitals ("Fenwick Bakes LTD") has its legal form (C-NAME,
// C-EMAIL, C-CUEVOCAB, R-LEGALFORM).
func TestControllerAndOfficerInTemplates(t *testing.T) {
	wantController(t, map[string][2]string{
		"dpo-named-after-organisation-de.txt": {"Debattenwerk gUG", "datenschutz@debattenwerk.example"},
		"controller-shares-dpo-mailbox-en.md": {"Wildmoor Tools Ltd", "hello@wildmoor-tools.example"},
		"controller-contact-question-de.md":   {"Jana Beispiel", "kontakt@suppenwagen-beispiel.example"},
		"controller-template-title-en.md":     {"Ashcombe Village Hall", "bookings@ashcombe-hall.example"},
		"controller-capital-ltd-en.md":        {"Fenwick Bakes LTD", ""},
	})
	wantDPO(t, fixtureReport(t, "dpo-named-after-organisation-de.txt"), "Jonas Beispiel", "jonas@debattenwerk.example")
	wantDPO(t, fixtureReport(t, "controller-shares-dpo-mailbox-en.md"), "Jana Example", "hello@wildmoor-tools.example")
}

// An organisation that names its external officer's firm in a box of its
// own ("Sie erreichen den Datenschutzbeauftragten unter:" over "Datenhut
// GmbH", its address and "E-Mail: info@…") has not named itself there: the
// firm is the officer, and its mailbox, shared by everyone in the firm, is
// still the officer's and never the controller's (C-NAME, C-EMAIL).
func TestExternalOfficersBoxIsNotTheController(t *testing.T) {
	const file = "external-dpo-box-mailbox-de.txt"
	r := fixtureReport(t, file)
	wantDPO(t, r, "Datenhut GmbH", "info@datenhut.example")
	if r.Controller.Name == "Datenhut GmbH" || r.Controller.Email == "info@datenhut.example" {
		t.Errorf("%s: controller %q <%s> is the officer's firm", file, r.Controller.Name, r.Controller.Email)
	}
}

// A group's bare word named in one breath with a service ("stored and
// processed by Airtable and Google", "Anmeldung über Facebook-, Google- und
// Twitter-Profile") is one of the parties, though none of its products is
// named; two groups side by side ("the functions that Apple and Google
// provide on your phone") are not enough, nor are examples of where data
// come from ("a secure online source (e.g. Google, Facebook or your
// school)") (R-CATALOGUE).
func TestGroupBesideServices(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"group-beside-services-en.md": {"Airtable", "Google"},
		"group-beside-services-de.md": {"Facebook", "Google", "Twitter"},
		"group-source-example-en.md":  {"Facebook"},
	})
}

// Tools denied as a kind with their names in brackets right after it ("Wir
// setzen … keine Analyse-Tools (Google Analytics, Matomo, …) ein", "uses no
// tracking tools (Google Analytics, Hotjar, Matomo)"), or each with its own
// "kein" or "no" ("Kein Google Analytics, kein etracker, kein Hotjar.", "No
// Facebook pixel, no LinkedIn Insight Tag."), are no recipients (R-NEG).
func TestToolsDeniedInBracketsAndLists(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"tools-denied-in-brackets-de.md": {"Google Workspace"},
		"tools-denied-in-brackets-en.md": {"Netlify", "Mailchimp"},
	})
}

// A public body named as the source of the rules records are kept by
// ("financial records for … six years to support HMRC audits",
// "Invoices …: 7 years in accordance with … HMRC requirements") receives
// nothing there; an item of the list of recipients ("HMRC or our
// accountant, where required for our financial records") still names it
// (R-VENDOR).
func TestPublicBodySetsRetention(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"public-body-sets-retention-en.md":      {"Stripe", "HMRC"},
		"public-body-sets-retention-only-en.md": {"Stripe"},
	})
}

// A template states one event-tied rule in two sections for two kinds of
// data, each with a long subject ("Die von Ihnen im Kontaktformular
// eingegebenen Daten verbleiben bei uns, bis …", "Die von Ihnen an uns per
// Kontaktanfragen übersandten Daten verbleiben bei uns, bis …"): two rules. The
// subject's words that every such subject holds ("von Ihnen", "Daten") do not
// tell them apart, and a rule repeated for the same data stays one (RT-DEDUP).
func TestRetentionLongSubjects(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"retention-long-subjects-de.md": {"bis Sie uns zur Löschung auffordern", "bis Sie uns zur Löschung auffordern", "bis zu Ihrer Austragung"},
	})
}

// A site builder's page that gives each text as a list of paragraphs
// ("text:" over "- >-" over the indented paragraph, as TinaCMS writes them),
// under titles of their own, is read from those fields like one whose text is
// a single block: before, the file had no readable words (S-YAMLPAGE).
func TestSiteBuilderYAMLListPage(t *testing.T) {
	const file = "site-builder-yaml-list-page-en.md"
	r := fixtureReport(t, file)
	wantTitles(t, r, []string{"TICKET SALES", "NEWSLETTER"})
	if len(r.Retention) != 1 || !strings.Contains(r.Retention[0].Text, "three years") {
		t.Errorf("%s: retention %+v, want the rule of three years", file, r.Retention)
	}
}

// A numbered chapter heading that names transfers in full ("3. Verarbeitung
// Ihrer personenbezogenen Daten in Staaten außerhalb der EU und des
// Europäischen Wirtschaftsraums (EWR)", "3. Transfer of your personal data to
// countries outside the European Economic Area") is the topic its first
// sentence answers: a denial there states no transfer; a statement there
// still does (T-DENY).
func TestTransferHeadingAnsweredBelow(t *testing.T) {
	wantTransfers(t, map[string]bool{
		"transfer-heading-denied-below-de.txt": false,
		"transfer-heading-denied-below-en.md":  false,
		"transfer-heading-stated-below-en.md":  true,
	})
}

// Tools denied as a kind with the names as examples after it, not in
// brackets ("werden keine Analyse-Dienste, wie z.B. "Google Analytics"
// verwendet", "keine Anbindung an ein Social Network, wie z.B. "Twitter"
// oder "Facebook"", "uses no analytics services, such as Google Analytics")
// are no recipients; a service named as an example of those data go to
// ("außer an Dienstleister wie die Hetzner Online GmbH") still is
// (R-DENIED).
func TestToolsDeniedWithExamples(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"tools-denied-with-examples-de.md": {"Hetzner"},
		"tools-denied-with-examples-en.md": {"Netlify"},
	})
}

// "The person responsible for data protection within our organisation is
// the President who can be contacted at …" names a role with a relative
// clause, no name: the clause is cut and a role alone is none. A notice
// typeset with LaTeX quotes the role with closing quotes on both sides
// ("The Exampleton Chess Society is a ”data controller”"), which names the
// controller as the straight quotes do (C-NAME).
func TestControllerRoleWithRelativeClause(t *testing.T) {
	wantController(t, map[string][2]string{
		"controller-role-who-clause-en.md": {"Exampleton Chess Society", "secretary@chess-society.example"},
	})
	text := "1. Contact\n\nThe person responsible for data protection within our club is the Treasurer who can be contacted at treasurer@club.example.\n"
	if got := Extract(docOf(text)).Controller.Name; got != "" {
		t.Errorf("controller %q, want none: a role and its clause", got)
	}
}

// A notice generator's layout lists its processors as sub-headings ("Data
// processors" over "Ledgerly Ltd" over what they do) within the opening: a
// sub-heading naming a company heads the section on a vendor, never the
// opening sentence that names the owner; the vendor stays a recipient. Its
// contact section gives the mailbox under a heading of its own ("Contact
// details" over "Email" over the mailbox), with no sentence around it: the
// organisation's mailbox (C-NAME, C-EMAIL, R-SELF).
func TestProcessorSubheadingIsNoOwner(t *testing.T) {
	const file = "processor-subheading-no-owner-en.md"
	wantController(t, map[string][2]string{file: {"", "hello@tailor-example.example"}})
	wantRecipients(t, map[string][]string{file: {"Ledgerly", "Parcelwise"}})
}

// A club's notice with no contact box and no sentence naming the
// controller names itself, with its legal form, throughout ("das die
// Kegelfreunde Beispielheim e.V. veranstalten", "der Webauftritt der … e.V.")
// and a vendor in a section or two: the organisation named most often, at
// least four times and twice as often as any other, is the controller and
// no recipient of its own data. Two named alike often name no one
// (C-NAME, R-SELF).
func TestMostNamedOrganisationOwnsTheNotice(t *testing.T) {
	const file = "most-named-organisation-de.txt"
	wantControllerNames(t, map[string]string{file: "Kegelfreunde Beispielheim e.V."})
	wantRecipients(t, map[string][]string{file: {"Bahnrechner"}})
	even := "1. Turniere\n\n" + strings.Repeat("Das Turnier richten die Alpha Kegler e.V. und die Beta Kegler e.V. aus.\n", 4)
	if got := Extract(docOf(even)).Controller.Name; got != "" {
		t.Errorf("controller %q, want none of two named alike often", got)
	}
}

// A widespread US generator opens "This Privacy Policy governs the manner in
// which Lantern Market collects, uses, maintains and discloses information
// …": the name it gives is the controller's, and "products and services
// offered by Lantern Market" then names no recipient (C-NAME, R-SELF).
func TestGovernsTheMannerNamesTheController(t *testing.T) {
	const file = "governs-the-manner-en.md"
	wantControllerNames(t, map[string]string{file: "Lantern Market"})
	wantRecipients(t, map[string][]string{file: {"Mailchimp"}})
}

// A note that the notice was built from another firm's text blocks ("Die
// ursprüngliche Datenschutzerklärung basierte auf Textbausteinen der
// Rechtsblock AG", "This notice is based on the model texts of Clausewerk
// Ltd") credits its author, who receives no data (R-CREDIT).
func TestTextBlocksCreditNoRecipient(t *testing.T) {
	wantRecipients(t, map[string][]string{"credit-text-blocks-de-en.md": {"Netcup"}})
}

// An external officer's box names the person with the firm in brackets
// ("Jonas Beispiel (Datenschutzkontor)") over the firm's address: the person
// is the officer, as one with a role in brackets is, and the street under the
// name is never one (C-NAME).
func TestOfficerWithFirmInBrackets(t *testing.T) {
	wantDPO(t, fixtureReport(t, "dpo-firm-in-brackets-de.txt"), "Jonas Beispiel", "jonas.beispiel@datenschutzkontor.example")
}

// A public body named in a list of the data collected ("details of any
// Disclosure and Barring Service (DBS) checks") labels a piece of the
// person's data, as "GitHub username" does: no recipient (data category read as a
// recipient).
func TestPublicBodyCheckIsData(t *testing.T) {
	wantRecipients(t, map[string][]string{"public-body-check-as-data-en.md": {"Mailchimp"}})
}

// A company whose registered name holds its country in brackets
// ("Beispielnetz (Schweiz) AG", "Google (Schweiz) GmbH") is found by its
// legal form like any other, and reported under the name before the bracket
// (R-LEGALFORM).
func TestOrganisationWithCountryInBrackets(t *testing.T) {
	r := fixtureReport(t, "org-country-in-brackets-de.md")
	if len(r.Recipients) != 1 || r.Recipients[0].Name != "Beispielnetz" || r.Recipients[0].LegalEntity != "Beispielnetz (Schweiz) AG" ||
		r.Recipients[0].Country != "CH" {
		t.Errorf("recipients %+v, want Beispielnetz (Schweiz) AG in CH", r.Recipients)
	}
}
