package importers

import (
	"testing"
)

// glyphRun lays s out as glyphs of width w from x on, the way the PDF library
// reports a text run with known widths, and returns the glyphs and the x
// after them.
func glyphRun(s string, x, w, size float64) ([]pdfGlyph, float64) {
	var out []pdfGlyph
	for _, r := range s {
		out = append(out, pdfGlyph{X: x, Y: 700, W: w, Size: size, Font: "Body", S: string(r)})
		x += w
	}
	return out, x
}

// runBreak is the newline the library writes after every TJ operator.
func runBreak(x, size float64) pdfGlyph {
	return pdfGlyph{X: x, Y: 700, W: 0, Size: size, Font: "Body", S: "\n"}
}

// Word ends text runs inside words (spell-check marks, kerning); the
// library's newline after each run must not split the word, while a run
// that ends before a real gap still ends a word.
func TestRunBreakInsideWord(t *testing.T) {
	a, x := glyphRun("Harlow Fe", 60, 5, 11)
	b, x := glyphRun("nwick LLP keeps f", x+0.03, 5, 11)
	c, x := glyphRun("urther records", x-0.05, 5, 11)
	d, _ := glyphRun("for six years", x+5, 5, 11) // a word gap between the runs
	var gl []pdfGlyph
	gl = append(gl, a...)
	gl = append(gl, runBreak(a[len(a)-1].X+5, 11))
	gl = append(gl, b...)
	gl = append(gl, runBreak(b[len(b)-1].X+5, 11))
	gl = append(gl, c...)
	gl = append(gl, runBreak(c[len(c)-1].X+5, 11))
	gl = append(gl, d...)
	lines := appendLine(nil, gl)
	if want := "Harlow Fenwick LLP keeps further records for six years"; len(lines) != 1 || lines[0].text != want {
		t.Fatalf("got %+v, want %q", lines, want)
	}
}

// A run written in a font whose widths the library does not know reports
// every glyph at the run's start, shifted only by the TJ kerning, often
// downwards; the run keeps the order of the content stream.
func TestStackedRunKeepsStreamOrder(t *testing.T) {
	lead, x := glyphRun("We keep ", 60, 5, 11)
	var gl []pdfGlyph
	gl = append(gl, lead...)
	stacked := "an individual's health record"
	pos := x
	for i, r := range stacked {
		if i%4 == 3 {
			pos -= 0.07 // the kerning of the TJ array, over 3 of the size across the run
		}
		gl = append(gl, pdfGlyph{X: pos, Y: 700, W: 0, Size: 11, Font: "Body", S: string(r)})
	}
	tail, _ := glyphRun(" safely.", x+150, 5, 11)
	gl = append(gl, tail...)
	lines := appendLine(nil, gl)
	if want := "We keep an individual's health record safely."; len(lines) != 1 || lines[0].text != want {
		t.Fatalf("got %+v, want %q", lines, want)
	}
}

// Word sets list bullets in the Symbol font, whose private-use code points
// the library reports as they are, and leaves a replacement character for a
// code it cannot map: the bullet becomes "•", the replacement character goes.
func TestSymbolBulletsAndReplacementCharacters(t *testing.T) {
	gl := []pdfGlyph{
		{X: 75, Y: 700, W: 0, Size: 11, Font: "SymbolMT", S: "\uf0b7"},
		{X: 75, Y: 700, W: 0, Size: 11, Font: "SymbolMT", S: "\uFFFD"},
		{X: 80, Y: 700, W: 3, Size: 11, Font: "ArialMT", S: " "},
	}
	words, _ := glyphRun("racial or ethnic origin", 93, 5, 11)
	gl = append(gl, words...)
	lines := appendLine(nil, gl)
	if want := "• racial or ethnic origin"; len(lines) != 1 || lines[0].text != want {
		t.Fatalf("got %+v, want %q", lines, want)
	}
	if !isItemLine(lines[0].text) {
		t.Errorf("%q is no list item", lines[0].text)
	}
}

// A kerning pair such as "Te" in a run without widths steps back a tenth of
// the size or more ("T" at 106.26, "el.: 0431 …" from 104.94 at 12 pt); the
// rest of the run still follows its first letter.
func TestStackedRunStrongKerning(t *testing.T) {
	var gl []pdfGlyph
	stack := func(s string, x float64) {
		for _, r := range s {
			gl = append(gl, pdfGlyph{X: x, Y: 615.6, W: 0, Size: 12, Font: "Body", S: string(r)})
		}
	}
	stack("Lerchenfeld 12, 24103 Kiel, ", 106.2)
	stack("T", 106.26)
	stack("el.: 0431 000000", 104.94)
	lines := appendLine(nil, gl)
	if want := "Lerchenfeld 12, 24103 Kiel, Tel.: 0431 000000"; len(lines) != 1 || lines[0].text != want {
		t.Fatalf("got %+v, want %q", lines, want)
	}
}

