package importers

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "readers", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func zipOf(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadBadInput(t *testing.T) {
	pdf, docx, odt := fixture(t, "musterwerk-de.pdf"), fixture(t, "musterwerk-de.docx"), fixture(t, "musterwerk-de.odt")
	ole := append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 504)...)
	const text, sheet = "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"
	// Newer LibreOffice versions can encrypt the whole package into one
	// entry, leaving no content.xml: the manifest alone tells.
	spreadsheet := `<office:document-content ` + odtNS + `><office:body><office:spreadsheet/></office:body></office:document-content>`
	wholesome := `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">` +
		`<manifest:file-entry manifest:full-path="encrypted-package"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>`
	tests := []struct {
		name string
		data []byte
		want error
		says string
	}{
		{"empty.txt", nil, ErrEmpty, "empty"},
		{"blank.md", []byte("\xEF\xBB\xBF \r\n\t\n"), ErrEmpty, "empty"},
		{"logo.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), ErrBinary, "png image"},
		{"photo.txt", []byte("\xFF\xD8\xFF\xE0\x00\x10JFIF"), ErrBinary, "jpeg image"},
		{"bundle.zip", zipOf(t, map[string]string{"a.txt": "hello"}), ErrBinary, "zip archive"},
		{"fake.docx", zipOf(t, map[string]string{"a.txt": "hello"}), ErrBinary, "not a word document"},
		{"fake.odt", zipOf(t, map[string]string{"a.txt": "hello"}), ErrBinary, "not an opendocument text"},
		{"budget.odt", odfOf(t, sheet, "content.xml", "<office:document-content/>"), ErrBinary, "opendocument spreadsheet"},
		{"sheet.zip", odfOf(t, "", "content.xml", spreadsheet, "META-INF/manifest.xml", "<manifest:manifest/>"), ErrBinary, "not an opendocument text"},
		{"policy.odt", odt[:len(odt)/2], ErrTruncated, "truncated"},
		{"broken.odt", odfOf(t, text, "content.xml", odtContent("", "<text:p>Zweck")[:60]), ErrTruncated, "damaged"},
		{"encrypted.odt", fixture(t, "encrypted.odt"), ErrEncrypted, "password-protected"},
		{"wholesome.odt", odfOf(t, text, "META-INF/manifest.xml", wholesome, "encrypted-package", "\x01\x02"), ErrEncrypted, "password-protected"},
		{"named.odt", []byte("just some words"), ErrUnreadable, "not an opendocument text"},
		{"policy.pdf", pdf[:len(pdf)/2], ErrTruncated, "truncated"},
		{"policy.docx", docx[:len(docx)/2], ErrTruncated, "truncated"},
		{"encrypted.pdf", fixture(t, "encrypted.pdf"), ErrEncrypted, "password-protected"},
		{"locked.docx", ole, ErrEncrypted, "password-protected"},
		{"old.doc", ole, ErrBinary, ".doc"},
		{"noise.txt", []byte("1234 5678 ---- ==== 9999 #### ////"), ErrUnreadable, "no readable words"},
		{"garbage.txt", []byte("abc\x81\x8d\x8f\x90\x9d\xfe\xff\x80\x81"), ErrUnreadable, "utf-8"},
		{"controls.txt", bytes.Repeat([]byte("a\x01\x02\x03"), 50), ErrBinary, "not a text document"},
		{"scan.pdf", []byte("%PDF-1.4\n%%EOF\n"), ErrUnreadable, "pdf"},
		{"named.pdf", []byte("just some words"), ErrUnreadable, "not a pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadBytes(tt.name, tt.data)
			assertReadError(t, err, tt.name, tt.want, tt.says)
		})
	}
}

// assertReadError checks the sentinel and that the message is one lowercase
// line that names the file, says what is wrong and how to fix it.
func assertReadError(t *testing.T, err error, name string, want error, says string) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("got %v, want %v", err, want)
	}
	msg := err.Error()
	rest, ok := strings.CutPrefix(msg, name+": ")
	switch {
	case !ok:
		t.Errorf("message does not start with the file name: %q", msg)
	case strings.ContainsAny(msg, "\n\r"):
		t.Errorf("message is not one line: %q", msg)
	case rest != strings.ToLower(rest):
		t.Errorf("message is not lowercase: %q", msg)
	case !strings.Contains(rest, "; "):
		t.Errorf("message has no fix: %q", msg)
	case !strings.Contains(rest, says):
		t.Errorf("message %q does not say %q", msg, says)
	}
}

