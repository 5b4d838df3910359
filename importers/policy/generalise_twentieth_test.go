package policy

import (
	"strings"
	"testing"
)

// The twentieth round: patterns read from the rows of the hold-outs scored
// before it. Each fixture is fictional and fails on the code before its
// rule.

// A Swiss generator's notice numbers its chapters ("2 Allgemeine
// Grundsätze" over "2.1" … "2.7") and asks under every processing "Weshalb
// dürfen wir diese Daten bearbeiten?" and "Wie können Sie die
// Datenerfassung verhindern?" ("Why are we allowed to process this data?",
// "How can you prevent data collection?"). A general chapter whose sections
// extend its number stands where it was numbered, however long it is: its
// sections stay general. The questions are facets of the processing above
// them, which is the activity (A-GEN, A-FACET).
func TestSwissQuestionChapters(t *testing.T) {
	wantTitles(t, fixtureReport(t, "swiss-question-chapters-de.md"), []string{"Anmeldung zu Touren", "Newsletter"})
	wantTitles(t, fixtureReport(t, "swiss-question-chapters-en.md"), []string{"Online ski reservations", "Newsletter", "Contact form"})
}

// A short section describes a tool of the site and says in a sentence of
// its own that it processes no personal data ("Dabei werden keine
// personenbezogenen Daten erfasst oder gespeichert.", "No personal data is
// collected or stored in doing so."): no activity. A denial qualified
// inside a longer sentence ("apart from that, no personal data is stored")
// still leaves the processing (TestRecordDenialWithProcessingAgreement) (A-DENIED).
func TestToolDeniesPersonalData(t *testing.T) {
	wantTitles(t, fixtureReport(t, "tool-denies-personal-data-de.md"), []string{"Mitgliederverwaltung"})
	wantTitles(t, fixtureReport(t, "tool-denies-personal-data-en.md"), []string{"Course bookings"})
}

// A widespread generator writes its purposes as paragraphs after "Any of
// the information we collect from you may be used in one of the following
// ways:", each opening with "To …" and explaining the purpose in full
// sentences ("Die Daten … verwenden wir auf folgende Weise:" over "Um …"
// paragraphs). Each is an activity titled with its opening clause; a
// paragraph that tells how ("To do so, …", "Um dies zu tun, …") and one
// that goes on explaining the purpose before it are none (A-ITEM).
func TestPurposeParagraphsAfterFollowingWays(t *testing.T) {
	wantTitles(t, fixtureReport(t, "purpose-paragraphs-following-ways-en.md"), []string{
		"To answer any questions", "To process donations you make", "To send you our newsletter about regattas and training camps",
	})
	wantTitles(t, fixtureReport(t, "purpose-paragraphs-following-ways-de.md"), []string{
		"Um Ihre Anfragen zu beantworten", "Um Ihre Spende zu verbuchen und Ihnen eine Zuwendungsbestätigung auszustellen",
		"Um Sie über die Saison und unsere Arbeitseinsätze zu informieren",
	})
}

// A retention table whose header a reader lost (“Category of data and
// retention period” on a line of its own) starts with a row of the body,
// whose second cell is a sentence that names “the purposes”: a row with a
// sentence in a cell is no header, so the table is no purpose table and
// its data categories (“Contact Data”, “Payment Data”) are no activities
// (A-TABLE).
func TestLostTableHeaderIsNoPurposeTable(t *testing.T) {
	wantTitles(t, fixtureReport(t, "lost-table-header-en.txt"), []string{"How we use your personal data"})
}

// A widespread generator lists the facets of every processing as items
// ("Verarbeitete Datenarten: …", "Betroffene Personen: …", "Zwecke der
// Verarbeitung: …", "Aufbewahrung und Löschung: …"). Under a title that
// happens to read as a chapter of purposes ("… zu Vertriebszwecken"), the
// items titled like purposes or general chapters were taken for
// processings; in a list of two or more facets they are facets too, and the
// section is the activity (A-FACET).
func TestGeneratorFacetItemsUnderPurposeTitle(t *testing.T) {
	wantTitles(t, fixtureReport(t, "generator-facet-items-de.md"), []string{
		"Einsatz von Online-Marktplätzen zu Vertriebszwecken", "Kontaktaufnahme",
	})
}

