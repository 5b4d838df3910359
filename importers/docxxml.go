package importers

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dpodesk/dpodesk/internal/lazyre"
)

// bulletRE matches a bullet typed into the text instead of Word numbering.
var bulletRE = lazyre.New(`^\s*[•·▪◦–-][\t ]+`)

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// onOff reads a WordprocessingML toggle such as <w:b/> or <w:b w:val="0"/>.
func onOff(se xml.StartElement) bool {
	v := attr(se, "val")
	return v != "0" && v != "false" && v != "off"
}

func parseStyles(raw []byte) map[string]docxStyle {
	styles := map[string]docxStyle{}
	dec := xml.NewDecoder(bytes.NewReader(raw))
	var id string
	var cur docxStyle
	for {
		tok, err := dec.Token()
		if err != nil {
			return styles
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "style":
				id, cur = attr(t, "styleId"), docxStyle{}
			case "name":
				cur.name = attr(t, "val")
			case "basedOn":
				cur.basedOn = attr(t, "val")
			case "outlineLvl":
				if n, err := strconv.Atoi(attr(t, "val")); err == nil && n >= 0 && n < 9 {
					cur.outline = n + 1
				}
			}
		case xml.EndElement:
			if t.Name.Local == "style" && id != "" {
				styles[id] = cur
			}
		}
	}
}

// docxPara collects one paragraph of document.xml.
type docxPara struct {
	text     strings.Builder
	style    string
	outline  int
	list     bool // has numbering: a list item
	runBold  bool
	sawBold  bool
	sawPlain bool
}

type docxParser struct {
	styles map[string]docxStyle
	b      textBuilder
	p      *docxPara
	inPPr  bool
	inRPr  bool
	inT    bool
	cell   *strings.Builder // text of the table cell being read
	cells  []string
	tables int
	titles []int // indexes into b.hints of paragraphs in the Title style
	// item is a short list item held back until the next paragraph shows
	// whether it is a chapter's title; itemAfterList: a list item came before it
	item          string
	itemAfterList bool
	lastList      bool // the paragraph before was a list item
}

// parseDocument streams word/document.xml: paragraphs become paragraphs, heading
// styles and outline levels become hints, table rows become lines of cells.
func parseDocument(raw []byte, styles map[string]docxStyle) (body, error) {
	p := docxParser{styles: styles}
	if err := streamXML(raw, &p); err != nil {
		return body{}, err
	}
	p.flushItem(false)
	p.b.shiftBelowTitle(p.titles)
	text, hints := p.b.finish()
	return body{text: text, hints: hints, encoding: encUTF8}, nil
}

func (p *docxParser) start(dec *xml.Decoder, t xml.StartElement) error {
	switch t.Name.Local {
	case "Fallback", "txbxContent", "delText", "instrText", "footnoteReference":
		return dec.Skip() // alternate renderings, text boxes, deleted text, field codes
	case "p":
		if p.p == nil {
			p.p = &docxPara{}
		}
	case "pPr":
		p.inPPr = true
	case "rPr":
		p.inRPr = true
	case "r":
		if p.p != nil {
			p.p.runBold = false
		}
	case "tbl":
		p.flushItem(false)
		p.tables++
	case "tr":
		p.cells = p.cells[:0]
	case "tc":
		p.cell = &strings.Builder{}
	case "t":
		p.inT = true
	default:
		p.inline(t)
	}
	return nil
}

func (p *docxParser) inline(t xml.StartElement) {
	if p.p == nil {
		return
	}
	switch t.Name.Local {
	case "pStyle":
		if p.inPPr && !p.inRPr {
			p.p.style = attr(t, "val")
		}
	case "outlineLvl":
		if n, err := strconv.Atoi(attr(t, "val")); err == nil && p.inPPr && n >= 0 && n < 9 {
			p.p.outline = n + 1
		}
	case "numPr":
		p.p.list = p.inPPr
	case "b":
		if p.inRPr && !p.inPPr {
			p.p.runBold = onOff(t)
		}
	case "tab":
		if !p.inPPr {
			p.p.text.WriteByte('\t')
		}
	case "br", "cr":
		p.p.text.WriteByte('\n')
	case "noBreakHyphen":
		p.p.text.WriteByte('-')
	}
}

func (p *docxParser) chars(t xml.CharData) {
	// Only <w:t> holds text; other character data is whitespace between tags.
	if p.p == nil || !p.inT || len(t) == 0 {
		return
	}
	p.p.text.Write(t)
	if strings.TrimSpace(string(t)) != "" {
		if p.p.runBold {
			p.p.sawBold = true
		} else {
			p.p.sawPlain = true
		}
	}
}

