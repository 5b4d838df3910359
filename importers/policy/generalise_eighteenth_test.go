package policy

import (
	"strings"
	"testing"
)

// The eighteenth round: patterns read from the rows of the twenty-seventh
// and twenty-eighth hold-outs and of the hold-outs named after them. Each
// fixture is fictional and fails on the code before its rule.

// The ICO template names the bases in a list of its own after the
// purposes, far into the chapter ("the lawful bases we rely on for
// processing this information are:" over "(a) Your consent," "(b) We have
// a contractual obligation,"): each item is a basis relied on, the weak
// words too (B-LIST).
func TestBasesListAfterPurposes(t *testing.T) {
	wantBases(t, map[string][]string{"bases-list-after-purposes-en.html": {"6.1.a", "6.1.b", "6.1.f"}})
}

// The end of a session said with a word before it or in the passive ("A
// session cookie will expire at the end of the user session, when the web
// browser is closed", "gelöscht, sobald Ihr Browser geschlossen wird") ends
// the storage, as "at the end of the session" does (RET-EVENT).
func TestSessionEndInOtherWords(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"session-end-passive-en.md": {"end of the user session"},
		"session-end-passive-de.md": {"sobald Ihr Browser geschlossen wird"},
	})
}

// Services named as destinations of links to websites that are not the
// controller's ("this website may contain hyperlinks to other websites
// that are not under our control, including Facebook, Instagram and
// Strava", "Links zu externen Websites, etwa zu Facebook und Strava, auf
// deren Inhalte wir keinen Einfluss haben") receive nothing; the
// conventions count networks named as links only for the controller's own
// presences (R-LINK).
func TestLinksToOtherSitesNameNoRecipients(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"links-to-other-sites-en.md": {"Airtable"},
		"links-to-other-sites-de.md": {"Airtable"},
	})
}

// A list introduced as those the data are shared with, without a word for
// a kind of recipient ("We may share your information with:", "Wir geben
// Ihre Daten nur weiter an:"), names recipients in its items; a text
// rendition that dropped the bullets sets each item as a short line of its
// own ("Brightpay"); a group's bare word as a whole item ("Google") is the
// recipient itself (R-LIST).
func TestShareWithLists(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"share-with-unmarked-list-en.txt": {"Google", "Brightpay", "Microsoft"},
		"share-with-list-de.md":           {"Lohnfix", "Google"},
	})
}

// A short section each of whose sentences says that what its title names
// is not used or does not take place ("Auf dieser Website sind keine
// Analyse- oder Statistik-Werkzeuge (z. B. Matomo, Plausible) eingebunden.
// Es findet kein Nutzer-Tracking statt.", "No analytics or statistics tools
// are used on this website. No profiling takes place.") heads no
// processing; nor does a chapter on cookies whose site "verwendet keine
// Cookies und …". A counter "that stores no IP addresses" still processes
// (A-DENIED).
func TestSectionsOfDenialsOnly(t *testing.T) {
	wantTitles(t, fixtureReport(t, "denied-tools-sections-de.md"), []string{"Kontaktformular"})
	wantTitles(t, fixtureReport(t, "denied-tools-sections-en.md"), []string{"Contact form", "Visitor counter"})
}

// Keeping data "as long as you remain one of our clients" or "solange Sie
// unsere Kundin … sind" ties them to the relationship, as "as long as you
// are a customer" does (RET-EVENT).
func TestAsLongAsOurCustomer(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"as-long-as-our-client-en.md": {"as long as you remain one of our clients", "six years"},
		"solange-unsere-kundin-de.md": {"solange Sie unsere Kundin"},
	})
}

// A period that dates a step of the service ("the one-month and one-year
// follow ups", "One month after the survey, we collect …", "Zwei Wochen
// nach Ihrem Aufenthalt erheben wir …") keeps no data (RET-NOTPERIOD).
func TestTimelineStepsAreNoPeriods(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"timeline-steps-not-periods-en.md": {"five years"},
		"timeline-steps-not-periods-de.md": {"zwei Jahre"},
	})
}

