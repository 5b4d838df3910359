package importers

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/ledongthuc/pdf"

	"github.com/dpodesk/dpodesk/internal/lazyre"
)

// Limits of the PDF reader. The file-size limit does not bound a PDF: a few
// kilobytes of deflated zeros unpack to gigabytes, and the PDF library keeps
// about 150 bytes per glyph of a page's text. These limits are checked on the
// raw file before the library sees it, so a bomb costs one streaming inflate.
const (
	// maxPDFStream bounds one decompressed stream that is not an image (page
	// content, font maps, object streams). A dense text page is under 100 kB.
	maxPDFStream = 4 << 20
	// maxPDFText bounds all decompressed non-image streams together (a real
	// 11-page policy has 200 kB, most of it font maps).
	maxPDFText = 4 << 20
	// maxPDFImages bounds decompressed images and embedded font programs,
	// which the reader never interprets but the scan inflates to measure: it
	// bounds the scan's time. A page's content is measured again through the
	// library before it is read, so a content stream labelled as an image
	// still meets maxPDFStream and maxPDFText.
	maxPDFImages = 256 << 20
	// maxPDFObjects bounds the objects a PDF may declare (top level and inside
	// object streams); a 100-page policy has a few thousand.
	maxPDFObjects = 200_000
	// maxPDFObjStm bounds one decompressed object stream: the library inflates
	// it again from the start for every object it looks up in it.
	maxPDFObjStm = 1 << 20
	// maxPDFPage bounds one page's decompressed content. A dense text page
	// needs under 40 kB, but a design tool (Canva) draws a tall page in
	// vector paths and places every glyph on its own: 240 kB for 10,000
	// characters.
	maxPDFPage = 1 << 20
	// maxPDFPageText bounds the bytes inside one page's strings, the most
	// glyphs it can hold: the library holds all of a page's glyphs at once
	// (about 200 bytes each while it reads them).
	maxPDFPageText = 128 << 10
	// maxPDFGlyphs bounds the glyphs of the whole text layer, kept at 64 bytes
	// each until the layout is built (a 100-page policy has about 300,000).
	maxPDFGlyphs = 1_000_000
	// A small file cannot hold much text: the page content and the glyphs a
	// file may yield also grow with its size, from a floor that any real
	// policy stays under (an 11-page policy of 160 kB has 200 kB of content
	// and 30,000 glyphs). This keeps a small file that repeats one page from
	// costing more than a bounded multiple of its size.
	pdfTextPerByte   = 8
	minPDFText       = 512 << 10
	pdfGlyphsPerByte = 2
	minPDFGlyphs     = 50_000
)

// pdfTextBudget and pdfGlyphBudget are the limits for a file of size n.
func pdfTextBudget(n int) int64 { return min(maxPDFText, max(minPDFText, pdfTextPerByte*int64(n))) }
func pdfGlyphBudget(n int) int  { return min(maxPDFGlyphs, max(minPDFGlyphs, pdfGlyphsPerByte*n)) }

// maxReadTime bounds the wall time of the PDF page walk, checked between
// pages, as a last resort against inputs the size limits do not foresee. A
// variable so that a test can prove the check.
var maxReadTime = 30 * time.Second

var (
	streamKwRE = lazyre.New(`>>\s*stream\r?\n`)
	objKwRE    = lazyre.New(`\d+\s+\d+\s+obj\b`)
	objStmNRE  = lazyre.New(`/N\s+(\d+)`)
)

var errPDFLimit = errors.New("pdf exceeds a reader limit")

// checkPDFBounds measures the raw file against the limits above: it counts the
// declared objects and inflates every Flate stream into a counter, stopping at
// the first limit passed.
func checkPDFBounds(name string, data []byte) error {
	objects := len(objKwRE.FindAllIndex(data, maxPDFObjects+1))
	var text, images int64
	for _, loc := range streamKwRE.FindAllIndex(data, -1) {
		dict := streamDict(data, loc[0])
		if !bytes.Contains(dict, []byte("/FlateDecode")) {
			continue
		}
		image := opaqueStream(dict)
		objStm := bytes.Contains(dict, []byte("/ObjStm"))
		if objStm {
			if m := objStmNRE.FindSubmatch(dict); m != nil {
				n, _ := strconv.Atoi(string(m[1]))
				objects += n
			}
		}
		if objects > maxPDFObjects {
			return pdfTooBig(name, fmt.Sprintf("declares more than %d objects", maxPDFObjects))
		}
		limit := int64(maxPDFStream)
		switch {
		case image:
			limit = maxPDFImages - images
		case objStm:
			limit = maxPDFObjStm
		}
		n := inflatedSize(data[loc[1]:], limit)
		switch {
		case n > limit && objStm:
			return pdfTooBig(name, fmt.Sprintf("has an object stream that unpacks to more than %d mb", maxPDFObjStm>>20))
		case n > limit && !image:
			return pdfTooBig(name, fmt.Sprintf("has a stream that unpacks to more than %d mb", maxPDFStream>>20))
		case image:
			images += n
			if images > maxPDFImages {
				return pdfTooBig(name, fmt.Sprintf("has images that unpack to more than %d mb", maxPDFImages>>20))
			}
		default:
			text += n
			if text > maxPDFText {
				return pdfTooBig(name, fmt.Sprintf("has text streams that unpack to more than %d mb", maxPDFText>>20))
			}
		}
	}
	if objects > maxPDFObjects {
		return pdfTooBig(name, fmt.Sprintf("declares more than %d objects", maxPDFObjects))
	}
	return nil
}

