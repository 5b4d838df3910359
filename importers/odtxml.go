package importers

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/dpodesk/dpodesk/internal/lazyre"
)

// odtStyle is what a paragraph or text style tells about headings and bold.
type odtStyle struct {
	name    string // display name: style:display-name, else style:name decoded
	parent  string // style:parent-style-name, as encoded
	outline int    // style:default-outline-level, 0 if none
	bold    int8   // fo:font-weight: 1 bold, -1 not bold, 0 inherited
}

// odtStyles holds the named styles of styles.xml and the automatic styles of
// content.xml, keyed by family and style:name: names are unique per family.
type odtStyles map[string]odtStyle

func styleKey(family, name string) string { return family + "/" + name }

func (s odtStyles) parse(raw []byte) {
	r := odtStyleReader{styles: s}
	dec := xml.NewDecoder(bytes.NewReader(raw))
	for {
		tok, err := dec.Token()
		if err != nil {
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			r.start(t)
		case xml.EndElement:
			r.end(t)
		}
	}
}

// odtStyleReader collects style:style elements from a stream of tokens, so
// that content.xml's automatic styles are read in the same pass as its text.
type odtStyleReader struct {
	styles odtStyles
	key    string // key of the style being read, "" outside one
	cur    odtStyle
}

func (r *odtStyleReader) start(t xml.StartElement) {
	switch t.Name.Local {
	case "style":
		r.key = styleKey(attr(t, "family"), attr(t, "name"))
		r.cur = odtStyle{name: attr(t, "display-name"), parent: attr(t, "parent-style-name")}
		if r.cur.name == "" {
			r.cur.name = decodeStyleName(attr(t, "name"))
		}
		if n, err := strconv.Atoi(attr(t, "default-outline-level")); err == nil && n >= 1 && n <= 10 {
			r.cur.outline = n
		}
	case "text-properties":
		if r.key != "" {
			r.cur.bold = fontWeight(attr(t, "font-weight"))
		}
	}
}

func (r *odtStyleReader) end(t xml.EndElement) {
	if t.Name.Local == "style" && r.key != "" {
		r.styles[r.key] = r.cur
		r.key = ""
	}
}

