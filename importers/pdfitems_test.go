package importers

import (
	"strings"
	"testing"
)

// An older generator's notice printed from a word processor: a contact box
// set in bold, then a numbered title in bold with its text right below it;
// a lettered title ("a) Recht auf Bestätigung") set at the text's left edge
// with no gap before its text; and a lettered item whose sentence the margin
// wraps onto the next line. The titles stay titles, the item one paragraph.
func TestTitlesRightAboveTheirText(t *testing.T) {
	const body = 11.0
	var page []pdfGlyph
	add := func(s string, y float64, font string) { page = append(page, setLine(s, y, body, font)...) }
	add("Verantwortlicher im Sinne der Datenschutz-Grundverordnung und anderer Bestimmungen ist der:", 780, "TimesNewRomanPSMT")
	add("Kleingartenverein Am Sonnenhang e.V.", 750, "TimesNewRomanPS-BoldMT")
	add("Birkenweg 12, 12345 Talstadt", 737, "TimesNewRomanPS-BoldMT")
	add("3. Erfassung von allgemeinen Daten und Informationen", 700, "TimesNewRomanPS-BoldMT")
	add("Die Internetseite des Vereins erfasst mit jedem Aufruf durch eine betroffene Person eine Reihe", 687, "TimesNewRomanPSMT")
	add("von allgemeinen Daten und Informationen, die in den Logfiles des Servers gespeichert werden.", 674, "TimesNewRomanPSMT")
	add("a) Recht auf Bestätigung", 640, "TimesNewRomanPSMT")
	add("Jede betroffene Person hat das Recht, von dem Verantwortlichen eine Bestätigung darüber zu", 627, "TimesNewRomanPSMT")
	add("verlangen, ob sie betreffende personenbezogene Daten verarbeitet werden.", 614, "TimesNewRomanPSMT")
	add("b) Die betroffene Person kann sich hierzu jederzeit an einen Mitarbeiter des Verantwortlichen", 590, "TimesNewRomanPSMT")
	add("Vereins wenden, der die Bestätigung unverzüglich veranlasst.", 577, "TimesNewRomanPSMT")
	text, _ := layoutPDF([][]pdfGlyph{page})
	for _, want := range []string{
		"\n3. Erfassung von allgemeinen Daten und Informationen\n",
		"\na) Recht auf Bestätigung\n",
		"b) Die betroffene Person kann sich hierzu jederzeit an einen Mitarbeiter des Verantwortlichen Vereins wenden",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, text)
		}
	}
}
