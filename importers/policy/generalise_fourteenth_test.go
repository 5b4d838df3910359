package policy

import (
	"slices"
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/importers"
)

// The fixtures of this file were written for the fourteenth round.

// How long and where data are kept, processors, consent withdrawn and
// minors head general chapters in further wordings ("Storage duration",
// "Where your information is stored", "Third Party Processors",
// "Withdrawing your consent", "Users under 16"); "Sharing of personal data"
// without a basis of its own is sharing in general (A-GEN).
func TestGeneralTitlesStorageAndSharing(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-titles-storage-sharing-en.md"), []string{"Online orders", "Newsletter"})
}

// "Sharing of personal data" that tells how the couriers get the delivery
// address, on a basis cited as "Article 6 (1b)", is that processing (A-GEN,
// B-CITE).
func TestSharingSectionWithItsOwnBasis(t *testing.T) {
	r := fixtureReport(t, "sharing-own-basis-en.md")
	wantTitles(t, r, []string{"Orders", "Sharing of personal data"})
	if a := r.Activities[1]; len(a.LegalBases) != 1 || a.LegalBases[0] != "6.1.b" {
		t.Errorf("sharing: bases %q, want 6.1.b", a.LegalBases)
	}
}

// Rights in a compound ("Nutzerrechte"), a minimum age, language versions,
// the plan of the notice and a country with its law in brackets ("Schweiz
// (revDSG)") head no processing (A-GEN).
func TestGeneralTitlesRightsAndJurisdictions(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-titles-rights-jurisdiction-de.md"), []string{"Bestellungen im Onlineshop", "Töpferkurse"})
}

// A generator's numbered facets under each processing: "The legitimate
// interests" names the basis after an article, "Type and purpose of
// processing" a facet, and "Affected data categories are:" is the lead-in
// of a list; the processings are the chapters above them (A-FACET).
func TestFacetTitlesWithArticleAndLeadIn(t *testing.T) {
	wantTitles(t, fixtureReport(t, "facet-titles-article-leadin-en.md"), []string{"Hosting and content delivery", "Newsletter"})
}

// A notice whose controller box was left empty names no controller: the
// items of the right of access after "request information from the
// controller about the following:" are clauses, and the ticket system's
// vendor in the customer-service section is no owner (C-FRAGMENT,
// C-FALSECUE).
func TestNoControllerFromClausesOrTools(t *testing.T) {
	wantController(t, map[string][2]string{"controller-unnamed-rights-items-en.md": {"", ""}})
}

// Names are never clauses: a finite verb or a closing semicolon makes one.
func TestReadsAsClause(t *testing.T) {
	for name, want := range map[string]bool{
		"1. The purposes for which the personal data are being processed;": true,
		"Die Daten werden gelöscht":                                        true,
		"Larkspur Bakery Ltd":                                              false,
		"Verein für Isländische Pferde e. V.":                              false,
		"Being Well Physiotherapy":                                         false,
	} {
		if got := readsAsClause(name); got != want {
			t.Errorf("readsAsClause(%q) = %v, want %v", name, got, want)
		}
	}
}

// A line that is the controller's name ("Haus und Hof e.V., Celle" under
// "Verantwortlicher") holds its "und": the name is the whole line up to the
// legal form (C-NAMECUT).
func TestControllerLineNameWithUnd(t *testing.T) {
	wantController(t, map[string][2]string{"controller-line-name-und-de.md": {"Haus und Hof e.V.", "vorstand@haus-und-hof.example"}})
}

// A section titled with a catalogue service lists, as numbered items, the
// bodies the service asks: the first is no legal entity of the service but a
// recipient of its own (R-ENTITY).
func TestTitledVendorOverListedBodies(t *testing.T) {
	const f = "titled-vendor-listed-bodies-en.md"
	wantRecipients(t, map[string][]string{f: {"Klarna", "Nordmark Auskunftei", "Weserland Bonitätsdienst"}})
	if r := fixtureReport(t, f).Recipients[0]; r.LegalEntity != "" {
		t.Errorf("Klarna's legal entity %q, want none", r.LegalEntity)
	}
}

