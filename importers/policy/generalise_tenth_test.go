package policy

import (
	"slices"
	"testing"
)

// The fixtures of this file were written for the tenth round: patterns of
// notices from the fifth hold-out, read after its one scoring.

// A practice's name line names its partners after "vertreten durch": they
// are no part of the name. "Die Landesbeauftragte für den Datenschutz …" is
// the authority, not a data protection officer, and a mailbox on its own
// line under "E-Mail:" ends the controller's address (C-BLOCK, D-AUTHORITY).
func TestRepresentedPracticeAndAuthorityBox(t *testing.T) {
	r := fixtureReport(t, "practice-represented-de.md")
	wantControllerAt(t, r, "Hautwerk Lindenau – Privatärztliche Berufsausübungsgemeinschaft (GbR)", "Lindenweg 4, 12345 Musterstadt")
	wantDPO(t, r, "", "")
	wantRecipients(t, map[string][]string{"practice-represented-de.md": {"Mailflux"}})
}

// A shop generator names each provider with its address run into the
// sentence: "Anbieters: Example Limited, Harbour Buildings, 2. Etage, 1-2
// Quay Road, …" and "Anbieter: Example, Inc., 125 Summer St., Ste 600, …".
// A floor is part of the address, the ordinal's full stop ends no sentence,
// and "Inc." belongs to the name before it. "Wir erhalten keine
// personenbezogenen Daten von …" says what we receive, not what the
// provider does (R-ADDRESS, R-LEGALFORM, R-NOPD-OVER).
func TestShopProviderLines(t *testing.T) {
	wantRecipients(t, map[string][]string{"shop-provider-lines-de.md": {"Shopmaker International", "Mailvogel", "Zählwerk"}})
}

// An app maker's US-style template: the referring domains "(e.g.,
// google.com, yahoo.com)" and "search engines such as Google, Bing or Yahoo"
// are examples of things that receive nothing; the sharing chapter's run-in
// labels "Business Transfers:" and "Legal Requirements:" name occasions, not
// recipients; "HOW DO WE USE PERSONAL DATA?" lists its purposes as "To …"
// items; "EU USERS" is a notice to an audience, no activity (R-EXAMPLE,
// R-NOFORM, S-LISTHEAD, A-GEN).
func TestAppUSTemplate(t *testing.T) {
	wantRecipients(t, map[string][]string{"app-us-template-en.md": {"Stripe"}})
	wantTitles(t, fixtureReport(t, "app-us-template-en.md"), []string{
		"To communicate with you and respond to your inquiries",
		"To manage our relationship with you",
		"To analyze how you interact with our Service and improve its functionality",
	})
}

// A charity's glossary defines its role: "'Data controller': this is us,
// the Federation of …"; "guidance issued by the Information Commissioner's
// Office" names a regulator's rules, not the notice's author (C-CUEVOCAB,
// C-FALSECUE).
func TestControllerInGlossary(t *testing.T) {
	wantController(t, map[string][2]string{"charity-glossary-en.md": {"Federation of Heathland Trusts", "supporters@heathland-trusts.example"}})
}

// A club's generator notice gives the controller's box without a mailbox
// and the authority's box with one, under "Zuständige Aufsichtsbehörde:":
// the authority's mailbox is no one's, the club's is the one it gives for
// withdrawals (C-BLOCK).
func TestAuthorityMailboxIsNoOnes(t *testing.T) {
	wantController(t, map[string][2]string{"club-authority-box-de.md": {"Schützenverein Eichengrund 1875 e.V.", "vorstand@sv-eichengrund.example"}})
}

// Organisations without a legal form name themselves in a notice's
// opening: a widespread template's "This privacy notice for 7Harbour
// ("Company," "we," …)" (the name may open with a digit), "The Upper Dell
// Residents Association (UDRA) is committed to protecting the privacy of its
// members", "This Privacy Policy applies to The Lanternworks and its …",
// "At Kestrel Studio we collect …" (without a comma), and a title "Brightwave
// Studio Privacy Notice" whose name the text repeats (C-NOFORM).
func TestControllerNamedInOpening(t *testing.T) {
	wantController(t, map[string][2]string{
		"opening-template-for-en.md": {"7Harbour", "support@7harbour.example"},
		"opening-committed-en.md":    {"Upper Dell Residents Association", ""},
		"opening-applies-to-en.md":   {"Lanternworks", ""},
		"opening-title-name-en.md":   {"Brightwave Studio", ""},
		"bases-listed-why.md":        {"Kestrel Studio", ""},
	})
}

// Bases in a UK charity's words: "The lawful basis for processing your data
// for these purposes is ‘contractual’" names the basis with a bare word, as
// a list of bases does; "We use opt-in consent to send you …"; "By
// providing us with your personal data, you consent to the collection and
// use of …" (LB-WORDS).
func TestBasesNamedByTheirWord(t *testing.T) {
	wantBases(t, map[string][]string{
		"lawful-basis-words-en.md":   {"6.1.a", "6.1.b"},
		"consent-by-providing-en.md": {"6.1.a"},
	})
}

// A widespread German shop model notice: "Ihre E-Mail-Adresse wird danach
// aus dem Verteiler entfernt" after unsubscribing, "bis zu Ihrer Austragung
// aus dem Newsletter", and order data kept "zunächst für die Dauer der
// Gewährleistungsfrist" under a title joining rights and retention
// ("Betroffenenrechte und Speicherdauer"); "die Rechtmäßigkeit der aufgrund
// der Einwilligung bis zum Widerruf erfolgten Verarbeitung" keeps nothing
// (T-EVENT).
func TestShopModelRetention(t *testing.T) {
	wantRetentionTexts(t, map[string][]string{"shop-model-retention-de.md": {
		"aus dem Verteiler entfernt", "bis zu Ihrer Austragung", "für die Dauer der Gewährleistungsfrist",
	}})
}

