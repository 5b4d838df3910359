package importers

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLElements bounds the elements of an HTML page: the parser keeps a node
// of about 200 bytes for each, so a file of nothing but tags costs 60 times
// its size. A long policy page has under 10,000 elements.
const maxHTMLElements = 100_000

// checkHTMLBounds counts start tags ("<" and a letter) before parsing.
func checkHTMLBounds(name, src string) error {
	n := 0
	for i := 0; i+1 < len(src); i++ {
		if c := src[i+1]; src[i] == '<' && (c|0x20 >= 'a' && c|0x20 <= 'z') {
			if n++; n > maxHTMLElements {
				return fail(name, ErrTooLarge, fmt.Sprintf("the html page has more than %d elements", maxHTMLElements),
					"save the policy page on its own (or as text) and import that")
			}
		}
	}
	return nil
}

// readHTML renders an HTML page or fragment to text. Page chrome (navigation,
// page header and footer, scripts, styles, forms, cookie banners, hidden parts)
// is dropped; block elements become paragraphs, list items and table rows lines,
// h1–h6 and paragraphs written only in bold become heading hints.
func readHTML(src string) body {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil { // x/net/html reports only reader errors; a strings.Reader has none
		return readPlain(src)
	}
	var r htmlRenderer
	r.b.expect(len(src) / 2) // markup is about half of a page
	if m := mainElement(root); m != nil {
		root = m // the page's own content; menus and banners stand outside it
	}
	r.walk(root)
	r.flush()
	t, h := r.b.finish()
	return body{text: t, hints: h}
}

// mainElement is the page's one <main> element when it holds most of the
// page's text: HTML5 pages set their content there, and what stands outside
// (off-canvas menus, social links, skip links) is site chrome that no
// element name gives away. Nil when there is none, several, or little in it.
// One walk finds the <main> elements and counts the visible text, in all and
// inside them.
func mainElement(root *html.Node) *html.Node {
	var mains []*html.Node
	total, inMain := 0, 0
	var walk func(n *html.Node, under bool)
	walk = func(n *html.Node, under bool) {
		switch {
		case n.Type == html.TextNode:
			l := len(strings.TrimSpace(n.Data))
			total += l
			if under {
				inMain += l
			}
			return
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Head):
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Main:
			mains = append(mains, n)
			under = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, under)
		}
	}
	walk(root, false)
	if len(mains) != 1 || 2*inMain < total {
		return nil
	}
	return mains[0]
}

type htmlRenderer struct {
	b        textBuilder
	inl      strings.Builder // inline text of the block being read
	bold     int             // depth of <b>/<strong>
	sawBold  bool            // the pending block has bold text
	sawPlain bool            // the pending block has text outside bold
	pre      int             // depth of <pre>: whitespace is kept
	cell     int             // depth of table cells: blocks inside stay inline
	content  int             // depth of <main>/<article>: their header and footer are content
	li       int             // depth of list items
	liFirst  bool            // the next flushed line starts a list item
	heading  int             // depth of h1–h6: a toggle inside is the heading's text
	takes    int             // how often the inline text was taken into a block
}

func (r *htmlRenderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
		if r.skip(n) {
			return
		}
		r.element(n)
		return
	case html.DocumentNode:
		r.children(n)
	}
}

func (r *htmlRenderer) children(n *html.Node) {
	leadIns := countHTMLLeadIns(n) >= minLeadIns
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if bold, label := htmlLeadIn(c); leadIns && bold != nil && !r.skip(c) {
			r.leadInParagraph(bold, label)
			continue
		}
		r.walk(c)
	}
}

func (r *htmlRenderer) text(s string) {
	if strings.TrimSpace(s) != "" {
		if r.bold > 0 {
			r.sawBold = true
		} else {
			r.sawPlain = true
		}
	}
	if r.pre > 0 {
		r.inl.WriteString(s)
		return
	}
	if pastedText(s) {
		// text pasted with its line breaks into a block that a stylesheet
		// shows preformatted: its lines are kept, as in <pre>
		r.flush()
		r.pre++
		r.inl.WriteString(unwrap(s)) // its lines wrapped at a width joined, as in a text file
		r.flush()
		r.pre--
		return
	}
	writeCollapsed(&r.inl, s)
}

func (r *htmlRenderer) element(n *html.Node) {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		r.headingElem(n, int(n.Data[1]-'0'))
	case atom.Br:
		r.inl.WriteByte('\n')
	case atom.B, atom.Strong:
		r.bold++
		r.children(n)
		r.bold--
	case atom.Li:
		r.item(n)
	case atom.Dt:
		r.titleLine(n)
	case atom.Button:
		r.titleLine(n) // an accordion toggle (skip lets no other button through)
	case atom.Tr:
		r.row(n)
	case atom.Dl:
		if r.li == 0 && r.cell == 0 {
			if pairs, ok := recordList(n); ok {
				r.record(pairs)
				return
			}
		}
		fallthrough
	case atom.Table, atom.Ul, atom.Ol:
		r.blockElem(n)
		if r.li == 0 && r.cell == 0 {
			r.b.endGroup()
		}
	case atom.Pre:
		r.flush()
		r.pre++
		r.children(n)
		r.pre--
		r.flush()
	case atom.Main, atom.Article:
		r.content++
		r.blockElem(n)
		r.content--
	case atom.A:
		start, takes := r.inl.Len(), r.takes
		r.children(n)
		// a block inside the link (a heading) took the line: the link's text
		// is gone from the buffer, and the page shows the block, not an address
		if r.takes == takes {
			r.inl.WriteString(mailboxAfter(r.inl.String()[start:], htmlAttr(n, "href")))
		}
	default:
		if isBlockElem(n.DataAtom) {
			r.blockElem(n)
			return
		}
		r.children(n)
	}
}