func TestReadRefusesWithoutReading(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "scan.pdf")
	// A sparse 50 MB file: Stat reports its size without a byte being written.
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 50<<20); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err := Read(big)
	assertReadError(t, err, "scan.pdf", ErrTooLarge, "50.0 mb")
	if d := time.Since(start); d > 50*time.Millisecond {
		t.Errorf("refusing took %v: the file was read", d)
	}
	_, err = Read(dir)
	assertReadError(t, err, filepath.Base(dir), ErrNotAFile, "directory")
	_, err = Read(filepath.Join(dir, "missing.txt"))
	assertReadError(t, err, "missing.txt", ErrNotAFile, "no such file")
	if _, err := os.Stat(os.DevNull); err == nil {
		_, err = Read(os.DevNull)
		assertReadError(t, err, filepath.Base(os.DevNull), ErrNotAFile, "not a regular file")
	}
	_, err = ReadBytes("huge.txt", make([]byte, MaxFileSize+1))
	assertReadError(t, err, "huge.txt", ErrTooLarge, "limit")
}

func TestReadDOCXDetails(t *testing.T) {
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	doc := `<w:document ` + w + `><w:body>
<w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:t>Zwecke</w:t></w:r></w:p>
<w:p><w:r><w:t>Name:</w:t><w:tab/><w:t>Musterwerk GmbH</w:t><w:br/><w:t xml:space="preserve">Ort: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Nürnberg</w:t></w:r></w:p>
<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Newsletter</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Anbieter</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Rundbrief Nord GmbH</w:t></w:r></w:p>
<w:p><w:r><w:t>Gelöscht wird nach 30 Tagen.</w:t></w:r><w:r><w:delText>nie</w:delText></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cookie</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Dauer</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>`
	styles := `<w:styles ` + w + `><w:style w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style></w:styles>`
	data := zipOf(t, map[string]string{"word/document.xml": doc, "word/styles.xml": styles})
	_, b, err := readFormat("x.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	want := "Zwecke\n\nName:\tMusterwerk GmbH\nOrt: Nürnberg\n\nNewsletter\n\nAnbieter\n\n- Rundbrief Nord GmbH\n\nGelöscht wird nach 30 Tagen.\n\nCookie | Dauer"
	if b.text != want {
		t.Errorf("text:\n%q\nwant\n%q", b.text, want)
	}
	at := func(s string, level int) HeadingHint {
		i := strings.Index(want, s)
		return HeadingHint{Start: i, End: i + len(s), Level: level}
	}
	got := []HeadingHint{at("Zwecke", 1), at("Newsletter", 2), at("Anbieter", 3)}
	if len(b.hints) != len(got) {
		t.Fatalf("hints %v, want %v", b.hints, got)
	}
	for i := range got {
		if b.hints[i] != got[i] {
			t.Errorf("hint %d: %v, want %v", i, b.hints[i], got[i])
		}
	}
}

// Word writers type a chapter's text into its heading paragraph after a line
// break (Shift+Enter), and number chapters with list numbering: the heading
// paragraph's first line is its title and the rest its body; a list of one
// short item followed by a paragraph of prose is a chapter's title, while an
// item in a list of several, or one followed by a short remark, stays a list
// line.
func TestReadDOCXChapterShapes(t *testing.T) {
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	long := "Wenn Sie per Kontaktformular oder E-Mail mit uns in Kontakt treten, speichern wir Ihre Angaben zur Bearbeitung der Anfrage und für Anschlussfragen."
	item := func(s string) string {
		return `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>` + s + `</w:t></w:r></w:p>`
	}
	para := func(s string) string { return `<w:p><w:r><w:t>` + s + `</w:t></w:r></w:p>` }
	doc := `<w:document ` + w + `><w:body>
<w:p><w:pPr><w:pStyle w:val="h4"/></w:pPr><w:r><w:t>Kontaktanfragen</w:t><w:br/><w:t>` + long + `</w:t></w:r></w:p>` +
		item("Cookies") + para("Um die Nutzerfreundlichkeit unserer Website zu verbessern, setzen wir Cookies ein, die Ihr Browser speichert.") +
		item("Name") + item("Anschrift") + para(long) +
		item("Kartendienst Nord") + para("Gelöscht wird nach 30 Tagen.") + `
</w:body></w:document>`
	styles := `<w:styles ` + w + `><w:style w:styleId="h4"><w:name w:val="heading 4"/></w:style></w:styles>`
	_, b, err := readFormat("x.docx", zipOf(t, map[string]string{"word/document.xml": doc, "word/styles.xml": styles}))
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, h := range b.hints {
		titles = append(titles, b.text[h.Start:h.End])
	}
	if want := []string{"Kontaktanfragen", "Cookies"}; !slices.Equal(titles, want) {
		t.Errorf("titles %q, want %q in\n%s", titles, want, b.text)
	}
	for _, line := range []string{"- Name", "- Anschrift", "- Kartendienst Nord", long} {
		if !strings.Contains(b.text, "\n"+line+"\n") {
			t.Errorf("no line %q in\n%s", line, b.text)
		}
	}
}
