package importers

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Notices written in the US style give their purposes as paragraphs that
// open with a bold label ("**Improving the service.** We use …") instead of
// headings. Where at least minLeadIns sibling paragraphs share that form, each
// label becomes a heading of its own, so that the sections see one purpose
// each; a single bold phrase at the start of a paragraph stays emphasis.

// minLeadIns is the least number of sibling paragraphs with a bold lead-in
// that makes the lead-ins headings.
const minLeadIns = 3

// maxLeadIn is the longest bold lead-in taken as a label, in runes.
const maxLeadIn = 80

// leadIn returns the bold label that opens paragraph n and is followed by more
// text, or "".
func (r *mdRenderer) leadIn(n ast.Node) string {
	if _, ok := n.(*ast.Paragraph); !ok {
		return ""
	}
	e, ok := n.FirstChild().(*ast.Emphasis)
	if !ok || e.Level != 2 || e.NextSibling() == nil {
		return ""
	}
	label := strings.TrimSpace(r.inline(e))
	label = strings.TrimRight(label, ".:–— ")
	if label == "" || utf8.RuneCountInString(label) > maxLeadIn || strings.Contains(label, "\n") {
		return ""
	}
	return label
}

// countLabelled counts the children of parent that label gives a label
// (bold lead-ins, labelled items).
func countLabelled(parent ast.Node, label func(ast.Node) string) int {
	n := 0
	for c := parent.FirstChild(); c != nil; c = c.NextSibling() {
		if label(c) != "" {
			n++
		}
	}
	return n
}

// leadInParagraph writes the label as a bold heading line and the rest of the
// paragraph as its body.
func (r *mdRenderer) leadInParagraph(n ast.Node, label string) {
	var sb strings.Builder
	r.keepBreaks = isLineBlock(n, r.src) // a record block under its name keeps its lines
	for c := n.FirstChild().NextSibling(); c != nil; c = c.NextSibling() {
		r.inlineNode(&sb, c)
	}
	r.keepBreaks = false
	r.b.boldLine(label)
	if rest := strings.TrimLeft(strings.TrimSpace(sb.String()), ".:–— "); rest != "" {
		r.b.para(rest)
	}
}
