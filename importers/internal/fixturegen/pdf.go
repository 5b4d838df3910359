package main

import (
	"os"
	"strings"

	"github.com/go-pdf/fpdf"
)

type pdfOptions struct {
	password string // user password; "" for an open PDF
	ttf      string // TrueType font file; "" for the core Helvetica font in cp1252
	lineEnd  string // a glyph written after every line, as some producers do; "" for none
	hanging  bool   // numbered paragraphs with their number drawn after the text, in the margin
	head     string // a running head printed at the top of every page ("a;b": two lines); "" for none
	foot     string // a running foot with the page number ("Page | %d"); "" for none
	lines    bool   // the source line for line, one font, size and spacing
}

// writeLinesPDF writes every non-blank line of src as one line of the page,
// all in the same regular font and size with the same spacing: titles stand
// apart only by their shape, as in a text pasted into a word processor
// with its line breaks kept.
func writeLinesPDF(out, src string, opt pdfOptions) error {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.SetCatalogSort(true)
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	pdf.SetMargins(20, 20, 20)
	pdf.SetAutoPageBreak(true, 20)
	pdf.AddPage()
	pdf.SetFont("Helvetica", "", 11)
	for _, line := range strings.Split(src, "\n") {
		if line = strings.TrimRight(line, " \t\r"); line != "" {
			pdf.CellFormat(0, 5.5, tr(line), "", 1, "L", false, 0, "")
		}
	}
	return pdf.OutputFileAndClose(out)
}

// writePDF lays the blocks out on A4 pages: headings bold and larger, wrapped
// paragraphs, list items with a dash, table rows as cells separated by bars.
func writePDF(out string, blocks []block, opt pdfOptions) error {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.SetCatalogSort(true)
	if opt.password != "" {
		pdf.SetProtection(fpdf.CnProtectPrint, opt.password, opt.password+"-owner")
	}
	family, tr := "Helvetica", pdf.UnicodeTranslatorFromDescriptor("") // cp1252: ä ö ü ß € „ “
	if opt.ttf != "" {
		font, err := os.ReadFile(opt.ttf)
		if err != nil {
			return err
		}
		family, tr = "Body", func(s string) string { return s }
		pdf.AddUTF8FontFromBytes(family, "", font)
		pdf.AddUTF8FontFromBytes(family, "B", font) // same face: the fixture is about text, not looks
	}
	pdf.SetMargins(20, 20, 20)
	pdf.SetAutoPageBreak(true, 20)
	if opt.head != "" {
		setRunningHead(pdf, family, tr, opt.head)
	}
	if opt.foot != "" {
		setRunningFoot(pdf, family, tr, opt.foot)
	}
	pdf.AddPage()
	for _, b := range blocks {
		if opt.hanging && writeHangingPara(pdf, family, tr, b) {
			continue
		}
		if opt.lineEnd != "" && (b.kind == "h" || b.kind == "p") {
			writeMarkedLines(pdf, family, tr, b, opt.lineEnd)
			continue
		}
		writePDFBlock(pdf, family, tr, b)
	}
	return pdf.OutputFileAndClose(out)
}

var headingSizes = map[int]float64{1: 18, 2: 14, 3: 12}

func writePDFBlock(pdf *fpdf.Fpdf, family string, tr func(string) string, b block) {
	switch b.kind {
	case "h":
		pdf.Ln(3)
		size := headingSizes[b.level]
		pdf.SetFont(family, "B", size)
		pdf.MultiCell(0, size*0.5, tr(b.text), "", "L", false)
		pdf.Ln(2)
	case "bold":
		pdf.SetFont(family, "B", 11)
		pdf.MultiCell(0, 5.5, tr(b.text), "", "L", false)
		pdf.Ln(2)
	case "li":
		pdf.SetFont(family, "", 11)
		pdf.SetX(25)
		pdf.MultiCell(0, 5.5, tr("- "+b.text), "", "L", false)
	case "row":
		pdf.SetFont(family, "", 10)
		pdf.MultiCell(0, 5, tr(strings.Join(b.cells, " | ")), "", "L", false)
	default:
		if label, rest, ok := boldLeadIn(b.text); ok {
			// "**Label.** text": the label in the bold face, run into its paragraph
			pdf.SetFont(family, "B", 11)
			pdf.Write(5.5, tr(label))
			pdf.SetFont(family, "", 11)
			pdf.Write(5.5, tr(rest))
			pdf.Ln(8.5)
			return
		}
		pdf.SetFont(family, "", 11)
		pdf.MultiCell(0, 5.5, tr(b.text), "", "J", false)
		pdf.Ln(3)
	}
}

// boldLeadIn splits a paragraph that opens with a bold label ("**Label.**
// text") into the label and the rest.
func boldLeadIn(text string) (label, rest string, ok bool) {
	if !strings.HasPrefix(text, "**") {
		return "", "", false
	}
	label, rest, ok = strings.Cut(text[2:], "**")
	return label, rest, ok && label != "" && strings.TrimSpace(rest) != ""
}

// writeMarkedLines writes a heading or paragraph line by line with a marker
// glyph after each line, the way some PDF producers leave a visible glyph in
// the text layer where a line breaks.
func writeMarkedLines(pdf *fpdf.Fpdf, family string, tr func(string) string, b block, mark string) {
	size, height := 11.0, 5.5
	style := ""
	if b.kind == "h" {
		size, style = headingSizes[b.level], "B"
		height = size * 0.5
		pdf.Ln(3)
	}
	pdf.SetFont(family, style, size)
	width, _ := pdf.GetPageSize()
	left, _, right, _ := pdf.GetMargins()
	for _, line := range pdf.SplitText(b.text, width-left-right-10) {
		pdf.CellFormat(0, height, tr(line+mark), "", 1, "L", false, 0, "")
	}
	pdf.Ln(3)
}