// A list of the kinds of recipients opens its items with a role's
// abbreviation or an everyday word ("GP, emergency services, or
// safeguarding services", "Website, email, booking, or practice management
// service providers"): neither names a recipient (R-NAME).
func TestRecipientKindsListHeads(t *testing.T) {
	wantRecipients(t, map[string][]string{"recipient-kinds-list-en.md": {"HMRC"}})
}

// The UK regulator's notice tool writes a small business's purposes as the
// introductions of the lists of data used for each ("We collect or use the
// following personal information for the operation of customer
// accounts:"), and German notices do the same ("Wir verarbeiten folgende
// Daten zur Durchführung von Reparaturaufträgen:"): each introduction is an
// activity titled with its purpose, under any chapter title. The tool's
// "How to complain" is general (A-ITEM, A-GEN).
func TestNoticeToolUseLists(t *testing.T) {
	wantTitles(t, fixtureReport(t, "notice-tool-use-lists-en.md"), []string{
		"Provide repairs and services for customers", "Operation of customer accounts", "Dealing with queries, complaints or claims",
	})
	wantTitles(t, fixtureReport(t, "notice-tool-use-lists-de.md"), []string{
		"Durchführung von Reparaturaufträgen", "Abrechnung und Buchhaltung",
	})
}

// A notice that sets each of the law's definitions under a heading of its
// own ("Pseudonymisierung" over "„Pseudonymisierung“ ist …", "Einwilligung"
// over "Eine „Einwilligung“ der betroffenen Person ist …", "Pseudonymisation"
// over "“Pseudonymisation” means …"): a section whose text opens by
// defining its title in quotation marks is a definition; "Rechtmäßigkeit der
// Verarbeitung" and "Lawfulness of processing" are general (A-GEN).
func TestDefinitionSections(t *testing.T) {
	wantTitles(t, fixtureReport(t, "definition-sections-de.md"), []string{"Pflanzenbestellung"})
	wantTitles(t, fixtureReport(t, "definition-sections-en.md"), []string{"Kayak bookings"})
}

// The fields of a server log that a text rendition sets as lines of their
// own ("Inhalt der Anforderung (konkrete Seite)", "Zugriffsstatus/HTTP-
// Statuscode") head no processing (A-GEN).
func TestLogFieldLines(t *testing.T) {
	wantTitles(t, fixtureReport(t, "log-field-lines-de.txt"), []string{
		"Erhebung personenbezogener Daten bei Besuch unserer Website", "Honigbestellung",
	})
}

// A list after "Unser Shop nutzt Session-Cookies, persistente Cookies und
// Cookies von Drittanbietern:" names kinds of cookies ("Session-Cookies:
// …", "Persistente Cookies: …"), no recipients (R-NAME).
func TestCookieKindItems(t *testing.T) {
	wantRecipients(t, map[string][]string{"cookie-kind-items-de.md": {"Mailchimp"}})
}

// A notice drafted like a contract lists its purposes as numbered
// sub-clauses that complete "… may be used in a number of ways, for
// example:" ("2.1.1 to tell you about practice nights …;"): each is an
// activity. A condition of the law set as a numbered heading ("3.1.1 Where
// it is in the substantial public interest …") is none (A-ITEM).
func TestNumberedClausePurposes(t *testing.T) {
	wantTitles(t, fixtureReport(t, "numbered-clause-purposes-en.txt"), []string{
		"to tell you about practice nights", "to keep a register of members and of the towers at which they ring",
		"to collect subscriptions and donations",
	})
}

