package importers

import (
	"bytes"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/dpodesk/dpodesk/internal/lazyre"
)

// mdParser is safe for concurrent use once built: goldmark parsers keep no
// per-document state outside the parser context each Parse call creates.
// Heading attributes ("## Contact {#contact}") are parsed, so that their
// braces do not end up in section titles. It is built on first use, not at
// every process start.
var mdParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough),
		goldmark.WithParserOptions(parser.WithHeadingAttribute())).Parser()
})

// readMarkdown parses Markdown with goldmark and renders the AST to plain text:
// headings as hints, paragraphs as paragraphs, list items and table rows as
// lines, links as their text. Raw HTML in the source goes through the HTML reader.
func readMarkdown(src string) body {
	source := []byte(spaceHeadingMarks(stripTemplateTags(stripTemplateComments(stripFrontMatter(src)))))
	root := mdParser().Parse(text.NewReader(source))
	r := mdRenderer{src: source}
	r.b.expect(len(src))
	r.blocks(root)
	t, h := r.b.finish()
	return body{text: t, hints: h}
}

// minGluedHeadings is how many lines whose heading marks touch their first
// word ("###Who are we?", "##II. Datenerfassung") make a file's way of
// writing its headings: CommonMark reads them as paragraphs, older
// renderers as the headings their authors saw. One alone may be a tag
// ("#Datenschutz") opening a line.
const minGluedHeadings = 2

// spaceHeadingMarks sets the blank CommonMark asks for after the marks of
// headings written without it, where a file writes two or more so.
func spaceHeadingMarks(src string) string {
	var glued []int // where the marks of each such line end
	for at := 0; at < len(src); {
		if k := gluedMarksEnd(src, at); k > 0 {
			glued = append(glued, k)
		}
		nl := strings.IndexByte(src[at:], '\n')
		if nl < 0 {
			break
		}
		at += nl + 1
	}
	if len(glued) < minGluedHeadings {
		return src
	}
	var b strings.Builder
	b.Grow(len(src) + len(glued))
	from := 0
	for _, k := range glued {
		b.WriteString(src[from:k])
		b.WriteByte(' ')
		from = k
	}
	b.WriteString(src[from:])
	return b.String()
}

// gluedMarksEnd is where the heading marks end on the line at at, when one
// to six of them touch a capital or a digit; 0 otherwise.
func gluedMarksEnd(src string, at int) int {
	k := at
	for k < len(src) && src[k] == '#' && k-at < 6 {
		k++
	}
	if k == at || k == len(src) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(src[k:]); unicode.IsUpper(r) || unicode.IsDigit(r) {
		return k
	}
	return 0
}

// readHTMLBody reads a Markdown file whose body is HTML with the HTML
// reader, after the front matter and template tags a Markdown page drops.
func readHTMLBody(src string) body {
	return readHTML(stripTemplateTags(stripTemplateComments(stripFrontMatter(src))))
}

// maxFrontMatter bounds the search for the end of a front-matter block: site
// generators keep a few dozen lines of settings there.
const maxFrontMatter = 16 << 10

// stripFrontMatter drops a YAML (---) or TOML (+++) front-matter block that
// static-site generators put before the text; Markdown would read its closing
// line as an underline that makes the settings a heading.
func stripFrontMatter(src string) string {
	_, body, _ := splitFrontMatter(src, maxFrontMatter)
	return body
}

// splitFrontMatter parts a YAML (---) or TOML (+++) front-matter block,
// closed within limit bytes, from the body after it.
func splitFrontMatter(src string, limit int) (front, body string, ok bool) {
	for _, fence := range []string{"---", "+++"} {
		if !strings.HasPrefix(src, fence+"\n") && !strings.HasPrefix(src, fence+"\r\n") {
			continue
		}
		head := src[len(fence):min(len(src), limit)]
		if i := strings.Index(head, "\n"+fence); i >= 0 {
			rest := head[i+1+len(fence):]
			if rest == "" || rest[0] == '\n' || rest[0] == '\r' {
				return head[:i], src[len(fence)+i+1+len(fence):], true
			}
		}
	}
	return "", src, false
}

// Site generators keep policies as Markdown with template tags: Liquid and
// Jinja statements ("{% include footer.html %}"), expressions ("{{ site.email
// }}") and kramdown attribute lists ("{: .lead}"). None is text of the policy;
// read as text they end up in titles and sentences.
var reTemplateTag = lazyre.New(`\{%-?[^%\n]{0,300}?-?%\}|\{\{[^{}\n]{0,300}?\}\}|\{:[^{}\n]{0,200}\}`)

