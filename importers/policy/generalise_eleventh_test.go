package policy

import (
	"slices"
	"testing"
)

// The fixtures of this file were written for the eleventh round: patterns of
// retention rules from the development sets.

// "Who has access to your information?" names the recipients, not the right
// of access: a period stated under it is a retention rule (RT-SECTION).
func TestWhoHasAccessIsNoRightsSection(t *testing.T) {
	wantRetentionDays(t, "who-has-access-en.md", []int{1825, 1095})
}

// A retention table gives one row per kind of data: two rows with the same
// period are two rules (RT-DEDUP).
func TestRetentionTableRowsAreRules(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"retention-table-rows-en.md": {"Until you close your account", "6 years", "6 years", "2 years"},
	})
}

// Keeping "indefinitely" is said of the data of each section; the same
// sentence repeated under the newsletter and its mailing service is one
// rule (RT-EVENT, RT-DEDUP).
func TestIndefinitelyPerSection(t *testing.T) {
	wantRetention(t, "retention-indefinitely-sections-en.md", []retentionAt{
		{"indefinitely", "Door access logs"}, {"indefinitely", "Tool bookings"}, {"indefinitely", "Wiki"},
		{"After you unsubscribe", "Newsletter"}, {"not limited in time", "Newsletter"},
	})
}

// Evidence is kept until an incident is settled ("bis zur endgültigen
// Klärung des jeweiligen Vorfalls"); a review "alle drei Jahre" is no
// retention rule, but the periods beside it in the sentence are (RT-EVENT,
// RT-FALSE).
func TestEvidenceIncidentAndReviewInterval(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"retention-evidence-incident-de.md": {"14 Tagen", "bis zur endgültigen Klärung des jeweiligen Vorfalls", "6 Jahre", "10 Jahre"},
	})
}

// A widespread template says under "Zweck" that the address must stay
// stored "für die Dauer der Sitzung" and under "Dauer der Speicherung" that
// erasure is due "wenn die jeweilige Sitzung beendet ist": the statement of
// the erasure is the rule (RT-EVENT).
func TestSessionEndStatementWins(t *testing.T) {
	wantRetention(t, "retention-session-template-de.md", []retentionAt{
		{"wenn die jeweilige Sitzung beendet ist", "Dauer der Speicherung"},
	})
}

// retentionAt is a retention rule's text and the title of its section.
type retentionAt struct{ text, section string }

// wantRetention checks a fixture's retention rules, in order, by text and
// section title.
func wantRetention(t *testing.T, file string, want []retentionAt) {
	t.Helper()
	var got []retentionAt
	for _, rt := range fixtureReport(t, file).Retention {
		got = append(got, retentionAt{rt.Text, rt.AppliesTo})
	}
	if len(got) != len(want) {
		t.Fatalf("%s: retention %q, want %q", file, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s: retention %d is %q, want %q", file, i, got[i], want[i])
		}
	}
}

// General chapters in a generator's wording (definitions, "Personenbezogene
// Daten", the data's source, transfers in general, the duration of storage,
// the duty to provide data) and a charity's chapters on obtaining, storing,
// keeping and protecting data, on other websites and on contacting it are
// no processing (A-GEN).
func TestGeneralChaptersInOtherWords(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-chapters-generator-de.md"), []string{"Kontaktformular", "Honigbestellungen"})
	wantTitles(t, fixtureReport(t, "general-chapters-charity-en.md"), []string{"Volunteer registration", "Food parcels for families"})
}

// A heading that is the controller's name, alone or with "Privacy Policy",
// heads the notice's introduction, not a processing; a short section that
// checks references and states the basis it relies on is one (A-GEN,
// A-SHORT).
func TestOwnerTitleAndShortBasisSection(t *testing.T) {
	wantTitles(t, fixtureReport(t, "owner-title-en.md"), []string{"Tenant referencing", "Rent collection"})
	wantTitles(t, fixtureReport(t, "owner-title-privacy-policy-en.md"), []string{"Plot tenancy"})
}