// The UK regulator's notice tool titles the notice with the business's
// name, set apart by a colon ("Jane Porter, Porter Pottery Workshops:
// Privacy Notice"), and its contact chapter gives only a mailbox and an
// address: the title names the controller, even where the text does not
// repeat the name (C-NAME).
func TestTitleNamesControllerAfterColon(t *testing.T) {
	wantController(t, map[string][2]string{
		"title-names-controller-en.md": {"Jane Porter, Porter Pottery Workshops", "jane@porterpottery.example"},
	})
}

// A Word file without paragraph styles numbers its chapters as plain
// paragraphs ("1. Begriffsbestimmungen") and sets the lettered items under
// them in bold ("a) personenbezogene Daten"): the letters are sections of
// their chapter, and the chapters after them are not sections of the last
// letter. The definitions then head no processing (S-LEVEL).
func TestLetteredBoldUnderNumberedChapter(t *testing.T) {
	doc := fixtureDoc(t, "lettered-bold-under-numbered.docx")
	levels := map[string]int{}
	for _, s := range doc.Sections {
		levels[s.Number] = s.Level
	}
	if levels["1"] != levels["3"] || levels["a)"] != levels["1"]+1 {
		t.Errorf("levels %v: want the letters one below chapter 1 and chapter 3 at chapter 1's level", levels)
	}
	wantTitles(t, Extract(doc), []string{"Datenschutz bei Bewerbungen"})
}

// A widespread generator's sections on fonts and icon sets served from the
// site's own server ("Google Fonts (lokales Hosting)": "Die Google Fonts
// sind lokal installiert. Eine Verbindung zu Servern von Google findet
// dabei nicht statt.", "Font Awesome is installed locally. A connection to
// the servers of Fonticons, Inc. does not take place.") describe no
// processing of their own (A-DENIED).
func TestLocallyHostedTools(t *testing.T) {
	wantTitles(t, fixtureReport(t, "locally-hosted-tools-de-en.md"), []string{"Kontaktformular"})
}

// A Dutch template's questions on the controller, the data subjects and the
// sources ("Who uses your data?", "Whose data do we use?", "How do we get
// your data?"), its "Introductions", and a generator's "Zusammenarbeit mit
// Auftragsverarbeitern und Dritten" head no processing (A-GEN).
func TestTemplateQuestionTitles(t *testing.T) {
	wantTitles(t, fixtureReport(t, "template-question-titles-en.md"), []string{"Training schedules"})
	wantTitles(t, fixtureReport(t, "processors-chapter-de.md"), []string{"Welpenanfragen"})
}

// A sentence that names answering was never read as a retention rule, so
// that "We will respond to your request within 30 days" is none; one that
// first says how long data are kept and then why ("We'll keep your
// treatment records for 8 years …, in case we need to respond to a legal
// claim", "we shall retain your details for 6 months following such contact
// to respond to any further queries") states its period (RET-PERIOD).
func TestKeepingBeforeAnswering(t *testing.T) {
	wantRetentionDays(t, "keep-then-respond-en.md", []int{2920, 180})
}

// A notice that opens "We're Harbour Foot Clinic Ltd ('we', 'our', 'us')"
// names the controller without the contraction before it (C-NAME).
func TestContractionBeforeName(t *testing.T) {
	wantControllerNames(t, map[string]string{"were-name-controller-en.md": "Harbour Foot Clinic Ltd"})
}

// A widespread UK website template names each use by the category of data
// it defines in brackets, in numbered paragraphs or list items ("2.2 We may
// process data about your use of our website and services ("usage data").
// … The legal basis for this processing is …"): each is an activity
// titled with the category, under any chapter title (A-ITEM).
func TestDefinedDataUses(t *testing.T) {
	wantTitles(t, fixtureReport(t, "defined-data-uses-en.txt"), []string{"Usage data", "Account data", "Transaction data"})
}

// The most widespread English generator's chapters that tell of the data
// rather than a use ("Information Collected while Using the Application",
// "Transfer of Your Personal Data", "Delete Your Personal Data", "Business
// Transactions", "Other legal requirements", "Detailed Information on the
// Processing of Your Personal Data", "Usage, Performance and
// Miscellaneous", "Interpretation") head no processing (A-GEN).
func TestGeneratorDataChapters(t *testing.T) {
	wantTitles(t, fixtureReport(t, "generator-data-chapters-en.md"), []string{"Use of Your Personal Data"})
}

