package policy

import (
	"slices"
	"testing"
)

// The fixtures of this file were written for the ninth round: patterns of
// notices from a tenth development set of real policies.

// A common German model notice numbers the items of its lists "(1)", "(2)",
// … one a line between blank lines, after "Folgende Daten werden hierbei
// erhoben:"; the items are no sections, and the last one must not swallow
// the text after the list (S-LISTHEAD). Its rights chapter spells out every
// article, with lettered sub-sections under "Recht auf Löschung" ("Information
// an Dritte", "Ausnahmen"): nothing under a rights chapter is an activity,
// also where that chapter is most of the document (A-GEN).
func TestNumberedListItemsAndRightsChapter(t *testing.T) {
	r := fixtureReport(t, "paren-list-items-de.txt")
	wantTitles(t, r, []string{"Bereitstellung der Website und Erstellung von Logfiles", "Bestellformular für Torten"})
	r = fixtureReport(t, "rights-chapter-long-de.md")
	wantTitles(t, r, []string{"Kontaktformular"})
}

// A club's generator notice: its address ends in a country line
// ("Deutschland"), which is no title; the DPO's name stands over the mailbox
// as "Petra Hollmann:"; a section says that the site offers no registration
// ("Es besteht keine Möglichkeit, …"); a compound title names the basis and
// then the processing ("Rechtsgrundlage …: Kontaktaufnahme per E-Mail …"),
// which is the activity; and the generator's author, credited as "mithilfe
// der … AG erstellt", is no recipient (S-FAKEHEAD, A-NOTUSED, R-CREDIT).
func TestClubGeneratorNotice(t *testing.T) {
	r := fixtureReport(t, "club-generator-de.txt")
	wantTitles(t, r, []string{"Kontaktaufnahme per E-Mail mit dem Vorstand des Vereins"})
	if r.Controller.Email != "vorstand@rc-kiesgrube.example" {
		t.Errorf("controller e-mail %q", r.Controller.Email)
	}
	if r.DPO.Name != "Petra Hollmann" {
		t.Errorf("DPO %q, want Petra Hollmann", r.DPO.Name)
	}
	wantRecipients(t, map[string][]string{"club-generator-de.txt": nil})
	doc := fixtureDoc(t, "club-generator-de.txt")
	for _, s := range doc.Sections {
		if s.Title == "Deutschland" {
			t.Errorf("the address's country line is a section")
		}
	}
}

// A municipality's notice: its DPO is an office whose box has a street as
// its only line of two capitalised words ("Lindenauer Straße"), which is no
// name; the authority is written in the strong masculine form without an
// article ("Sächsischer Datenschutzbeauftragter") and keeps it; "Stand 1.
// März 2024" dates the notice (D-ORGASPERSON, A-GEN).
func TestMunicipalDPOBox(t *testing.T) {
	r := fixtureReport(t, "municipal-dpo-box-de.md")
	wantDPO(t, r, "", "datenschutz@lindenau.example")
	if r.SupervisoryAuthority != "Sächsischer Datenschutzbeauftragter" {
		t.Errorf("authority %q", r.SupervisoryAuthority)
	}
	wantTitles(t, r, []string{"Bereitstellung der Website"})
}

// A lawyer's notice in numbered chapters: chapter 3's title ends in a full
// stop but sits between chapters 2 and 4; "… erfolgt nur, wenn" over the
// conditions is no title; the controller stands flattened in one line with
// a street of any name ("Rechtsanwältin …, Lerchenfeld 12, 24103 Kiel, Tel.:
// …") (S-NUMBERED, S-FAKEHEAD, C-BLOCK).
func TestLawyerFlatNotice(t *testing.T) {
	r := fixtureReport(t, "lawyer-flat-de.txt")
	wantTitles(t, r, []string{"Erhebung und Speicherung personenbezogener Daten sowie Art und Zweck ihrer Verwendung."})
	wantControllerAt(t, r, "Greta Beispielmann", "Lerchenfeld 12, 24103 Kiel")
}

// Items that state why processing is lawful ("We have a legal obligation …",
// "It is necessary … to protect your vital interests") under a "Why do we
// have this data?" chapter are bases, not purposes (S-RUNIN). "Where do we
// process your data?" tells where data are kept, a general chapter since
// the fourteenth round (A-GEN).
func TestBasisItemsAreNoPurposes(t *testing.T) {
	r := fixtureReport(t, "basis-items-en.md")
	wantTitles(t, r, []string{"Why do we have this data?"})
}

