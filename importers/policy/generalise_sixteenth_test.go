package policy

import "testing"

// The fixtures below were written for the sixteenth round.

// A legal entity behind several catalogue services ("Automattic Inc.": Gravatar,
// WordPress.com, WooCommerce Payments …) is the provider of the service its
// section names; alone, it is a recipient under its own name (R-CATALOGUE).
func TestSharedEntityJoinsItsProduct(t *testing.T) {
	wantRecipients(t, map[string][]string{"shared-entity-product-de.md": {"Gravatar"}, "shared-entity-alone-en.md": {"Automattic"}})
}

// A widespread short GDPR template's questions: its title with a second
// subject ("Privacy & Data Policy"), "How do we store your data?" and
// "Privacy policies of other websites" head no processing (A-GEN).
func TestShortTemplateQuestionsAreGeneral(t *testing.T) {
	wantTitles(t, fixtureReport(t, "gdpr-template-questions-en.txt"), []string{"How will we use your data?", "Tournament entries", "Marketing"})
}

// "For purposes of the applicable Data Protection Laws, Plant a Hedge is the
// "data controller"": the role may stand in quotes, and the name, small words
// and all, closes the sentence's leading clause (C-CUEVOCAB, C-NOFORM).
func TestControllerAfterLeadingClause(t *testing.T) {
	wantController(t, map[string][2]string{"controller-after-lead-clause-en.md": {"Plant a Hedge", "orders@plantahedge.example"}})
}

// A generator's "Eingesetzte Dienste und Diensteanbieter" under a processing
// lists the services that processing uses: a facet of it, whose providers are
// the processing's recipients, not a processing of its own (A-FACET).
func TestServicesUsedAreAFacet(t *testing.T) {
	r := fixtureReport(t, "services-used-facet-de.md")
	wantTitles(t, r, []string{"Präsenzen in sozialen Netzwerken", "Newsletter"})
	if got := r.Activities[1].Recipients; len(got) != 1 || got[0] != "Sendinblue" {
		t.Errorf("newsletter recipients %q, want the provider its service list names", got)
	}
}

// A company named by its bare name as an example of the parties that receive
// data ("service providers … such as Google"), with none of its products
// named, is a recipient; named as an example of a search engine it is none
// (R-CATALOGUE).
func TestCompanyNamedAsExampleOfRecipients(t *testing.T) {
	wantRecipients(t, map[string][]string{"company-named-as-example-en.md": {"Google"}})
}

// A recruitment template names the company in its header ("Company Name:
// Copperleaf Staffing Ltd ('the Company')") and then says that "the Company
// acts as a data controller": the defined short name, quoted with its
// article, closes the sentence's leading clause (C-CUEVOCAB).
func TestControllerDefinedAsTheCompany(t *testing.T) {
	wantController(t, map[string][2]string{"controller-defined-company-en.txt": {"Copperleaf Staffing Ltd", "dana@copperleaf-staffing.example"}})
	wantRecipients(t, map[string][]string{"controller-defined-company-en.txt": nil})
}

// A recruitment template names the bases it relies on and then appends an
// annex that retells the law's conditions for lawful processing, in two
// lists: the annex is no reliance, as a glossary is none (LB-LIST).
func TestAnnexOfTheLawsConditions(t *testing.T) {
	wantBases(t, map[string][]string{"conditions-annex-en.txt": {"6.1.a", "6.1.f"}})
}

// "is retained while your account remains active", "while your membership
// stays open": the account or membership lasting ends the storage (RT-EVENT).
func TestWhileAccountRemainsActive(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{"while-account-remains-active-en.md": {"while your account remains active",
		"while your membership stays open"}})
}

// A chapter on the bases that sets each basis as a heading of its own
// ("Performance of a Contract", "Legitimate Interests") under "We process
// personal data under one or more of the following lawful bases:" names the
// bases relied on (LB-WORDS).
func TestBasesAsHeadings(t *testing.T) {
	wantBases(t, map[string][]string{"basis-headings-en.md": {"6.1.b", "6.1.f"}})
}

// A generator credited under "Quelle:" on a line of its own ("Quelle:" over
// "eRecht24") is the text's source, not a recipient (R-CREDIT).
func TestCreditLabelOnItsOwnLine(t *testing.T) {
	wantRecipients(t, map[string][]string{"credit-label-line-de.txt": nil})
}