// A shop generator numbers its chapters "2) Hosting & Content-Delivery-
// Network", which Markdown reads as list items; a chapter whose text opens
// with a sub-title ("Shopmaker" over its paragraph, "3.1 Live-Chat") is
// still a chapter, and "4.1 - Rechnungsbuch" is titled "Rechnungsbuch"
// (S-NUMBERED).
func TestShopParenChapters(t *testing.T) {
	doc := fixtureDoc(t, "shop-paren-chapters-de.md")
	var titles []string
	for _, s := range doc.Sections {
		titles = append(titles, s.Number+" "+s.Title)
	}
	for _, want := range []string{"2 Hosting & Content-Delivery-Network", " Shopmaker", "3 Kontaktaufnahme", "4.1 Rechnungsbuch"} {
		if !slices.Contains(titles, want) {
			t.Errorf("no section %q in %q", want, titles)
		}
	}
	wantTitles(t, fixtureReport(t, "shop-paren-chapters-de.md"), []string{"Shopmaker", "Live-Chat", "Rechnungsbuch"})
}

// A shop model notice titles its orders section "Erhebung, Verarbeitung und
// Weitergabe personenbezogener Daten bei Bestellungen": the disclosure it
// names is general, but the occasion after "bei" makes it one processing;
// "Weitere Informationen zum Datenschutz bei …" names none (A-OVERGEN).
func TestProcessingWithItsOccasion(t *testing.T) {
	wantTitles(t, fixtureReport(t, "order-context-title-de.md"),
		[]string{"Erhebung, Verarbeitung und Weitergabe personenbezogener Daten bei Bestellungen"})
}

// A charity defines who "we" are: "Any references to the Federation …, or to
// ‘we’ or ‘us’ refer to:" over a list of the charity and its trading company;
// the company is the controller's, not a recipient (R-SELF).
func TestBodiesDefinedAsWe(t *testing.T) {
	wantRecipients(t, map[string][]string{"we-refer-to-en.md": {"Stripe"}})
}

// "Cookies are text files, which identify a user's computer to our server"
// defines cookies; it does not deny that the section's analytics tool
// receives data (R-NOPD-OVER).
func TestCookieDefinitionDeniesNothing(t *testing.T) {
	wantRecipients(t, map[string][]string{"cookie-definition-en.md": {"Google Analytics"}})
}

// "For further assistance with complaints regarding your data, please
// contact the Information Commissioner's Office", under the regulator's name
// after a chapter on complaints to the charity, grants the right to complain
// to an authority (RI-VOCAB).
func TestComplaintSentToRegulator(t *testing.T) {
	wantEach(t, "rights", map[string][]string{"complaint-to-regulator-en.md": {"access", "complaint"}},
		func(r Report) []string { return r.Rights })
}

// "Derzeit setzen wir auf dieser Seite keine Tracking-Tools wie Google
// Analytics ein": words between the verb and "keine" still deny the tools
// the example names (R-NEG).
func TestToolsDeniedWithWordsBetween(t *testing.T) {
	wantRecipients(t, map[string][]string{"tracking-denied-de.md": {"Mailflux"}})
}

// "For the purposes of IT hosting and maintenance your information may be
// situated outside of the European Economic Area" states a transfer; a
// provider "located in countries that do not have …" after "has not
// contracted" does not, nor does "Eine Datenverarbeitung in einem
// sogenannten Drittstaat findet nicht statt"; a UK notice's "processors may
// be located outside the United Kingdom" states one (TR-WORDS, TR-DENIAL).
func TestTransferBySituation(t *testing.T) {
	wantTransfers(t, map[string]bool{"hosting-outside-eea-en.md": true, "no-third-country-providers-en.md": false,
		"third-country-not-de.md": false, "outside-uk-en.md": true})
}

// UK notices name the ICO in several ways: "you can contact the ICO" (a
// three-letter short name counts after "the"), "the Office of the
// Information Commissioner" (an alias in model/data/authorities.toml); a
// short name of the model's list names its authority in a sentence without
// a word of complaint ("In Romania that is the ANSPDCP") (D-AUTHORITY).
func TestAuthorityVariants(t *testing.T) {
	wantEach(t, "authority", map[string][]string{
		"authority-the-ico-en.md":    {"Information Commissioner's Office (ICO)"},
		"authority-office-of-en.md":  {"Information Commissioner's Office"},
		"authority-short-name-en.md": {"Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP)"},
	}, func(r Report) []string { return []string{r.SupervisoryAuthority} })
}

// A signature box sets the DPO's name over the role: "Morag Fennimore," over
// "Data Protection Officer," over the mailbox (D-BOX).
func TestDPONameAboveRole(t *testing.T) {
	wantDPO(t, fixtureReport(t, "dpo-signature-box-en.md"), "Morag Fennimore", "dpo@harbourside-books.example")
}

// "Please write to The Data Protection Officer, Quayside Creative Limited,
// C/O Dockside Accounting Limited, 4 Dock Road, …" addresses the
// organisation: its name is the controller's, not the officer's, and the
// firm after "C/O" holds the mailing address, it receives no data
// (D-ORGASPERSON, R-ADDRESS).
func TestDPOBoxAddressedToTheOrganisation(t *testing.T) {
	r := fixtureReport(t, "dpo-box-org-en.md")
	if r.DPO.Name != "" || r.Controller.Name != "Quayside Creative Limited" {
		t.Errorf("DPO %q, controller %q", r.DPO.Name, r.Controller.Name)
	}
	wantRecipients(t, map[string][]string{"dpo-box-org-en.md": nil})
}
