package policy

import (
	"slices"
	"strings"
	"testing"
)

// A purposes table (purpose | reason, as the regulators' templates lay it
// out) gives one activity per row, each with the basis its row states in
// words; the header row is no heading, and the section needs no purposes title.
func TestPurposeTable(t *testing.T) {
	r := fixtureReport(t, "purpose-table.md")
	want := []string{"Providing legal services to you", "Anti-money laundering and identity checks",
		"Keeping our accounts and records", "Sending you updates and event invitations"}
	got := activityTitles(r)
	if len(got) < len(want) || !slices.Equal(got[:len(want)], want) {
		t.Fatalf("activities %q, want %q first", got, want)
	}
	bases := [][]string{{"6.1.b"}, {"6.1.c"}, {"6.1.c"}, {"6.1.a"}}
	for i, b := range bases {
		if !slices.Equal(r.Activities[i].LegalBases, b) {
			t.Errorf("%s: bases %v, want %v", want[i], r.Activities[i].LegalBases, b)
		}
	}
	if !slices.Equal(r.LegalBases, []string{"6.1.a", "6.1.b", "6.1.c"}) {
		t.Errorf("document bases %v, want 6.1.a, 6.1.b, 6.1.c", r.LegalBases)
	}
}

// A notice without article numbers: bases stated as "to perform our contract",
// "in our legitimate interest", "asks for your consent"; rights as "the right
// to know", "have it corrected or deleted", "take your data with you"; a
// sub-heading "Identity and access" is processing, not the right of access;
// the chapter on sharing is no activity.
func TestNoticeInPlainWords(t *testing.T) {
	r := fixtureReport(t, "notice-plain-words.md")
	if !slices.Equal(r.LegalBases, []string{"6.1.a", "6.1.b", "6.1.f"}) {
		t.Errorf("bases %v, want 6.1.a, 6.1.b, 6.1.f", r.LegalBases)
	}
	for _, right := range []string{"access", "rectification", "erasure", "portability", "objection", "complaint"} {
		if !slices.Contains(r.Rights, right) {
			t.Errorf("rights %v lack %s", r.Rights, right)
		}
	}
	want := []string{"Identity and access", "Billing information", "Product interactions", "Website interactions",
		"Cookies", "Voluntary correspondence"}
	wantTitles(t, r, want)
	if b := r.Activities[0].LegalBases; !slices.Equal(b, []string{"6.1.b"}) {
		t.Errorf("identity and access: bases %v, want [6.1.b]", b)
	}
}

// A generator's layout: an "at a glance" chapter of question headings is an
// overview, not processing; the Land authority is found in the dative
// ("bei der Sächsischen …beauftragten") and reported in the nominative, as
// the organisation record holds it.
func TestOverviewChapterAndDeclinedAuthority(t *testing.T) {
	r := fixtureReport(t, "overview-chapter-de.md")
	want := []string{"Hosting", "Server-Log-Dateien", "Kontaktformular", "Online-Terminbuchung", "Patientendaten", "Google Maps"}
	wantTitles(t, r, want)
	if r.SupervisoryAuthority != "Sächsische Datenschutz- und Transparenzbeauftragte" {
		t.Errorf("authority %q, want the Saxon authority's name", r.SupervisoryAuthority)
	}
}

// A public body's app notice in questions: a question heading states no
// transfer (the answer below denies one), "Ist die Nutzung freiwillig?" and
// "Wie lange …?" are no activities, storage "bis Sie die App löschen" is an
// event-tied rule, and a public-law institution (AöR) is a recipient.
func TestQuestionHeadings(t *testing.T) {
	r := fixtureReport(t, "question-headings-de.html")
	if r.ThirdCountryTransfer {
		t.Error("a question heading was read as a transfer")
	}
	want := []string{"Aufzeichnung von Fahrten", "Auswertung für die Verkehrsplanung", "Meldung von Schäden am Radweg",
		"Technisch notwendige Daten"}
	wantTitles(t, r, want)
	if !slices.ContainsFunc(r.Retention, func(rt Retention) bool { return rt.Text == "bis Sie die App löschen" }) {
		t.Errorf("retention %+v lacks the rule tied to deleting the app", r.Retention)
	}
	if !slices.ContainsFunc(r.Recipients, func(rc Recipient) bool { return rc.Name == "Kommunale Datenwerk" }) {
		t.Errorf("recipients %+v lack the AöR", r.Recipients)
	}
}

