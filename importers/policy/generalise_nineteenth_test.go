package policy

import "testing"

// The nineteenth round: patterns read from the rows of the hold-outs scored
// before it. Each fixture is fictional and fails on the code before its
// rule.

// A hand-written notice's chapters on the data and the notice rather than a
// use ("Data Protection Principles", "The Kind of Information We Hold About
// You", "How Your Personal Information is Collected", "Why might you share
// my personal information with third parties?", "What about other third
// parties?", "Aged 13-17", "What does this Policy cover?", "Who do we
// provide your information to?", "Requesting access or correcting your
// personal information"), and the one-word facets of a storage chapter
// ("Location", "Duration") head no processing (A-GEN).
func TestHandWrittenGeneralChapters(t *testing.T) {
	wantTitles(t, fixtureReport(t, "hand-written-chapters-en.md"), []string{"Boat bookings"})
}

// A purposes list ("The main purposes of our data processing are to:", "Wir
// verarbeiten Ihre Daten, um:") followed in the same chapter by a list of
// the data collected ("We collect and record the following information when
// you complete our form:", "Wir erheben dazu folgende Daten:"): the purposes
// are the activities; the data items complete no purpose and do not make
// the chapter a catalogue of uses (A-ITEM). An HTML list item whose text
// repeats the mark the list sets ("<li>&nbsp; - provide …</li>") is titled
// without it.
func TestPurposesThenDataList(t *testing.T) {
	wantTitles(t, fixtureReport(t, "purposes-then-data-list-en.html"), []string{
		"provide appropriate help and services to the people we support",
		"communicate with you about Millbrook Good Neighbours",
		"administer our services where we match volunteers with the people we support",
	})
	wantTitles(t, fixtureReport(t, "purposes-then-data-list-de.md"), []string{
		"Ihnen Hilfe im Alltag durch unsere Ehrenamtlichen zu vermitteln",
		"Sie über Angebote der Nachbarschaftshilfe zu informieren",
		"die Einsätze unserer Ehrenamtlichen zu planen und abzurechnen",
	})
}

// A notice for several jurisdictions names the regulators outside Europe by
// their short or full names ("Australia: OAIC", "Office of the Privacy
// Commissioner of Canada"): the first named is the authority (D-AUTHORITY).
func TestRegulatorsOutsideEurope(t *testing.T) {
	r := fixtureReport(t, "regulators-outside-europe-en.md")
	if want := "Office of the Australian Information Commissioner (OAIC)"; r.SupervisoryAuthority != want {
		t.Errorf("authority %q, want %q", r.SupervisoryAuthority, want)
	}
}

// A period with one decimal ("6.5 years", "1,5 Jahre", "0.5 hours") is read
// whole: before, only the digit after the mark was (RET-PERIOD).
func TestDecimalPeriods(t *testing.T) {
	r := fixtureReport(t, "decimal-periods-en-de.md")
	want := map[string]int{"6.5 years": 2373, "1,5 Jahre": 548, "0.5 hours": 1}
	if len(r.Retention) != len(want) {
		t.Errorf("retention %+v, want %v", r.Retention, want)
	}
	for _, x := range r.Retention {
		if d, ok := want[x.Text]; !ok || d != x.Days {
			t.Errorf("retention %q = %d days, want %v", x.Text, x.Days, want)
		}
	}
}

// A widespread UK template's chapters in capitals, "HOW WE MAY COLLECT YOUR
// PERSONAL DATA", and its question "Which third-party service providers
// process my personal data?" head no processing (A-GEN).
func TestUKTemplateCollectionAndProviders(t *testing.T) {
	wantTitles(t, fixtureReport(t, "uk-template-capitals-en.txt"), []string{"PAYROLL SERVICES"})
}