func (p *docxParser) end(t xml.EndElement) {
	switch t.Name.Local {
	case "t":
		p.inT = false
	case "pPr":
		p.inPPr = false
	case "rPr":
		p.inRPr = false
	case "p":
		p.endPara()
	case "tc":
		if p.cell != nil {
			p.cells = append(p.cells, strings.Join(strings.Fields(p.cell.String()), " "))
			p.cell = nil
		}
	case "tr":
		if p.tables > 0 && strings.TrimSpace(strings.Join(p.cells, "")) != "" {
			p.b.line(strings.Join(p.cells, " | "))
		}
		p.cells = p.cells[:0]
	case "tbl":
		p.tables = max(p.tables-1, 0)
		p.b.endGroup()
	}
}

// endPara emits the finished paragraph: into the table cell being read, as a
// heading hint, as a list line, as a bold-only heading or as a paragraph.
func (p *docxParser) endPara() {
	para := p.p
	p.p = nil
	if para == nil {
		return
	}
	s := para.text.String()
	if !placeInCell(p.cell, s) {
		return
	}
	level := headingLevel(p.styles, para.style)
	if level == 0 && para.outline > 0 {
		level = para.outline
	}
	isList := para.list || bulletRE.MatchString(s)
	p.flushItem(!isList && level == 0 && utf8.RuneCountInString(strings.TrimSpace(s)) >= minSectionProse)
	afterList := p.lastList
	p.lastList = isList
	if isList && level == 0 {
		if item := bulletRE.ReplaceAllString(s, ""); chapterItemShape(item) {
			p.item, p.itemAfterList = strings.Join(strings.Fields(item), " "), afterList
			return
		}
	}
	switch {
	case level > 0:
		title, body := splitHeadingBody(s)
		if p.b.heading(title, level) && isTitleStyle(p.styles, para.style) {
			p.titles = append(p.titles, len(p.b.hints)-1)
		}
		if body != "" {
			p.b.para(body)
		}
	case isList:
		s = bulletRE.ReplaceAllString(s, "")
		p.b.line("- " + strings.Join(strings.Fields(s), " "))
	case para.sawBold && !para.sawPlain && len(s) <= maxBoldHeading && !strings.Contains(s, "\n"):
		p.b.boldLine(s)
	default:
		p.b.endGroup()
		p.b.para(s)
	}
}

// Word writers number their chapters with list numbering ("1. Cookies", a
// paragraph of prose, "2. Google Maps", …): a list of one short item, with no
// list item before it, followed by a paragraph of prose (minSectionProse
// runes; "Gelöscht wird nach 30 Tagen." after a provider's name is a
// remark), is a chapter's title. The item is held back until the next
// paragraph shows which it is.

// flushItem writes the item held back: as a title when proseFollows and no
// list item came before it, else as a list line.
func (p *docxParser) flushItem(proseFollows bool) {
	if p.item == "" {
		return
	}
	if proseFollows && !p.itemAfterList {
		p.b.boldLine(p.item)
	} else {
		p.b.line("- " + p.item)
	}
	p.item = ""
}

// chapterItemShape: a list item (without its typed bullet) short enough to
// be a title, ending without a sentence's or a list's mark.
func chapterItemShape(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" || strings.Contains(t, "\n") || utf8.RuneCountInString(t) > maxPastedTitle || len(strings.Fields(t)) > maxTitleWords {
		return false
	}
	return !strings.ContainsAny(t[len(t)-1:], ".,;:")
}

// minHeadingBody is the least text, in runes, after a line break in a
// heading paragraph that makes it the section's body: a writer who types a
// chapter's text into its heading paragraph after Shift+Enter ("Kontaktanfragen
// / Kontaktmöglichkeit" ↵ "Wenn Sie per Kontaktformular …") leaves one
// paragraph styled as a heading; a title broken over two lines is short.
const minHeadingBody = 120

// splitHeadingBody cuts a heading paragraph at its first line break when the
// text after it is a body of prose; otherwise the whole paragraph is the
// title.
func splitHeadingBody(s string) (title, body string) {
	s = strings.TrimSpace(s)
	first, rest, ok := strings.Cut(s, "\n")
	if !ok || utf8.RuneCountInString(strings.TrimSpace(rest)) < minHeadingBody || strings.TrimSpace(first) == "" {
		return s, ""
	}
	return first, strings.TrimSpace(rest)
}

func isTitleStyle(styles map[string]docxStyle, id string) bool {
	name := strings.ToLower(id)
	if st, ok := styles[id]; ok {
		name = strings.ToLower(st.name)
	}
	return name == "title"
}