// Legal forms of partnerships, sole traders, public-law bodies and forms
// written without dots or in lower case end an organisation's name.
func TestMoreLegalForms(t *testing.T) {
	for _, name := range []string{"Brightwater Therapie GbR", "Kommunale Datenwerk AöR", "Lipa Studio d.o.o.",
		"Kelpie Labs PBC", "Sklep Zielony sp. z o.o.", "Mobilité Verte SA", "Tischlerei Holm e.K.", "Weber & Sohn OHG"} {
		orgs := findOrgs("We pass orders to " + name + " for delivery.")
		if len(orgs) != 1 || orgs[0].name != name {
			t.Errorf("%s: found %+v", name, orgs)
		}
	}
}

// A project without a legal form defines itself as "we" in its opening
// sentence: that name is the controller, with the e-mail of the text; the
// headings naming where data come from are no activities; "until they
// unsubscribe" is an event-tied rule.
func TestWeDefinedController(t *testing.T) {
	r := fixtureReport(t, "we-defined-nonprofit.md")
	if r.Controller.Name != "Open Lab Collective" || r.Controller.Email != "privacy@openlab.example" {
		t.Errorf("controller %q <%s>, want Open Lab Collective <privacy@openlab.example>", r.Controller.Name, r.Controller.Email)
	}
	for _, a := range activityTitles(r) {
		if a == "Information you give us" || a == "Information collected automatically" {
			t.Errorf("data-source heading %q taken for an activity", a)
		}
	}
	if !slices.ContainsFunc(r.Retention, func(rt Retention) bool { return rt.Text == "until they unsubscribe" }) {
		t.Errorf("retention %+v lacks the unsubscribe rule", r.Retention)
	}
}

// A chapter on when data are deleted lists its periods as items without a
// storage verb; each is a rule, and the chapter is no activity.
func TestRetentionChapterList(t *testing.T) {
	r := fixtureReport(t, "retention-chapter-list.md")
	var days []int
	for _, rt := range r.Retention {
		days = append(days, rt.Days)
	}
	if !slices.Equal(days, []int{1095, 3650, 180, 90}) {
		t.Errorf("retention days %v, want [1095 3650 180 90]", days)
	}
	if got := activityTitles(r); !slices.Equal(got, []string{"Mitgliederverwaltung", "Konzertkarten"}) {
		t.Errorf("activities %q", got)
	}
}

// A PDF notice whose purposes are "to …" items set without a hanging indent:
// a wrapped item is one item, each item is an activity with the basis it
// states in words, and a catalogue word that opens the controller's own name
// is no recipient. (firm-purposes.pdf is rendered from firm-purposes-src.md
// with fixturegen.)
func TestPDFPurposeItems(t *testing.T) {
	r := fixtureReport(t, "firm-purposes.pdf")
	want := [][]string{{"6.1.b"}, {"6.1.c"}, {"6.1.a"}, {"6.1.f"}}
	if len(r.Activities) != len(want) {
		t.Fatalf("activities %q, want the four purpose items", activityTitles(r))
	}
	for i, a := range r.Activities {
		if !strings.HasPrefix(a.Title, "to ") || !slices.Equal(a.LegalBases, want[i]) {
			t.Errorf("activity %q bases %v, want a purpose item with %v", a.Title, a.LegalBases, want[i])
		}
	}
	for _, rc := range r.Recipients {
		if strings.HasPrefix(r.Controller.Name, rc.Name) {
			t.Errorf("the controller's first word %q listed as a recipient", rc.Name)
		}
	}
}

// Chapter titles that give general information in policies of every kind:
// none is an activity, whatever its text says about processing.
func TestGeneralChapterTitles(t *testing.T) {
	for _, s := range []string{"Location of site and data", "Where we process your data", "Children under 13",
		"Do Not Track signals", "Third-party links", "Our legal grounds", "Scope of this notice", "Effective date",
		"Who has access to your data", "Access to your information", "Is providing data mandatory?",
		"Sale of personal information", "App permissions", "Imprint", "Accessibility", "Allgemeines zur Datenverarbeitung",
		"Gesetzliche Grundlagen", "Automatisierte Entscheidungsfindung", "Links zu anderen Websites",
		"Stand dieser Datenschutzerklärung", "An wen geben wir Daten weiter?", "Wie können Sie uns erreichen?",
		"Welche Berechtigungen benötigt die App?", "Haftung für Links", "Barrierefreiheit", "Dauer der Speicherung",
		"Roles and responsibilities", "Your responsibilities", "When transferring personal data from the EU",
		"Übermittlung an Drittstaaten", "What is a cookie?", "Was ist ein Cookie?", "Who can use the service?", "Wer kann mitmachen?"} {
		if !classifyTitle(s).general {
			t.Errorf("%q is not classed as general", s)
		}
	}
	// titles of processing that share words with general chapters stay activities
	for _, s := range []string{"When you contact the support team", "Contact information", "Voluntary correspondence", "Sale of tickets",
		"Bereitstellung der Website", "Identity and access"} {
		if classifyTitle(s).general {
			t.Errorf("%q is classed as general", s)
		}
	}
}

