package policy

import "testing"

// The fixtures of this file were written for the twelfth round: the
// scalars a DPO copies into the organisation record.

// "In this notice, references to ‘we’ or ‘us’ means …" defines the
// controller with single quotes; the mailbox of a "[Membership
// Secretary](mailto:…)" link is its contact (C-CUEVOCAB).
func TestControllerWeInSingleQuotes(t *testing.T) {
	wantController(t, map[string][2]string{
		"controller-we-single-quotes-en.md": {"Kestrel Archers", "members@kestrel-archers.example"},
	})
}

// A model notice writes "Diese Datenschutz-Information gilt für die
// Datenverarbeitung durch" on a line of its own over the practice's name:
// the line introduces the name and is none (C-FALSECUE).
func TestControllerBelowAppliesToProcessingBy(t *testing.T) {
	r := fixtureReport(t, "controller-applies-to-processing-by-de.md")
	wantControllerAt(t, r, "Logopädische Gemeinschaftspraxis Weidenau Marten & Ilse", "Am Lindenhang 7, 57000 Musterstadt")
}

// A name that is an ordinary word names its authority only beside its
// country or short name: "Datenschutzbehörden verlangen …" and "bei jeder
// Datenschutzbehörde" are no Austrian authority; a model text's misspelt
// "Landesbeauftrage" and "Information Commissioners Office" are found and
// reported by the office's own name; the churches' supervisors are named
// for church bodies (D-AUTHORITY).
func TestAuthorityWordsAndChurchSupervisors(t *testing.T) {
	wantEach(t, "authority", map[string][]string{
		"authority-generic-behoerde-de.md": {"Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg"},
		"authority-generic-only-de.md":     {""},
		"authority-austria-dsb-de.md":      {"Datenschutzbehörde"},
		"authority-commissioners-en.md":    {"Information Commissioner's Office (ICO)"},
		"authority-church-catholic-de.md":  {"Diözesandatenschutzbeauftragte des Bistums Weidenfels"},
		"authority-church-centre-de.md":    {"Katholisches Datenschutzzentrum Frankfurt/M."},
		"authority-church-ekd-de.md":       {"Beauftragte für den Datenschutz der EKD"},
	}, func(r Report) []string { return []string{r.SupervisoryAuthority} })
}

// Headings that only number the paragraphs of a chapter ("8.1", "8.2"
// under "8. Fotos und Videos") name nothing: the chapter is the activity.
// A contact box's first line that repeats the controller with its short form
// ("Evangelische Jugend (EJ) Birkenau") heads no processing. Consent given
// "mit Ihrer schriftlichen Einwilligung" is a basis (A-GEN, S-FAKEHEAD,
// B-PROSE).
func TestNumberedParagraphHeadings(t *testing.T) {
	r := fixtureReport(t, "numbered-paragraph-headings-de.md")
	wantTitles(t, r, []string{"Anmeldung zum Zeltlager", "Fotos und Videos"})
	wantBases(t, map[string][]string{"numbered-paragraph-headings-de.md": {"6.1.a", "6.1.b"}})
}

// A notice drafted like a contract numbers its clauses: "1.2.1 who we
// are;" is an item of what the notice explains, not the heading of a
// contact box, and "- 2.1.1 Where you have given consent …" are clauses of
// one chapter of purposes, not purposes of their own; "We, Lakeside
// Counselling (we, us, our) take …" names the controller (C-BLOCK,
// C-CUEVOCAB, A-LABEL).
func TestDraftedClauses(t *testing.T) {
	r := fixtureReport(t, "drafted-clauses-en.md")
	wantTitles(t, r, []string{"The purposes for which your information is used"})
	wantController(t, map[string][2]string{"drafted-clauses-en.md": {"Lakeside Counselling", "hello@lakeside-counselling.example"}})
}

// A heading layout can make a title's second line ("for Harbourside
// Physiotherapy Ltd") and the lines of an address ("91 Quay St", "EX4 7QT")
// into headings; none names a processing (S-FAKEHEAD).
func TestAddressLinesAndTitleContinuations(t *testing.T) {
	wantTitles(t, fixtureReport(t, "address-lines-as-headings-en.md"), []string{"How we use your personal data"})
}

// A school processes on the basis of its school law "zur Erfüllung der
// ihnen durch Rechtsvorschriften zugewiesenen Aufgaben" (public task) and
// otherwise "nur mit Ihrer schriftlichen Einwilligung"; a chapter titled
// "Rechtliche Grundlagen" lists bases and explains no right (B-PROSE).
func TestSchoolStatuteAndWrittenConsent(t *testing.T) {
	wantBases(t, map[string][]string{"basis-school-statute-de.md": {"6.1.a", "6.1.e"}})
}

