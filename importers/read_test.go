package importers

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// hintWant is an expected heading hint: its text and level.
type hintWant struct {
	text  string
	level int
}

var (
	musterwerkHeadings = []hintWant{
		{"Datenschutzerklärung der Musterwerk GmbH", 1}, {"1. Verantwortlicher", 2},
		{"2. Bestellungen und Zahlungen", 2}, {"3. Newsletter", 2}, {"Versanddienstleister", 3},
		{"3.1 Auswertung der Öffnungsraten", 3}, {"4. Empfänger und Übermittlungen", 2},
		{"5. Ihre Rechte", 2}, {"6. Änderungen dieser Erklärung", 2},
	}
	musterwerkSentences = []string{
		"Verantwortlich für die Verarbeitung Ihrer personenbezogenen Daten ist die Musterwerk GmbH, Äußere Lindenstraße 12, 90402 Nürnberg",
		"Bestellungen über 1.000 € prüfen wir zusätzlich auf Betrug",
		"Unseren Newsletter „Musterwerk aktuell“ erhalten Sie nur mit Ihrer ausdrücklichen Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).",
		"Die Anmeldedaten löschen wir 30 Tage nach Ihrer Abmeldung.",
		"Zahlwerk Süd AG | Zahlungen | Deutschland",
		"- Rundbrief Nord GmbH, Newsletterversand, Deutschland",
		"Umlaute wie ä, ö, ü, Ä, Ö, Ü und das ß",
	}
	northwindHeadings = []hintWant{
		{"Privacy Notice of Northwind Analytics Ltd", 1}, {"1. Who we are", 2}, {"2. Customer accounts", 2},
		{"Support requests", 3}, {"3. Product analytics", 2}, {"3.1 Hosting", 3}, {"4. Your rights", 2}, {"5. Changes", 2},
	}
	northwindSentences = []string{
		"Northwind Analytics Ltd, 44 Harbour Row, Bristol BS1 4XX, United Kingdom, is the controller.",
		"Account data is deleted six months after the contract ends.",
		"Our help desk software is provided by Ticketry B.V., Utrecht, the Netherlands, which acts as our processor under a data processing agreement.",
		"Transfers are covered by the standard contractual clauses approved by the European Commission.",
	}
)

// The ODT written with every feature of Writer the reader handles (see
// odt-features.md): a Title over text:h headings and headings by paragraph
// style, a bold line, a tab, typed spaces, a list and a table.
var (
	odtFeatureHeadings = []hintWant{
		{"Privacy Notice of Northwind Analytics Ltd", 1}, {"1. Who we are", 2}, {"2. Customer accounts", 2},
		{"2.1 Sign-up", 3}, {"Support requests", 4}, {"2.2 Reference numbers", 3}, {"3. Recipients", 2}, {"4. Your rights", 2},
	}
	odtFeatureSentences = []string{
		"is the controller. Contact:\tprivacy@northwind.example",
		"Account data is kept for six months after the contract ends.",
		"the Netherlands, as our processor.", // a soft hyphen in "pro-cessor"
		"Every account has a reference.  It looks like this:   NW-2026-0042.",
		"- Ticketry B.V., help desk, Netherlands\n- Stratus Cloud LLC, hosting, United States\n\nRecipient | Purpose | Country\n",
		"Stratus Cloud LLC | Hosting | United States",
	}
)

