package policy

import (
	"slices"
	"strconv"
	"testing"
)

// The fixtures of this file were written for the sixth round: patterns that
// the PDF reader's repairs brought to light and the patterns of notices by
// public bodies and small firms.

// "age of" is a deadline for children only as words of their own: in "the
// storage of files" it stood inside "storage" and removed the sentence's
// period (RT-NEGFILTER).
func TestStorageOfIsNoAge(t *testing.T) {
	r := fixtureReport(t, "retention-storage-of.md")
	var got []int
	for _, rt := range r.Retention {
		got = append(got, rt.Days)
	}
	if want := []int{2190, 3650}; !slices.Equal(got, want) {
		t.Errorf("retention days %v, want %v", got, want)
	}
}

// More general titles: sharing with third parties in general, who provides
// the app or service, the person's data protection rights as a compound
// ("Datenschutzrechte"), and "Contacts" alone or before further information
// (A-GEN).
func TestGeneralTitlesSixth(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-titles-sixth-en.md"), []string{"Booking a tour"})
	wantTitles(t, fixtureReport(t, "general-titles-sixth-de.md"), []string{"Buchung einer Reise"})
}

// The Austrian and older German spellings of a limited company that follow
// "Gesellschaft" or stand alone: "m.b.H.", "mbH", "GesmbH" (R-LEGALFORM).
func TestLegalFormsMbH(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"legal-form-mbh.md": {"Brenwald Hosting", "Kaltwasser Buchhaltung", "Tannried Rechtsanwaltsgesellschaft"},
	})
}

// In a list of lawful bases the contract basis is often described by what
// it serves: "to provide conveyancing services", "zur Erbringung unserer
// Beratungsleistungen". An item that names another basis ("we provide our
// services on the basis of our legitimate interests") adds no contract
// (LB-WORDS).
func TestServiceItemIsTheContractBasis(t *testing.T) {
	for file, want := range map[string][]string{
		"bases-service-item.md":    {"6.1.a", "6.1.b", "6.1.c", "6.1.f"},
		"bases-service-item-de.md": {"6.1.b", "6.1.c"},
		"bases-service-other.md":   {"6.1.f"},
	} {
		if got := fixtureReport(t, file).LegalBases; !slices.Equal(got, want) {
			t.Errorf("%s: bases %v, want %v", file, got, want)
		}
	}
}

// Rights listed by the numbers of their articles: "die Rechte aus den
// Artikeln 15, 16, 17 und 18 DSGVO", "the rights under Articles 15, 20 and 21
// GDPR" (RI-VOCAB).
func TestRightsByArticleList(t *testing.T) {
	for file, want := range map[string][]string{
		"rights-article-list.md":    {"access", "rectification", "erasure", "restriction"},
		"rights-article-list-en.md": {"access", "portability", "objection"},
	} {
		if got := fixtureReport(t, file).Rights; !slices.Equal(got, want) {
			t.Errorf("%s: rights %v, want %v", file, got, want)
		}
	}
}

// A public body is named once with its address and a short name defined in
// brackets ("… ist das Landesinstitut für Schulqualität, Am Markt 4, 24103
// Kiel (im Folgenden „LIS“)"), and the short name is then called the
// controller ("Das LIS ist auch der datenschutzrechtlich Verantwortliche",
// "NCRI is the controller") (C-CUEVOCAB).
func TestControllerByDefinedShortName(t *testing.T) {
	for file, want := range map[string]string{
		"controller-defined-term.md":    "Landesinstitut für Schulqualität",
		"controller-defined-term-en.md": "Northern Coastal Research Institute",
	} {
		if got := fixtureReport(t, file).Controller.Name; got != want {
			t.Errorf("%s: controller %q, want %q", file, got, want)
		}
	}
}

// A line after the policy's title that names the product, whose text opens
// by speaking of the policy ("Datenschutzerklärung" / "Lernkompass-App" / "In
// dieser Datenschutzerklärung erfahren Sie …"), completes the title and is no
// activity; a first section about a processing after the title stays one
// (A-GEN).
func TestSubtitleIsNoActivity(t *testing.T) {
	wantTitles(t, fixtureReport(t, "subtitle-after-title.html"), []string{"Registrierung", "Lernstandsanalyse"})
	wantTitles(t, fixtureReport(t, "subtitle-is-section.md"), []string{"Newsletter", "Contact form"})
}

// A practice's contact box under "Wer ist für die Datenverarbeitung
// verantwortlich?" opens with its name in bold, which the reader makes a
// heading where the notice gives its rights as bold lead-ins: the bold line
// is the controller's name and its section no activity (C-BLOCK,
// S-FAKEHEAD); the Land authority is written "… in Bremen"; "Stand und
// Aktualisierung" is general (A-GEN).
func TestBoldNameOfContactBox(t *testing.T) {
	r := fixtureReport(t, "controller-bold-box.md")
	if r.Controller.Name != "Ergotherapie Lindenblatt" || r.Controller.Email != "praxis@lindenblatt.example" {
		t.Errorf("controller %q <%s>", r.Controller.Name, r.Controller.Email)
	}
	if want := "Landesbeauftragte für Datenschutz und Informationsfreiheit in Bremen"; r.SupervisoryAuthority != want {
		t.Errorf("authority %q, want %q", r.SupervisoryAuthority, want)
	}
	wantTitles(t, r, []string{"Terminvergabe"})
}