// The address under "The Data Protection Officer," ends in a country line;
// "United Kingdom" is never the officer's name, and the officer's mailbox is
// the one the prose gives (D-BOX).
func TestDPOBoxCountryLine(t *testing.T) {
	wantDPO(t, fixtureReport(t, "dpo-box-country-en.html"), "", "hello@kelpie-design.example")
}

// A contact box repeats the controller with its short form and its town
// ("Evangelische Jugend (EJ) Oberbirkenau" for "Evangelische Jugend"); a reader
// that takes the line for a heading makes no activity of it (S-FAKEHEAD).
func TestOwnerTitleWithShortForm(t *testing.T) {
	acts := []Activity{{Title: "Evangelische Jugend (EJ) Oberbirkenau"}, {Title: "Zeltlager"}}
	got := dropOwnerTitles(acts, "Evangelische Jugend")
	if len(got) != 1 || got[0].Title != "Zeltlager" {
		t.Errorf("activities %v, want only Zeltlager", got)
	}
}

// Regulators of professions receive records when they inspect or
// investigate ("our regulators, the General Dental Council and the Care
// Quality Commission"), though their names hold "Commission" and
// "Authority"; a body that only regulates the controller ("authorised and
// regulated by the Financial Conduct Authority") receives nothing (R-VENDOR).
func TestRegulatorsAsRecipients(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"regulators-recipients-en.md": {"General Dental Council", "Care Quality Commission"},
	})
}

// A rights section may say how long records are kept ("legislation requires
// clinics to retain patient records for 8 years, or until a child patient
// reaches the age of 25"): the period is a rule, the age is none; two
// patterns matching one clause ("expire when you close your browser") are
// one rule (RT-SECTION, RT-FALSE, RT-DEDUP).
func TestRetentionInRightsSectionBesideAnAge(t *testing.T) {
	wantRetentionDays(t, "retention-rights-age-en.md", []int{2920, 0})
}

// Associations, federations and councils are named without an acronym
// where data go to them ("share your membership details with the National
// Rowing Association and the Eastern Counties Rowing Federation", "passed
// to the Regional Sports Council"); the controller's own committee and the
// person's own bank are none (R-NOFORM).
func TestBodiesNamedWithoutAcronym(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"bodies-without-acronym-en.md": {"National Rowing Association", "Eastern Counties Rowing Federation", "Regional Sports Council"},
	})
}

// A layout sets apart the first line of a sentence that goes on below it
// ("Die Erklärung gilt ausschließlich für Daten, die wir") and the street
// line of an address ("Lindenhangstraße 17"); neither is a section title
// (S-FAKEHEAD).
func TestDanglingLinesAndStreetsAreNoTitles(t *testing.T) {
	wantTitles(t, fixtureReport(t, "dangling-title-lines-de.md"), []string{"Kontaktformular", "Newsletter"})
}

// Cookies "die auch nach dem Schließen des Browsers gespeichert bleiben"
// outlast the event, and the advice to "das automatische Löschen der
// Cookies beim Schließen des Browsers aktivieren" is the person's setting:
// neither is a retention rule (RT-FALSE).
func TestBrowserClosingThatEndsNothing(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{"retention-browser-advice-de.md": {"30 Tagen"}})
}

// Citations written without "Art." before the numbers ("(GDPR 6.1.b)") or
// with the paragraph as a bare number ("art. 6 1. b of the GDPR") cite
// bases as "Art. 6(1)(b)" does (B-CITE).
func TestCitationsWithoutArticleWord(t *testing.T) {
	wantBases(t, map[string][]string{"citation-variants-en.md": {"6.1.a", "6.1.b", "6.1.f"}})
}

// A drafted notice defines its parties under headings of their own ("Us",
// "You"), and a model text's Art. 13 chapter reads "Bestehen einer
// automatisierten Entscheidungsfindung": general chapters, no processing
// (A-GEN). Church management software is a processor of the catalogue
// (R-VENDOR).
func TestPartiesHeadingsAndChurchSoftware(t *testing.T) {
	for _, s := range []string{"Us", "You", "Bestehen einer automatisierten Entscheidungsfindung"} {
		if !classifyTitle(s).general {
			t.Errorf("%q is not classed as general", s)
		}
	}
	wantTitles(t, fixtureReport(t, "art22-heading-de.md"), []string{"Kontaktformular"})
	wantRecipients(t, map[string][]string{"church-software-en.md": {"ChurchSuite"}})
}