// "gelöscht, sobald Sie Ihre Einwilligung in den Newsletter widerrufen" ends
// the storage with the withdrawal; "für die Dauer der Mitgliedschaft und
// darüber hinaus für maximal 2 Jahre" is one rule, the period that runs on
// after the membership (RT-EVENT).
func TestWithdrawalAndPeriodAfterEvent(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{"event-then-period-de.md": {"sobald Sie Ihre Einwilligung in den Newsletter widerrufen",
		"2 Jahre"}})
}

// The catalogue knows the hosts and mail providers small German
// associations use (Hostsharing, JPBerlin …), also written in small letters
// ("jpberlin"), with their seats (R-CATALOGUE).
func TestSmallGermanProviders(t *testing.T) {
	wantRecipients(t, map[string][]string{"small-german-providers-de.md": {"Hostsharing", "JPBerlin"}})
	for _, rc := range fixtureReport(t, "small-german-providers-de.md").Recipients {
		if rc.Country != "DE" {
			t.Errorf("%s: country %q, want DE", rc.Name, rc.Country)
		}
	}
}

// A controller's box set as a bulleted list under the cue ("Anbieter und
// verantwortliche Stelle im Sinne der EU-DSGVO" over "* Tanzschule
// Wellenschlag", "* Hafenstraße 9" …) is a box, not a menu (C-BOX).
func TestControllerBoxAsList(t *testing.T) {
	r := fixtureReport(t, "controller-box-as-list-de.md")
	if r.Controller.Name != "Tanzschule Wellenschlag" || r.Controller.Address != "Hafenstraße 9, 24103 Kiel" {
		t.Errorf("controller %q at %q", r.Controller.Name, r.Controller.Address)
	}
}

// Older generator texts still explain Google's social network and its "+1"
// button ("Google +1", "Google Plus"): the catalogue knows it (R-CATALOGUE).
func TestGooglePlusButton(t *testing.T) {
	wantRecipients(t, map[string][]string{"google-plus-button-de.md": {"Google+"}})
}

// "Personenbezogenen Daten" (and "Ihre Daten") over what a site collects in
// general heads no processing of its own (A-GEN).
func TestPersonalDataTitleDE(t *testing.T) {
	wantTitles(t, fixtureReport(t, "personal-data-title-de.md"), []string{"Newsletter"})
}

// More of a notice's general questions head no processing: what is
// collected ("Welche Informationen und Daten wir erfassen", "What personal
// information do we process?"), where and how data are kept ("Wo wir Ihre
// Daten verarbeiten", "How your personal data is kept"), to whom they are
// disclosed, and the notice's title "Informationen über die Verarbeitung
// personenbezogener Daten" (A-GEN).
func TestMoreGeneralQuestions(t *testing.T) {
	wantTitles(t, fixtureReport(t, "question-titles-more-de.md"), []string{"Unterschriftensammlung"})
	wantTitles(t, fixtureReport(t, "question-titles-more-en.md"), []string{"Counselling sessions"})
}

// "Example Aktiebolag, corp. id. 556000-1234, P.O. Box 77, … is the
// controller": the registration number's and the post box's dots end no
// sentence, so the post box is no name (C-NAME).
func TestControllerBeforePostBox(t *testing.T) {
	wantController(t, map[string][2]string{"controller-po-box-en.md": {"Lindqvist Juridik Aktiebolag", ""}})
}

// "Personal data that we process" and "Storing of personal data" head what
// a firm collects and how long it keeps it, no processing (A-GEN).
func TestDataWeProcessAndStoringTitles(t *testing.T) {
	wantTitles(t, fixtureReport(t, "data-we-process-storing-en.md"), []string{"Conflict checks"})
}

// "kept for the lifetime of the organisation" keeps data without end, as
// "indefinitely" does (RT-EVENT).
func TestLifetimeOfTheOrganisation(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{"lifetime-of-organisation-en.md": {"kept for the lifetime of the organisation"}})
}

// A savings or cooperative bank named by its kind and region without a
// legal form ("Sparkasse Talgrund Mitte") where members' bank details go to
// it for the fees is a recipient; the same kind of bank named for the club's
// own account is none (R-NOFORM).
func TestRegionalBankForFees(t *testing.T) {
	wantRecipients(t, map[string][]string{"regional-bank-de.md": {"Sparkasse Talgrund Mitte"}})
}

