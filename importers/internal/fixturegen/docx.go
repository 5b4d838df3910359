package main

import (
	"archive/zip"
	"encoding/xml"
	"os"
	"strings"
)

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// The fixed parts of a minimal but complete WordprocessingML package, enough
// for Word and LibreOffice to open it with working heading styles.
var docxParts = map[string]string{
	"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`,
	"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`,
	"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`,
	"word/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ` + wordNS + `>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
</w:styles>`,
}

var partOrder = []string{"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml"}

// writeDOCX writes the blocks as a Word document: "#" as Title, "##" and "###"
// as Heading1 and Heading2, bold lines as bold runs, table rows as a table.
func writeDOCX(out string, blocks []block) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	parts := map[string]string{"word/document.xml": documentXML(blocks)}
	for _, name := range partOrder {
		content, ok := parts[name]
		if !ok {
			content = docxParts[name]
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: fixedTime})
		if err != nil {
			return err
		}
		if _, err := w.Write([]byte(content)); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

var headingStyles = map[int]string{1: "Title", 2: "Heading1", 3: "Heading2"}

func documentXML(blocks []block) string {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n<w:document " + wordNS + "><w:body>\n")
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		switch b.kind {
		case "h":
			sb.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + headingStyles[b.level] + `"/></w:pPr>` + wrun(b.text, false) + "</w:p>\n")
		case "bold":
			sb.WriteString("<w:p>" + wrun(b.text, true) + "</w:p>\n")
		case "li":
			sb.WriteString("<w:p>" + wrun("•\t"+b.text, false) + "</w:p>\n")
		case "row":
			j := i
			for j < len(blocks) && blocks[j].kind == "row" {
				j++
			}
			sb.WriteString(tableXML(blocks[i:j]))
			i = j - 1
		default:
			sb.WriteString("<w:p>" + wrun(b.text, false) + "</w:p>\n")
		}
	}
	sb.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`)
	return sb.String()
}

func tableXML(rows []block) string {
	var sb strings.Builder
	sb.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>`)
	for _, r := range rows {
		sb.WriteString("<w:tr>")
		for _, c := range r.cells {
			sb.WriteString("<w:tc><w:p>" + wrun(c, false) + "</w:p></w:tc>")
		}
		sb.WriteString("</w:tr>")
	}
	sb.WriteString("</w:tbl>\n")
	return sb.String()
}

// wrun writes text as runs: tabs as <w:tab/>, as Word itself stores them.
func wrun(text string, bold bool) string {
	rpr := ""
	if bold {
		rpr = "<w:rPr><w:b/></w:rPr>"
	}
	var sb strings.Builder
	for i, part := range strings.Split(text, "\t") {
		if i > 0 {
			sb.WriteString("<w:r>" + rpr + "<w:tab/></w:r>")
		}
		if part == "" {
			continue
		}
		sb.WriteString("<w:r>" + rpr + `<w:t xml:space="preserve">`)
		_ = xml.EscapeText(&sb, []byte(part))
		sb.WriteString("</w:t></w:r>")
	}
	return sb.String()
}