// A shop template's notice: the controller is named as "carried out by
// Fjordbakst AS, org. no. …, as the data controller" ("AS" a legal form
// after a name in mixed case); the rights section closes with the
// controller's own processing "in order to fulfil the contracts … or
// otherwise to pursue our legitimate business interests", whose bases are
// relied on; "ask that it be corrected" is rectification; a complaint made
// to the shop is no complaint to an authority (C-CUEVOCAB, R-LEGALFORM,
// LB-WORDS, RI-VOCAB).
func TestShopTemplateNotice(t *testing.T) {
	r := fixtureReport(t, "shop-template-en.md")
	if r.Controller.Name != "Fjordbakst AS" {
		t.Errorf("controller %q", r.Controller.Name)
	}
	if !slices.Equal(r.LegalBases, []string{"6.1.b", "6.1.f"}) {
		t.Errorf("bases %v", r.LegalBases)
	}
	if !slices.Contains(r.Rights, "rectification") || slices.Contains(r.Rights, "complaint") {
		t.Errorf("rights %v", r.Rights)
	}
}

// A consultancy gives one mailbox for everything, "dpo@…", in the
// controller's header box and again under its "Data Protection Lead": it is
// the controller's contact too. A DPO's own mailbox ("datenschutz@…" only in
// the DPO's box, or "Jane.Doe@…") stays the DPO's alone (C-BLOCK).
func TestSharedMailbox(t *testing.T) {
	r := fixtureReport(t, "lead-mailbox-en.md")
	if r.Controller.Email != "dpo@tidewater-consulting.example" {
		t.Errorf("controller e-mail %q", r.Controller.Email)
	}
	if !personalMailbox("Jane.Doe", "") || personalMailbox("dpo", "") || !personalMailbox("jdoe", "Jane Doe") {
		t.Error("personal mailboxes")
	}
}

// A table whose first column is headed "Sub-Processor" names one provider a
// row, with or without a legal form; "Brightpost" is a name, not the kind
// "post" (R-NOFORM).
func TestProcessorTable(t *testing.T) {
	wantRecipients(t, map[string][]string{"processor-table-en.md": {"Quillmark", "Brightpost", "Tallyhouse"}})
}

// A blog platform's suggested notice: rights asked for as "request an
// exported file of the personal data we hold about you" and "request that
// we erase any personal data"; the studio's address ends before its
// mailbox in brackets (RI-VOCAB, CO-ADDR).
func TestBlogTemplateNotice(t *testing.T) {
	r := fixtureReport(t, "blog-template-en.md")
	if !slices.Equal(r.Rights, []string{"access", "erasure"}) {
		t.Errorf("rights %v", r.Rights)
	}
	if r.Controller.Address != "2 Clay Lane, Truro TR1 2AB" {
		t.Errorf("address %q", r.Controller.Address)
	}
	wantTitles(t, r, []string{"Comments", "Cookies", "Embedded content from other websites"})
	wantRecipients(t, map[string][]string{"blog-template-en.md": {"Gravatar", "YouTube"}})
}

// A generator's German notice names the business and its owner on one
// line under "Verantwortlicher" ("Imkerei Sonnenwabe, Inhaberin: Lena
// Brauer"): the business is the controller. Its sections with facet items
// ("Verarbeitete Datenarten:", "Rechtsgrundlagen:") and providers
// ("Dienstanbieter: … GmbH") are read as before (C-BLOCK).
func TestOwnerLineAndGeneratorShape(t *testing.T) {
	r := fixtureReport(t, "beekeeper-generator-de.md")
	wantControllerAt(t, r, "Imkerei Sonnenwabe", "Heideweg 7, 29614 Soltau")
	wantTitles(t, r, []string{"Bereitstellung des Onlineangebots und Webhosting", "Kontakt- und Anfrageverwaltung",
		"Newsletter und elektronische Benachrichtigungen"})
	wantRecipients(t, map[string][]string{"beekeeper-generator-de.md": {"Wabenhost", "Honigpost Mail"}})
}

// A notice in the shape of a common English generator: questions in
// capitals as chapter titles, a contents list, "In Short:" lead-ins,
// purposes as bold run-in items, bases as bold labels, providers as
// "Kind: Name" items. It is read whole; this guards the shape.
func TestQuestionChapterNotice(t *testing.T) {
	r := fixtureReport(t, "app-notice-questions-en.md")
	wantTitles(t, r, []string{"To create and manage user accounts", "To send you news about the app", "To keep the app secure"})
	if !slices.Equal(r.LegalBases, []string{"6.1.a", "6.1.b", "6.1.f"}) || r.Controller.Name != "Puffin Apps Ltd" {
		t.Errorf("bases %v, controller %q", r.LegalBases, r.Controller.Name)
	}
	wantRecipients(t, map[string][]string{"app-notice-questions-en.md": {"Amazon Web Services", "Sentry"}})
	wantRetentionDays(t, "app-notice-questions-en.md", []int{0, 30, 0})
}

