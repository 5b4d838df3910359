package main

import (
	"regexp"

	"github.com/go-pdf/fpdf"
)

// reHangingNumber is a paragraph number set in the margin: "1.2. ", "a) ".
var reHangingNumber = regexp.MustCompile(`^(\d+(?:\.\d+)*\.|[a-z]\))\s+`)

// hangingIndent is how far the text of a numbered paragraph stands right of
// its number, in mm.
const hangingIndent = 14.0

// writeHangingPara writes a numbered paragraph as HTML-to-PDF producers do:
// the text first, indented, then its number in the margin at the height of
// the text's first line, so that the content stream has the number after the
// text.
func writeHangingPara(pdf *fpdf.Fpdf, family string, tr func(string) string, b block) bool {
	m := reHangingNumber.FindStringSubmatchIndex(b.text)
	if b.kind != "p" || m == nil {
		return false
	}
	number, text := b.text[m[2]:m[3]], b.text[m[1]:]
	pdf.SetFont(family, "", 11)
	left, _, _, _ := pdf.GetMargins()
	y := pdf.GetY()
	pdf.SetLeftMargin(left + hangingIndent)
	pdf.SetX(left + hangingIndent)
	pdf.MultiCell(0, 5.5, tr(text), "", "L", false)
	after := pdf.GetY()
	pdf.SetLeftMargin(left)
	pdf.SetXY(left, y)
	pdf.CellFormat(hangingIndent, 5.5, tr(number), "", 0, "L", false, 0, "")
	pdf.SetXY(left, after)
	pdf.Ln(2)
	return true
}

// setRunningHead prints title at the top of every page, larger than the body
// text, as documents printed from a web page or a word processor do.
func setRunningHead(pdf *fpdf.Fpdf, family string, tr func(string) string, title string) {
	pdf.SetHeaderFunc(func() {
		pdf.SetFont(family, "B", 14)
		pdf.CellFormat(0, 8, tr(title), "", 1, "R", false, 0, "")
		pdf.Ln(4)
	})
}