// Text pasted into Markdown one paragraph a line keeps its lines, but a
// line cut after a word that opens what follows ("… werden mit" over
// "Beendigung der Mitgliedschaft gelöscht.") goes on in the next (S-WRAP).
func TestPastedLineCutAfterFunctionWord(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{"pasted-lines-cut-after-word-de.md": {"für die Dauer der Mitgliedschaft",
		"mit Beendigung der Mitgliedschaft"}})
}

// "sobald die Konversation beendet und Ihr Anliegen vollständig geklärt
// ist" ends the storage with the settled enquiry (RT-EVENT).
func TestEnquirySettledDE(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{"enquiry-settled-de.md": {"sobald die Konversation beendet und Ihr Anliegen vollständig geklärt"}})
}

// The labels of a template's header box set as headings ("Document:",
// "Topic:", "Date:", "Version:") head no processing (A-GEN).
func TestHeaderBoxLabels(t *testing.T) {
	wantTitles(t, fixtureReport(t, "header-box-labels-en.md"), []string{"Tenancy management"})
}

// In a list of providers, a kind of service before a catalogue service
// ("Videokonferenzsystem: Zoom - San Jose …") is the item's label, not a
// recipient (R-LIST).
func TestServiceKindLabelBeforeCatalogueService(t *testing.T) {
	wantRecipients(t, map[string][]string{"service-kind-label-de.md": {"Zoom", "SurveyMonkey"}})
}

// A notice's own "Changelog" and "Our third-party data processors" head no
// processing; the catalogue knows Mailchimp written "Mail Chimp" and Google
// Workspace written "G-Suite" (A-GEN, R-CATALOGUE).
func TestChangelogProcessorsAndAliases(t *testing.T) {
	wantTitles(t, fixtureReport(t, "changelog-processors-aliases-en.md"), []string{"Mailing list"})
	wantRecipients(t, map[string][]string{"changelog-processors-aliases-en.md": {"Mailchimp", "Google Workspace"}})
}

// "Diese Datenschutzerklärung basiert auf einer Vorlage der … AG" credits
// the text's source, which receives no data (R-CREDIT).
func TestTemplateCreditIsNoRecipient(t *testing.T) {
	wantRecipients(t, map[string][]string{"credit-template-based-de.md": nil})
}

// A controller read as a short name ("HLRC") that the notice's first
// sentence defined ("The Harbour Light Reading Circle ("HLRC") has adopted
// …") is given by its full name (C-NAME).
func TestControllerShortNameExpanded(t *testing.T) {
	wantController(t, map[string][2]string{"controller-short-name-defined-en.md": {"The Harbour Light Reading Circle", ""}})
}

// A chapter on cookies that explains what they are and then says that the
// site uses none ("We currently do not use cookies.", "Diese Website
// verwendet keine Cookies.") heads no processing (A-DENIED).
func TestCookiesChapterWithoutCookies(t *testing.T) {
	wantTitles(t, fixtureReport(t, "cookies-none-used-en.md"), []string{"Membership"})
	wantTitles(t, fixtureReport(t, "cookies-none-used-de.md"), []string{"Mitgliederverwaltung"})
}

// "for as long as you remain connected to the choir as either a singer or a
// volunteer": the person's tie to the organisation ends the storage
// (RT-EVENT).
func TestRemainConnected(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{"remain-connected-en.md": {"as long as you remain connected to the choir"}})
}

// A page that prints its terms of use before its policy numbers the terms'
// clauses from 1 and starts again at 1 for the policy: the clauses before
// the restart are the terms, none of which heads a processing, though some
// speak of data ("Registering an account", "Content you submit"); the
// policy may restart under an unnumbered heading of its own. The policy's
// "Retaining personal information", "Amendments", "Data protection
// registration" and "Our details" are general (A-GEN); "Using personal
// information" is a chapter of purposes, which stays an activity among them
// under a "Privacy Policy" heading.
func TestTermsBeforePolicy(t *testing.T) {
	wantTitles(t, fixtureReport(t, "terms-before-policy-en.md"), []string{"Using personal information"})
	wantTitles(t, fixtureReport(t, "terms-before-policy-header-en.md"), []string{"Using personal information"})
}