func stripTemplateTags(src string) string {
	if !strings.Contains(src, "{%") && !strings.Contains(src, "{{") && !strings.Contains(src, "{:") {
		return src
	}
	return reTemplateTag.ReplaceAllString(src, "")
}

type mdRenderer struct {
	src        []byte
	keepBreaks bool // the paragraph is a block of short lines (an address)
	b          textBuilder
	depth      int // list nesting, for indenting nested items
	// chapter is the number of the chapter item whose blocks are being
	// rendered ("2", "2.1"): a numbered chapter item inside it is numbered
	// below it ("2.1 …"), as the list's nesting says, not "1." again
	chapter string
}

func (r *mdRenderer) blocks(parent ast.Node) {
	leadIns := countLabelled(parent, r.leadIn) >= minLeadIns
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		if label := r.leadIn(n); leadIns && label != "" {
			r.leadInParagraph(n, label)
			continue
		}
		r.block(n)
	}
}

func (r *mdRenderer) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		if h := r.inline(n); proseHeading(h) {
			r.b.para(h) // a clause exported in a heading style: text of the section above
		} else {
			r.b.heading(h, n.Level)
		}
	case *ast.Paragraph, *ast.TextBlock:
		r.paragraph(n)
	case *ast.List:
		r.list(n)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		r.b.para(r.lines(n))
	case *ast.HTMLBlock:
		r.htmlBlock(n)
	case *east.Table:
		r.table(n)
	case *ast.ThematicBreak:
		r.b.endGroup()
	default: // blockquote, document and anything else that contains blocks
		r.blocks(n)
	}
}

// paragraph renders a paragraph; one written entirely in bold is a heading hint,
// as policies converted from Word often mark their headings that way.
func (r *mdRenderer) paragraph(n ast.Node) {
	if isPastedLines(n, r.src, minPastedLines) {
		r.keepBreaks = true
		s := r.inline(n)
		r.keepBreaks = false
		for _, line := range strings.Split(s, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				r.b.para(line)
			}
		}
		return
	}
	r.keepBreaks = isLineBlock(n, r.src)
	s := r.inline(n)
	r.keepBreaks = false
	if isAllBold(n) && len(s) <= maxBoldHeading && !strings.Contains(s, "\n") {
		r.b.boldLine(s)
		return
	}
	r.b.para(s)
}

const maxBoldHeading = 120

// maxBlockLine is the longest line of a contact box (name, street, town,
// e-mail on lines of their own), whose line breaks are kept although Markdown
// joins the lines of a paragraph.
const maxBlockLine = 80

// minBlockLines is the least number of lines of a contact box.
const minBlockLines = 3

// reContactMark is a line no prose paragraph is made of: a postcode and town,
// a phone or e-mail label, or an address.
var reContactMark = lazyre.New(`(?i)^(?:\D{0,3}\d{4,5}\s+\p{Lu}|(?:tel|phone|telefon|fax|e-?mail|mail)\b.{0,3}[:.]|[^\s@]+(?:@|\s?[\[(]at[\])]\s?)\S+$)`)

// Text copied from a web page into a Markdown file often keeps one line per
// paragraph and heading with no blank line between them, which Markdown
// joins into a single paragraph: the whole policy would have no sections.
// A paragraph of at least minPastedLines lines, one of them longer than any
// width text is wrapped at, was not hard-wrapped: each of its lines is a
// paragraph (or heading) of its own.
const minPastedLines = 2

// Lines written one sentence per line are no such text: it also takes a
// line that reads as a heading (short, without a closing full stop, comma or
// colon, the next line starting with a capital), or a label title over prose.
func isPastedLines(n ast.Node, src []byte, minLines int) bool {
	lines := n.Lines()
	if lines.Len() < minLines {
		return false
	}
	long, title := false, false
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		l := strings.TrimSpace(string(seg.Value(src)))
		long = long || utf8.RuneCountInString(l) > maxWrapWidth
		if i+1 < lines.Len() && !title {
			next := lines.At(i + 1)
			title = isTitleish(l, strings.TrimSpace(string(next.Value(src))))
		}
	}
	return long && title
}

// maxPastedTitle is the longest line read as a heading of pasted text.
const maxPastedTitle = 80

func isTitleish(l, next string) bool {
	if isLabelTitle(l, next) {
		return true // "Google Analytics:" over its paragraph
	}
	if l == "" || next == "" || utf8.RuneCountInString(l) > maxPastedTitle || strings.ContainsAny(l[len(l)-1:], ".,;:") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, "*_#"))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isLineBlock reports a contact box or a record block: a paragraph of at
