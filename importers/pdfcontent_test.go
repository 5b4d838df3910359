package importers

import (
	"fmt"
	"strings"
	"testing"
)

// subsetFontPDF is a one-page PDF whose font, like the subset fonts Word and
// LibreOffice embed, maps code 0x0A to an ordinary letter in its ToUnicode
// map, and whose lines are shown with TJ.
func subsetFontPDF(content string) []byte {
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"/CMapName /Subset-UCS def /CMapType 2 def\n" +
		"1 begincodespacerange <00> <FF> endcodespacerange\n" +
		"1 beginbfchar <0A> <007A> endbfchar\n" +
		"1 beginbfrange <20> <7E> <0020> endbfrange\n" +
		"endcmap CMapName currentdict /CMap defineresource pop end end"
	return pdfOf([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
		"<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Sans /FirstChar 32 /LastChar 126 " +
			"/Widths [" + strings.Repeat("500 ", 95) + "] /ToUnicode 6 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(cmap), cmap),
	})
}

// The end of a TJ run is no glyph: in a font where code 0x0A is a letter, no
// letter is added to the line ("Kontaktz", "kontakt@example.orgz"), and a
// word set in two runs stays one word.
func TestTJRunEndAddsNoGlyph(t *testing.T) {
	content := "BT /F1 16 Tf 72 760 Td [(Kontakt)] TJ ET\n" +
		"BT /F1 11 Tf 72 730 Td [(Schreiben Sie an kontakt@example.org)] TJ ET\n" +
		"BT /F1 11 Tf 72 715 Td [(Wir speichern Log)] TJ [(dateien sieben Tage.)] TJ ET\n"
	doc, err := ReadBytes("subset.pdf", subsetFontPDF(content))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Kontakt\n", "kontakt@example.org Wir", "Logdateien sieben Tage."} {
		if !strings.Contains(doc.Text+"\n", want) {
			t.Errorf("text lacks %q:\n%s", want, doc.Text)
		}
	}
	if strings.Contains(doc.Text, "z") {
		t.Errorf("a run end became a glyph:\n%s", doc.Text)
	}
}