// "The … Website is brought to you by Harbourline Campaigns Limited" names
// the controller; a payment service's name ending a street in its address
// ("11 Manchester" over "Square, London", "11-12 St. James’s Square,
// London") is no service; the register of the firm's own registration
// ("Registered Companies House (01234567)") receives nothing (C-CUEVOCAB,
// R-FALSE).
func TestBroughtToYouByAndStreetNames(t *testing.T) {
	wantController(t, map[string][2]string{"brought-to-you-by-en.txt": {"Harbourline Campaigns Limited", ""}})
	wantRecipients(t, map[string][]string{"brought-to-you-by-en.txt": {"Matomo"}})
}

// A controller's box that holds only a person's name with the office in
// brackets ("Tom Harrow (Chair | Club Secretary)"), repeated under the
// person responsible for the site's content, names that person (C-BOX,
// C-NAME).
func TestControllerPersonWithRole(t *testing.T) {
	wantController(t, map[string][2]string{
		"controller-person-with-role-en.md": {"Tom Harrow", ""},
		"controller-person-with-role-de.md": {"Jana Vogelsang", ""},
	})
}

// The notice's own company is no recipient where the controller's name
// does not give it: a template's table of definitions that makes it "we or
// us" while another firm's name stands as the data controller; a name
// written out in the text that a PDF's box gave without its spaces
// ("Kleingartenverein„AmSonnenhang“e.V.Talstadt"); a partnership named on
// the line of its managers ("Geschäftsführer: Anna Kessler und Jonas Brandt
// GbR") (R-SELF).
func TestOwnCompanyIsNoRecipient(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"we-or-us-table-en.md":           {"Stripe"},
		"glued-controller-de.txt":        {},
		"owners-line-partnership-de.txt": {},
	})
}

// A sentence that names the tools before it ends on their denial ("Google
// Analytics oder ähnliche Dienste nutzen wir nicht!", "Videos von YouTube
// binden wir ebenfalls nicht ein.") names tools that are not used
// (R-DENIED).
func TestToolsNamedBeforeTheirDenial(t *testing.T) {
	wantRecipients(t, map[string][]string{"tools-object-first-denial-de.md": {}})
}

// "We process your data because:" over a list of bases in words ("in our
// performance of a public task", "in our legitimate interest") introduces
// the bases relied on, the public task among them (LB-WORDS).
func TestBasesListedAfterBecause(t *testing.T) {
	wantBases(t, map[string][]string{"bases-because-list-en.md": {"6.1.c", "6.1.e", "6.1.f"}})
}

// A name right after "our pension scheme" ("Our pension scheme Brightsave")
// is the scheme that receives the staff's data, as one after "our payment
// providers" is (R-NOFORM).
func TestPensionSchemeNamed(t *testing.T) {
	wantRecipients(t, map[string][]string{"pension-scheme-named-en.md": {"HMRC", "Brightsave"}})
}

// A purpose table whose first cells are sentences ("Checking age: members
// under 18 must be accompanied …", "Keeping the register of members the
// rules require, sending you outing details …") titles each row by the
// cell's label or opening clause (A-TABLE).
func TestPurposeTableLongCells(t *testing.T) {
	wantTitles(t, fixtureReport(t, "purpose-table-long-cells-en.md"), []string{
		"Keeping the register of members the rules require", "Checking age",
		"Collecting subscriptions and keeping the club's accounts"})
}

// "Who sees it" and "Keeping it safe", a small club's titles for its
// recipients and its security, head no processing (A-GEN).
func TestWhoSeesKeepingSafe(t *testing.T) {
	wantTitles(t, fixtureReport(t, "who-sees-keeping-safe-en.md"), []string{"Membership"})
}

// A generator's overview set flat, its "Zwecke der Verarbeitung" beside
// "Kategorien betroffener Personen" at the top of the outline, lists the
// purposes in brief: its items are no activities of their own; the
// chapters after it are (A-FACET).
func TestOverviewPurposesFlat(t *testing.T) {
	wantTitles(t, fixtureReport(t, "overview-purposes-flat-de.md"), []string{
		"Webanalyse, Monitoring und Optimierung", "Plugins und eingebettete Funktionen sowie Inhalte"})
}