// Storage stated as overwriting ("a rolling 30-day cycle", "nach 72 Stunden
// überschrieben") and as lasting while a subscription does.
func TestRetentionOverwriteAndSubscription(t *testing.T) {
	r := fixtureReport(t, "retention-phrasings.md")
	has := func(days int, text string) bool {
		return slices.ContainsFunc(r.Retention, func(rt Retention) bool { return rt.Days == days && rt.Text == text })
	}
	for _, w := range []struct {
		days int
		text string
	}{{30, "30-day"}, {3, "72 Stunden"}, {0, "solange Sie den Newsletter abonniert haben"}, {90, "90 days"}} {
		if !has(w.days, w.text) {
			t.Errorf("retention lacks %d days %q: %+v", w.days, w.text, r.Retention)
		}
	}
}

// Rights stated as what the reader may ask for, in everyday words.
func TestRightsInEverydayWords(t *testing.T) {
	r := fixtureReport(t, "rights-plain-phrases.md")
	want := []string{"rectification", "erasure", "restriction", "portability", "objection", "automated_decision"}
	if !slices.Equal(r.Rights, want) {
		t.Errorf("rights %v, want %v", r.Rights, want)
	}
}

// A generator's layout: a table of contents, an overview of data types and
// purposes and the "Weitere Hinweise" sub-heading under each chapter are no
// activities; a service item naming its provider's legal entity, which the
// catalogue files under a sister product, gives one recipient.
func TestGeneratorOverviewAndServiceItems(t *testing.T) {
	r := fixtureReport(t, "generator-overview-de.md")
	want := []string{"Bereitstellung des Onlineangebotes und Webhosting", "Kontakt- und Anfragenverwaltung",
		"Plugins und eingebettete Funktionen sowie Inhalte"}
	wantTitles(t, r, want)
	var names []string
	for _, rc := range r.Recipients {
		names = append(names, rc.Name)
	}
	if !slices.Equal(names, []string{"STRATO", "Google Maps", "YouTube"}) {
		t.Errorf("recipients %q, want STRATO, Google Maps, YouTube", names)
	}
	if r.Recipients[1].LegalEntity != "Google Cloud EMEA Limited" {
		t.Errorf("Google Maps entity %q, want its provider", r.Recipients[1].LegalEntity)
	}
}

// A page laid out as details/summary panels, a definition list and accordion
// toggles (a button with aria-expanded, inside a heading or alone): each title
// heads its section; a button that toggles nothing is not read.
func TestHTMLAccordionsAndTerms(t *testing.T) {
	r := fixtureReport(t, "accordion-terms.html")
	want := []string{"Membership administration", "Regatta entries", "Photos on our website", "Newsletter", "Training app", "Match results"}
	wantTitles(t, r, want)
}

// A policy kept in a static site: template tags, heading ids and attribute
// lists are no text; "until you unsubscribe" after a sentence about sending
// is a retention rule.
func TestSiteGeneratorMarkdown(t *testing.T) {
	r := fixtureReport(t, "site-generator-tags.md")
	want := []string{"Event registration", "Mailing list", "Website analytics"}
	wantTitles(t, r, want)
	for _, a := range r.Activities {
		if strings.ContainsAny(a.Evidence.Quote, "{}") {
			t.Errorf("template text in %q", a.Evidence.Quote)
		}
	}
	if !slices.ContainsFunc(r.Retention, func(rt Retention) bool { return rt.Text == "until you unsubscribe" }) {
		t.Errorf("retention %+v lacks the unsubscribe rule", r.Retention)
	}
}

// A chapter whose own text holds a table of the data it sets (a cookie
// table) is an activity of its own beside its sub-sections.
func TestParentWithOwnTable(t *testing.T) {
	r := fixtureReport(t, "parent-with-table.md")
	want := []string{"Printed tide calendars", "Cookies", "Visitor statistics (Matomo Cloud)"}
	wantTitles(t, r, want)
}