// The business the notice's own title names ("Datenschutzerklärung für
// Webseitennutzer von Brotzeit Kornfeld e. K.") is whose notice it is, even
// where the text spells the controller otherwise: never a recipient
// (R-SELF).
func TestNoticeTitleNamesNoRecipient(t *testing.T) {
	wantRecipients(t, map[string][]string{"notice-title-names-owner-de.txt": {"Volksbank Breisgau-Markgräflerland"}})
}

// Keeping an enquiry "bis die jeweilige Korrespondenz beendet ist" or
// "until the correspondence has ended" ties it to the exchange; a short
// sentence that gives the usual length of the rule before ("In der Regel
// sind das 6 Monate") states a period (RET-EVENT).
func TestUntilCorrespondenceEnds(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"until-correspondence-ends-de.md": {"bis die jeweilige Korrespondenz beendet ist", "6 Monate"},
		"until-correspondence-ends-en.md": {"until the correspondence has ended"},
	})
}

// A German model text's general titles: "Allgemeines zum Datenschutz" and
// any title opening with "Allgemein…", a basis set as "Verarbeitung
// aufgrund Ihrer Einwilligung (Artikel 6 …)", "Wer bekommt meine Daten?",
// a title cut after a possessive ("… Angebote unserer") and a consent
// tool's category with its count ("Statistik (2)") head no processing
// (A-GEN).
func TestModelTextGeneralTitlesDE(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-titles-model-de.md"), []string{"Terminbuchung"})
}

// A page heading that sets the notice's word before the business
// ("Datenschutz Tanzschule Blauer Saal UG (haftungsbeschränkt)") names the
// business without it; a firm whose name opens with the word and one more
// ("Datenschutz Nord GmbH") keeps its name (C-NAME).
func TestNoticeWordBeforeControllerName(t *testing.T) {
	wantControllerNames(t, map[string]string{
		"notice-word-before-name-de.txt": "Tanzschule Blauer Saal UG (haftungsbeschränkt)",
		"notice-word-firm-de.txt":        "Datenschutz Nord GmbH",
	})
}

// wantControllerNames compares each fixture's controller with the name
// wanted.
func wantControllerNames(t *testing.T, want map[string]string) {
	t.Helper()
	for file, name := range want {
		if got := fixtureReport(t, file).Controller.Name; got != name {
			t.Errorf("%s: controller %q, want %q", file, got, name)
		}
	}
}

// A fund template's questions about the notice and the controller's role
// ("Why are you seeing this notice?", "Who is providing this notice?",
// "What role does the Fund perform in relation to your personal data?")
// and a copyright chapter head no processing (A-GEN).
func TestNoticeQuestionsAreGeneral(t *testing.T) {
	wantTitles(t, fixtureReport(t, "notice-questions-en.md"), []string{"Investor registration"})
}

// A German generator's run-in labels inside a chapter ("Nationale
// Datenschutzregelungen in Deutschland:", "Verarbeitung von Cookie-Daten
// auf Grundlage einer Einwilligung:", "Double-Opt-In-Verfahren:",
// "Inhalte:") are facets or general notes, so the chapters they stand in
// stay the activities (A-FACET).
func TestGeneratorRunInLabelsDE(t *testing.T) {
	wantTitles(t, fixtureReport(t, "generator-runin-labels-de.md"), []string{"Einsatz von Cookies", "Newsletter"})
}

// A US generator's chapter on the children's privacy law ("COPPA
// (Children Online Privacy Protection Act)") says what is not collected
// from children: no processing (A-GEN).
func TestCOPPAChapterIsGeneral(t *testing.T) {
	wantTitles(t, fixtureReport(t, "coppa-chapter-en.md"), []string{"Online bookings"})
}

// A period after "longer than" or "länger als" is a lower bound ("we may
// store your card details longer than 30 days"), no retention rule; with
// a negation in its clause ("won't be kept longer than 14 days", "nicht
// länger als sieben Tage") it is the upper bound, and stays (RET-NOTPERIOD).
func TestLowerBoundsAreNoPeriods(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"lower-bound-periods-en.md": {"six years", "14 days"},
		"lower-bound-periods-de.md": {"zehn Jahre", "sieben Tage"},
	})
}