// least minBlockLines short lines, one of which is a postcode, phone or
// e-mail line or minLabelLines of which are "Label: value" lines (a processor
// listed as "Name:", "Address:", "Purpose:", "Legal basis:"), and none of
// which but the last ends a sentence.
func isLineBlock(n ast.Node, src []byte) bool {
	lines := n.Lines()
	if lines.Len() < minBlockLines {
		return false
	}
	mark, labels := false, 0
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		l := strings.TrimSpace(string(seg.Value(src)))
		if l == "" || utf8.RuneCountInString(l) > maxBlockLine || i < lines.Len()-1 && strings.HasSuffix(l, ".") && !abbrevEnd(l) {
			return false
		}
		mark = mark || reContactMark.MatchString(l)
		if reFieldLabel.MatchString(l) {
			labels++
		}
	}
	return mark || labels >= minLabelLines
}

// minLabelLines is the least number of "Label: value" lines that make a
// paragraph of short lines a record block: one such line is an ordinary
// sentence with a colon.
const minLabelLines = 3

// reFieldLabel is a line that opens with a label of at most three words and
// a colon, followed by its value.
var reFieldLabel = lazyre.New(`^\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,2}:[ \t]+\S`)

// abbrevEnd: a line ending in an abbreviation ("Gegr.", "Str.") or an initial.
func abbrevEnd(l string) bool {
	f := strings.Fields(l)
	last := f[len(f)-1]
	return utf8.RuneCountInString(last) <= 5
}

func isAllBold(n ast.Node) bool {
	c := n.FirstChild()
	if c == nil || c.NextSibling() != nil {
		return false
	}
	e, ok := c.(*ast.Emphasis)
	return ok && e.Level == 2
}

func (r *mdRenderer) list(l *ast.List) {
	labels := r.depth == 0 && countLabelled(l, r.labelItem) >= minLabelItems
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		if r.depth == 0 && r.isSectionItem(l, item) {
			r.sectionItem(l, item)
			continue
		}
		if label := r.labelItem(item); labels && label != "" {
			r.labelledItem(item, label)
			continue
		}
		first := true
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.List:
				r.depth++
				r.list(c)
				r.depth--
			case *ast.Paragraph, *ast.TextBlock:
				// a numbered item's title and one long line already tell
				if first && isPastedLines(c, r.src, 2) && (l.IsOrdered() || opensWithTitle(c, r.src)) {
					r.pastedItem(c, l, item)
				} else {
					r.itemLine(r.inline(c), first)
				}
				first = false
			default:
				r.itemLine(strings.TrimSpace(r.plain(c)), first)
				first = false
			}
		}
	}
	if r.depth == 0 {
		r.b.endGroup()
	}
}

// pastedItem renders an item of pasted text ("1. Hosting" or "- Beim Besuch
// der Webseite" followed by its lines, which Markdown took for the item's
// continuation) as a heading line, numbered in a numbered list, and its
// paragraphs.
func (r *mdRenderer) pastedItem(c ast.Node, l *ast.List, item ast.Node) {
	r.keepBreaks = true
	s := r.inline(c)
	r.keepBreaks = false
	for i, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		if i == 0 && l.IsOrdered() {
			line = strconv.Itoa(l.Start+itemIndex(l, item)) + ". " + line
		}
		r.b.para(line)
	}
}

// Policies written as numbered chapters without heading marks ("1. Name und
// Anschrift des Verantwortlichen", a blank line, then its paragraphs) are
// Markdown lists: an item holds the chapter's title, and its paragraphs
// follow in the item, when indented far enough, or after the list; their
// sub-chapters are often bulleted the same way. Such an item opens with a
// one-line title and a paragraph of prose (or such an item) follows it: its
// title is a heading line and the rest is read as blocks.

// isSectionItem: the item's first block is a one-line title (short, no
// closing full stop, comma, semicolon or colon) and a paragraph of prose
// follows it, in the item or, for the list's only item, after the list.
func (r *mdRenderer) isSectionItem(l *ast.List, item ast.Node) bool {
	first := item.FirstChild()
	if !isTextBlock(first) || first.Lines().Len() != 1 {
		return false
	}
	next := first.NextSibling()
	if next == nil && l.ChildCount() == 1 {
		next = l.NextSibling()
	}
	sub, isList := next.(*ast.List)
	if !isTextBlock(next) && (!isList || sub.FirstChild() == nil) {
		return false // the shape rules it out: nothing is rendered
	}
	title := strings.TrimSpace(r.inline(first))
	maxRunes, maxWords := maxPastedTitle, maxTitleWords
	if l.IsOrdered() {
		maxRunes, maxWords = maxNumberedItemTitle, maxNumberedItemWords // a number vouches for a longer title
	}
	if title == "" || utf8.RuneCountInString(title) > maxRunes || len(strings.Fields(title)) > maxWords ||
		strings.ContainsAny(title[len(title)-1:], ".,;:") {
		return false
	}
	if isList {
		return r.isSectionItem(sub, sub.FirstChild()) // a chapter of sub-chapters written as items
	}
	if isProse(r.inline(next)) {
		return true
	}
	// a numbered chapter whose text opens with a sub-title: "3) Hosting" over
	// "Shopify" over its paragraph, "5) Kontaktaufnahme" over "5.1 Shopify
	// Inbox" (a shop generator numbers its chapters so)
	return l.IsOrdered() && r.opensSubsection(next, l.Start+itemIndex(l, item))
}