// fontWeight reads fo:font-weight: "bold" or 600 and more is bold.
func fontWeight(v string) int8 {
	switch v {
	case "":
		return 0
	case "bold":
		return 1
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 600 {
		return 1
	}
	return -1
}

// styleHexRE matches a character ODF escaped in a style name: "Heading_20_1"
// is the style displayed as "Heading 1".
var styleHexRE = lazyre.New(`_([0-9A-Fa-f]{1,6})_`)

func decodeStyleName(name string) string {
	if !strings.Contains(name, "_") {
		return name
	}
	return styleHexRE.ReplaceAllStringFunc(name, func(m string) string {
		n, err := strconv.ParseUint(m[1:len(m)-1], 16, 32)
		if err != nil || n == 0 || n > 0x10FFFF {
			return m
		}
		return string(rune(n))
	})
}

// heading resolves a paragraph style to a heading level and whether it is the
// Title: by name ("Heading 1".."Heading 10", "Title"; Writer's built-in names
// are English whatever the interface language), else by the style's default
// outline level, following parent styles a few steps.
func (s odtStyles) heading(name string) (level int, title bool) {
	for range 8 {
		st, ok := s[styleKey("paragraph", name)]
		if !ok {
			st.name = decodeStyleName(name) // no styles part: the name is all there is
		}
		lower := strings.ToLower(st.name)
		if lvl := levelFromStyleName(lower); lvl > 0 {
			return lvl, strings.ReplaceAll(lower, " ", "") == "title"
		}
		if st.outline > 0 {
			return st.outline, false
		}
		if !ok || st.parent == "" {
			return 0, false
		}
		name = st.parent
	}
	return 0, false
}

// bold resolves whether a style sets its text bold, following parent styles.
func (s odtStyles) bold(family, name string) int8 {
	for range 8 {
		st, ok := s[styleKey(family, name)]
		if !ok {
			return 0
		}
		if st.bold != 0 {
			return st.bold
		}
		name = st.parent
	}
	return 0
}

// odtPara collects one text:p or text:h.
type odtPara struct {
	text     strings.Builder
	level    int // heading level, 0 for a paragraph
	title    bool
	bold     []bool // whether text is bold, one entry per open text:span
	space    bool   // a white-space character here is dropped: at the start, after a space
	sawBold  bool
	sawPlain bool
}

type odtParser struct {
	styles    odtStyles
	auto      odtStyleReader // adds content.xml's automatic styles to styles
	b         textBuilder
	p         *odtPara
	lists     int // depth of text:list
	itemParas int // paragraphs read so far in the current list item
	tables    int
	cell      *strings.Builder // text of the table cell being read
	cells     []string
	titles    []int // indexes into b.hints of paragraphs in the Title style
	sawText   bool  // office:text was found
}

// parseContent streams content.xml: its automatic styles first, then the
// body, where paragraphs become paragraphs, headings and heading styles hints,
// lists "- " lines and table rows lines of cells.
func parseContent(raw []byte, styles odtStyles) (body, error) {
	p := odtParser{styles: styles, auto: odtStyleReader{styles: styles}}
	if err := streamXML(raw, &p); err != nil {
		return body{}, err
	}
	if !p.sawText {
		return body{}, errNoTextBody
	}
	p.b.shiftBelowTitle(p.titles)
	text, hints := p.b.finish()
	return body{text: text, hints: hints, encoding: encUTF8}, nil
}

const (
	nsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	nsDraw   = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
)

// odtSkipped are elements whose text is not the policy's: comments, the
// deleted text of tracked changes, footnotes and endnotes (their citation
// mark too), generated tables of contents and indexes, declarations and forms.
var odtSkipped = map[string]bool{
	"annotation": true, "tracked-changes": true, "note": true, "note-citation": true,
	"table-of-content": true, "index-title": true, "alphabetical-index": true, "illustration-index": true,
	"table-index": true, "object-index": true, "user-index": true, "bibliography": true,
	"sequence-decls": true, "forms": true, "covered-table-cell": true,
}

func (p *odtParser) start(dec *xml.Decoder, t xml.StartElement) error {
	// Drawing objects (frames, text boxes, shapes with text) float beside the text.
	if odtSkipped[t.Name.Local] || t.Name.Space == nsDraw {
		return dec.Skip()
	}
	switch t.Name.Local {
	case "style", "text-properties":
		p.auto.start(t)
	case "text":
		// office:text, the body of a text document; form:text is a form field
		p.sawText = p.sawText || t.Name.Space == nsOffice
	case "p", "h":
		p.startPara(t)
	case "list":
		p.lists++
	case "list-item", "list-header":
		p.itemParas = 0
	case "table":
		p.tables++
	case "table-row":
		if p.tables == 1 {
			p.cells = p.cells[:0]
		}
	case "table-cell":
		if p.tables == 1 {
			p.cell = &strings.Builder{}
		}
	default:
		p.inline(t)
	}
	return nil
}

// startPara opens a paragraph with the heading level and boldness of its
// style; text:h declares its level itself, and is level 1 when it does not.
func (p *odtParser) startPara(t xml.StartElement) {
	if p.p != nil {
		return // a paragraph inside a paragraph (malformed): one paragraph
	}
	style := attr(t, "style-name")
	para := &odtPara{space: true, bold: []bool{p.styles.bold("paragraph", style) > 0}}
	para.level, para.title = p.styles.heading(style)
	if t.Name.Local == "h" {
		if n, err := strconv.Atoi(attr(t, "outline-level")); err == nil && n >= 1 && n <= 10 {
			para.level = n
		}
		para.level = max(para.level, 1)
	}
	p.p = para
}

// maxSpaces bounds text:s, whose count is the file's to choose: a policy
// never needs more, and a hostile count must not allocate.
const maxSpaces = 64

func (p *odtParser) inline(t xml.StartElement) {
	para := p.p
	if para == nil {
		return
	}
	switch t.Name.Local {
	case "span":
		bold := para.bold[len(para.bold)-1]
		if b := p.styles.bold("text", attr(t, "style-name")); b != 0 {
			bold = b > 0
		}
		para.bold = append(para.bold, bold)
	case "s":
		n, err := strconv.Atoi(attr(t, "c"))
		if err != nil || n < 1 {
			n = 1
		}
		para.text.WriteString(strings.Repeat(" ", min(n, maxSpaces)))
		para.space = false
	case "tab":
		para.text.WriteByte('\t')
		para.space = false
	case "line-break":
		para.text.WriteByte('\n')
		para.space = false
	}
}

// chars writes character data as ODF lays it out: white space (space, tab,
// line feed, carriage return) collapses into one space and is dropped at the
// start of a paragraph; text:s, text:tab and text:line-break are the typed
// ones, and a space after them is kept, as Writer reads it. A non-breaking
// hyphen becomes a hyphen, as in the DOCX reader.
func (p *odtParser) chars(t xml.CharData) {
	para := p.p
	if para == nil || len(t) == 0 {
		return
	}
	for _, r := range string(t) {
		switch r {
		case ' ', '\t', '\n', '\r':
			if !para.space {
				para.text.WriteByte(' ')
				para.space = true
			}
			continue
		case '\u2011':
			r = '-'
		}
		para.text.WriteRune(r)
		para.space = false
	}
	if len(bytes.TrimSpace(t)) > 0 {
		if para.bold[len(para.bold)-1] {
			para.sawBold = true
		} else {
			para.sawPlain = true
		}
	}
}

func (p *odtParser) end(t xml.EndElement) {
	switch t.Name.Local {
	case "style":
		p.auto.end(t)
	case "span":
		if p.p != nil && len(p.p.bold) > 1 {
			p.p.bold = p.p.bold[:len(p.p.bold)-1]
		}
	case "number":
		p.endNumber()
	case "p", "h":
		p.endPara()
	case "list":
		if p.lists = max(p.lists-1, 0); p.lists == 0 && p.tables == 0 {
			p.b.endGroup() // a list inside a table cell is part of the row
		}
	case "table-cell":
		if p.tables == 1 && p.cell != nil {
			p.cells = append(p.cells, strings.Join(strings.Fields(p.cell.String()), " "))
			p.cell = nil
		}
	case "table-row":
		if p.tables == 1 && strings.TrimSpace(strings.Join(p.cells, "")) != "" {
			p.b.line(strings.Join(p.cells, " | "))
		}
	case "table":
		if p.tables = max(p.tables-1, 0); p.tables == 0 {
			p.b.endGroup()
		}
	}
}

// endNumber separates text:number, the number Writer wrote before a numbered
// heading ("1."), from the heading's text, as the label's tab does on screen.
func (p *odtParser) endNumber() {
	if p.p != nil && !p.p.space {
		p.p.text.WriteByte(' ')
		p.p.space = true
	}
}

// endPara emits the finished paragraph: into the table cell being read, as a
// heading hint, as a list line, as a bold-only heading or as a paragraph.
func (p *odtParser) endPara() {
	para := p.p
	p.p = nil
	if para == nil {
		return
	}
	s := para.text.String()
	if !placeInCell(p.cell, s) {
		return
	}
	switch {
	case para.level > 0:
		if p.b.heading(s, para.level) && para.title {
			p.titles = append(p.titles, len(p.b.hints)-1)
		}
	case p.lists > 0 || bulletRE.MatchString(s):
		p.listLine(s)
	case para.sawBold && !para.sawPlain && len(s) <= maxBoldHeading && !strings.Contains(s, "\n"):
		p.b.boldLine(s)
	default:
		p.b.endGroup()
		p.b.para(s)
	}
}

// listLine writes a list paragraph as a "- " line, indented two spaces for
// each level of nesting; a further paragraph of the same item is indented
// under its first instead of starting an item of its own.
func (p *odtParser) listLine(s string) {
	indent := strings.Repeat("  ", max(p.lists-1, 0))
	s = strings.Join(strings.Fields(bulletRE.ReplaceAllString(s, "")), " ")
	if p.lists > 0 && p.itemParas > 0 {
		p.b.line(indent + "  " + s)
	} else {
		p.b.line(indent + "- " + s)
	}
	p.itemParas++
}
