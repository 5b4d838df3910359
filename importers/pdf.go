package importers

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ledongthuc/pdf"
)

// maxPDFPages bounds the page walk: a damaged page tree can claim any count.
const maxPDFPages = 2000

// readPDF extracts the text layer of a PDF with github.com/ledongthuc/pdf (see
// docs/import-readers.md for the comparison with github.com/dslipak/pdf) and
// rebuilds lines, paragraphs and headings from glyph positions and font sizes.
func readPDF(name string, data []byte) (b body, err error) {
	defer func() {
		// The library reports many malformed inputs by panicking.
		if r := recover(); r != nil {
			b, err = body{}, pdfDamaged(name, data, fmt.Errorf("pdf: %v", r))
		}
	}()
	if err := checkPDFBounds(name, data); err != nil {
		return body{}, err
	}
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if errors.Is(err, pdf.ErrInvalidPassword) || hasEncryptDict(data) {
			return body{}, pdfEncrypted(name, err)
		}
		return body{}, pdfDamaged(name, data, err)
	}
	// A PDF with only an owner password opens with the empty user password; its
	// text is readable, so it is read like any other.
	tree := r.Trailer().Key("Root").Key("Pages")
	if tree.Key("Count").Int64() > maxPDFPages {
		return body{}, pdfTooBig(name, fmt.Sprintf("has more than %d pages", maxPDFPages))
	}
	pvs, more := pdfPages(tree)
	if more {
		return body{}, pdfTooBig(name, fmt.Sprintf("has more than %d pages", maxPDFPages))
	}
	walk := pdfWalk{name: name, start: time.Now(), text: pdfTextBudget(len(data)), maxGly: pdfGlyphBudget(len(data))}
	var pages [][]pdfGlyph
	for _, pv := range pvs {
		if err := walk.page(pv); err != nil {
			return body{}, err
		}
		g := pageGlyphs(pdf.Page{V: pv})
		if err := walk.add(len(g)); err != nil {
			return body{}, err
		}
		pages = append(pages, g)
	}
	text, hints := layoutPDF(pages)
	return body{text: text, hints: hints, encoding: encUTF8}, nil
}

// pageGlyphs reads one page; a page whose content cannot be parsed is skipped
// rather than failing the whole document.
func pageGlyphs(p pdf.Page) (glyphs []pdfGlyph) {
	defer func() {
		if recover() != nil {
			glyphs = nil
		}
	}()
	return contentGlyphs(p)
}

// pdfPages walks the page tree itself, in order, with bounded depth, visits
// and pages, because a damaged tree can loop or claim billions of pages. more
// reports a tree with pages beyond the limit.
func pdfPages(root pdf.Value) (out []pdf.Value, more bool) {
	visits := 0
	var walk func(v pdf.Value, depth int)
	walk = func(v pdf.Value, depth int) {
		visits++
		if len(out) >= maxPDFPages || visits > 4*maxPDFPages {
			more = true
			return
		}
		if depth > 32 || v.Kind() != pdf.Dict {
			return
		}
		if v.Key("Type").Name() == "Page" || v.Key("Kids").IsNull() {
			out = append(out, v)
			return
		}
		kids := v.Key("Kids")
		for i := 0; i < kids.Len() && visits <= 4*maxPDFPages; i++ {
			walk(kids.Index(i), depth+1)
		}
	}
	walk(root, 0)
	return out, more
}

func hasEncryptDict(data []byte) bool {
	return bytes.Contains(data, []byte("/Encrypt"))
}

func pdfEncrypted(name string, err error) error {
	return failWith(name, ErrEncrypted, err, "the pdf is password-protected",
		"remove the password (open it and print to pdf) and import again")
}

// pdfDamaged tells a truncated file (no end-of-file marker) from other damage.
func pdfDamaged(name string, data []byte, err error) error {
	tail := data[max(0, len(data)-2048):]
	if !bytes.Contains(tail, []byte("%%EOF")) {
		return failWith(name, ErrTruncated, err, "the pdf is incomplete (truncated)",
			"download or copy it again and import again")
	}
	return failWith(name, ErrUnreadable, err, "the pdf is damaged and its text cannot be read",
		"open it and print to pdf, then import again")
}

// pdfGlyph is one positioned character of a PDF text layer, in points, with y
// growing upwards; the layout code does not depend on the PDF library.
type pdfGlyph struct {
	X, Y, W, Size float64
	Font, S       string
	// CID: the glyph is of a composite font, whose producers (TeX, online
	// word processors) set word gaps by position alone, squeezed in
	// justified lines (needsSpace)
	CID bool
}

func isBoldFont(font string) bool {
	f := strings.ToLower(font)
	return strings.Contains(f, "bold") || strings.Contains(f, "black") || strings.Contains(f, "heavy") ||
		strings.Contains(f, "semibold")
}