// opensSubsection: block n is a one-line title followed by prose, or one
// numbered as a part of chapter number ("5.1 …").
func (r *mdRenderer) opensSubsection(n ast.Node, number int) bool {
	if !isTextBlock(n) || n.Lines().Len() != 1 {
		return false
	}
	title := strings.TrimSpace(r.inline(n))
	if title == "" || utf8.RuneCountInString(title) > maxPastedTitle || strings.ContainsAny(title[len(title)-1:], ".,;:") {
		return false
	}
	if strings.HasPrefix(title, strconv.Itoa(number)+".") {
		return true
	}
	after := n.NextSibling()
	return isTextBlock(after) && isProse(r.inline(after))
}

// isProse: a paragraph of some length, or a sentence of at least
// minProseWords words ("Wir setzen auf unserer Webseite keine Cookies ein.",
// "Ihnen stehen folgende Rechte zu:").
func isProse(s string) bool {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) >= minSectionProse {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsUpper(r) && strings.ContainsRune(".:!?", last) && len(strings.Fields(s)) >= minProseWords
}

// isTextBlock: n is a paragraph, or the text of a tight list item.
func isTextBlock(n ast.Node) bool {
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return true
	}
	return false
}

// maxNumberedItemTitle and maxNumberedItemWords bound the title of a
// numbered chapter item ("6. Erhebung und Speicherung von personenbezogenen
// Daten sowie deren Art und Zweck der Verwendung").
const (
	maxNumberedItemTitle = 120
	maxNumberedItemWords = 16
)

// minSectionProse is the shortest paragraph, in runes, that makes an item
// with a title a chapter rather than a list entry with a note.
const minSectionProse = 80

// minProseWords is the fewest words of a shorter sentence under a title.
const minProseWords = 5

// sectionItem renders a chapter item as a heading line, numbered in a
// numbered list, and blocks.
func (r *mdRenderer) sectionItem(l *ast.List, item ast.Node) {
	first := item.FirstChild()
	title := strings.TrimSpace(r.inline(first))
	outer := r.chapter
	if l.IsOrdered() {
		n := strconv.Itoa(l.Start + itemIndex(l, item))
		if outer == "" {
			title = n + ". " + title
			r.chapter = n
		} else {
			r.chapter = outer + "." + n
			title = r.chapter + " " + title
		}
	}
	r.b.endGroup()
	r.b.para(title)
	for c := first.NextSibling(); c != nil; c = c.NextSibling() {
		r.block(c)
	}
	r.chapter = outer
}

// opensWithTitle: the first line of a block reads as a title over the next
// ("Beim Besuch der Webseite" over its paragraph). A bulleted item of pasted
// text must open so; one wrapped by hand can have such a line anywhere.
func opensWithTitle(n ast.Node, src []byte) bool {
	lines := n.Lines()
	if lines.Len() < 2 {
		return false
	}
	a, b := lines.At(0), lines.At(1)
	title := strings.TrimSpace(string(a.Value(src)))
	return len(strings.Fields(title)) <= maxItemTitleWords && !strings.Contains(title, ",") &&
		isTitleish(title, strings.TrimSpace(string(b.Value(src))))
}

// maxItemTitleWords bounds the title opening a bulleted item: a line wrapped
// by hand before a capitalised word is longer.
const maxItemTitleWords = 8

func itemIndex(l *ast.List, item ast.Node) int {
	i := 0
	for c := l.FirstChild(); c != nil && c != item; c = c.NextSibling() {
		i++
	}
	return i
}

func (r *mdRenderer) itemLine(s string, first bool) {
	indent := strings.Repeat("  ", r.depth)
	if first {
		r.b.line(indent + "- " + s)
		return
	}
	r.b.line(indent + "  " + s)
}

func (r *mdRenderer) table(t *east.Table) {
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, strings.TrimSpace(r.inline(cell)))
		}
		r.b.line(strings.Join(cells, " | "))
	}
	r.b.endGroup()
}