// A publisher's PDF draws no space glyphs: its TJ array moves each word a
// quarter of the size on, and the library, which does not know the font's
// widths, reports every letter of a word at the word's start (shifted by
// the kerning). The step between words is a word space.
func TestStackedRunWordGaps(t *testing.T) {
	var gl []pdfGlyph
	x := 70.87
	for _, word := range []string{"Datenschutz", "auf", "einen", "Blick"} {
		for i, r := range word {
			gl = append(gl, pdfGlyph{X: x - 0.02*float64(i%3), Y: 700, W: 0, Size: 12, Font: "Body", S: string(r)})
		}
		x += 12 * 0.226
	}
	lines := appendLine(nil, gl)
	if want := "Datenschutz auf einen Blick"; len(lines) != 1 || lines[0].text != want {
		t.Fatalf("got %+v, want %q", lines, want)
	}
}

// A design tool (Canva) places each glyph on its own and draws its spaces;
// the library does not know the widths, and after a wide letter the step to
// the next is more than the size: no space there, the drawn spaces are the
// words' gaps.
func TestPlacedGlyphsWithDrawnSpaces(t *testing.T) {
	lines := appendLine(nil, placedGlyphs("nehmen den Schutz", 700))
	if want := "nehmen den Schutz"; len(lines) != 1 || lines[0].text != want {
		t.Fatalf("got %+v, want %q", lines, want)
	}
}

// placedGlyphs lays s out at y as a design tool does, each glyph on its own
// in a 15 pt font whose widths the library does not know: a space steps 3.9,
// "m" and "@" 15.9 (more than the size), any other glyph 9.1.
func placedGlyphs(s string, y float64) []pdfGlyph {
	var out []pdfGlyph
	x := 100.0
	for _, r := range s {
		out = append(out, pdfGlyph{X: x, Y: y, W: 0, Size: 15, Font: "Body", S: string(r)})
		switch r {
		case 'm', '@':
			x += 15.9
		case ' ':
			x += 3.9
		default:
			x += 9.1
		}
	}
	return out
}

// A line of its own without a drawn space (an e-mail address under a name)
// set in a font that draws its spaces elsewhere on the page is one word,
// though a wide glyph ("@", "m") steps on by more than the size.
func TestPlacedGlyphsOfASpacedFont(t *testing.T) {
	page := append(placedGlyphs("Kontakt zum Team", 700), placedGlyphs("info@restaurant-mizar.example", 680)...)
	lines := pageLines(page)
	if len(lines) != 2 || lines[1].text != "info@restaurant-mizar.example" {
		t.Fatalf("got %+v", lines)
	}
}

// An online word processor writes a heading's word in runs of a font whose
// widths the library does not know ("Notific", "a", "tions"), each run's
// letters at the run's start, and draws the font's word spaces as glyphs
// elsewhere on the page: the steps between its runs are no word spaces.
func TestStackedRunsOfASpacedFont(t *testing.T) {
	var page []pdfGlyph
	word := func(s string, x, y float64) {
		for _, r := range s {
			page = append(page, pdfGlyph{X: x, Y: y, W: 0, Size: 12, Font: "Heading", S: string(r)})
		}
	}
	word("Account", 72, 700) // "Account Information", its space drawn
	page = append(page, pdfGlyph{X: 115.2, Y: 700, W: 0, Size: 12, Font: "Heading", S: " "})
	word("Information", 118.1, 700)
	word("Notific", 72, 680)
	word("a", 105.16, 680)
	word("tions", 110.97, 680)
	lines := pageLines(page)
	if len(lines) != 2 || lines[0].text != "Account Information" || lines[1].text != "Notifications" {
		t.Fatalf("got %+v", lines)
	}
}

// A page-layout program draws a list item's indent as a space at the margin
// and a tab to the item's letter (" ", then "a. Email address" 36 pt to the
// right): a gap after blank glyphs alone indents the line and opens no table
// cell.
func TestIndentAfterMarginSpace(t *testing.T) {
	margin, _ := glyphRun(" ", 56.7, 2.75, 11)
	item, _ := glyphRun("a. Email address", 92.7, 5, 11)
	lines := appendLine(nil, append(margin, item...))
	if want := "a. Email address"; len(lines) != 1 || lines[0].text != want {
		t.Fatalf("got %+v, want %q", lines, want)
	}
}
