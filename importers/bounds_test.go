package importers

import (
	"archive/zip"
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// pdfOf writes a PDF whose objects are given in order (object 1 must be the
// catalogue), with a correct cross-reference table.
func pdfOf(objs []string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// flateStream is a stream object of n bytes made of unit repeated, deflated.
func flateStream(dict, unit string, n int) string {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	chunk := []byte(strings.Repeat(unit, 64<<10/len(unit)))
	for w := 0; w < n; w += len(chunk) {
		zw.Write(chunk[:min(len(chunk), n-w)])
	}
	zw.Close()
	return fmt.Sprintf("<< %s /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", dict, z.Len(), z.Bytes())
}

const pdfFont = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"

// pdfPagesOf is a catalogue, a page tree of pages pages that all share
// content object 4, the font and the given content stream.
func pdfPagesOf(pages int, content string) []byte {
	kids := strings.Repeat("5 0 R ", pages)
	return pdfOf([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, pages),
		pdfFont,
		content,
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
	})
}

const textOp = "BT /F1 11 Tf 72 720 Td (Privacy policy of a small shop) Tj ET\n"

// TestPDFBombs proves each limit of the PDF reader with a file made here: it
// is refused with one line, as too large, and reading it allocates less than
// twenty times its own size.
// allocFloor is what reading any file may allocate, however small it is: the
// PDF library's reader, inflate windows and the page interpreter's tokens up
// to the content limits (a page with 128 kB of text that is all one-byte
// glyphs costs about 55 mb). TotalAlloc counts garbage too, so it bounds the peak.
const allocFloor = 64 << 20

func TestPDFBombs(t *testing.T) {
	objects := []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"}
	for range maxPDFObjects {
		objects = append(objects, "null")
	}
	tests := []struct {
		name, says string
		data       []byte
	}{
		{"stream-bomb.pdf", "stream that unpacks", pdfPagesOf(1, flateStream("", textOp, 10<<20))},
		{"page-bomb.pdf", "page whose content", pdfPagesOf(1, flateStream("", textOp, maxPDFPage+1))},
		{"page-text.pdf", "page with more than", pdfPagesOf(1, flateStream("", textOp, 3*maxPDFPageText))},
		{"shared-content.pdf", "page content that unpacks", pdfPagesOf(minPDFText/(maxPDFPage/2)+1,
			flateStream("", "BT ET\n", maxPDFPage/2))},
		{"many-pages.pdf", "pages", pdfPagesOf(maxPDFPages+1, flateStream("", textOp, 100))},
		{"image-bomb.pdf", "images", pdfPagesOf(1, flateStream("/Subtype /Image /Width 1 /Height 1", "\x00", maxPDFImages+1))},
		{"objstm-bomb.pdf", "object stream", pdfPagesOf(1, flateStream("/Type /ObjStm /N 1 /First 4", " ", maxPDFObjStm+1))},
		{"objects.pdf", "objects", pdfOf(objects)},
		{"glyphs.pdf", "characters of text", pdfPagesOf(2,
			flateStream("", "BT /F1 1 Tf ("+strings.Repeat("a", 250)+") Tj ET\n", maxPDFPageText-1))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			limit := max(20*uint64(len(tt.data)), allocFloor)
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := ReadBytes(tt.name, tt.data)
			runtime.ReadMemStats(&after)
			if !errors.Is(err, ErrTooLarge) || !errors.Is(err, errPDFLimit) {
				t.Fatalf("%d-byte file: got %v, want a reader limit", len(tt.data), err)
			}
			if msg := err.Error(); !strings.Contains(msg, tt.says) || strings.Contains(msg, "\n") {
				t.Errorf("message %q does not say %q on one line", msg, tt.says)
			}
			if got := after.TotalAlloc - before.TotalAlloc; got > limit {
				t.Errorf("allocated %d bytes for a %d-byte file, more than 20 times its size or 64 mb", got, len(tt.data))
			}
			if got := after.TotalAlloc - before.TotalAlloc; got > 512<<20 {
				t.Errorf("allocated %d bytes, more than 512 mb", got)
			}
		})
	}
}

// TestPDFTimeLimit proves the page walk's time check on an ordinary PDF.
func TestPDFTimeLimit(t *testing.T) {
	defer func(d time.Duration) { maxReadTime = d }(maxReadTime)
	maxReadTime = 0
	_, err := ReadBytes("policy.pdf", fixture(t, "northwind-en.pdf"))
	if !errors.Is(err, errPDFLimit) || !strings.Contains(err.Error(), "to read") {
		t.Fatalf("got %v, want the time limit", err)
	}
}