func (r *mdRenderer) htmlBlock(n *ast.HTMLBlock) {
	hb := readHTML(r.lines(n))
	if hb.text == "" {
		return
	}
	r.b.para(hb.text) // headings inside raw HTML blocks stay text; they are rare in policies
}

// lines returns the raw source lines of a block (code, raw HTML).
func (r *mdRenderer) lines(n ast.Node) string {
	var sb strings.Builder
	segs := n.Lines()
	for i := range segs.Len() {
		seg := segs.At(i)
		sb.Write(seg.Value(r.src))
	}
	if h, ok := n.(*ast.HTMLBlock); ok && h.HasClosure() {
		sb.Write(h.ClosureLine.Value(r.src))
	}
	return sb.String()
}

// inline renders the inline children of a node as text.
func (r *mdRenderer) inline(n ast.Node) string {
	var sb strings.Builder
	r.inlineTo(&sb, n)
	return sb.String()
}

func (r *mdRenderer) inlineTo(sb *strings.Builder, parent ast.Node) {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		r.inlineNode(sb, n)
	}
}

// lastLineOf is the text after the last line break of s.
func lastLineOf(s string) string { return s[strings.LastIndexByte(s, '\n')+1:] }

// inlineNode renders one inline node.
func (r *mdRenderer) inlineNode(sb *strings.Builder, n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		sb.Write(unescape(n.Value(r.src), n.IsRaw()))
		if n.HardLineBreak() {
			sb.WriteByte('\n')
		} else if n.SoftLineBreak() && r.keepBreaks && !endsWithFunctionWord(lastLineOf(sb.String())) {
			// a line of pasted text is a paragraph of its own, unless it was
			// cut after a word that opens what follows ("… werden mit" over
			// "Beendigung der Mitgliedschaft gelöscht.")
			sb.WriteByte('\n')
		} else if n.SoftLineBreak() && !strings.HasSuffix(sb.String(), "\n") {
			sb.WriteByte(' ') // after a "<br />" the line is ended already
		}
	case *ast.String:
		sb.Write(n.Value)
	case *ast.AutoLink:
		sb.Write(n.Label(r.src))
	case *ast.RawHTML:
		// inline tags carry no text, but a line break ends a line of a
		// contact box written with "<br />" ("Example Practice<br />" over
		// "Mag. Jane Doe<br />" over the street)
		if isBreakTag(n, r.src) {
			sb.WriteByte('\n')
		}
	case *ast.Link:
		start := sb.Len()
		r.inlineTo(sb, n)
		sb.WriteString(mailboxAfter(sb.String()[start:], string(n.Destination)))
	case *ast.Image:
		// images have only alt text, left out
	default: // emphasis, links, code spans, strikethrough: their text
		r.inlineTo(sb, n)
	}
}

// isBreakTag: the raw inline HTML is a "<br>" tag in any of its spellings.
func isBreakTag(n *ast.RawHTML, src []byte) bool {
	var raw []byte
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		raw = append(raw, seg.Value(src)...)
	}
	return reBreakTag.MatchString(string(raw))
}

var reBreakTag = lazyre.New(`(?i)^<br\s*/?>$`)

// plain renders any node's inline text, for list items holding other blocks.
func (r *mdRenderer) plain(n ast.Node) string {
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 && n.FirstChild() == nil {
		return r.lines(n)
	}
	return r.inline(n)
}

func unescape(b []byte, raw bool) []byte {
	if raw || bytes.IndexByte(b, '\\') < 0 && bytes.IndexByte(b, '&') < 0 {
		return b // each step below changes only what follows a backslash or an ampersand
	}
	b = util.UnescapePunctuations(b)
	b = util.ResolveNumericReferences(b)
	return util.ResolveEntityNames(b)
}

// Law firms' templates set their numbered clauses in heading styles, and a
// Markdown export keeps the styles as headings ("#### We will receive most
// of this personal information from you directly …"). A heading of
// maxHeadingWords words or more, one of minSentenceHeadingWords or more
// that ends with a full stop, and one that ends with a list's ";" or ","
// is prose.

// maxHeadingWords is the fewest words of a heading that is always prose.
const maxHeadingWords = 30

// minSentenceHeadingWords is the fewest words of a heading that ends with
// a full stop and is a sentence, not a title ("Who we are.").
const minSentenceHeadingWords = 12

func proseHeading(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	words := len(strings.Fields(s))
	last := s[len(s)-1]
	return words >= maxHeadingWords || last == ';' || last == ',' || last == '.' && words >= minSentenceHeadingWords
}