// A site builder's stock policy tells of "Non-Personal Information" and
// the "Age of consent", and the page adds "Follow us": none is a
// processing (A-GEN).
func TestSiteBuilderStockChapters(t *testing.T) {
	wantTitles(t, fixtureReport(t, "site-builder-stock-policy-en.md"), []string{"Volunteer rota"})
}

// A sentence that says what a data item holds ("Die User-ID enthält keine
// personenbezogenen Daten und übermittelt solche auch nicht an Google.")
// denies nothing of the tool: Google Analytics still receives the
// visitor's data and stays a recipient (R-DENIED).
func TestDataItemHoldsNoPersonalData(t *testing.T) {
	wantRecipients(t, map[string][]string{"user-id-holds-no-data-de.md": {"Google Analytics"}})
}

// The Austrian sole trader's form "e.U." is a legal form, and a trade name
// a dash sets before the owner's name in the box ("Keramikatelier Tonwerk -
// Anna Gruber e.U.") is part of the controller's name; "Abschließend ein
// Danke" heads no processing (C-FORM, A-GEN).
func TestAustrianSoleTrader(t *testing.T) {
	wantControllerNames(t, map[string]string{"sole-trader-eu-de.md": "Keramikatelier Tonwerk - Anna Gruber e.U."})
	wantTitles(t, fixtureReport(t, "sole-trader-eu-de.md"), []string{"Kursanmeldung"})
}

// A lawyer's UK notice tells of its lawful bases and of where the data are
// held ("Lawful processing of your personal data", "Where we hold and
// process your personal data"): no processing (A-GEN).
func TestLawyerNoticeChapters(t *testing.T) {
	wantTitles(t, fixtureReport(t, "lawyer-notice-chapters-en.md"), []string{"Ticket bookings"})
}

// A template leaves the numbers of its periods in brackets for its user to
// confirm, and a notice published as it stands keeps them ("for a period
// of [6] years", "[seven] years"): the periods are read as written
// (RET-PERIOD).
func TestBracketedPeriods(t *testing.T) {
	wantRetentionDays(t, "bracketed-period-en.md", []int{2190, 2555})
}

// Data erased once consent is withdrawn ("Nach einem Widerruf werden diese
// personenbezogenen Daten von uns gelöscht", "After you have withdrawn your
// consent, we delete your e-mail address") is an event-bound retention
// rule (RET-EVENT).
func TestErasedAfterWithdrawal(t *testing.T) {
	wantRetentionDays(t, "erased-after-withdrawal-de.md", []int{0})
	wantRetentionDays(t, "erased-after-withdrawal-en.md", []int{0})
}

// Older generators head each service with its own notice ("Datenschutz-
// erklärung für die Nutzung von Google Maps"): the title opens like the
// document's, but names a service's processing. The facets under it in
// the older spelling ("Auftragsdatenverarbeitung") or without the hyphen a
// text rendition dropped ("IPAnonymisierung") are facets (A-GEN, A-FACET).
func TestServiceNoticeTitles(t *testing.T) {
	wantTitles(t, fixtureReport(t, "service-notice-titles-de.md"), []string{
		"Datenschutzerklärung für die Nutzung von Google Analytics", "Datenschutzerklärung für die Nutzung von Google Maps",
	})
}

// A charity's data protection policy sets the principles of Art. 5 as
// headings ("Processing must be fair", "Personal data must be accurate and
// kept up to date", "Personal data must not be kept longer than
// necessary …") and as the lettered items of a chapter ("(c) Personal data
// must be kept secure. …"): principles, no processing (A-GEN).
func TestPrincipleHeadings(t *testing.T) {
	titles := activityTitles(fixtureReport(t, "principle-headings-en.md"))
	if len(titles) == 0 || titles[0] != "Befriender records" {
		t.Errorf("activities %q, want Befriender records first", titles)
	}
	for _, title := range titles {
		if strings.Contains(title, " must ") {
			t.Errorf("a principle as an activity: %q", title)
		}
	}
}