// Older German model texts state the contract basis in words: "zur
// Abwicklung mit Ihnen geschlossener Verträge", "zum Zwecke der
// Vertragsabwicklung erforderlich" (B-WORDS).
func TestContractBasisOlderModelDE(t *testing.T) {
	wantBases(t, map[string][]string{"contract-older-model-de.md": {"6.1.b"}})
}

// Data erased "nach Abschluss der Veranstaltung" or "nach Ende des
// Kurses" are tied to a dated end; the boilerplate that may follow ("…,
// sobald sie für die genannten Zwecke nicht mehr erforderlich sind")
// drops only a rule of the person's choice ("bis Sie Ihre Einwilligung
// widerrufen oder sie nicht mehr erforderlich ist") (RET-EVENT).
func TestDatedEndBesideBoilerplate(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"after-event-with-boilerplate-de.md": {"nach Abschluss der Veranstaltung", "nach Ende des Kurses"},
	})
}

// A Cayman fund company ("Tidewater Cask Segregated Portfolio Company
// ("Company")") has its legal form, and "The Company acts as a "data
// controller"" with the role in quotes names the company the bracket
// defined (C-NAME, R-FORM).
func TestDefinedCompanyWithQuotedRole(t *testing.T) {
	wantControllerNames(t, map[string]string{"defined-company-quoted-role-en.txt": "Tidewater Cask Segregated Portfolio Company"})
	wantRecipients(t, map[string][]string{"defined-company-quoted-role-en.txt": {"Harbourline Fund Services"}})
}

// "the right to complain to the Data Protection Ombudsman", as Finnish and
// Cayman notices name their authority, names it (SA).
func TestDataProtectionOmbudsman(t *testing.T) {
	if got := fixtureReport(t, "nordic-registrar-ombudsman-en.md").SupervisoryAuthority; got != "Data Protection Ombudsman" {
		t.Errorf("authority %q", got)
	}
}

// The same Art. 13 sheet's purposes in the passive, run together in one
// paragraph ("Die personenbezogenen Daten werden für die Durchführung …
// verarbeitet (…). Ferner werden … weitergeleitet. Darüber hinaus werden
// …"), are read sentence by sentence, as they are when each has a
// paragraph of its own (A-PARAS).
func TestArticle13PurposesInOneParagraph(t *testing.T) {
	wantTitles(t, fixtureReport(t, "art13-purposes-one-paragraph-de.md"), []string{
		"für die Durchführung des Mitgliedschaftsverhältnisses verarbeitet",
		"zur Teilnahme am Regattabetrieb an den Landesruderverband weitergeleitet",
		"im Zusammenhang mit Regatten einschließlich der Berichterstattung hierüber",
		"Kontaktformular"})
}

// A site generator's Markdown page whose body is HTML, indented and with
// blank lines between its blocks, has the sections its HTML headings give:
// read as Markdown, the indented blocks after a blank line were code and
// the headings text (S-HTMLMD).
func TestMarkdownPageWithHTMLBody(t *testing.T) {
	wantTitles(t, fixtureReport(t, "markdown-html-body-de.md"), []string{"Hosting", "Nachhilfeverträge"})
}

// A generator's chapter of general information: "… und andere Begriffe",
// "Anzuwendende Vorschriften/ Gesetze – DSGVO, BDSG und TDDDG", "So werden
// Daten auf dieser Website grundsätzlich verarbeitet", "Datenschutz –
// Unsere Sicht" are general; the hosting beside them is a processing
// (A-GEN).
func TestGeneralInformationChapterDE(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-information-chapter-de.md"), []string{"Hosting"})
}

// A partnership's name joins its partners' names with "und" ("Lena Brandt
// und Piotr Kowalski Gartenbau GbR", "Kanzlei Hofmann und Partner
// Steuerberater PartG mbB"): the name runs over the "und" (R-FORM, C-NAME).
func TestPartnershipNamesRunOverUnd(t *testing.T) {
	wantControllerNames(t, map[string]string{"partnership-names-de.md": "Lena Brandt und Piotr Kowalski Gartenbau GbR"})
	wantRecipients(t, map[string][]string{"partnership-names-de.md": {"Kanzlei Hofmann und Partner Steuerberater"}})
}