// In a general chapter whose sections are mostly general ("Änderungen
// dieser Datenschutzerklärung"), the others ("Benachrichtigung der Nutzer",
// "Archivierung früherer Fassungen") tell more of the same; a section that
// names a processing topic ("Verwendung von Cookies" among the general
// sections of "Allgemeines zur Datenverarbeitung") stays an activity.
// "Datensparsamkeit" is a principle (A-GEN).
func TestSectionsOfGeneralChapters(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-chapter-sections-de.md"),
		[]string{"Lernfortschritt", "Zahlungsabwicklung", "Zugriffsstatistiken (Matomo)", "Verwendung von Cookies"})
}

// A generator's opening chapter "An overview of data protection" over
// "General information", "Data recording on this website" and the tools in
// brief is general as a whole, itself included: its own words only
// announce the chapters that follow (A-GEN).
func TestOverviewChapterIsNoActivity(t *testing.T) {
	wantTitles(t, fixtureReport(t, "overview-chapter-intro-en.md"), []string{"Hosting", "Course bookings", "Newsletter"})
}

// The widespread contact-form sentence ties the storage to the person's
// request to delete beside the withdrawal of consent: "bis Sie uns zur
// Löschung auffordern, Ihre Einwilligung … widerrufen", "until you request
// us to delete them" (T-EVENT).
func TestRetentionUntilRequestToDelete(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"retention-request-delete-de.md": {"bis Sie uns zur Löschung auffordern", "solange Ihr Abonnement besteht"},
		"retention-request-delete-en.md": {"until you request us to delete"},
	})
}

// Cookies that stay until the person deletes them and session cookies
// deleted when the visit or the session ends are event-tied rules, in
// further wordings (T-EVENT).
func TestRetentionCookieEvents(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"retention-cookie-events.md":    {"terminate your visit", "until you actively delete them"},
		"retention-cookie-events-de.md": {"Ende Ihrer Sitzung", "bis Sie diese selbst löschen"},
	})
}