func TestOwnerTitle(t *testing.T) {
	for _, c := range []struct {
		title, controller string
		want              bool
	}{
		{"Consulate Recruitment Ltd.", "Consulate Recruitment Ltd.", true},
		{"Kleingartenverein„AmGalgenberg“e.V. Weimar", "Kleingartenverein „Am Galgenberg“ e.V.", true},
		{"The Open Food Facts Privacy Policy", "Open Food Facts", true},
		{"Open Food Facts mobile application and its barcode scanner", "Open Food Facts", false},
		{"Kite", "Kite", false}, // too short a name to tell
		{"Newsletter", "Example Trading GmbH", false},
	} {
		name := lettersOnly(c.controller)
		got := len(name) >= minOwnerTitleName && ownerTitle(c.title, name)
		if got != c.want {
			t.Errorf("ownerTitle(%q, %q) = %v, want %v", c.title, c.controller, got, c.want)
		}
	}
}

// A US template lists the Californian categories of personal information
// ("Identifiers, such as …", "Inferences drawn from …") among the purposes,
// and addresses the residents of regions in titles of their own ("If you are
// located in the EU or UK, this section applies to you.", "CCPA Privacy
// Notice"): neither is a processing (A-GEN, A-LABEL).
func TestUSTemplateDataCategoriesAndResidents(t *testing.T) {
	wantTitles(t, fixtureReport(t, "us-template-categories-en.md"), []string{
		"To provide and maintain the games and your player account",
		"To process your in-game purchases through the app store",
		"To send you game news and updates where you agreed to receive them",
	})
}

// A widespread generator lists each service as "**YouTube**: Soziales
// Netzwerk und Videoplattform" over its record ("Dienstanbieter: …"): the
// service is the activity, the line after its name says what it is, and a
// short record with an address is no contact box (A-LABEL, S-FAKEHEAD).
func TestServiceRecordsOfAGenerator(t *testing.T) {
	wantTitles(t, fixtureReport(t, "service-records-de.md"), []string{"Instagram", "YouTube", "Xing"})
}

// A charity introduces itself ("Who are we?"), its commitment, its duty of
// confidentiality, leaving its website and the regulator in chapters of
// their own: none is a processing (A-GEN).
func TestGeneralChaptersAboutTheCharity(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-chapters-about-en.md"), []string{"Volunteering", "Guided walks"})
}

// Consent given for data about health ("information about your health only
// with your specific consent", "Gesundheitsdaten … nur mit Ihrer
// Einwilligung") is also the exception of Art. 9(2)(a) (B-WORDS).
func TestConsentToSpecialCategories(t *testing.T) {
	for file, want := range map[string][]string{
		"special-consent-en.md": {"6.1.a", "6.1.f", "9.2.a"},
		"special-consent-de.md": {"6.1.a", "6.1.b", "9.2.a"},
	} {
		if got := fixtureReport(t, file).LegalBases; !slices.Equal(got, want) {
			t.Errorf("%s: bases %v, want %v", file, got, want)
		}
	}
}

// A club keeps data for the membership, booking records "zehn
// Kalenderjahre" after its end, and deletes the rest "mit Beendigung der
// Mitgliedschaft": calendar years are years, and the end of the membership
// is a rule of its own (RT-UNIT, RT-EVENT).
func TestMembershipEndAndCalendarYears(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"retention-membership-end-de.md": {"für die Dauer der Mitgliedschaft", "zehn Kalenderjahre", "mit Beendigung der Mitgliedschaft"},
		"retention-app-use-en.md":        {"as long as you are using the App", "for as long as you have it installed"},
	})
	wantRetentionDays(t, "retention-membership-end-de.md", []int{0, 3650, 0})
}

// "2nd Millbrook Guides Unit is the Data Controller": a name may open with an
// ordinal (C-NOFORM).
func TestControllerNameOpensWithOrdinal(t *testing.T) {
	wantController(t, map[string][2]string{"controller-ordinal-en.md": {"2nd Millbrook Guides Unit", "leader@millbrook-guides.example"}})
}

