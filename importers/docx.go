package importers

import (
	"archive/zip"
	"bytes"
	"strconv"
	"strings"
)

// The DOCX reader is archive/zip plus encoding/xml over word/document.xml and
// word/styles.xml: WordprocessingML's text model is small, and reading it
// directly keeps full control of headings, tables, breaks and tabs (see
// docs/import-readers.md for why no third-party DOCX library is used). The
// zip handling and its zip-bomb bound are shared with ODT (zipparts.go).

func readDOCX(name string, data []byte) (body, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return body{}, docxDoc.truncated(name, err)
	}
	doc := findZipFile(zr, "word/document.xml")
	if doc == nil {
		return body{}, docxDoc.notThis(name)
	}
	styles := map[string]docxStyle{}
	if sf := findZipFile(zr, "word/styles.xml"); sf != nil {
		if raw, err := unpack(sf); err == nil {
			styles = parseStyles(raw) // a broken styles part costs only the heading hints
		}
	}
	raw, err := unpack(doc)
	if err != nil {
		return body{}, docxDoc.unpackError(name, err)
	}
	b, err := parseDocument(raw, styles)
	if err != nil {
		return body{}, docxDoc.damaged(name, err)
	}
	return b, nil
}

// docxStyle is what a paragraph style tells about headings.
type docxStyle struct {
	name    string
	basedOn string
	outline int // outline level 1..9 from the style's w:outlineLvl, 0 if none
}

// headingLevel resolves a style to a heading level: "heading n" and "title" by
// name (the names are English in every language version of Word, only the
// displayed names and style ids are translated), else the outline level,
// following basedOn a few steps.
func headingLevel(styles map[string]docxStyle, id string) int {
	for range 8 {
		st, ok := styles[id]
		name := strings.ToLower(st.name)
		if !ok {
			name = strings.ToLower(id) // no styles part: the ids are the built-in names
		}
		if lvl := levelFromStyleName(name); lvl > 0 {
			return lvl
		}
		if st.outline > 0 {
			return st.outline
		}
		if !ok || st.basedOn == "" {
			return 0
		}
		id = st.basedOn
	}
	return 0
}

// levelFromStyleName reads "title" and "heading n" (lowercase, spaces
// ignored); n runs to 10 because ODF has ten heading levels, Word nine.
func levelFromStyleName(name string) int {
	name = strings.ReplaceAll(name, " ", "")
	if name == "title" {
		return 1
	}
	digits, ok := strings.CutPrefix(name, "heading")
	if !ok || len(digits) == 0 || len(digits) > 2 || strings.Trim(digits, "0123456789") != "" {
		return 0
	}
	if n, _ := strconv.Atoi(digits); n >= 1 && n <= 10 {
		return n
	}
	return 0
}
