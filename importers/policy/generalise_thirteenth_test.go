package policy

import (
	"slices"
	"testing"
)

// The fixtures of this file were written for the thirteenth round.

// A council's notice: "Westvale Borough Council is a Data Controller" names
// the controller with the indefinite article; the Art. 5 principles listed
// as items ("Processed lawfully, fairly …") are no purposes, so the chapter
// they stand in is the activity; a postal address written in a row after
// "should be sent to" is no list of recipients; "How does the Council
// protect data?" heads the security measures (C-CUEVOCAB, A-GEN, R-NOFORM).
func TestCouncilPrinciplesAndAddressRow(t *testing.T) {
	const f = "council-principles-address-en.md"
	wantController(t, map[string][2]string{f: {"Westvale Borough Council", ""}})
	r := fixtureReport(t, f)
	wantTitles(t, r, []string{"How we use your information"})
	wantRecipients(t, map[string][]string{f: nil})
}

// A payment provider that is "a data controller in its own right" is not the
// policy's controller, though it is named before the owner (C-FALSECUE).
func TestControllerInItsOwnRight(t *testing.T) {
	wantController(t, map[string][2]string{"controller-own-right-en.md": {"Fenwick Pottery Ltd", "hello@fenwick-pottery.example"}})
}

// A PDF notice whose paragraphs open with bold labels ("Why we collect your
// personal data. We record …") has its chapters in those labels: they become
// headings, as in Markdown and HTML; "Why we collect your personal data"
// asks for the purpose and is the activity, though "we collect" alone heads
// an overview of the data (S-RUNIN, A-GEN).
func TestPDFBoldLeadIns(t *testing.T) {
	const f = "pdf-bold-leadins.pdf"
	doc := fixtureDoc(t, f)
	var got []string
	for _, s := range doc.Sections {
		got = append(got, s.Title)
	}
	want := []string{"Privacy Notice", "Kestrel Valley Oral History Project", "Why we collect your personal data",
		"The legal basis for processing your personal data", "How long we keep your data", "Who we share your data with", "Your rights"}
	if !slices.Equal(got, want) {
		t.Errorf("sections %q, want %q", got, want)
	}
	r := fixtureReport(t, f)
	wantTitles(t, r, []string{"Why we collect your personal data"})
}

// A town's notice as pasted text: the officer is named inline
// ("Datenschutzbeauftragter: Max Beispiel") in a box that goes on with
// another officer, the address and, lines below, the mailbox, which is the
// DPO's; a street named after a person ("Konrad-Zuse-Platz 1") is an
// address line, no heading (C-BLOCK, S-FAKEHEAD).
func TestDPONamedInlineInABox(t *testing.T) {
	const f = "dpo-inline-name-box-de.txt"
	for _, s := range fixtureDoc(t, f).Sections {
		if s.Title == "Konrad-Zuse-Platz 1" {
			t.Errorf("the street line heads a section")
		}
	}
	wantDPO(t, fixtureReport(t, f), "Max Beispiel", "sicherheit@musterau.example")
}

// "Kontaktdaten", "Weitergehende Informationen" and "Copyright" head the
// contact box, a pointer to more information and the imprint's notice on
// rights in texts and pictures: no processing (A-GEN).
func TestGeneralContactAndCopyrightTitles(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-titles-copyright-de.md"), []string{"Reparaturaufträge"})
}

// "Durch eine Änderung der Einstellungen in Ihrem Internetbrowser können
// Sie die Übertragung von Cookies … einschränken" tells how to set the
// browser: it grants no right to restriction (Art. 18) (RI-VOCAB).
func TestBrowserSettingsAreNoRestrictionRight(t *testing.T) {
	r := fixtureReport(t, "rights-browser-settings-de.md")
	if slices.Contains(r.Rights, "restriction") || !slices.Contains(r.Rights, "access") {
		t.Errorf("rights %q, want access and no restriction", r.Rights)
	}
}

// A table of providers groups its rows under rows that fill only their
// first cell ("**Webseiten-Analyse (für …)**"): those name a kind of
// service, not a provider (R-NOFORM).
func TestProviderTableGroupRows(t *testing.T) {
	wantRecipients(t, map[string][]string{"provider-table-group-rows-de.md": {"Hetzner", "Matomo", "Zoom"}})
}

// "Verantwortliche für die Verarbeitung deiner personenbezogenen Daten bei
// Besuch dieser Website im Sinne der EU-Datenschutzgrundverordnung (DSGVO)
// ist Marlene Beispiel": the cue's qualification may run to 160 bytes
// (C-CUEVOCAB).
func TestControllerAfterALongCue(t *testing.T) {
	wantController(t, map[string][2]string{"controller-long-qualified-cue-de.md": {"Marlene Beispiel", ""}})
}

// A generator's English model text: the facet items under every service
// ("Processed data types:", "Data subjects:", "Purposes of Processing:",
// "Legal Basis:") are no purposes of a chapter whose title ends "… for
// listing and sales purposes"; "Erasure of data", "Information on consent"
// and "National data protection regulations in Germany" are general (A-GEN,
// A-FACET).
func TestGeneratorFacetItems(t *testing.T) {
	wantTitles(t, fixtureReport(t, "generator-facet-items-en.md"), []string{"Use of Cookies", "Use of online platforms for listing and sales purposes"})
}

// Purposes set as list items that hold only a bold label ("- **Server-
// Logfiles:**") over a nested list of the purpose's facets ("- Zwecke: …",
// "- Rechtsgrundlage: …"): each label heads its purpose (S-RUNIN).
func TestLabelItemsOverNestedLists(t *testing.T) {
	wantTitledBases(t, map[string][][2]string{"label-items-nested-de.md": {{"Server-Logfiles", "6.1.f"}, {"Vorbestellungen von Brot und Kuchen", "6.1.b"}}})
}

// A text rendition wrapped the paragraph that names the officer ("We have
// appointed a data protection officer (DPO), Pieter Example, …") and ends
// "please contact our DPO by email to …": the mailbox a later line gives
// alone, within the paragraph, is the officer's (C-BLOCK).
func TestDPOMailboxInALaterSentence(t *testing.T) {
	wantDPO(t, fixtureReport(t, "dpo-mail-later-sentence-en.txt"), "Pieter Example", "pieter@fairway-scorecards.example")
}

// "operated by Kestrel and Owl B.V.": the part after "and" ("Owl B.V.") is
// the controller's name, no recipient; "Amazon Webservices" is a spelling
// of Amazon Web Services (R-SELF).
func TestControllerNameWithAnd(t *testing.T) {
	wantRecipients(t, map[string][]string{"controller-name-with-and-en.md": {"Amazon Web Services"}})
}

// A notice saved as text that kept its Markdown headings ("## For what
// purpose …") is read as Markdown; the items after "Uses include:" are its
// purposes; questions on the basis, erasure, the consequences of not giving
// data and updates of the notice are general (S-LOSTHEAD, A-GEN).
func TestMarkdownSavedAsTextWithQuestionTitles(t *testing.T) {
	wantTitles(t, fixtureReport(t, "faq-markdown-in-text-en.txt"), []string{"Sending the weekly usage report you subscribed to", "Answering your support requests"})
}

// A page that pastes its notice with its line breaks into one <div>, shown
// as written by a stylesheet: the numbered chapters head sections and the
// wrapped lines join into paragraphs (S-LOSTHEAD, S-WRAP).
func TestPastedTextInADiv(t *testing.T) {
	wantTitles(t, fixtureReport(t, "pasted-text-div-de.html"), []string{"Bereitstellung der App-Funktionen", "Erinnerungen per Push-Nachricht"})
}