// A law firm's template exported to Markdown keeps its clauses as
// headings ("#### You may also make a complaint to … the Information
// Commissioner's Office. Alternatively, …"): a heading of a full sentence
// is prose, so the table of lawful grounds after it is not read as part of
// a chapter on complaints (S-PROSEHEAD).
func TestClausesExportedAsHeadings(t *testing.T) {
	wantTitles(t, fixtureReport(t, "clauses-as-headings-en.md"),
		[]string{"Arranging volunteering shifts.", "Reimbursing expenses.", "Keeping emergency contacts."})
}

// A denial set after its subject ("Eine Übermittlung in Drittländer ist
// nicht geplant", "A transfer to third countries is not intended") states
// that no data leave the EEA (T-DENY).
func TestTransferNotPlanned(t *testing.T) {
	for _, file := range []string{"transfer-not-planned-de.md", "transfer-not-planned-en.md"} {
		if fixtureReport(t, file).ThirdCountryTransfer {
			t.Errorf("%s: a transfer where the notice says none is planned", file)
		}
	}
}

// "außerhalb des Raumes der Europäischen Union verarbeitet", a German
// generator's words on social networks, states a transfer (T-WORDS).
func TestOutsideTheAreaOfTheEU(t *testing.T) {
	if !fixtureReport(t, "outside-area-of-eu-de.md").ThirdCountryTransfer {
		t.Error("no transfer")
	}
}

// A generator's record of a service names its parent company
// ("Mutterunternehmen: Facebook, 1 Hacker Way …"): the parent owns the
// service and is no recipient of its own (R-PARENT).
func TestParentCompanyLabel(t *testing.T) {
	wantRecipients(t, map[string][]string{"parent-company-label-de.md": {"Instagram", "LinkedIn"}})
}

// A volunteer group's general chapters: the notice's "Updates", "Why and
// how do we ensure compliance?", "Children’s Personal Data" said not to be
// collected, and "Where does your data travel to?" head no processing
// (A-GEN).
func TestVolunteerNoticeGeneralQuestions(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-questions-volunteers-en.md"), []string{"Food parcel deliveries"})
}

// Card details "securely destroyed as soon as the payment has been
// processed", "gelöscht, sobald die Zahlung abgewickelt ist" are kept
// until the payment, a rule tied to an event (RET-EVENT).
func TestUntilPaymentProcessed(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"until-payment-processed-en-de.md": {"as soon as the payment has been processed", "sobald die Zahlung abgewickelt ist"},
	})
}

// The officer's box set as a list ("Die Datenschutzbeauftragte des
// Verantwortlichen ist:" over "* Marta Ostrowski", "* Lindenstraße 4", "*
// Mail: …") names the officer; a sentence under a cue that only mentions
// the officer ("Sofern Sie uns eine Einwilligung erteilt haben …") names
// no one (D-BOX, C-FRAG).
func TestDPOBoxAsListAndFragments(t *testing.T) {
	wantDPO(t, fixtureReport(t, "dpo-box-bulleted-de.md"), "Marta Ostrowski", "datenschutz@kiezrad.example")
	wantDPO(t, fixtureReport(t, "dpo-cue-over-rights-de.md"), "", "")
}

// A period that counts requests ("up to two times in a rolling
// twelve-month period") or looks back from one ("the personal information
// we collected about you in the previous 12 months") keeps no data
// (RET-NOTPERIOD).
func TestLookBackPeriodsAreNoRetention(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{"look-back-periods-en.md": {"three years"}})
}

// "Verantwortlicher für die Datenverarbeitung / Kontakt zum
// Datenschutzbeauftragten" heads one box, the controller's, through which
// the officer is reached: the person in it is the controller, not an
// officer (C-BOTH).
func TestControllerSlashDPOHeading(t *testing.T) {
	wantControllerNames(t, map[string]string{"controller-slash-dpo-heading-de.txt": "Jonas Feldhaus"})
	wantDPO(t, fixtureReport(t, "controller-slash-dpo-heading-de.txt"), "", "")
}