// A PDF joins a contact box into one line whose street's kind is a word of
// its own ("… Lindenauer Str. 4 12345 Musterstadt"): the words before the
// street are the name, and the box beats a later "Verantwortlicher:" that
// names the parish priest without a mailbox (C-BLOCK).
func TestFlatBoxWithStreetWord(t *testing.T) {
	r := fixtureReport(t, "flat-box-street-word-de.md")
	wantControllerAt(t, r, "Kirchengemeinde St. Martin Lindenau", "Lindenauer Str. 4 12345 Musterstadt")
}

// An app notice titles its introduction with the app's name and "Privacy
// Policy", and has chapters on its audience, the term "personal data",
// transparency, where data are kept and subject access: no processing
// (A-GEN).
func TestGeneralChaptersOfAnAppNotice(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-chapters-app-en.md"), []string{"Route planning", "Crash reports"})
}

// A person runs an app and gives a mailbox at the app's domain
// (mail@lanternapp.example): "the app Lanternapp" is the controller's
// brand, no recipient, while "Lanternapp GmbH", a company of the group with
// a legal form of its own, is one. A template's credit line ("Model Data Protection
// Statement for …") and a safeguard quoted as a title ("Through
// certification according to the EU-US Privacy Shield") are no processing
// (R-SELF, A-GEN).
func TestOwnBrandByMailDomainAndTemplateLines(t *testing.T) {
	wantRecipients(t, map[string][]string{"own-brand-mail-en.md": {"Sendinblue", "Lanternapp"}})
	wantTitles(t, fixtureReport(t, "own-brand-mail-en.md"), []string{"Care notes", "Newsletter"})
}

// A design tool's PDF joins the controller's box into one line without a
// street: "Jana Beispiel / Tom Muster +49 123 4567890 info@…" names the
// controller before its phone number (C-BLOCK).
func TestFlatBoxNameBeforePhone(t *testing.T) {
	wantController(t, map[string][2]string{"flat-box-name-phone-de.md": {"Jana Beispiel / Tom Muster", "info@bistro-hafenblick.example"}})
}

// Variants of event rules: evidence kept "until the investigation of the
// relevant incident is finally resolved", "bis der Vorfall endgültig geklärt
// ist"; a message deleted "once we have fully answered your inquiry"; order
// data deleted "nach Abschluss des Auftrags"; and two list items kept
// "indefinitely" whose labels share only "for" are two rules (RT-EVENT,
// RT-DEDUP).
func TestEventRuleVariants(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{
		"retention-variants-en.md": {"14 days", "until the investigation of the relevant incident is finally resolved",
			"once we have fully answered your inquiry", "indefinitely", "indefinitely"},
		"retention-variants-de.md": {"sieben Tage", "bis der Vorfall endgültig geklärt ist", "nach Abschluss des Auftrags"},
	})
}

// A purposes chapter with a table of purposes ("Purposes, legal bases and
// retention periods") under a chapter on the data processed lists one
// activity per row, though its title's words also name a facet (A-TABLE).
func TestPurposesTableUnderDataChapter(t *testing.T) {
	wantTitles(t, fixtureReport(t, "purposes-table-under-data-en.md"), []string{
		"Account creation and management", "Provision of the note service", "Invoicing and accounting",
		"Security and abuse prevention",
	})
}

// A notice whose title the reader lost opens with "Begriffsbestimmungen" as
// its first heading, and every chapter hangs below it: the bases its
// chapters cite are relied on, not definitions (LB-GLOSSARY).
func TestDefinitionsHeadingOverTheWholeNotice(t *testing.T) {
	if got, want := fixtureReport(t, "definitions-over-all-de.md").LegalBases, []string{"6.1.a", "6.1.b", "6.1.f"}; !slices.Equal(got, want) {
		t.Errorf("bases %v, want %v", got, want)
	}
}