// Each wording of the end of a visit is found on its own.
func TestSessionEndWordings(t *testing.T) {
	for sentence, want := range map[string]string{
		"Der Warenkorb wird mit Schließen Ihres Internet-Browsers gelöscht.":    "Schließen Ihres Internet-Browsers",
		"Die Daten werden nach Verlassen unserer Seite automatisch gelöscht.":   "nach Verlassen unserer Seite",
		"The basket is deleted automatically when you leave our website.":       "when you leave our website",
		"Session cookies are deleted automatically once you end your visit.":    "end your visit",
		"Sitzungs-Cookies werden nach Ende Ihrer Sitzung automatisch gelöscht.": "Ende Ihrer Sitzung",
		// added in the fifteenth round
		"Session-Cookies werden gelöscht, nachdem Sie Ihren Browser schließen.": "nachdem Sie Ihren Browser schließen",
		"Session-Cookies werden gelöscht, sobald du deinen Browser schließt.":   "sobald du deinen Browser schließt",
	} {
		doc, err := importers.ReadBytes("session.md", []byte("# Privacy\n\n## Storage\n\n"+sentence+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range Extract(doc).Retention {
			got = append(got, r.Text)
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: retention %q, want %q", sentence, got, want)
		}
	}
}

// Signing in with a platform's account names the platform as a recipient
// ("Sign in with Apple", "Google Sign-In"), and so do the app stores that
// take a subscription's payment (R-CATALOGUE).
func TestSignInProvidersAndPayingStores(t *testing.T) {
	wantRecipients(t, map[string][]string{"app-signin-stores-en.md": {"Sign in with Apple", "Google Sign-In", "Google Play", "Apple App Store"}})
}

// App stores named only as where the app is found receive nothing
// (R-EXAMPLE).
func TestStoresToDownloadFromAreNoRecipients(t *testing.T) {
	wantRecipients(t, map[string][]string{"app-stores-download-only-en.md": nil})
}

// A widespread UK template's purpose table ("Purpose/Activity", "Type of
// data", "Lawful basis …") arrives flattened from a page's text: header
// cells on one line or on three, then per row the purpose ("To …", wrapped
// over lines) and its lettered cells. Each row is an activity; the lettered
// and basis cells that look like headings are none; the section after the
// table is its own (S-FLATTABLE, A-ITEMS).
func TestFlattenedPurposeTables(t *testing.T) {
	wantTitles(t, fixtureReport(t, "flat-purpose-table-tabs.txt"), []string{"To take your booking for a kayak or a guided trip",
		"To process payments for your hire", "To keep you safe on the water", "Marketing"})
	wantTitles(t, fixtureReport(t, "flat-purpose-table-lines.txt"), []string{"To register you as a member of the climbing wall",
		"To run induction sessions and record that you have passed them, including the belay check and the bouldering briefing",
		"To study how members use the wall so that we can plan new routes", "Marketing"})
}

// "How is your personal data collected?" asks where data come from: its
// items ("Direct interactions", …) are sources, not purposes (A-GEN).
func TestPassiveCollectionQuestionIsGeneral(t *testing.T) {
	if c := classifyTitle("How is your personal data collected?"); !c.general {
		t.Errorf("the collection question is not general")
	}
}

// Rights named without the word "Recht" ("Auskunft", "Berichtigung und
// Vervollständigung", "Datenübertragbarkeit") and the sections on how to
// reach the controller and how soon it answers are no processings (A-GEN).
func TestRightsByNameAndContactPoint(t *testing.T) {
	wantTitles(t, fixtureReport(t, "rights-by-name-de.md"), []string{"Mitgliederverwaltung"})
}

// A Nordic notice heads its controller "Registrar" and names the "Data
// Protection Ombudsman" as the authority: neither is a processing (A-GEN).
func TestNordicRegistrarAndOmbudsman(t *testing.T) {
	wantTitles(t, fixtureReport(t, "nordic-registrar-ombudsman-en.md"), []string{"Customer register"})
}

// A practice of independent practitioners gives one card each: the card's
// title is the person, the cue "Data controller for her own patients"
// stands in its opening paragraph, and the "ICO registration number …"
// line of the card is no name (C-BLOCK).
func TestPractitionerCards(t *testing.T) {
	wantController(t, map[string][2]string{"practitioner-cards-en.md": {"Mara Example", "hello@heronsgate-physio.example"}})
}

// The fifteenth hold-out's rows, as patterns of policies: who holds the
// records, the laws that apply, the person in charge, who else sees the
// data, what happens when something goes wrong and how to reject cookies
// are general; kinds of cookies with their own purpose are activities; a
// line that is an Irish street ("Harcourt Terrace") heads nothing
// (A-GEN, A-FACET, S-FAKEHEAD).
func TestGeneralTitlesOfAClinic(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-titles-clinic-en.md"), []string{"Appointments", "Necessary cookies", "Analytics cookies", "Social media"})
}

// "Verarbeitungszweck" is a facet of its processing; "Übermittlung und
// Offenbarung von personenbezogenen Daten" a generator's chapter on
// disclosure; a law's name alone ("TDDDG") heads no processing (A-FACET,
// A-GEN).
func TestGeneralTitlesLawAndDisclosure(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-titles-law-disclosure-de.md"), []string{"Angebotsanfragen"})
}

// A record kept "until their twenty-fifth birthday" is kept until an
// event; acknowledging a complaint within thirty days is a deadline for
// answering, no retention (T-EVENT, T-NOTRET).
func TestRetentionBirthdayNotAcknowledgement(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{"retention-birthday-acknowledge-en.md": {"until their twenty-fifth birthday"}})
}

// The second practitioner's card is a contact card, no processing.
func TestPractitionerCardIsNoActivity(t *testing.T) {
	wantTitles(t, fixtureReport(t, "practitioner-cards-en.md"), []string{"Why we use your information"})
}

// A ticket system, a bot check and a search console of the catalogue are
// found by their names; the controller named in the title with its legal
// form cut short ("… Events UG" for "… Events UG (haftungsbeschränkt)") is
// not its own recipient (R-CATALOGUE, R-SELF).
func TestCatalogueSupportTools(t *testing.T) {
	wantRecipients(t, map[string][]string{"catalogue-support-tools-en.md": {"Zammad", "Cloudflare Turnstile", "Google Search Console"}})
}

// The entry after the controller's in a notice's table of contents ("II.
// Rechte der Nutzer und", cut before its last word) and an item of a page's
// menu ("- FAQ" after "- Wer wir sind") are no names; a box flattened onto
// its label's line ("Verantwortlicher: Notarin Dr. …, Alte Mühlenstraße 12
// a, 84028 Landshut, … E-Mail: …") gives the name before its first comma
// (C-FRAGMENT, C-BLOCK).
func TestControllerNotFromContentsOrMenu(t *testing.T) {
	wantController(t, map[string][2]string{
		"controller-toc-entry-de.txt":        {"Jana Beispielfrau", ""},
		"controller-labelled-flat-box-de.md": {"Notarin Dr. Erika Beispiel", "info@notarin-beispiel.example"},
	})
}

// The fixtures below were written for the fifteenth round.

// Eight unlabelled clauses completing "We use your personal data for some or
// all of the following purposes:" are the club's catalogue of uses: the
// chapter is one activity. Seven items each with a label of its own
// ("Deliver: …") stay seven (A-ITEMS).
func TestClauseCatalogueIsOneActivity(t *testing.T) {
	wantTitles(t, fixtureReport(t, "clause-catalogue-en.md"), []string{"How we use your personal data", "CCTV at the boathouse"})
	// also under a title that names the legal basis too, which alone heads no processing
	wantTitles(t, fixtureReport(t, "clause-catalogue-basis-title-en.md"), []string{"Why we collect your data and the legal basis for handling it",
		"CCTV at the boathouse"})
	wantTitles(t, fixtureReport(t, "labelled-uses-en.md"), []string{"Take your orders", "Bake to order", "Deliver", "Answer questions",
		"Prevent fraud", "Keep the books", "Send offers (with your consent)"})
}

// "How is your personal data collected?" over lead-ins naming the sources
// ("Direct interactions.", "Third parties or publicly available sources.")
// tells where data come from, not what for: no activity (A-GEN).
func TestCollectionChapterListsSources(t *testing.T) {
	wantTitles(t, fixtureReport(t, "collection-chapter-sources-en.md"), []string{"Survey instructions"})
}

// The officer's name stands before the role ("Priya Lomax is our data
// protection officer.") or after it with a title and the surname alone
// ("Die Datenschutzbeauftragte Frau Okonkwo der Schule ist … erreichbar")
// (C-DPO).
func TestDPONamedBeforeRoleOrByHonorific(t *testing.T) {
	wantDPO(t, fixtureReport(t, "dpo-named-before-role-en.txt"), "Priya Lomax", "")
	wantDPO(t, fixtureReport(t, "dpo-honorific-surname-de.txt"), "Frau Okonkwo", "datenschutz@gs-lindenhof.example")
}

// The authority of the model's list named on its own lines, wrapped, under
// "Die für uns zuständige Aufsichtsbehörde ist:", or as a heading, is the
// one named first, before the ICO of a later section for UK users (D-AUTHORITY).
func TestAuthorityFromTheListNamedFirst(t *testing.T) {
	wantEach(t, "authority", map[string][]string{
		"authority-box-before-uk-section-de.md": {"Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg"},
		"authority-ombudsman-heading-en.md":     {"Office of the Data Protection Ombudsman"},
	}, func(r Report) []string { return []string{r.SupervisoryAuthority} })
}

// A box flattened onto its label's line, the label set off by a comma and
// the street without a number ("The Data Controller, St Aldhelm's Parish,
// Mill Lane, Sherborne, DT9 3QQ"), names the controller before the street
// (C-BLOCK).
func TestControllerBoxAfterCommaLabel(t *testing.T) {
	wantControllerAt(t, fixtureReport(t, "controller-comma-box-en.md"), "St Aldhelm's Parish", "Mill Lane, Sherborne, DT9 3QQ")
}

// A box headed by the site's host name ("readlater.example" over "c/o Margit
// Oberholzer") under "The data controller is Margit Oberholzer, sole
// proprietor …": the statement names the controller, not the host (C-NAME).
func TestControllerStatementOverHostNameBox(t *testing.T) {
	wantController(t, map[string][2]string{"controller-host-name-box-en.md": {"Margit Oberholzer", "margit@readlater.example"}})
}

// A law cited in brackets after a provider noun ("by a professional
// provider (Art. 6 para. 1 lit. f GDPR)") names no provider (R-FALSE).
func TestProviderBracketCitationIsNoName(t *testing.T) {
	for _, r := range fixtureReport(t, "provider-bracket-citation-en.md").Recipients {
		t.Errorf("recipient %q, want none", r.Name)
	}
}

// A service's record that denies storing data ("apart from that, no
// personal data is stored") but has the processing run on the provider's
// servers under a data processing agreement keeps the provider (R-NEG).
func TestRecordDenialWithProcessingAgreement(t *testing.T) {
	r := fixtureReport(t, "record-denial-with-dpa-en.md")
	if len(r.Recipients) != 1 || r.Recipients[0].Country != "EE" {
		t.Errorf("recipients %+v, want the analytics provider in EE", r.Recipients)
	}
}

// Companies of the Baltic states, Finland, Hungary and Portugal end their
// names with forms of their own (R-FORM).
func TestBalticNordicIberianLegalForms(t *testing.T) {
	for _, name := range []string{"Countwise Analytics OÜ", "Pohjoistuuli Oyj", "Dzintars Dati SIA", "Gintaras Cloud UAB",
		"Tisza Szoftver Kft.", "Balaton Hosting Zrt.", "Ribeira Digital Lda.", "Nuvem Azul Ltda."} {
		orgs := findOrgs("We pass orders to " + name + " for delivery.")
		if len(orgs) != 1 || orgs[0].name != name {
			t.Errorf("%s: found %+v", name, orgs)
		}
	}
}

// A cookie table's header row set as a line of its own ("Description
// Purpose", "Type of CookiePurpose") and a template's credit
// ("Attribution") head no processing (A-GEN).
func TestTableHeadRowAndCreditTitles(t *testing.T) {
	for _, a := range activityTitles(fixtureReport(t, "table-head-title-credit-en.txt")) {
		if a == "Description Purpose" || a == "Type of CookiePurpose" || a == "Attribution" {
			t.Errorf("activity %q", a)
		}
	}
	for title, want := range map[string]bool{"Description Purpose": true, "Name Zweck Laufzeit": true, "Cookie purposes": false,
		"Legal basis": false, "Purpose of cookies": false, "Type of data": false} {
		if got := tableHeadRow(title); got != want {
			t.Errorf("tableHeadRow(%q) = %v, want %v", title, got, want)
		}
	}
}

// A server log's field set as a heading or a line of its own under "These
// are:" ("browser type and browser version", "Datum und Uhrzeit des
// Abrufs") is an item of the list of data, no processing (A-GEN).
func TestLogFieldTitles(t *testing.T) {
	wantEach(t, "activities", map[string][]string{
		"log-field-headings-en.md": {"Server log files", "Newsletter"},
		"log-field-line-de.txt":    {"Nutzung des Portals", "Anmeldung zu Ferienangeboten"},
	}, activityTitles)
}

// An information sheet after Art. 13 titles its numbered items in the
// article's words, ending in a colon ("2. Zwecke, für die
// personenbezogenen Daten verarbeitet werden:"), over prose; its purposes
// are paragraphs in the passive ("Die personenbezogenen Daten werden für
// die Durchführung … verarbeitet", "Ferner werden … zur Teilnahme an
// Regatta-, Wanderfahrt- und Trainingsbetrieb …") (A-PARAS, S-NUMBER).
func TestArticle13SheetPassivePurposes(t *testing.T) {
	wantTitles(t, fixtureReport(t, "art13-sheet-passive-purposes-de.txt"), []string{
		"für die Durchführung des Mitgliedschaftsverhältnisses verarbeitet",
		"zur Teilnahme an Regatta-, Wanderfahrt- und Trainingsbetrieb an den Landesruderverband",
		"im Zusammenhang mit Regatten einschließlich der Berichterstattung hierüber"})
}

// Under a chapter on sharing, a section titled with a service the catalogue
// knows that tells what the service does with the data ("Sentry": crash
// reports) is a processing of its own; "Data processors" stays general
// (A-GEN).
func TestSharingChapterNamedServices(t *testing.T) {
	wantTitles(t, fixtureReport(t, "sharing-chapter-named-services-en.md"), []string{"Sentry", "Mapbox"})
}

// Data made anonymous, or said to hold no personal data, are kept
// "indefinitely" without a retention rule, also where a hard-wrapped line
// parts the sentence (RT-EVENT).
func TestAnonymisedDataKeptIndefinitely(t *testing.T) {
	wantRetentionDays(t, "anonymised-indefinitely-en.txt", []int{2190}) // the six years alone
}

// Ages are no periods: "Minderjährige unter 16 Jahren", "ab 16 Jahre",
// "zwischen 13 und 16 Jahren", "under 13 years" (RT-AGE).
func TestAgeLimitsAreNoPeriods(t *testing.T) {
	wantRetentionDays(t, "age-limits-not-periods-de.md", []int{30}) // the 30 days alone
}

// Two periods of the same length in other words ("90 days", "three (3)
// months") in one section are two rules (RT-DEDUP).
func TestSameDaysOtherWordingTwoRules(t *testing.T) {
	wantRetentionDays(t, "same-days-other-wording-en.md", []int{90, 90, 3650})
}

// A chapter that lists where data come from ("We collect your data through
// various methods:") before what they are used for: the first list names
// sources, not purposes (A-ITEMS).
func TestSourcesListBeforePurposes(t *testing.T) {
	wantTitles(t, fixtureReport(t, "sources-and-purposes-lists-en.md"), []string{"Placements", "Timesheets and pay", "Right-to-work checks"})
}

// The controller's name set apart on the line before "is a Data Controller
// and …"; the officer's box names the person before another office
// ("Margaret E Quinlan - Treasurer") over the role, then the controller
// (C-BLOCK, C-DPO).
func TestControllerNameLineAndOfficerWithOtherOffice(t *testing.T) {
	r := fixtureReport(t, "controller-name-line-dpo-office-en.html")
	if r.Controller.Name != "The Harbourside Benevolent Fund" && r.Controller.Name != "Harbourside Benevolent Fund" {
		t.Errorf("controller %q, want Harbourside Benevolent Fund", r.Controller.Name)
	}
	if r.DPO.Name != "Margaret E Quinlan" {
		t.Errorf("DPO %q, want Margaret E Quinlan", r.DPO.Name)
	}
}

// A generator's overview set out flat at the top of the outline
// ("Arten der verarbeiteten Daten", "Kategorien betroffener Personen",
// "Zwecke der Verarbeitung"): its list of purposes in brief is no
// processing of its own (A-FACET).
func TestOverviewFacetsFlat(t *testing.T) {
	wantTitles(t, fixtureReport(t, "overview-facets-flat-de.txt"), []string{"Kontakt- und Anfrageverwaltung"})
}

// International data transfers ("Internationale Datentransfers"), an
// imprint's line for the managing directors, "Formales" and a translated
// generator's definitions ("TERMS USED") head no processing (A-GEN).
func TestGeneralTitlesTransfersTermsImprint(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-titles-transfers-terms-de.md"), []string{"Kontaktformular"})
	wantTitles(t, fixtureReport(t, "general-titles-terms-used-en.md"), []string{"NEWSLETTER"})
}

// A generator's temporary cookies, "spätestens gelöscht, nachdem ein Nutzer
// ein Onlineangebot verlassen und sein Endgerät … geschlossen hat" and its
// English version, end with the visit (RT-EVENT).
func TestTemporaryCookiesLeftOffer(t *testing.T) {
	wantRetentionDays(t, "temporary-cookies-left-offer.md", []int{0}) // the end of the visit, once
}

// An address given as an example of what the reader may use ("(z.B.
// knoten-4711@posteo.de)") is no one's mailbox; "z.B. an info@…", one way
// of writing to us, still is (C-EMAIL).
func TestExampleAddressAfterCue(t *testing.T) {
	r := fixtureReport(t, "example-address-cue-de.md")
	if r.Controller.Email == "knoten-4711@posteo.de" {
		t.Errorf("controller e-mail %q is the example", r.Controller.Email)
	}
	if !exampleAddressAt("(z.B. knoten-4711@posteo.de)", 6, "knoten-4711@posteo.de") ||
		exampleAddressAt("per E-Mail, z.B. an info@verein.de", 24, "info@verein.de") {
		t.Error("exampleAddressAt misreads the cue")
	}
}

// A sentence adverb before its comma ("However, our processor keeps …") is
// no name in apposition; a brand written with a small letter before a
// capital ("eTicketo Services GmbH") keeps its first word (R-FALSE,
// R-FORM).
func TestSentenceAdverbsAndCamelBrands(t *testing.T) {
	wantRecipients(t, map[string][]string{"sentence-adverbs-camel-brand-en.md": {"Hetzner", "eTicketo Services"}})
}

// A product under its German name ("Google-Formular") is the catalogue's
// Google Forms, not the first Google product of the notice (R-CATALOGUE).
func TestGermanProductName(t *testing.T) {
	doc, err := importers.ReadBytes("forms.md", []byte("# Datenschutz\n\n## Umfragen\n\n"+
		"Google-Formular: Google-Cloud-Formulare; Dienstanbieter: Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland.\n\n"+
		"## Reichweitenmessung\n\nGoogle Analytics: Webanalyse; Dienstanbieter: Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range Extract(doc).Recipients {
		names = append(names, r.Name)
	}
	if !slices.Contains(names, "Google Forms") || !slices.Contains(names, "Google Analytics") {
		t.Errorf("recipients %q, want Google Forms and Google Analytics", names)
	}
}

// A project's joint controllers listed as a grant agreement's beneficiaries
// ("(2) UNIVERSIDADE DO LITORAL ATLANTICO (ULA), 500123456, established in
// …, Portugal"), names without a legal form, are recipients with the seat
// each item gives (R-LIST).
func TestJointControllerPartnerList(t *testing.T) {
	got := map[string]string{}
	for _, r := range fixtureReport(t, "joint-controllers-partner-list-en.md").Recipients {
		got[r.Name] = r.Country
	}
	for name, country := range map[string]string{"HAVFORSK FOUNDATION": "NO", "UNIVERSIDADE DO LITORAL ATLANTICO": "PT",
		"ISTITUTO DI SCIENZE MARINE ADRIATICHE": "IT"} {
		if got[name] != country {
			t.Errorf("recipient %q: country %q, want %q (recipients %v)", name, got[name], country, got)
		}
	}
}

// A town named inside a street ("Via del Porto 3", "Rua de Lisboa 12") is
// no seat: the address's own town or country decides (R-COUNTRY).
func TestTownInStreetNameIsNoSeat(t *testing.T) {
	for addr, want := range map[string]string{
		"Via del Porto 3, 60121 Ancona, Italy":           "IT",
		"Rua de Lisboa 12, 4000-001 Porto":               "PT",
		"Avenida de Madrid 40, 08014 Barcelona":          "ES",
		"Gordon House, Barrow Street, Dublin 4, Ireland": "IE",
		"Berliner Allee 5, 40212 Düsseldorf":             "DE",
	} {
		if got := countryInLower(addr, strings.ToLower(addr)); got != want {
			t.Errorf("%q: country %q, want %q", addr, got, want)
		}
	}
}