// "Art und Umfang der Datenverarbeitung", "Nature and scope of the
// processing", "Type and scope …" under each processing are facets of it, so
// the processing, not its facet, is the activity (A-FACET).
func TestTypeAndScopeAreFacets(t *testing.T) {
	wantTitles(t, fixtureReport(t, "facets-type-and-scope.md"), []string{"Betrieb der Webseite und Protokollierung", "Videosprechstunde"})
	wantTitles(t, fixtureReport(t, "facets-type-and-scope-en.md"), []string{"Online booking", "Patient newsletter"})
}

// A company whose products the catalogue lists: "all products built and
// maintained by Automattic Inc. including WordPress.com, Gravatar and
// Akismet" names the controller, and its own products receive nothing; a
// history of the policy's changes on a code host names no recipient
// (C-CUEVOCAB, R-CREDIT); "We have a legitimate interest in …" states the
// basis (LB-WORDS).
func TestControllersOwnProducts(t *testing.T) {
	r := fixtureReport(t, "controller-own-products.md")
	if r.Controller.Name != "Automattic Inc." {
		t.Errorf("controller %q", r.Controller.Name)
	}
	wantRecipients(t, map[string][]string{"controller-own-products.md": {"Postmark"}})
	if want := []string{"6.1.f"}; !slices.Equal(r.LegalBases, want) {
		t.Errorf("bases %v, want %v", r.LegalBases, want)
	}
}

// A deletion chapter lists what goes after the same period one sentence at
// a time ("Die gespeicherte Postleitzahl wird … nach 30 Tagen gelöscht. Das
// Gerätekennzeichen, das …, wird nach 30 Tagen gelöscht."): sentences whose
// subjects share no word are rules of their own, one that repeats a subject
// restates a rule (RT-DEDUP). The end of a "Nutzungsvorgang" (a use of the
// service) and the deletion of the app end storage too.
func TestSamePeriodForOtherData(t *testing.T) {
	var got []string
	for _, rt := range fixtureReport(t, "retention-same-period.md").Retention {
		got = append(got, strconv.Itoa(rt.Days)+" "+rt.Text)
	}
	want := []string{"30 30 Tagen", "30 30 Tagen", "30 30 Tagen", "0 Ende des Nutzungsvorgangs", "0 nach Löschung der App", "30 30 Tagen"}
	if !slices.Equal(got, want) {
		t.Errorf("retention %q, want %q", got, want)
	}
}

// Square takes payments; "Square" is also the last word of street names
// ("12 Harbour Square", "Grand Canal Square"), where it follows a capitalised
// word in mid-sentence and names no service (R-NOFORM, catalogue).
func TestEverydayWordVendorAfterProperName(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"vendor-street-word.md":      {"Square", "Mailchimp"},
		"vendor-street-word-only.md": {"Mailchimp"},
	})
}

// The sub-sections and run-in labels of a chapter on disclosing data ("When
// we access or disclose your information", "Weitergabe Ihrer Daten") name
// occasions or kinds of recipients, not processing activities (A-GEN); a
// chapter on a processing that names disclosure among its facets ("… der
// Anmeldung zur Veranstaltung, der Weitergabe und Speicherdauer …") keeps its
// sub-sections.
func TestDisclosureChapterChildren(t *testing.T) {
	wantTitles(t, fixtureReport(t, "disclosure-chapter.md"), []string{"Your notebook"})
	wantTitles(t, fixtureReport(t, "disclosure-chapter-de.md"), []string{"Bestellungen", "Ticketsystem Ticketfuchs"})
}

// A service named only as a field of the person's data ("ORCID iD",
// "Twitter handle") or inside a file name (".zenodo.json") receives nothing;
// one that is also said to store data stays a recipient ("GitHub username"
// beside "repositories on GitHub, which stores …").
func TestServiceNamedAsDataField(t *testing.T) {
	wantRecipients(t, map[string][]string{"vendor-as-data-field.md": {"GitHub"}})
}

// A purposes list under a facet title ("Purposes for Using Information")
// inside a chapter on how and why data are used gives the activities, and
// the chapter above it is none; a chapter that holds only general
// sub-sections ("Other Things You Should Know" over "Transferring
// Information" and "Privacy Policy Changes") is none either, nor is "How to
// Reach Us" (S-RUNIN, A-GEN).
func TestPurposesListUnderFacetTitle(t *testing.T) {
	wantTitles(t, fixtureReport(t, "purposes-facet-list.md"),
		[]string{"To provide our Services", "To improve our Services", "To communicate with you"})
}

