package importers

import (
	"fmt"
	"strings"
	"testing"
)

// cidFontPDF is a one-page PDF whose font is a composite font with the
// Identity-H encoding, as online word processors, browsers and TeX write
// them: two bytes a code, the widths in the descendant font's W array
// (every code 500 thousandths wide) and no space glyphs drawn.
func cidFontPDF(content string) []byte {
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"/CMapName /Identity-UCS def /CMapType 2 def\n" +
		"1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
		"1 beginbfrange <0020> <00FF> <0020> endbfrange\n" +
		"2 beginbfchar <25CF> <25CF> <25CB> <25CB> endbfchar\n" +
		"endcmap CMapName currentdict /CMap defineresource pop end end"
	return pdfOf([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
		"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SansMT /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 6 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(cmap), cmap),
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SansMT /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> " +
			"/DW 1000 /W [32 [278] 33 255 500] >>",
	})
}

// cidRun writes the words as one TJ array in two-byte codes, with gap (in
// thousandths of the size, negative to the right) between the words and
// track between the letters of a word.
func cidRun(gap, track int, words ...string) string {
	var b strings.Builder
	b.WriteString("[")
	for i, w := range words {
		if i > 0 {
			fmt.Fprintf(&b, " %d ", gap)
		}
		for k, r := range w {
			if k > 0 && track != 0 {
				fmt.Fprintf(&b, " %d ", track)
			}
			fmt.Fprintf(&b, "<%04X>", r)
		}
	}
	b.WriteString("] TJ")
	return b.String()
}

// cidPlaced sets each glyph of the words with a Td of its own, as an online
// word processor's export does, the words gap apart (in points) and each
// glyph as wide as the font says (5.5 points at 11).
func cidPlaced(gap float64, words ...string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			fmt.Fprintf(&b, "%.2f 0 Td ", gap)
		}
		for k, r := range w {
			if k > 0 {
				b.WriteString("5.5 0 Td ")
			}
			fmt.Fprintf(&b, "<%04X> Tj ", r)
		}
		b.WriteString("5.5 0 Td ")
	}
	return b.String()
}

// The words of a composite font's lines, set apart by position alone, are
// read apart: by a gap of the usual width, and by one squeezed in a
// justified line, also where each glyph is placed on its own; a heading set
// letter-spaced keeps its words whole. Before the codes' widths were read
// from the font, a line of placed glyphs ran its words together
// ("Thisprivacypolicytellsyou").
func TestCompositeFontWordGaps(t *testing.T) {
	content := "BT /F1 11 Tf 72 760 Td " + cidRun(-278, 0, "This", "privacy", "policy", "tells", "you") + " ET\n" +
		"BT /F1 11 Tf 72 740 Td " + cidRun(-150, 0, "squeezed", "in", "a", "justified", "line") + " ET\n" +
		"BT /F1 11 Tf 72 720 Td " + cidRun(-700, -200, "IMPRINT", "PRIVACY") + " ET\n" +
		"BT /F1 11 Tf 72 700 Td " + cidPlaced(3.06, "Each", "glyph", "placed", "apart") + "ET\n"
	doc, err := ReadBytes("cid.pdf", cidFontPDF(content))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"This privacy policy tells you", "squeezed in a justified line", "IMPRINT PRIVACY", "Each glyph placed apart"} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, doc.Text)
		}
	}
}

// An online word processor sets the bullets of its list levels as
// geometric shapes ("●", "○"): each opens a list item of its own line, as
// "•" does, instead of running the list into one paragraph.
func TestShapeBulletsOpenItems(t *testing.T) {
	content := "BT /F1 11 Tf 72 760 Td " + cidRun(-278, 0, "We", "use", "it", "for:") + " ET\n" +
		"BT /F1 11 Tf 80 745 Td " + cidRun(-278, 0, "\u25cf", "bookings") + " ET\n" +
		"BT /F1 11 Tf 80 730 Td " + cidRun(-278, 0, "\u25cf", "invoices") + " ET\n" +
		"BT /F1 11 Tf 90 715 Td " + cidRun(-278, 0, "\u25cb", "reminders") + " ET\n"
	doc, err := ReadBytes("bullets.pdf", cidFontPDF(content))
	if err != nil {
		t.Fatal(err)
	}
	if want := "• bookings\n• invoices\n• reminders"; !strings.Contains(doc.Text, want) {
		t.Errorf("text lacks %q:\n%s", want, doc.Text)
	}
}
