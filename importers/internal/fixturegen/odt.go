package main

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"strings"
)

// The ODT writer renders the blocks as Writer stores them: text:h for
// outline headings, paragraph and text styles in styles.xml and in the
// automatic styles of content.xml, text:list for list items, table:table for
// table rows, runs of spaces as text:s. Inline marks that only this writer
// understands put in what a Markdown source has no syntax for:
//
//	~~text~~      a tracked deletion (text:change in the text, the deleted text in text:tracked-changes)
//	^[text]       a footnote (text:note with its citation and body)
//	<!--text-->   a comment (office:annotation)

const odtMime = "application/vnd.oasis.opendocument.text"

const odfNS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"` +
	` xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"` +
	` xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"` +
	` xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"` +
	` xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"` +
	` xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"`

// odtStylesXML holds the named styles, with the names and display names
// Writer gives its built-in styles ("Heading_20_1" shown as "Heading 1").
const odtStylesXML = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ` + odfNS + `><office:styles>
<style:default-style style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:text-properties fo:font-size="14pt"/></style:style>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:class="chapter"><style:text-properties fo:font-size="28pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="130%" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="115%" fo:font-weight="bold"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>`

// odtAutoStyles are content.xml's automatic styles: P1 makes "###" a heading
// by paragraph style alone (a text:p based on Heading 2, as Writer writes a
// heading paragraph taken out of the outline), T1 makes bold lines bold.
const odtAutoStyles = `<office:automatic-styles>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2"/>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Table1" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:automatic-styles>`

// odtHeadings maps a Markdown heading level to the opening tag: "#" is the
// Title, "##" an outline heading, "###" a heading by paragraph style.
var odtHeadings = map[int]struct{ open, close string }{
	1: {`<text:p text:style-name="Title">`, "</text:p>"},
	2: {`<text:h text:style-name="Heading_20_1" text:outline-level="1">`, "</text:h>"},
	3: {`<text:p text:style-name="P1">`, "</text:p>"},
}

// writeODT writes the blocks as an OpenDocument text; with a password,
// content.xml and styles.xml are encrypted as Writer encrypts them.
func writeODT(out string, blocks []block, password string) error {
	var w odtWriter
	parts := []odtPart{
		{name: "mimetype", data: []byte(odtMime), stored: true},
		{name: "content.xml", data: []byte(w.content(blocks)), xml: true},
		{name: "styles.xml", data: []byte(odtStylesXML), xml: true},
	}
	if password != "" {
		for i := range parts {
			if parts[i].xml {
				if err := parts[i].encrypt(password); err != nil {
					return err
				}
			}
		}
	}
	parts = append(parts, odtPart{name: "META-INF/manifest.xml", data: []byte(manifestXML(parts))})
	return writeZip(out, parts)
}

// odtPart is one entry of the package; encryption is what manifest.xml tells
// about it when it is encrypted.
type odtPart struct {
	name       string
	data       []byte
	stored     bool // not deflated: the mimetype entry, and encrypted parts
	xml        bool
	size       int // size before encryption
	encryption string
}

func manifestXML(parts []odtPart) string {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="` + odtMime + `"/>
`)
	for _, p := range parts[1:] {
		if p.encryption == "" {
			fmt.Fprintf(&sb, "<manifest:file-entry manifest:full-path=%q manifest:media-type=\"text/xml\"/>\n", p.name)
			continue
		}
		fmt.Fprintf(&sb, "<manifest:file-entry manifest:full-path=%q manifest:media-type=\"text/xml\" manifest:size=\"%d\">%s</manifest:file-entry>\n",
			p.name, p.size, p.encryption)
	}
	sb.WriteString("</manifest:manifest>")
	return sb.String()
}

// writeZip writes the parts in order; ODF wants mimetype first and stored,
// so that its media type can be read at a fixed offset.
func writeZip(out string, parts []odtPart) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	for _, p := range parts {
		w, err := createPart(zw, p)
		if err != nil {
			return err
		}
		if _, err := w.Write(p.data); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

// createPart starts a zip entry. Stored parts are written raw with their
// sizes in the local header, as Writer writes them, so that the media type
// stands at offset 38. CreateRaw writes no modification time, which suits the
// mimetype entry: the time would be an extra field, which ODF asks it not to
// have; the encrypted parts show the zip epoch, 1980, as their date.
func createPart(zw *zip.Writer, p odtPart) (io.Writer, error) {
	if !p.stored {
		return zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: fixedTime})
	}
	h := &zip.FileHeader{Name: p.name, Method: zip.Store, CRC32: crc32.ChecksumIEEE(p.data),
		CompressedSize64: uint64(len(p.data)), UncompressedSize64: uint64(len(p.data))}
	return zw.CreateRaw(h)
}

// odtWriter collects the tracked deletions and counts the footnotes while
// the body is written, since both are numbered and the deletions go first.
type odtWriter struct {
	deletions []string
	notes     int
}

func (w *odtWriter) content(blocks []block) string {
	body := w.body(blocks)
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<office:document-content " + odfNS + ">\n" + odtAutoStyles)
	sb.WriteString("\n<office:body><office:text>\n")
	sb.WriteString(`<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>` + "\n")
	if len(w.deletions) > 0 {
		sb.WriteString(`<text:tracked-changes text:track-changes="false">`)
		for i, d := range w.deletions {
			fmt.Fprintf(&sb, `<text:changed-region xml:id="ct%d" text:id="ct%d"><text:deletion><office:change-info>`+
				`<dc:creator>Reviewer</dc:creator><dc:date>2026-01-01T00:00:00</dc:date></office:change-info>`+
				`<text:p text:style-name="Text_20_body">%s</text:p></text:deletion></text:changed-region>`, i+1, i+1, odtEscape(d))
		}
		sb.WriteString("</text:tracked-changes>\n")
	}
	sb.WriteString(body)
	sb.WriteString("</office:text></office:body></office:document-content>")
	return sb.String()
}

func (w *odtWriter) body(blocks []block) string {
	var sb strings.Builder
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		j := i
		for j < len(blocks) && blocks[j].kind == b.kind {
			j++
		}
		switch b.kind {
		case "h":
			h := odtHeadings[b.level]
			sb.WriteString(h.open + w.inline(b.text) + h.close + "\n")
		case "bold":
			sb.WriteString(`<text:p text:style-name="Text_20_body"><text:span text:style-name="T1">` + w.inline(b.text) + "</text:span></text:p>\n")
		case "li":
			sb.WriteString(w.list(blocks[i:j]))
			i = j - 1
		case "row":
			sb.WriteString(w.table(blocks[i:j]))
			i = j - 1
		default:
			sb.WriteString(`<text:p text:style-name="Text_20_body">` + w.inline(b.text) + "</text:p>\n")
		}
	}
	return sb.String()
}

func (w *odtWriter) list(items []block) string {
	var sb strings.Builder
	sb.WriteString(`<text:list text:style-name="L1">`)
	for _, it := range items {
		sb.WriteString(`<text:list-item><text:p text:style-name="Standard">` + w.inline(it.text) + "</text:p></text:list-item>")
	}
	sb.WriteString("</text:list>\n")
	return sb.String()
}

func (w *odtWriter) table(rows []block) string {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r.cells))
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, `<table:table table:name="Table1" table:style-name="Table1"><table:table-column table:number-columns-repeated="%d"/>`, cols)
	for _, r := range rows {
		sb.WriteString("<table:table-row>")
		for _, c := range r.cells {
			sb.WriteString(`<table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">` + w.inline(c) + "</text:p></table:table-cell>")
		}
		sb.WriteString("</table:table-row>")
	}
	sb.WriteString("</table:table>\n")
	return sb.String()
}