// A conjunction or article alone is no title (a layout's "AND" set in
// capitals between two sentences); a letter that numbers a part is.
func TestLoneFunctionWordIsNoTitle(t *testing.T) {
	for title, want := range map[string]bool{"AND": true, "or": true, "A": false, "Payroll and": true, "Payroll": false} {
		if got := danglingTitle(title); got != want {
			t.Errorf("danglingTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

// An app notice's closing chapters and their sub-sections: the notice's own
// updates ("Privacy Policy Updates" over "Acceptance"), the laws it keeps to
// ("Regulatory Compliance" over "Compliance Standards"), the bases in
// general ("Data Processing Basis" over "Sensitive Data") and its contact
// chapter with an e-mail address ("Contact Information" over "Response
// Time" over "Within 48 business hours") head no processing (A-GEN).
func TestAppNoticeClosingChapters(t *testing.T) {
	wantTitles(t, fixtureReport(t, "app-notice-closing-chapters-en.md"), []string{"Receipt Scanning"})
}

// An agreement with business customers printed after the policy in the
// same file, under a title that does not say so ("Partner" over "Fees",
// "Partner undertakings and warranties", "Cancellation", "Schedule 1"), is
// a contract's terms in its whole subtree (A-TERMS).
func TestAgreementAfterPolicy(t *testing.T) {
	wantTitles(t, fixtureReport(t, "agreement-after-policy-en.md"), []string{"Table bookings", "Payments", "Reviews"})
}

// Capitalised words that name no one: a disclaimer set in capitals ("… THE
// SERVICE OFFERED THROUGH THE APP", "… THE SOFTWARE OR THE SERVER …") and a
// contract's defined party alone ("offered by the Company") are no
// recipients (R-NAME).
func TestCapitalsAndDefinedPartyNameNoRecipient(t *testing.T) {
	wantRecipients(t, map[string][]string{"terms-capitals-defined-party-en.md": {"Google Analytics"}})
}

// Transfers named by the place they stay out of ("Do we transfer your data
// outside Europe?"), a refusal to give data, a glossary and a schedule
// ("Glossary of terms", "Schedule 2") head no processing (A-GEN).
func TestOutsideEuropeGlossarySchedule(t *testing.T) {
	wantTitles(t, fixtureReport(t, "outside-europe-glossary-en.md"), []string{"Mentoring scheme"})
}

// A legal-template service numbers its chapters with a bar ("1 | INTRODUCTION")
// and sets a bar before its sub-headings' numbers ("| 2.1 Marketing and
// content updates"): both are numbered headings, not table rows (S-NUM).
func TestBarNumberedHeadings(t *testing.T) {
	wantTitles(t, fixtureReport(t, "bar-numbered-headings-en.txt"), []string{"Marketing and content updates", "Pre-orders"})
}

// A heading that ends on the controller cue ("Wer bei uns für die
// Datenverarbeitung verantwortlich ist") over a label ("Verantwortlich für
// die Datenverarbeitung ist:") over the box: the label is no name, the box
// names the controller, which is then no recipient (C-NAME). The sentence
// after a credit line that names the generator's operator ("… wurde mit
// Hilfe von Rechtsklar erstellt. Rechtsklar ist ein Angebot der …
// Partnerschaft") names no recipient (R-CREDIT).
func TestLabelOverBoxAndCreditOperator(t *testing.T) {
	wantControllerNames(t, map[string]string{"label-over-box-credit-de.md": "Förde Heizöl Service GmbH"})
	wantRecipients(t, map[string][]string{"label-over-box-credit-de.md": {"Hetzner"}})
}

// A list of definitions sets each term in quotation marks over its meaning
// ("“Controller”" over "The person or organisation deciding why …"): the
// term is no heading of a contact box, and the next term ("“Processor”")
// no controller (C-NAME).
func TestQuotedDefinitionIsNoControllerBox(t *testing.T) {
	wantControllerNames(t, map[string]string{"definitions-quoted-terms-en.txt": "Wharfedale Pet Care"})
}

// Markdown headings whose marks touch their first word ("###Who are we?",
// "###Client projects"), written so throughout a file, are headings, as
// older renderers show them; CommonMark reads them as paragraphs (S-MD).
func TestGluedHeadingMarks(t *testing.T) {
	wantTitles(t, fixtureReport(t, "glued-heading-marks-en.md"), []string{"Client projects", "Newsletter"})
}

// The fields a notice lists under each recipient ("- Purpose: …", "-
// Location: …", "- Information Shared: …", "- Privacy Policies: …") name
// no recipient, and "detailed cookie information" in prose is not the
// consent vendor Cookie Information, whose name is matched as written
// (R-LIST, R-CATALOGUE).
func TestRecipientFieldItems(t *testing.T) {
	wantRecipients(t, map[string][]string{"recipient-field-items-en.md": {"Stripe", "Facebook", "Instagram"}})
}

// The principles of the privacy laws of Canada (PIPEDA's ten: "Limiting
// Collection", "Safeguards", "Openness", "Individual Access") and New
// Zealand ("Accuracy and Relevance (IPP 8)", "Use of Unique Identifiers")
// set as chapters, a complaint's steps and the notice's acknowledgment
// head no processing (A-GEN).
func TestPrivacyLawPrinciplesAreGeneral(t *testing.T) {
	wantTitles(t, fixtureReport(t, "privacy-principles-ca-nz-en.md"), []string{"Loan applications"})
}

// Keeping data "für die Dauer der Vereinsmitgliedschaft", "… der
// Teammitgliedschaft": a membership named by a compound ends the storage as
// "Mitgliedschaft" does (RET-EVENT); a generator's credit under the heading
// "Quelle" heads no processing (A-GEN).
func TestMembershipCompoundsAndSourceHeading(t *testing.T) {
	r := fixtureReport(t, "club-membership-compound-de.md")
	wantTitles(t, r, []string{"Team- und Vereinsmitglieder"})
	wantRetentionTexts(t, map[string][]string{
		"club-membership-compound-de.md": {"für die Dauer der Teammitgliedschaft", "für die Dauer der Vereinsmitgliedschaft"},
	})
}

// A chapter over the notice's services that ends with a disclaimer's three
// clauses ("Haftungsausschluss", "Haftung für Inhalte", "Haftung für
// Links") is no agreement: only a chapter whose sections are mostly clauses
// is (A-TERMS).
func TestDisclaimerAmongServicesIsNoAgreement(t *testing.T) {
	wantTitles(t, fixtureReport(t, "disclaimer-among-services-de.md"), []string{"Kontaktanfragen", "Google Maps", "Hosting bei Netcup"})
}

// An address written with a plain " at " after a role mailbox's name
// ("kontakt at brettspieltreff-eilendorf.de") is an address; "the
// Information Commissioner's Office at ico.org.uk" and "available at …" are
// prose (C-EMAIL). A box that sets the chair's role over the chair's name
// over the association ("Vorsitzender", "Karl Würfelmann", "Brettspieltreff
// Eilendorf e.V.") names the association, not the role (C-BLOCK).
func TestSpelledAtAddressAndRoleBox(t *testing.T) {
	r := fixtureReport(t, "spelled-at-role-box-de.md")
	if r.Controller.Name != "Brettspieltreff Eilendorf e.V." || r.Controller.Email != "kontakt@brettspieltreff-eilendorf.de" {
		t.Errorf("controller %q <%s>", r.Controller.Name, r.Controller.Email)
	}
	p := fixtureReport(t, "at-in-prose-en.md")
	if p.Controller.Email != "secretary@kingsbury-chess.example" || p.DPO.Email != "" {
		t.Errorf("controller <%s>, officer <%s>: prose read as an address", p.Controller.Email, p.DPO.Email)
	}
}

// A denial of sharing reaches the names after its preposition ("… not
// shared with any third parties (including Plausible)", "… like Facebook
// and LinkedIn, where your information is not shared with any further
// third parties"), not the host or the channels named before it in the
// same sentence (R-NEG).
func TestDenialReachesNamesAfterIt(t *testing.T) {
	wantRecipients(t, map[string][]string{"host-before-denial-en.md": {"Hetzner", "Facebook", "LinkedIn"}})
}

// The UK template's purpose table headed "Purpose (activity)" is read as
// the one headed "Purpose/Activity"; a row's purpose is its first cell,
// without the parts the template lists after it ("…, including: (a) …",
// "…, which will include: (a) …") (A-TABLE).
func TestPurposeActivityTableFirstCells(t *testing.T) {
	wantTitles(t, fixtureReport(t, "purpose-table-html-en.html"), []string{
		"To register you as a new client", "To process and deliver your report", "To manage our relationship with you",
	})
}

// A hand-written German notice's general chapters ("Unser Umgang mit
// Datenschutz", "Mögliche Cookie-Arten", "Datenschutz bei Kindern", "Tipps
// zur Minimierung der Datenerhebung", "Kontakt für Datenschutzanliegen")
// head no processing (A-GEN).
func TestHandWrittenGeneralChaptersDE(t *testing.T) {
	wantTitles(t, fixtureReport(t, "band-notice-general-titles-de.md"), []string{"Konzertkalender"})
}

// A widespread generator's chapter of uses lists its purposes and then
// the situations in which data are shared ("We may share Your personal
// information in the following situations:" over "With Service Providers",
// "With Affiliates"): the situations are no purposes (A-ITEM).
func TestSharingSituationsAreNoPurposes(t *testing.T) {
	wantTitles(t, fixtureReport(t, "sharing-situations-list-en.md"), []string{"To provide and maintain our Service", "To manage Your Account"})
}

// A generator's officer box ends with its mailbox after a blank line
// ("E-Mail: datenschutz at …"), which a reader took for a section title:
// the mailbox line still belongs to the box (C-BLOCK).
func TestOfficerBoxMailAfterBlankLine(t *testing.T) {
	r := fixtureReport(t, "officer-box-mail-after-blank-de.md")
	if r.DPO.Name != "Petra Schmetterball" || r.DPO.Email != "datenschutz@ttv-brand.example" {
		t.Errorf("officer %q <%s>", r.DPO.Name, r.DPO.Email)
	}
}