// The most widespread generator defines the controller among its terms:
// "Company (referred to as either "the Company", "We", "Us" or "Our" in
// this Agreement) refers to Lakeside Rowing Association Incorporated, 22
// Shore Road …", and the same in German ("Unternehmen (… „wir“ …) bezieht
// sich auf …"): the definition names the controller (C-NAME).
func TestCompanyDefinitionNamesController(t *testing.T) {
	wantControllerNames(t, map[string]string{
		"company-definition-en.md": "Lakeside Rowing Association Incorporated",
		"company-definition-de.md": "Seeblick Segelschule GmbH",
	})
}

// "Datenübermittlung bei Vertragsschluss für Warenkauf und Warenversand",
// a widespread generator's chapter for shops, names a transfer on an
// occasion, a processing; "Datenübermittlung in Drittländer" stays
// general (A-GEN).
func TestTransferOnPurchase(t *testing.T) {
	wantTitles(t, fixtureReport(t, "transfer-on-purchase-de.md"), []string{"Datenübermittlung bei Vertragsschluss für Warenkauf und Warenversand"})
}

// A sharing chapter labels each occasion of a disclosure in capitals ("With
// Your Instructors: …", "For Security Purposes: …", "After Aggregation/De-
// identification: …", "With Your Permission: …"): a label that opens with a
// preposition names no recipient (R-NAME).
func TestOccasionLabelsNameNoRecipient(t *testing.T) {
	wantRecipients(t, map[string][]string{"occasion-labels-en.md": {"Stripe"}})
}

// A name read for the controller that opens with a question word ("Wer",
// from a heading "Wer verarbeitet Ihre Daten?") or carries a clause on
// ("Harbourline through the Services", from a sentence) names no one: the
// controller is left empty, its mailbox kept (C-NAME).
func TestClauseAsControllerName(t *testing.T) {
	wantController(t, map[string][2]string{"clause-as-name-en.txt": {"", "privacy@harbourline-boats.example"}})
	for name, want := range map[string]bool{
		"Wer": true, "Who": true, "Harbourline through the Services": true, "Example GmbH": false,
		"Wertvoll Consulting": false, "Through Line Ltd": false, "vertreten durch Max Muster": false,
	} {
		if got := clauseAsName(name); got != want {
			t.Errorf("clauseAsName(%q) = %v, want %v", name, got, want)
		}
	}
}

// "We, namely, Millbrook Joinery Limited are committed to protecting …"
// names the controller, as "… is committed to protecting" did, so the
// organisation is no recipient of its own; "ISP" names no recipient
// (C-NAME, R-NAME).
func TestNamelyAreCommitted(t *testing.T) {
	wantControllerNames(t, map[string]string{"namely-committed-en.md": "Millbrook Joinery Limited"})
	wantRecipients(t, map[string][]string{"namely-committed-en.md": nil})
}

// A widespread generator's chapters on the processing in general ("Mode
// and place of processing the Data" over "Methods of processing" and
// "Place", "Additional information about Data collection and processing"
// over "Legal action" and "Information not contained in this policy"), and
// a title that holds a mailbox ("Owner contact email: …"), head no
// processing (A-GEN).
func TestGeneratorModeAndPlace(t *testing.T) {
	wantTitles(t, fixtureReport(t, "generator-mode-and-place-en.md"), []string{"Registration and authentication"})
}

// The instrument a transfer rests on, named in capitals ("EU-US Data
// Privacy Framework", "Privacy Shield"), and a kind of party in a list of
// partners ("technische Dienstleister, Kreditinstitute, …") name no
// recipient (R-NAME).
func TestInstrumentAndKindNames(t *testing.T) {
	wantRecipients(t, map[string][]string{"instrument-and-kind-names-de.md": {"Zoom"}})
}