// odtMarks are the inline marks, each with what it becomes.
var odtMarks = []struct {
	open, close string
	render      func(w *odtWriter, inner string) string
}{
	{"~~", "~~", (*odtWriter).deletion},
	{"^[", "]", (*odtWriter).footnote},
	{"<!--", "-->", (*odtWriter).annotation},
}

// inline writes text with its inline marks; an unclosed mark is text.
func (w *odtWriter) inline(text string) string {
	var sb strings.Builder
	space := true // at the start of a paragraph a space must be written as text:s
	for text != "" {
		at, mark := len(text), -1
		for i, m := range odtMarks {
			if k := strings.Index(text, m.open); k >= 0 && k < at &&
				strings.Contains(text[k+len(m.open):], m.close) {
				at, mark = k, i
			}
		}
		sb.WriteString(odtSpaces(text[:at], &space))
		if mark < 0 {
			break
		}
		m := odtMarks[mark]
		rest := text[at+len(m.open):]
		end := strings.Index(rest, m.close)
		sb.WriteString(m.render(w, rest[:end]))
		text = rest[end+len(m.close):]
	}
	return sb.String()
}

func (w *odtWriter) deletion(inner string) string {
	w.deletions = append(w.deletions, inner)
	return fmt.Sprintf(`<text:change text:change-id="ct%d"/>`, len(w.deletions))
}

func (w *odtWriter) footnote(inner string) string {
	w.notes++
	return fmt.Sprintf(`<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>`+
		`<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>`, w.notes, w.notes, odtEscape(inner))
}

func (w *odtWriter) annotation(inner string) string {
	return `<office:annotation><dc:creator>Reviewer</dc:creator><dc:date>2026-01-01T00:00:00</dc:date>` +
		`<text:p>` + odtEscape(inner) + `</text:p></office:annotation>`
}

// odtSpaces escapes text as Writer stores it: the first of several spaces is
// a character and the rest one text:s; a tab is text:tab. space tells whether
// the text before ended in a space, and is updated.
func odtSpaces(text string, space *bool) string {
	var sb strings.Builder
	for i := 0; i < len(text); {
		switch c := text[i]; c {
		case ' ':
			n := len(text[i:]) - len(strings.TrimLeft(text[i:], " "))
			if !*space {
				sb.WriteByte(' ')
				n--
			}
			if n == 1 {
				sb.WriteString("<text:s/>")
			} else if n > 1 {
				fmt.Fprintf(&sb, `<text:s text:c="%d"/>`, n)
			}
			i += len(text[i:]) - len(strings.TrimLeft(text[i:], " "))
			*space = true
			continue
		case '\t':
			sb.WriteString("<text:tab/>")
		default:
			j := i + 1
			for j < len(text) && text[j] != ' ' && text[j] != '\t' {
				j++
			}
			sb.WriteString(odtEscape(text[i:j]))
			i, *space = j, false
			continue
		}
		i++
		*space = false
	}
	return sb.String()
}

func odtEscape(s string) string {
	var sb strings.Builder
	_ = xml.EscapeText(&sb, []byte(s))
	return sb.String()
}