// titleLine renders a term of a definition list or an accordion toggle as a
// bold line: the title of the text that follows it ("<dt>Newsletter</dt><dd>We
// send …</dd>"). Inside a heading or a list item it is inline text.
func (r *htmlRenderer) titleLine(n *html.Node) {
	if r.li > 0 || r.heading > 0 || r.cell > 0 {
		r.children(n)
		return
	}
	r.boundary()
	r.bold++
	r.children(n)
	r.bold--
	r.boundary()
}

// record writes the terms and values of a record list as "Term: value"
// lines of one group, as a contact box reads ("Name: Jane Example",
// "Firma: Example GmbH", "Anschrift: …").
func (r *htmlRenderer) record(pairs [][2]string) {
	r.flush()
	r.b.endGroup()
	for _, p := range pairs {
		r.b.line(p[0] + ": " + p[1])
	}
	r.b.endGroup()
}

// recordList reads a definition list whose terms are short labels and whose
// values are short single lines ("<dt>Name</dt><dd>Jane Example</dd>
// <dt>Anschrift</dt><dd>…</dd>"): a record, not a list of titles over
// their texts as a list of questions is.
func recordList(n *html.Node) ([][2]string, bool) {
	var pairs [][2]string
	var term string
	var walk func(c *html.Node) bool
	walk = func(c *html.Node) bool {
		for ; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
					return false
				}
				continue
			}
			text := strings.Join(strings.Fields(nodeText(c)), " ")
			switch c.DataAtom {
			case atom.Div:
				if !walk(c.FirstChild) {
					return false
				}
			case atom.Dt:
				if term != "" || text == "" || len(strings.Fields(text)) > maxRecordTermWords {
					return false
				}
				term = strings.TrimRight(text, ": ")
			case atom.Dd:
				if term == "" || utf8.RuneCountInString(text) > maxRecordValue {
					return false
				}
				pairs, term = append(pairs, [2]string{term, text}), ""
			default:
				return false
			}
		}
		return true
	}
	if !walk(n.FirstChild) || term != "" || len(pairs) < minRecordPairs {
		return nil, false
	}
	return pairs, true
}

// A record list has minRecordPairs pairs or more, terms of at most
// maxRecordTermWords words and values of at most maxRecordValue runes.
const (
	minRecordPairs     = 2
	maxRecordTermWords = 3
	maxRecordValue     = 100
)

func (r *htmlRenderer) blockElem(n *html.Node) {
	r.boundary()
	r.children(n)
	r.boundary()
}

// boundary ends the pending block, except inside a table cell where the cell's
// blocks are read as one line.
func (r *htmlRenderer) boundary() {
	if r.cell > 0 {
		r.inl.WriteByte(' ')
		return
	}
	r.flush()
}

func (r *htmlRenderer) headingElem(n *html.Node, level int) {
	if r.cell > 0 || r.li > 0 {
		r.children(n)
		return
	}
	r.flush()
	r.heading++
	r.children(n)
	r.heading--
	s := r.take()
	r.b.heading(s, level)
}

func (r *htmlRenderer) item(n *html.Node) {
	if r.cell > 0 {
		r.children(n)
		r.inl.WriteByte(' ')
		return
	}
	r.flush()
	r.li++
	r.liFirst = true
	r.children(n)
	r.flush()
	r.li--
	r.liFirst = false
}

func (r *htmlRenderer) row(n *html.Node) {
	if r.cell > 0 {
		r.children(n)
		return
	}
	r.flush()
	var cells []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) || r.skip(c) {
			continue
		}
		r.cell++
		r.children(c)
		r.cell--
		cells = append(cells, strings.Join(strings.Fields(r.take()), " "))
	}
	if strings.TrimSpace(strings.Join(cells, "")) != "" {
		r.b.line(strings.Join(cells, " | "))
	}
}

// take returns and clears the pending inline text, each line trimmed.
func (r *htmlRenderer) take() string {
	s := r.inl.String()
	r.inl.Reset()
	r.takes++
	r.sawBold, r.sawPlain = false, false
	if r.pre > 0 {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.Join(lines, "\n")
}

// flush ends the pending block as a list line, a bold-only heading or a paragraph.
func (r *htmlRenderer) flush() {
	boldOnly := r.sawBold && !r.sawPlain
	s := r.take()
	if strings.TrimSpace(s) == "" {
		return
	}
	switch {
	case r.li > 0:
		prefix := strings.Repeat("  ", r.li-1) + "  "
		f := strings.Fields(s)
		if r.liFirst {
			prefix = strings.Repeat("  ", r.li-1) + "- "
			r.liFirst = false
			if len(f) > 1 && typedItemMarks[f[0]] {
				f = f[1:] // "<li>&nbsp; - provide help …</li>": the author typed the mark the list already sets
			}
		}
		r.b.line(prefix + strings.Join(f, " "))
	case boldOnly && len(s) <= maxBoldHeading && !strings.Contains(strings.TrimSpace(s), "\n"):
		r.b.boldLine(s)
	default:
		r.b.para(s)
	}
}

// typedItemMarks are the marks an author types at the start of a list
// item's text, beside the mark the list itself renders.
var typedItemMarks = map[string]bool{"-": true, "–": true, "—": true, "•": true, "·": true, "*": true, "▪": true}

// writeCollapsed writes s with every run of HTML whitespace as one space,
// straight into the block's builder to spare a string per text node.
func writeCollapsed(sb *strings.Builder, s string) {
	space := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\r', '\f':
			space = true
		default:
			if space {
				sb.WriteByte(' ')
				space = false
			}
			sb.WriteByte(c)
		}
	}
	if space {
		sb.WriteByte(' ')
	}
}