// A section whose title does not name the bases but whose opening says
// "here is the lawful basis we rely on" lists them, as do its sub-sections:
// "Performance of our contract with you", "Legal obligation", "Legitimate
// interests" (LB-WORDS, LB-LIST).
func TestBasisListIntroducedInText(t *testing.T) {
	if got, want := fixtureReport(t, "bases-list-intro.txt").LegalBases, []string{"6.1.b", "6.1.c", "6.1.f"}; !slices.Equal(got, want) {
		t.Errorf("bases %v, want %v", got, want)
	}
}

// "the Riverbend Software Foundation ("RSF") is the data controller": the
// name before its own defining bracket; "for our legitimate business
// purposes" states 6.1.f (C-CUEVOCAB, LB-WORDS).
func TestControllerBeforeItsOwnBracket(t *testing.T) {
	r := fixtureReport(t, "controller-own-bracket.md")
	if r.Controller.Name != "Riverbend Software Foundation" {
		t.Errorf("controller %q", r.Controller.Name)
	}
	if want := []string{"6.1.b", "6.1.f"}; !slices.Equal(r.LegalBases, want) {
		t.Errorf("bases %v, want %v", r.LegalBases, want)
	}
}

// Text pasted into a Markdown file keeps a heading on the line above its
// paragraph with no blank line between ("Kontaktaufnahme" over one long
// line), which Markdown joins into the paragraph: two lines already make such
// a paragraph when the second is longer than any width text is wrapped at
// (S-WRAP, pasted lines).
func TestTitleOverPastedParagraph(t *testing.T) {
	wantTitles(t, fixtureReport(t, "pasted-title-lines.md"),
		[]string{"Kontaktaufnahme", "Terminbuchung", "Eingebundene Videos", "Soziale Netzwerke"})
}

// "für", "for" and "of" inside the names of institutes, societies and
// associations (“Institut für Angewandte Geoinformatik e. V.”, “Society for
// Open Ticketing Ltd”) belong to the name after an organisation head noun;
// the controller written once with "e. V." and once with "e.V." is one
// organisation, never its own recipient (R-LEGALFORM, C-BLOCK).
func TestSmallWordsInsideInstituteNames(t *testing.T) {
	r := fixtureReport(t, "controller-institute-name.md")
	if r.Controller.Name != "Institut für Angewandte Geoinformatik e. V." {
		t.Errorf("controller %q", r.Controller.Name)
	}
	wantRecipients(t, map[string][]string{"controller-institute-name.md": {"Society for Open Ticketing"}})
}

// An item of a list of provider kinds that gives an example names the
// example, not the kind: "Interaktive Whiteboard-Tools, z.B. Pinnwerk",
// "Umfrage-Tools, etwa Fragebogenfix" (R-NOFORM).
func TestExampleOfAProviderKind(t *testing.T) {
	r := fixtureReport(t, "provider-kinds-examples.md")
	wantRecipients(t, map[string][]string{"provider-kinds-examples.md": {"Pinnwerk", "Fragebogenfix"}})
	doc := fixtureDoc(t, "provider-kinds-examples.md")
	for _, rc := range r.Recipients {
		if ev := rc.Evidence[0]; doc.Text[ev.Start:ev.End] != rc.Name {
			t.Errorf("%s: evidence %q", rc.Name, doc.Text[ev.Start:ev.End])
		}
	}
}

// Storage ended by more events and short periods: "up to fifteen minutes"
// (a period under a day rounds to one, as hours do), "during the
// application process", "limited to the duration of the contractual
// relationship", "für die Dauer der Veranstaltung", "unmittelbar nach der
// Veranstaltung", "Wenn Sie ein verbundenes Gerät abmelden" (RT-CUE,
// event-tied retention).
func TestRetentionEventsSixth(t *testing.T) {
	var got []string
	for _, rt := range fixtureReport(t, "retention-events-sixth.md").Retention {
		got = append(got, strconv.Itoa(rt.Days)+" "+rt.Text)
	}
	want := []string{"1 fifteen minutes", "0 during the application process",
		"0 limited to the duration of the contractual relationship", "0 für die Dauer der Veranstaltung",
		"0 nach der Veranstaltung", "0 Wenn Sie ein verbundenes Gerät abmelden"}
	if !slices.Equal(got, want) {
		t.Errorf("retention %q, want %q", got, want)
	}
}

// The controller's Art. 27 representative ("we have appointed … as our
// representative in the EU under Article 27 GDPR", "Unser Vertreter in der
// Union nach Art. 27 DSGVO ist die …") is reported as a party of its own, with
// its e-mail, for the organisation record (Art. 30(1)(a)), and never as a
// recipient; a "legal representative" is none.
func TestArt27Representative(t *testing.T) {
	for file, want := range map[string][2]string{
		"representative-art27.md":    {"Vertreterhaus Rechtsanwälte GmbH", "eu-rep@vertreterhaus.example"},
		"representative-art27-de.md": {"Rheinvertretung GmbH", "vertreter@rheinvertretung.example"},
	} {
		r := fixtureReport(t, file)
		if got := [2]string{r.Representative.Name, r.Representative.Email}; got != want {
			t.Errorf("%s: representative %q, want %q", file, got, want)
		}
		if reportRecipients(r)[want[0]] {
			t.Errorf("%s: the representative listed as a recipient", file)
		}
	}
}