// Examples of a kind of body after "such as the" ("statutory agencies (such
// as the Information Commissioner’s Office, British Council, English UK,
// HMRC, UKVI)") are named as examples after "such as" are; the regulator
// among them is none (R-NOFORM).
func TestExamplesAfterSuchAsThe(t *testing.T) {
	wantRecipients(t, map[string][]string{"agencies-such-as-en.md": {"British Council", "English UK", "HMRC", "Home Office"}})
}

// "The Oakridge Language Centre is registered as a data controller with the
// Office of the Information Commissioner": a UK notice's statement of its
// registration names the controller (C-CUEVOCAB).
func TestRegisteredAsController(t *testing.T) {
	wantController(t, map[string][2]string{"registered-as-controller-en.txt": {"Oakridge Language Centre", "office@oakridge.example"}})
}

// A small word that a missing space glued to an address's top-level domain
// ("circle@fenwick-reading-example.orgif you have any questions") is no part
// of the address (C-EMAIL).
func TestGluedWordAfterMailDomain(t *testing.T) {
	wantController(t, map[string][2]string{"glued-mail-domain-en.txt": {"Fenwick Reading Circle", "circle@fenwick-reading-example.org"}})
}

// An organisation's own board or committee, named with its possessive
// ("Millrace's Board of Directors"), receives requests as part of the
// controller: no recipient (R-SELF).
func TestOwnBoardIsNoRecipient(t *testing.T) {
	wantRecipients(t, map[string][]string{"own-board-possessive-en.md": {"PayPal"}})
}

// "What we do?" over the organisation's services heads no processing; a
// title labelled with the notice's own name ("Privacy Statement: Cookies
// Usage") is classified by its topic (A-GEN).
func TestNoticeLabelAndWhatWeDo(t *testing.T) {
	wantTitles(t, fixtureReport(t, "notice-label-title-en.md"), []string{"How we use your information?", "Cookies Usage"})
}

// Storage tied to lasting consent ("gespeichert, solange die entsprechende
// Einwilligung vorliegt"), to leaving the website ("gelöscht, wenn Sie
// unsere Website verlassen") and to the browsing session, with advice on
// the browser's settings in the sentence's next clause ("stored for the
// duration of the browsing session; you can configure these cookies in your
// browser settings") (RT-EVENT).
func TestConsentAndSessionEvents(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"retention-consent-session-de.md":  {"solange die entsprechende Einwilligung vorliegt", "wenn Sie unsere Website verlassen"},
		"retention-browsing-session-en.md": {"duration of the browsing session", "until you withdraw"},
	})
}

// An item of a list of rights that cites its article ("Einschränkung der
// Datenverarbeitung, sofern wir Ihre Daten aufgrund gesetzlicher Pflichten
// noch nicht löschen dürfen (Art. 18 DSGVO)") describes the right: the
// legal obligation it names is no basis relied on (LB-RIGHTS).
func TestRightsItemsCiteTheirArticle(t *testing.T) {
	wantBases(t, map[string][]string{"rights-items-cited-de.txt": {"6.1.b", "6.1.f"}})
}

// "ohne Ihre Einwilligung" states no consent; a sentence that sets the
// conditions of a transfer abroad ("… ausserhalb der Schweiz und der
// Europäischen Union nehmen wir … nur vor, sofern dies zur Erfüllung
// gesetzlicher Verpflichtungen erforderlich ist") names conditions, not
// bases relied on; and it states a transfer (LB-WORDS, TR).
func TestTransferConditionsAndNegatedConsent(t *testing.T) {
	wantBases(t, map[string][]string{"consent-negated-transfer-de.txt": {"6.1.f"}})
	if r := fixtureReport(t, "consent-negated-transfer-de.txt"); !r.ThirdCountryTransfer {
		t.Errorf("%s: no third-country transfer", r.Source)
	}
}

// A generator's facets of a service ("Bereitstellung vorgeschrieben oder
// erforderlich:") are no processing of their own, and a line that points to
// a link ("Die Datenschutzrichtlinie des Anbieters Google finden Sie hier:
// Link") is a sentence, not a title (A-FACET, S-FAKEHEAD).
func TestServiceFacetsAndLinkLines(t *testing.T) {
	wantTitles(t, fixtureReport(t, "service-facets-activemind-de.txt"), []string{"Kontaktformular", "Verwendung von Google Maps"})
}