// opaqueStream reports a stream the text reader never interprets: an image
// or an embedded font program.
func opaqueStream(dict []byte) bool {
	for _, k := range opaqueKeys {
		if bytes.Contains(dict, k) {
			return true
		}
	}
	return false
}

var opaqueKeys = [][]byte{[]byte("/Image"), []byte("/Length1"), []byte("/Length2"),
	[]byte("/Type1C"), []byte("/CIDFontType0C"), []byte("/OpenType")}

// streamDict returns the dictionary in front of the stream keyword at end:
// the bytes back to the object header, at most 4 kB.
func streamDict(data []byte, end int) []byte {
	start := max(0, end-4096)
	d := data[start : end+2]
	if i := bytes.LastIndex(d, []byte(" obj")); i >= 0 {
		d = d[i:]
	}
	return d
}

// inflatedSize inflates a zlib stream into a counter and returns its size, or
// limit+1 as soon as it passes limit. A stream zlib cannot read counts as what
// it yielded: the library reports it as damaged later.
func inflatedSize(src []byte, limit int64) int64 {
	zr, err := zlib.NewReader(bytes.NewReader(src))
	if err != nil {
		return 0
	}
	defer zr.Close()
	n, _ := io.Copy(io.Discard, io.LimitReader(zr, limit+1))
	return n
}

func pdfTooBig(name, what string) error {
	return failWith(name, ErrTooLarge, errPDFLimit, "the pdf "+what+" (a damaged or hostile file)",
		"export the policy to pdf again from the original document, or import it as docx or html")
}

// pdfWalk tracks the running totals of the page walk against its limits.
type pdfWalk struct {
	name    string
	text    int64 // the page-content budget of this file
	maxGly  int   // the glyph budget of this file
	start   time.Time
	glyphs  int
	content int64 // decompressed page content read so far
}

// page measures a page's content streams through the library before the
// library interprets them.
func (w *pdfWalk) page(pv pdf.Value) error {
	c := pv.Key("Contents")
	streams := []pdf.Value{c}
	if c.Kind() == pdf.Array {
		streams = streams[:0]
		for i := 0; i < c.Len() && i < maxPDFPages; i++ {
			streams = append(streams, c.Index(i))
		}
	}
	for _, s := range streams {
		if s.Kind() != pdf.Stream {
			continue
		}
		n, text := streamSize(s, maxPDFPage)
		w.content += n
		if n > maxPDFPage {
			return pdfTooBig(w.name, fmt.Sprintf("has a page whose content unpacks to more than %d kb", maxPDFPage>>10))
		}
		if text > maxPDFPageText {
			return pdfTooBig(w.name, fmt.Sprintf("has a page with more than %d kb of text", maxPDFPageText>>10))
		}
		if w.content > w.text {
			return pdfTooBig(w.name, fmt.Sprintf("has page content that unpacks to more than %d kb in all", w.text>>10))
		}
	}
	return nil
}

// streamSize reads a stream through the library into a counter, up to
// limit+1 bytes, and counts the bytes inside its strings; the library panics
// on filters it does not know.
func streamSize(s pdf.Value, limit int64) (n, text int64) {
	defer func() {
		if recover() != nil {
			n, text = 0, 0
		}
	}()
	rc := s.Reader()
	defer rc.Close()
	var sc stringBytes
	n, _ = io.Copy(&sc, io.LimitReader(rc, limit+1))
	return n, sc.n
}

// stringBytes counts the bytes inside the literal strings ("(…)", nested
// brackets and escapes included) and hex strings ("<…>", two digits a byte)
// of a content stream written to it: an upper bound of the glyphs it draws.
type stringBytes struct {
	n      int64
	depth  int  // nesting of a literal string, 0 outside
	escape bool // the byte before was a backslash in a literal string
	hex    bool // inside a hex string
	digits int64
}

func (c *stringBytes) Write(p []byte) (int, error) {
	for _, b := range p {
		switch {
		case c.depth > 0:
			c.literal(b)
		case c.hex && b == '<' && c.digits == 0:
			c.hex = false // "<<" opens a dictionary, not a string
		case c.hex && b == '>':
			c.hex = false
			c.n += (c.digits + 1) / 2
			c.digits = 0
		case c.hex:
			if isHexDigit(b) {
				c.digits++
			}
		case b == '(':
			c.depth = 1
		case b == '<':
			c.hex = true
		}
	}
	return len(p), nil
}

// literal takes byte b inside a literal string.
func (c *stringBytes) literal(b byte) {
	switch {
	case c.escape:
		c.escape = false
	case b == '\\':
		c.escape = true
		return
	case b == '(':
		c.depth++
	case b == ')':
		c.depth--
		if c.depth == 0 {
			return
		}
	}
	c.n++
}

func isHexDigit(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F'
}

func (w *pdfWalk) add(n int) error {
	w.glyphs += n
	if w.glyphs > w.maxGly {
		return pdfTooBig(w.name, fmt.Sprintf("holds more than %d characters of text", w.maxGly))
	}
	if time.Since(w.start) > maxReadTime {
		return failWith(w.name, ErrTooLarge, errPDFLimit,
			fmt.Sprintf("the pdf takes more than %s to read (a damaged or hostile file)", maxReadTime),
			"export the policy to pdf again from the original document, or import it as docx or html")
	}
	return nil
}
