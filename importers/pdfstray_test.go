package importers

import (
	"reflect"
	"testing"
)

// A producer that writes a visible glyph at every line break: the glyph goes,
// the words and the number before a unit come back together.
func TestStrayLineEndGlyphs(t *testing.T) {
	body := func(s string) pdfLine { return pdfLine{text: s, size: 11} }
	head := func(s string) pdfLine { return pdfLine{text: s, size: 14, bold: true} }
	pages := [][]pdfLine{{
		head("Speicherdauerz"),
		body("Die Daten werden gelöscht, spätestens aber 3 ü"),
		body("Monate nach dem Abruf der Seite.ü"),
		body("Rechnungen bewahren wir zehn ü"),
		body("Jahre lang auf, wie es das Gesetz ü"),
		body("verlangt.ü"),
		head("Kontaktz"),
	}, {
		body("Schreiben Sie uns an kontakt@example.orgü"),
		head("Ihre Rechtez"),
		head("Welche Daten speichern wir?z"),
		head("Wer erhält die Daten? z"),
	}}
	stripStrayEnds(pages)
	want := []string{"Speicherdauer", "Die Daten werden gelöscht, spätestens aber 3", "Monate nach dem Abruf der Seite.",
		"Rechnungen bewahren wir zehn", "Jahre lang auf, wie es das Gesetz", "verlangt.", "Kontakt",
		"Schreiben Sie uns an kontakt@example.org", "Ihre Rechte",
		"Welche Daten speichern wir?", "Wer erhält die Daten?"}
	var got []string
	for _, pl := range pages {
		for _, l := range pl {
			got = append(got, l.text)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// Ordinary wrapped prose ends in many letters and never in a detached one, so
// nothing is removed, even where one letter ends many lines.
func TestNoStrayGlyphInOrdinaryText(t *testing.T) {
	lines := []string{"We keep the server logs for seven", "days and then delete them. The invoices",
		"are kept for ten years because the tax", "laws require it. Newsletter addresses", "are kept until you unsubscribe from"}
	var pl []pdfLine
	for _, s := range lines {
		pl = append(pl, pdfLine{text: s, size: 11})
	}
	pages := [][]pdfLine{pl}
	stripStrayEnds(pages)
	for i, l := range pages[0] {
		if l.text != lines[i] {
			t.Errorf("line %d changed: %q", i, l.text)
		}
	}
}
