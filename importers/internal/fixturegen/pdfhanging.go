package main

import (
	"fmt"
	"regexp"
	"strings"

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

// setRunningHead prints head at the top of every page, larger than the body
// text, as documents printed from a web page or a word processor do; a ";"
// in head starts a second line.
func setRunningHead(pdf *fpdf.Fpdf, family string, tr func(string) string, head string) {
	pdf.SetHeaderFunc(func() {
		pdf.SetFont(family, "B", 14)
		for _, line := range strings.Split(head, ";") {
			pdf.CellFormat(0, 8, tr(strings.TrimSpace(line)), "", 1, "R", false, 0, "")
		}
		pdf.Ln(4)
	})
}

// setRunningFoot prints foot, a format with the page number ("Page | %d"),
// at the bottom of every page.
func setRunningFoot(pdf *fpdf.Fpdf, family string, tr func(string) string, foot string) {
	pdf.SetFooterFunc(func() {
		pdf.SetY(-15)
		pdf.SetFont(family, "", 9)
		pdf.CellFormat(0, 6, tr(fmt.Sprintf(foot, pdf.PageNo())), "", 0, "R", false, 0, "")
	})
}