// A common German generator's notice has "Kontaktformular" and then "Anfrage
// per E-Mail, Telefon oder Telefax", each with its basis: the same topic by
// another way, two activities; a sibling that shares a title word or cites
// no basis of its own still merges into the first (A-TOPIC). Its fonts
// served from the site's own server are no activity (TestLocallyHostedTools).
func TestContactChannelsApart(t *testing.T) {
	r := fixtureReport(t, "bike-workshop-de.md")
	wantTitles(t, r, []string{"Externes Hosting", "Server-Log-Dateien", "Kontaktformular", "Anfrage per E-Mail, Telefon oder Telefax"})
}

// A practice's Markdown notice sets its contact box with "<br />" line
// breaks under one heading for both roles ("Datenschutzbeauftragter und
// Verantwortliche"): the box is the controller's, and the authority's
// mailbox in the rights section is no one's. A provider item reads "what it
// does: who, with address" ("Terminkalender, Praxissoftware: Hufnagel
// Software Engineering, Petra Hufnagel Feldgasse 9, 3100 St. Pölten"). A tag
// that "erfasst keine personenbezogenen Daten" takes out no provider named
// in another chapter (Google Maps). "Allgemein" is general (C-BLOCK,
// R-NOFORM, R-NOPD-OVER, A-GEN).
func TestPracticeBoxAndProviderItems(t *testing.T) {
	r := fixtureReport(t, "vet-practice-de.md")
	if r.Controller.Name != "Tierarztpraxis Weidenhof" || r.Controller.Email != "praxis@weidenhof.example" ||
		r.Controller.Address != "Weidenweg 12, 3100 St. Pölten" {
		t.Errorf("controller %+v", r.Controller)
	}
	if r.DPO.Email != "" {
		t.Errorf("DPO %+v", r.DPO)
	}
	var names []string
	for _, rc := range r.Recipients {
		names = append(names, rc.Name)
	}
	if !slices.Contains(names, "Hufnagel Software Engineering") || !slices.Contains(names, "Google Maps") || slices.Contains(names, "Terminkalender") {
		t.Errorf("recipients %v", names)
	}
	wantTitles(t, r, []string{"Datenverwendung bei Terminbuchung", "Google Conversion Tag", "Einbettung von Inhalten Dritter"})
}

// "Die verantwortliche Stelle … ist: Freunde der Kinderkrippe am Hafen e.V."
// names the controller whole, small words inside its name and all; the
// tail the backward walk found ("Hafen e.V.") is no recipient (C-CUEVOCAB).
func TestResponsibleBodyNamedInline(t *testing.T) {
	wantController(t, map[string][2]string{
		"daycare-association-de.txt": {"Freunde der Kinderkrippe am Hafen e.V.", "vorstand@krippe-am-hafen.example"},
	})
	wantRecipients(t, map[string][]string{"daycare-association-de.txt": nil})
}

// A tax authority named only as the body whose rules set a retention period
// ("6 years (required by HMRC)") receives nothing; "Analytics" as the label of
// a kind of provider is no name (R-SOURCE, R-NOFORM).
func TestRuleMakerAndKindLabel(t *testing.T) {
	wantRecipients(t, map[string][]string{"delivery-app-en.md": {"Stripe"}})
}

// A text rendition drops the marks of a list of purposes: the lines after
// "for the following purposes:", each a paragraph opening with "To", are
// the items, not a title and its text (S-LISTHEAD, S-PARA).
func TestUnmarkedPurposeItems(t *testing.T) {
	wantTitles(t, fixtureReport(t, "newsletter-unmarked-en.txt"), []string{"To deliver our weekly newsletter about coastal walks",
		"To keep our website secure and working", "To compile anonymised statistics about our readers", "To answer questions you send us"})
}

// A choir's page: its picture credits name a network ("Icon Instagram") that
// receives nothing; a quoted provider text says "Der Formularersteller ist
// für diese Daten verantwortlich", a common noun, no controller; "den
// Dienstanbieter Formwerk Inc." names the firm without its label; "Wir
// erheben keine personenbezogenen Daten durch die Einbindung von Google
// Maps" speaks of us, not of Google (R-CREDIT, C-FALSECUE, R-NOPD-OVER).
func TestChoirCreditsAndEmbeds(t *testing.T) {
	wantController(t, map[string][2]string{"choir-embeds-de.md": {"Kammerchor Abendklang e.V.", "vorstand@abendklang.example"}})
	wantRecipients(t, map[string][]string{"choir-embeds-de.md": {"Formwerk", "Google Maps"}})
	if e := fixtureReport(t, "choir-embeds-de.md").Recipients[0].LegalEntity; e != "Formwerk Inc." {
		t.Errorf("legal entity %q", e)
	}
}