// A generator's notice in capitalised questions: "How do we process your
// information?" lists the purposes as items, each an activity; key points,
// safety and contact chapters are general.
func TestQuestionChaptersEnglish(t *testing.T) {
	r := fixtureReport(t, "question-chapters-en.md")
	want := []string{"To facilitate account creation and authentication", "To deliver your podcast to listeners",
		"To send administrative information to you", "DO WE USE COOKIES AND OTHER TRACKING TECHNOLOGIES?"}
	wantTitles(t, r, want)
}

// A host that "passes no data on to third parties" still receives them;
// a service reached only through the site's proxy, and a sign-in that is no
// longer supported, receive nothing.
func TestProviderNegations(t *testing.T) {
	r := fixtureReport(t, "provider-negations.md")
	var names []string
	for _, rc := range r.Recipients {
		names = append(names, rc.Name)
	}
	if !slices.Equal(names, []string{"Uberspace"}) {
		t.Errorf("recipients %q, want only the host", names)
	}
}

// "Until you withdraw or the data are no longer needed" is the general
// clause for all data, no rule; an event for one kind of data is.
func TestRetentionBoilerplateEvents(t *testing.T) {
	r := fixtureReport(t, "retention-boilerplate.md")
	var got []string
	for _, rt := range r.Retention {
		got = append(got, rt.Text)
	}
	if !slices.Equal(got, []string{"bis Sie den Newsletter abbestellen"}) {
		t.Errorf("retention %q, want only the newsletter rule", got)
	}
}

// The same entity named with its short name in two sections is one
// recipient. Both sections sign in with Google: since the fourteenth round
// the catalogue names the service ("Anmeldung über Google" is Google
// Sign-In), with Google among its aliases.
func TestSameNameTwice(t *testing.T) {
	r := fixtureReport(t, "same-name-twice.md")
	if len(r.Recipients) != 1 || r.Recipients[0].Name != "Google Sign-In" || r.Recipients[0].Country != "IE" ||
		!slices.Contains(r.Recipients[0].Aliases, "Google") {
		t.Errorf("recipients %+v, want one Google Sign-In (IE)", r.Recipients)
	}
}

// Public bodies that receive data by law are found by their names and
// acronyms, which carry no legal form.
func TestPublicBodiesAsRecipients(t *testing.T) {
	text := "Privacy notice\n\nFenwick Cycle Couriers Ltd is the controller of your data.\n\n1. Payroll\n\nWe pass salary details of our riders to HMRC for income tax and to the Department for Work and Pensions where the law requires it.\n\n" +
		"2. Congestion charge\n\nWhen a courier van enters the charging zone, its number plate is passed to Transport for London, which bills the charge.\n"
	r := Extract(docOf(text))
	var names []string
	for _, rc := range r.Recipients {
		names = append(names, rc.Name)
	}
	if !slices.Equal(names, []string{"HMRC", "Department for Work and Pensions", "Transport for London"}) {
		t.Errorf("recipients %q", names)
	}
}

// A plain-text policy whose first line names its owner ("Privacy notice of
// … Ltd") though no heading is recognised there: that owner is the
// controller, not a recipient.
func TestTitleLineController(t *testing.T) {
	text := "Privacy notice of Fenwick Cycle Couriers Ltd\n\n1. Payroll\n\nWe pass salary details of our riders to HMRC for income tax.\n"
	r := Extract(docOf(text))
	if r.Controller.Name != "Fenwick Cycle Couriers Ltd" {
		t.Errorf("controller %q", r.Controller.Name)
	}
	if len(r.Recipients) != 1 || r.Recipients[0].Name != "HMRC" {
		t.Errorf("recipients %+v, want only HMRC", r.Recipients)
	}
}

// A sister product named as an example of what a payment service offers is
// part of that service; two services merely named together stay two.
func TestSisterProductAsExample(t *testing.T) {
	text := "Datenschutz\n\nDie Teeküche Hanse GmbH ist Verantwortliche.\n\n1. Zahlung\n\nZahlungen wickelt die Klarna Bank AB (publ) ab. Klarna bietet Zahlungsarten wie Rechnung, Sofortüberweisung und Ratenkauf an.\n\n" +
		"2. Statistik\n\nWir nutzen Google Analytics und Google Ads, um Besuche zu zählen und Anzeigen zu messen.\n"
	r := Extract(docOf(text))
	var names []string
	for _, rc := range r.Recipients {
		names = append(names, rc.Name)
	}
	if !slices.Equal(names, []string{"Klarna", "Google Analytics", "Google Ads"}) {
		t.Errorf("recipients %q, want Klarna, Google Analytics, Google Ads", names)
	}
}
