package importers

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// odfOf writes an OpenDocument package as Writer lays it out: the media type
// stored uncompressed as the first entry "mimetype" (none when mime is ""),
// then the parts in the order given, as name and content pairs.
func odfOf(t *testing.T, mime string, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	if mime != "" {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(mime))
	}
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[i+1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const odtNS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0"`

// odtContent wraps a body and automatic styles into content.xml.
func odtContent(autoStyles, text string) string {
	return `<office:document-content ` + odtNS + `><office:automatic-styles>` + autoStyles +
		`</office:automatic-styles><office:body><office:text>` + text + `</office:text></office:body></office:document-content>`
}

// odtStylesPart holds named styles as a localised Word exports them (an id
// derived from the translated name, with a default outline level) and as
// Writer names its own ("Heading_20_1" displayed as "Heading 1").
const odtStylesPart = `<office:document-styles ` + odtNS + `><office:styles>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"/>
<style:style style:name="berschrift_20_2" style:display-name="Überschrift 2" style:family="paragraph" style:default-outline-level="2"/>
<style:style style:name="Strong" style:family="paragraph"><style:text-properties fo:font-weight="700"/></style:style>
</office:styles></office:document-styles>`

func TestReadODTDetails(t *testing.T) {
	auto := `<style:style style:name="P1" style:family="paragraph" style:parent-style-name="berschrift_20_2"/>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Strong"/>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="normal"/></style:style>`
	text := `<office:forms><form:form form:name="F"><form:text form:name="t"/></form:form></office:forms>
<text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>
<text:table-of-content text:name="Inhalt"><text:index-body><text:index-title><text:p>Inhaltsverzeichnis</text:p></text:index-title><text:p>1. Zwecke<text:tab/>2</text:p></text:index-body></text:table-of-content>
<text:h text:style-name="Heading_20_1"><text:number>1.</text:number>Zwecke</text:h>
<text:p>
   Name:<text:tab/>Musterwerk   GmbH<text:line-break/>Ort:<text:s text:c="2"/>Nürnberg
</text:p>
<text:p text:style-name="P1">Newsletter</text:p>
<text:p text:style-name="P2">Anbieter</text:p>
<text:p text:style-name="P2">Rundbrief <text:span text:style-name="T1">Nord</text:span></text:p>
<text:list><text:list-item><text:p>Zahlwerk Süd AG</text:p><text:p>Zahlungen</text:p>
<text:list><text:list-item><text:p>Kreditkarten</text:p></text:list-item></text:list></text:list-item></text:list>
<text:p>E‑Mail<draw:frame><draw:text-box><text:p>Logo</text:p></draw:text-box></draw:frame> genügt.</text:p>
<table:table><table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Cookie</text:p>
<table:table><table:table-row><table:table-cell><text:p>innen</text:p></table:table-cell></table:table-row></table:table></table:table-cell>
<table:covered-table-cell><text:p>verdeckt</text:p></table:covered-table-cell><table:table-cell><text:p>Dauer</text:p></table:table-cell></table:table-row></table:table>
<draw:custom-shape><text:p>Pfeil</text:p></draw:custom-shape><text:h text:outline-level="10">Anhang</text:h>`
	data := odfOf(t, "application/vnd.oasis.opendocument.text", "content.xml", odtContent(auto, text), "styles.xml", odtStylesPart)
	_, b, err := readFormat("x.odt", data)
	if err != nil {
		t.Fatal(err)
	}
	want := "1. Zwecke\n\nName:\tMusterwerk GmbH\nOrt:  Nürnberg\n\nNewsletter\n\nAnbieter\n\nRundbrief Nord\n\n" +
		"- Zahlwerk Süd AG\n  Zahlungen\n  - Kreditkarten\n\nE-Mail genügt.\n\nCookie innen | Dauer\n\nAnhang"
	if b.text != want {
		t.Errorf("text:\n%q\nwant\n%q", b.text, want)
	}
	checkHints(t, b, want, []hintWant{{"1. Zwecke", 1}, {"Newsletter", 2}, {"Anbieter", 3}, {"Anhang", 6}})
}

// checkHints compares the hints of b with the given texts and levels, each
// found at its first place in want.
func checkHints(t *testing.T, b body, want string, hints []hintWant) {
	t.Helper()
	if len(b.hints) != len(hints) {
		t.Fatalf("hints %v, want %v", b.hints, hints)
	}
	for i, h := range hints {
		at := strings.Index(want, h.text)
		if w := (HeadingHint{Start: at, End: at + len(h.text), Level: h.level}); b.hints[i] != w {
			t.Errorf("hint %d: %v, want %v (%q)", i, b.hints[i], w, h.text)
		}
	}
}

// TestODTWhiteSpace: character data collapses as ODF says, the typed spaces
// of text:s stay, and a count beyond any policy's need is cut to maxSpaces.
func TestODTWhiteSpace(t *testing.T) {
	tests := []struct{ xml, want string }{
		{"<text:p>  Art.\n  6 \t DSGVO </text:p>", "Art. 6 DSGVO"},
		{`<text:p>Art.<text:s/>6</text:p>`, "Art. 6"},
		{`<text:p>Art. <text:s text:c="3"/>6</text:p>`, "Art.    6"},
		{`<text:p>a<text:s text:c="999999999"/>b</text:p>`, "a" + strings.Repeat(" ", maxSpaces) + "b"},
		{`<text:p>a<text:tab/> b</text:p>`, "a\t b"},
		{"<text:p>Daten\u00adschutz</text:p>", "Datenschutz"},
	}
	for _, tt := range tests {
		b, err := parseContent([]byte(odtContent("", tt.xml)), odtStyles{})
		if err != nil || b.text != tt.want {
			t.Errorf("%s: got %q, %v; want %q", tt.xml, b.text, err, tt.want)
		}
	}
}

// TestODTTitleStyle: a paragraph in the Title style is level 1 and puts the
// outline headings one level below it, as in DOCX; without styles.xml the
// style names alone tell.
func TestODTTitleStyle(t *testing.T) {
	text := `<text:p text:style-name="Title">Datenschutz</text:p><text:h text:outline-level="1">Zwecke</text:h>` +
		`<text:p text:style-name="Heading_20_2">Dauer</text:p>`
	b, err := parseContent([]byte(odtContent("", text)), odtStyles{})
	if err != nil {
		t.Fatal(err)
	}
	checkHints(t, b, b.text, []hintWant{{"Datenschutz", 1}, {"Zwecke", 2}, {"Dauer", 3}})
}