func TestReadFormats(t *testing.T) {
	tests := []struct {
		file, format, encoding, lang string
		sentences                    []string
		headings                     []hintWant
	}{
		{"musterwerk-de.md", FormatMarkdown, encUTF8, "de", musterwerkSentences, musterwerkHeadings},
		{"musterwerk-de.pdf", FormatPDF, encUTF8, "de", musterwerkSentences, musterwerkHeadings},
		{"musterwerk-de.docx", FormatDOCX, encUTF8, "de", musterwerkSentences, musterwerkHeadings},
		{"northwind-en.md", FormatMarkdown, encUTF8, "en", northwindSentences, northwindHeadings},
		{"northwind-en.pdf", FormatPDF, encUTF8, "en", northwindSentences, northwindHeadings},
		{"northwind-en.docx", FormatDOCX, encUTF8, "en", northwindSentences, northwindHeadings},
		{"musterwerk-de.odt", FormatODT, encUTF8, "de", musterwerkSentences, musterwerkHeadings},
		{"northwind-en.odt", FormatODT, encUTF8, "en", northwindSentences, northwindHeadings},
		{"odt-features.odt", FormatODT, encUTF8, "en", odtFeatureSentences, odtFeatureHeadings},
		{"northwind-page.html", FormatHTML, encUTF8, "en", []string{
			"Northwind Analytics Ltd, 44 Harbour Row, Bristol BS1 4XX, United Kingdom, is the controller.\nYou can reach our data protection officer at privacy@northwind.example.",
			"when you use our dashboards & services.", "Last updated: 2 February 2026.",
			"- Stratus Cloud LLC – hosting, United States\n- Ticketry B.V. – help desk, Netherlands",
			"Cookie | Purpose | Retention\nnw_session | Keeps you logged in | Session",
			"You have the right of access (Art. 15 GDPR), rectification (Art. 16) and erasure (Art. 17).\n\nYou may lodge",
		}, []hintWant{{"Privacy Notice of Northwind Analytics Ltd", 1}, {"1. Who we are", 2}, {"2. Customer accounts", 2},
			{"Support requests", 3}, {"3. Cookies and analytics", 2}, {"4. Your rights", 2}}},
		{"fragment.html", FormatHTML, encUTF8, "en", []string{"The newsletter is sent by Rundbrief Nord GmbH, Hamburg, as our processor."},
			[]hintWant{{"Newsletter", 2}, {"Provider", 3}}},
		{"latin1-meta.html", FormatHTML, encWindows1252, "de", []string{"Gebühren über 50 € werden", "Die „Musterwerk GmbH“ ist"},
			[]hintWant{{"Datenschutzhinweise der Musterwerk GmbH", 1}}},
		{"musterwerk-de.txt", FormatText, encUTF8, "de", []string{"Äußere Lindenstraße 12, 90402 Nürnberg",
			"den „Musterwerk Kundenbrief“ zu versenden.\nDie Daten werden nach Ablauf"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "readers", tt.file)
			doc, err := Read(path)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Name != tt.file || doc.Format != tt.format || doc.Encoding != tt.encoding || doc.Language != tt.lang {
				t.Errorf("got name %q format %q encoding %q language %q", doc.Name, doc.Format, doc.Encoding, doc.Language)
			}
			data, _ := os.ReadFile(path)
			if doc.Size != int64(len(data)) || len(doc.SHA256) != 64 || !doc.ImportedAt.IsZero() {
				t.Errorf("size %d sha %q imported %v", doc.Size, doc.SHA256, doc.ImportedAt)
			}
			checkText(t, doc.Text)
			for _, s := range tt.sentences {
				if !strings.Contains(doc.Text, s) {
					t.Errorf("missing %q in:\n%s", s, doc.Text)
				}
			}
			if len(doc.Sections) == 0 {
				t.Error("no sections")
			}
			assertHints(t, tt.file, data, tt.headings)
		})
	}
}

// assertHints checks the hints the format reader declared, before sectioning.
func assertHints(t *testing.T, name string, data []byte, want []hintWant) {
	t.Helper()
	_, b, err := readFormat(name, data)
	if err != nil {
		t.Fatal(err)
	}
	checkBody(t, b)
	var got []hintWant
	for _, h := range b.hints {
		got = append(got, hintWant{b.text[h.Start:h.End], h.Level})
	}
	if len(got) != len(want) {
		t.Fatalf("hints:\n got %v\nwant %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("hint %d: got %v, want %v", i, got[i], want[i])
		}
	}
}

