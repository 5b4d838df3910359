package importers

import (
	"strings"
	"testing"
)

// setLine lays s out as one line of glyphs with widths at height y, in size
// and font, the way a word processor's PDF reports them (its spaces drawn).
func setLine(s string, y, size float64, font string) []pdfGlyph {
	var out []pdfGlyph
	x := 70.0
	for _, r := range s {
		out = append(out, pdfGlyph{X: x, Y: y, W: size * 0.5, Size: size, Font: font, S: string(r)})
		x += size * 0.5
	}
	return out
}

// A generator's notice printed from a word processor: a title wrapped after
// "und" with more than a paragraph's space before its last word, the
// objection right set in bold over two lines, and a title at the foot of a
// page whose text the next page holds, and a bold title wrapped after "und".
// Each stays what it is: one title, one paragraph, a title of its own.
func TestWrappedTitlesAndBoldParagraphs(t *testing.T) {
	const body, title = 11.5, 13.0
	var page1, page2 []pdfGlyph
	add := func(p *[]pdfGlyph, s string, y, size float64, font string) {
		*p = append(*p, setLine(s, y, size, font)...)
	}
	add(&page1, "Wir verarbeiten die Daten unserer Kunden, um Tauchkurse zu planen und durchzuführen.", 760, body, "ArialMT")
	add(&page1, "Die Daten werden nur für diesen Zweck verwendet und nach dem Kurs gelöscht, sobald", 746.8, body, "ArialMT")
	add(&page1, "alle Rechnungen bezahlt sind und keine gesetzliche Pflicht zur Aufbewahrung mehr", 733.6, body, "ArialMT")
	add(&page1, "besteht; bis dahin schränken wir die Verarbeitung ein und geben nichts weiter.", 720.4, body, "ArialMT")
	add(&page1, "Zusammenarbeit mit Auftragsverarbeitern, gemeinsam Verantwortlichen und", 700, title, "ArialMT")
	add(&page1, "Dritten", 675.2, title, "ArialMT")
	add(&page1, "Sofern wir Daten gegenüber anderen Personen offenbaren, geschieht dies nur auf einer Rechtsgrundlage.", 650, body, "ArialMT")
	add(&page1, "Widerspruchsrecht", 600, title, "ArialMT")
	add(&page1, "Sie können der künftigen Verarbeitung der Sie betreffenden Daten nach Maßgabe", 570, body, "Arial-BoldMT")
	add(&page1, "der gesetzlichen Vorgaben jederzeit widersprechen.", 556.7, body, "Arial-BoldMT")
	add(&page1, "Einbindung von Diensten und", 535, body, "Arial-BoldMT")
	add(&page1, "Inhalten Dritter", 521.8, body, "Arial-BoldMT")
	add(&page1, "Wir binden Videos und Karten von Anbietern ein, die dabei Ihre IP-Adresse erhalten.", 500, body, "ArialMT")
	add(&page1, "Die Einbindung erfolgt nur nach Ihrer Einwilligung in den Einstellungen der Seite.", 486.8, body, "ArialMT")
	add(&page1, "Google Maps", 60, title, "ArialMT")
	add(&page2, "Wir binden die Landkarten des Dienstes ein, die Ihre IP-Adresse an den Anbieter senden.", 780, body, "ArialMT")
	add(&page2, "Rechtsgrundlage ist Ihre Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO.", 766.8, body, "ArialMT")
	text, _ := layoutPDF([][]pdfGlyph{page1, page2})
	for _, want := range []string{
		"\nZusammenarbeit mit Auftragsverarbeitern, gemeinsam Verantwortlichen und Dritten\n",
		"\nSie können der künftigen Verarbeitung der Sie betreffenden Daten nach Maßgabe der gesetzlichen Vorgaben jederzeit widersprechen.\n",
		"\nEinbindung von Diensten und Inhalten Dritter\n",
		"\nGoogle Maps\n\nWir binden die Landkarten",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, text)
		}
	}
}

// A notice typeset with LaTeX hyphenates words at the margin ("Southamp-"
// over "ton Students' Union", "per-" over "sonal"): where the document
// spells the whole word elsewhere the hyphen is dropped; a compound's own
// hyphen ("third-" over "party", "E-Mail-" over "Adresse") stays.
func TestHyphenationAtTheMargin(t *testing.T) {
	const body = 10.0
	var page []pdfGlyph
	y := 760.0
	for _, line := range []string{
		"We collect personal information about members through the joining process of the Exampleton",
		"University Students' Union. We may share some of your per-",
		"sonal information with the University of Example-",
		"ton Students' Union and with third-",
		"party service providers, who receive your E-Mail-",
		"Adresse only where needed.",
	} {
		page = append(page, setLine(line, y, body, "CMR10")...)
		y -= 12
	}
	text, _ := layoutPDF([][]pdfGlyph{page})
	for _, want := range []string{"your personal information", "University of Exampleton Students' Union", "third-party service", "E-Mail-Adresse"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, text)
		}
	}
}