// A UK law firm's template lists the rights as what the person may ask:
// "you have the right to request that we:" over "provide you with a copy
// …", "update …", "delete …", "restrict …", "provide your personal
// information to a third party", "consider any valid objections …"; each
// item's verb names a right, also where the page sets each item in bold
// (R-VERBS).
func TestRightsAsRequests(t *testing.T) {
	wantEach(t, "rights", map[string][]string{
		"rights-as-requests-en.md": {"access", "rectification", "erasure", "restriction", "portability", "objection"},
	}, func(r Report) []string { return r.Rights })
}

// A US generator's rights: "Users can …" over "Can change your personal
// information:" (rectification), and "unsubscribe from receiving future
// emails" (objection) (R-WORDS).
func TestUSGeneratorRights(t *testing.T) {
	wantEach(t, "rights", map[string][]string{
		"us-generator-rights-en.md": {"rectification", "objection"},
	}, func(r Report) []string { return r.Rights })
}

// A US generator's contact box names the business by its site alone
// ("you may contact us using the information below." over
// "http://lanternsoft.example", "14 Mill Road", …): with nothing else
// naming the controller, the host name over an address line is its name
// (C-SITE).
func TestContactBoxSiteLine(t *testing.T) {
	wantController(t, map[string][2]string{"contact-box-site-line-en.md": {"lanternsoft.example", "hello@lanternsoft.example"}})
}

// "Keeping your information", "Keeping your personal data" head how long
// or how safely data are kept, not a processing (A-GEN).
func TestKeepingYourInformationIsGeneral(t *testing.T) {
	wantTitles(t, fixtureReport(t, "keeping-your-information-en.md"), []string{"Members"})
}

// A site builder's page that keeps its whole text in the front matter
// (sections with "title:", "subtitle:" and "text: |-" over indented
// Markdown, nothing after the closing "---") is read from those fields:
// before, the file had no readable words (S-YAMLPAGE).
func TestSiteBuilderYAMLPage(t *testing.T) {
	wantTitles(t, fixtureReport(t, "site-builder-yaml-page-de.md"), []string{"Externes Hosting", "Kontaktformular"})
}

// A controller who is a person whose surname a catalogue service bears
// ("Anna Hermes") names no recipient in its own name (R-SELF).
func TestControllerSurnameIsNoService(t *testing.T) {
	wantControllerNames(t, map[string]string{"controller-surname-service-de.md": "Anna Hermes"})
	wantRecipients(t, map[string][]string{"controller-surname-service-de.md": {"Netlify"}})
}

// The imprint a generator sets before its notice ("Informationen über den
// Diensteanbieter", "Universalschlichtungsstelle", "Bildernachweis") and
// its "Schlusswort" head no processing (A-GEN).
func TestImprintChaptersAreGeneral(t *testing.T) {
	wantTitles(t, fixtureReport(t, "imprint-before-notice-de.md"), []string{"Gruppentreffen"})
}

// A service named as what another one replaces ("Cloudflare Turnstile,
// eine Alternative zu Googles reCAPTCHA", "Plausible Analytics instead of
// Google Analytics") is not used (R-DENIED).
func TestReplacedServicesAreNotUsed(t *testing.T) {
	wantRecipients(t, map[string][]string{"replaced-services-de-en.md": {"Cloudflare Turnstile", "Plausible Analytics"}})
}

// The bases written as conditions under "Lawful basis may include:"
// ("Where it is within our legitimate interests …", "Where processing is
// necessary for the performance of a contract …", "Where we have your
// consent") state why processing is lawful, not what for: no activities
// (A-BASISITEM).
func TestBasesAsWhereItemsAreNoActivities(t *testing.T) {
	r := fixtureReport(t, "bases-as-where-items-en.md")
	for _, a := range r.Activities {
		if strings.HasPrefix(a.Title, "Where ") {
			t.Errorf("a basis item as an activity: %q", a.Title)
		}
	}
	wantBases(t, map[string][]string{"bases-as-where-items-en.md": {"6.1.a", "6.1.b", "6.1.c", "6.1.f"}})
}