func TestReadEncodings(t *testing.T) {
	want, err := Read(filepath.Join("testdata", "readers", "musterwerk-de.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ file, encoding string }{
		{"musterwerk-utf8bom.txt", encUTF8BOM}, // with CRLF line ends
		{"musterwerk-utf16le-bom.txt", encUTF16LE},
		{"musterwerk-utf16be-bom.txt", encUTF16BE},
		{"musterwerk-utf16le.txt", encUTF16LE},
		{"musterwerk-utf16be.txt", encUTF16BE},
		{"musterwerk-cp1252.txt", encWindows1252},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc, err := Read(filepath.Join("testdata", "readers", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Encoding != tt.encoding || doc.Format != FormatText || doc.Language != "de" {
				t.Errorf("encoding %q format %q language %q", doc.Encoding, doc.Format, doc.Language)
			}
			if doc.Text != want.Text {
				t.Errorf("text differs from the utf-8 original:\n%q\n%q", doc.Text, want.Text)
			}
		})
	}
}

func TestHTMLPageDropsChrome(t *testing.T) {
	doc, err := Read(filepath.Join("testdata", "readers", "northwind-page.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, leak := range []string{"LEAK", "Accept all", "About us", "Imprint", "trackingSecret", "font-family", "Privacy | Northwind"} {
		if strings.Contains(doc.Text, leak) {
			t.Errorf("page chrome %q leaked into the text:\n%s", leak, doc.Text)
		}
	}
}

// TestODTDropsReviewMarks: a comment, a tracked deletion and a footnote with
// its citation mark are in the file but not in the text.
func TestODTDropsReviewMarks(t *testing.T) {
	doc, err := Read(filepath.Join("testdata", "readers", "odt-features.odt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, leak := range []string{"Legal: check the date", "ten years", "Registered in England", "controller.1", "Reviewer"} {
		if strings.Contains(doc.Text, leak) {
			t.Errorf("%q leaked into the text:\n%s", leak, doc.Text)
		}
	}
}

func TestReadSniffsFormat(t *testing.T) {
	pdf, _ := os.ReadFile(filepath.Join("testdata", "readers", "northwind-en.pdf"))
	docx, _ := os.ReadFile(filepath.Join("testdata", "readers", "northwind-en.docx"))
	odt, _ := os.ReadFile(filepath.Join("testdata", "readers", "northwind-en.odt"))
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"download", []byte("<!DOCTYPE html><html><body><p>We process data.</p></body></html>"), FormatHTML},
		{"snippet", []byte("<h2>Cookies</h2><p>We set one cookie.</p>"), FormatHTML},
		{"notes", []byte("# Privacy\n\nWe use [Rundbrief Nord](https://example.org) for newsletters."), FormatMarkdown},
		{"readme", []byte("Privacy notice\n\nWe keep data for two years."), FormatText},
		{"policy.txt", pdf, FormatPDF},
		{"attachment.bin", docx, FormatDOCX},
		{"policy.docx", odt, FormatODT},
		{"download", odt, FormatODT},
	}
	for _, tt := range tests {
		doc, err := ReadBytes(tt.name, tt.data)
		if err != nil || doc.Format != tt.want {
			t.Errorf("%s: format %q, err %v; want %q", tt.name, doc.Format, err, tt.want)
		}
	}
}

// A sentence set in bold for emphasis is no title: "**In particular, no IP
// addresses or locations are logged.**" is a paragraph of its section, while
// a bold title, also a numbered one ending in a full stop, stays a heading.
func TestBoldSentenceIsNoTitle(t *testing.T) {
	src := "## Logging\n\nThe web server logs the time of each request.\n\n**In particular, no IP addresses or locations are logged.**\n\nLogs are deleted after two weeks.\n\n" +
		"**Search statistics**\n\nWe count search queries without storing them.\n\n**5.2 Information on referral agencies and their staff.**\n\nWe collect the names of referral agencies.\n"
	_, b, err := readFormat("x.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, h := range b.hints {
		titles = append(titles, b.text[h.Start:h.End])
	}
	if want := []string{"Logging", "Search statistics", "5.2 Information on referral agencies and their staff."}; !slices.Equal(titles, want) {
		t.Errorf("titles %q, want %q", titles, want)
	}
}