// A Spanish association names itself with small words inside its name and a
// short name in brackets before the cue ("The Asociación … de Vigo
// (hereinafter, "ASLAV"), with NIF …, is the Data Controller"); the short
// name is no recipient, nor are the services that label profile links
// ("profiles (GitHub, LinkedIn, Codeberg)"); "because you have given your
// explicit consent" is consent; a complaint introduced with a colon over a
// list of where to complain is the right to complain (C-CUEVOCAB, LB-WORDS).
func TestAssociationNamedWithShortName(t *testing.T) {
	r := fixtureReport(t, "hackathon-association-en.md")
	if r.Controller.Name != "Asociación Amigos del Software Libre y Abierto de Vigo" {
		t.Errorf("controller %q", r.Controller.Name)
	}
	wantRecipients(t, map[string][]string{"hackathon-association-en.md": nil})
	if !slices.Equal(r.LegalBases, []string{"6.1.a"}) || !slices.Contains(r.Rights, "complaint") {
		t.Errorf("bases %v, rights %v", r.LegalBases, r.Rights)
	}
}

// Prompts shared "with Brineworks, Tidalcore, Fathomly, or the model
// provider you select": three names in a row after a data-flow verb are
// recipients; services that label stored tokens ("Integration tokens
// (Telegram bot token, Discord, Slack, etc.)") and the controller's own
// brand ("Kelpline" of Kelpline Labs Ltd) are not (R-NOFORM).
func TestSharedWithRow(t *testing.T) {
	wantRecipients(t, map[string][]string{"ai-subprocessors-en.txt": {"Brineworks", "Tidalcore", "Fathomly"}})
}

// A lost heading leaves a list of the bases the hotel relies on ("… nur an
// Dritte weiter, wenn: Sie Ihre ausdrückliche Einwilligung dazu erteilt
// haben, die Verarbeitung zur Erfüllung einer rechtlichen Verpflichtung … oder
// … zur Wahrung berechtigter Interessen erforderlich ist") inside the rights
// section: a sentence naming three bases and no right is no right's
// explanation (LB-WORDS, S-LOSTHEAD).
func TestBasesListInRightsSection(t *testing.T) {
	if r := fixtureReport(t, "hotel-bases-in-rights-de.txt"); !slices.Equal(r.LegalBases, []string{"6.1.a", "6.1.c", "6.1.f"}) {
		t.Errorf("bases %v", r.LegalBases)
	}
}

// "Verantwortlicher gemäß Art. 4 Nr. 7 DSGVO ist Tanzschule Wirbelwind,
// Clara Ostermann, Adresse: …, Tel.: …" names the controller, its address
// after the label and before the phone; "Auf dieser Website werden derzeit
// keine Plugins von sozialen Medien verwendet (z. B. Facebook, …)" denies
// the networks it names (C-CUEVOCAB, CO-ADDR, R-NEG).
func TestDanceSchoolNotice(t *testing.T) {
	r := fixtureReport(t, "dance-school-de.txt")
	wantControllerAt(t, r, "Tanzschule Wirbelwind", "Bahnhofstraße 8, 35390 Gießen")
	wantRecipients(t, map[string][]string{"dance-school-de.txt": nil})
}

// A firm named throughout its notice gives its own box for its officer
// ("Data Protection Officer" over "Harwood Talent" over the street): the
// firm is the controller, not the officer's name (D-ORGASPERSON, C-BRAND).
func TestOfficerBoxOfTheFirm(t *testing.T) {
	r := fixtureReport(t, "search-firm-dpo-box-en.md")
	if r.Controller.Name != "Harwood Talent" || r.DPO.Name != "" {
		t.Errorf("controller %q, DPO %q", r.Controller.Name, r.DPO.Name)
	}
}

// "Squareup International Ltd. ("Square")" gives a catalogue vendor's short
// name to its legal entity: one recipient, Square, with that entity, not two
// (R-DUP).
func TestLegalNameWithCatalogueShortName(t *testing.T) {
	r := fixtureReport(t, "ticketing-square-en.md")
	if len(r.Recipients) != 1 || r.Recipients[0].Name != "Square" || r.Recipients[0].LegalEntity != "Squareup International Ltd." {
		t.Errorf("recipients %+v", r.Recipients)
	}
}