// TestPDFWithinLimits: the generated files below the limits still read.
func TestPDFWithinLimits(t *testing.T) {
	doc, err := ReadBytes("ok.pdf", pdfPagesOf(3, flateStream("", textOp, 4<<10)))
	if err != nil || !strings.Contains(doc.Text, "Privacy policy") {
		t.Fatalf("got %v, %q", err, doc.Text[:min(80, len(doc.Text))])
	}
}

// zipBomb is a zip whose entry part is repeated empty paragraphs, deflated
// about a thousand to one past maxUnpacked, after a stored ODF mimetype entry
// when mime is not "".
func zipBomb(mime, part, paragraph string) []byte {
	var z bytes.Buffer
	zw := zip.NewWriter(&z)
	if mime != "" {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
		w.Write([]byte(mime))
	}
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: part, Method: zip.Deflate})
	chunk := []byte(strings.Repeat(paragraph, 10<<10))
	for n := 0; n <= maxUnpacked; n += len(chunk) {
		w.Write(chunk)
	}
	zw.Close()
	return z.Bytes()
}

// TestZipAndHTMLBombs proves the unpack limit of DOCX and ODT on the part
// holding the text and on the ODT manifest, read first, and the HTML element
// limit.
func TestZipAndHTMLBombs(t *testing.T) {
	const odt = "application/vnd.oasis.opendocument.text"
	tests := []struct {
		name, says string
		data       []byte
	}{
		{"bomb.docx", "word document unpacks to more than", zipBomb("", "word/document.xml", "<w:p/>")},
		{"bomb.odt", "opendocument text unpacks to more than", zipBomb(odt, "content.xml", "<text:p/>")},
		{"manifest.odt", "opendocument text unpacks to more than", zipBomb(odt, "META-INF/manifest.xml", "<a/>")},
		{"tags.html", "elements", []byte("<html><body>" + strings.Repeat("<b>a", maxHTMLElements))},
	}
	for _, tt := range tests {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := ReadBytes(tt.name, tt.data)
		runtime.ReadMemStats(&after)
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%s (%d bytes): got %v, want too large: %s", tt.name, len(tt.data), err, tt.says)
		}
		if got := after.TotalAlloc - before.TotalAlloc; got > max(20*uint64(len(tt.data)), allocFloor) {
			t.Errorf("%s: allocated %d bytes for a %d-byte file", tt.name, got, len(tt.data))
		}
	}
}

// TestODTStylesBomb: styles.xml only adds hints, so one past the limit is
// left unread, in bounded memory, and the text is read without its styles.
func TestODTStylesBomb(t *testing.T) {
	bomb := zipBomb("application/vnd.oasis.opendocument.text", "styles.xml", "<style:style/>")
	zr, err := zip.NewReader(bytes.NewReader(bomb), int64(len(bomb)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		if err := zw.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	w, _ := zw.Create("content.xml")
	w.Write([]byte(odtContent("", `<text:p text:style-name="Heading_20_1">Zwecke</text:p><text:p>Wir verarbeiten Daten.</text:p>`)))
	zw.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	doc, err := ReadBytes("styles.odt", buf.Bytes())
	runtime.ReadMemStats(&after)
	if err != nil || doc.Text != "Zwecke\n\nWir verarbeiten Daten." {
		t.Fatalf("got %q, %v", doc.Text, err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > allocFloor {
		t.Errorf("allocated %d bytes", got)
	}
}

// A design tool (Canva) draws a tall page in vector paths and places each
// glyph on its own: its content is far larger than a text page's, while it
// holds few glyphs. The page is read; only the text in its strings is bounded.
func TestPDFDesignToolPage(t *testing.T) {
	unit := strings.Repeat("1 0 0 1 72 700 cm 0 0 m 10 10 l 20 5 l h f\n", 40) + textOp
	data := pdfPagesOf(1, flateStream("", unit, 400<<10))
	if len(data) > 64<<10 {
		t.Fatalf("the test file is %d bytes", len(data))
	}
	doc, err := ReadBytes("design.pdf", data)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	if !strings.Contains(doc.Text, "Privacy policy of a small shop") {
		t.Errorf("text %.200q", doc.Text)
	}
}