// A title after a list of numbered definitions under an unnumbered title
// ("Begriffsbestimmungen" over "1. Personenbezogene Daten" … "5.
// Einwilligung", each opening „Verarbeitung“ ist …, Eine „Einwilligung“
// ist …) is that title's sibling, not a part of the last definition, and
// heads the processing it describes (S-NEST).
func TestTitleAfterNumberedDefinitions(t *testing.T) {
	wantTitles(t, fixtureReport(t, "numbered-definitions-de.txt"), []string{"Kontaktaufnahme per E-Mail"})
}

// An Australian Privacy Principles notice's "Storage of your personal
// information" and "How you can withdraw consent" are general chapters
// (A-GEN).
func TestStorageAndWithdrawalTitles(t *testing.T) {
	wantTitles(t, fixtureReport(t, "app-style-titles-en.md"), []string{"Use of your personal information", "Marketing"})
}

// The authority named on a line of its own at the start ("Österreichische
// Datenschutzbehörde", where a word boundary before the "Ö" is never
// found), and a Land commissioner named by its office with its short name
// but no Land ("Der Landesbeauftragte für den Datenschutz und die
// Informationsfreiheit (LfDI)") (SA).
func TestAuthoritiesOnLinesOfTheirOwn(t *testing.T) {
	for file, want := range map[string]string{
		"authority-austria-line-de.txt": "Österreichische Datenschutzbehörde",
		"authority-lfdi-de.md":          "Landesbeauftragte für den Datenschutz und die Informationsfreiheit (LfDI)",
	} {
		if got := fixtureReport(t, file).SupervisoryAuthority; got != want {
			t.Errorf("%s: authority %q, want %q", file, got, want)
		}
	}
}

// A legal form set off by a comma after a catalogue service's name
// ("DigitalOcean, LLC, a cloud infrastructure provider") belongs to the
// service: it is no recipient of its own named "LLC" (R-FORM).
func TestLegalFormAloneIsNoName(t *testing.T) {
	wantRecipients(t, map[string][]string{"comma-llc-en.md": {"DigitalOcean"}})
}

// A UK template's "If you fail to provide personal data", the statement of
// what a refusal entails (Art. 13(2)(e)), heads no processing (A-GEN).
func TestFailToProvideIsGeneral(t *testing.T) {
	wantTitles(t, fixtureReport(t, "fail-to-provide-en.md"), []string{"Conference registration"})
}

// A rendition that wraps a sentence over lines with blank lines between
// them: a line that opens with a subject and its verb ("Diese Website
// verwendet nur technisch notwendige Cookies für die ordnungsgemäße") and
// one in which a sentence ends and another begins ("Funktionsweise der
// Website. Es werden keine …") are no titles; the chapter stays the
// activity (S-WRAP).
func TestWrappedSentenceLinesAreNoTitles(t *testing.T) {
	wantTitles(t, fixtureReport(t, "wrapped-clause-lines-de.txt"), []string{"Terminbuchung", "Cookies und Tracking"})
}

// Kinds of tool denied with examples in brackets ("Auf dieser Website sind
// keine Analyse- oder Tracking-Werkzeuge (z. B. Google Analytics, Meta
// Pixel, Matomo) eingebunden") name tools that are not used; a template's
// instruction to fill in the host ("Bitte Name und Anschrift des
// tatsächlichen Hosting-Anbieters ergänzen") names no one (R-DENIED).
func TestDeniedKindsWithExamples(t *testing.T) {
	wantRecipients(t, map[string][]string{"tools-denied-examples-de.md": {"Cloudinary"}})
}

// A controller's box set as an HTML definition list ("Name" – "Petra
// Lindner", "Firma" – "Glaserei Lindner", "Anschrift" – …) names the
// business its "Firma" line gives, at the address without its label
// (C-BOX).
func TestControllerRecordList(t *testing.T) {
	wantController(t, map[string][2]string{"record-list-controller-de.html": {"Glaserei Lindner", "info@glaserei-lindner.example"}})
	if got := fixtureReport(t, "record-list-controller-de.html").Controller.Address; got != "Am Markt 7, 89073 Ulm" {
		t.Errorf("address %q", got)
	}
}

// The ICO template's "Our contact details" heads the controller's box
// ("Name: Dartford Business Circle", "Email: …") (C-CUEVOCAB).
func TestOurContactDetailsBox(t *testing.T) {
	wantController(t, map[string][2]string{"our-contact-details-en.html": {"Dartford Business Circle", "hello@dartford-circle.example"}})
}
