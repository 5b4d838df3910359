package importers

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Notices written in Markdown give their purposes as list items that hold
// only a bold label, with the purpose's facets in a nested list:
//
//	- **Server-Logfiles:**
//	  - Zwecke: …
//	  - Rechtsgrundlage: …
//
// Where at least minLabelItems items of one list have that shape, each label
// is a heading line and its nested list that heading's body, as with bold
// lead-ins (markdown_leadin.go); a single such item stays an item.

// minLabelItems is the least number of labelled items that makes them
// headings.
const minLabelItems = 2

// labelItem returns the bold label of an item shaped so, without its colon,
// or "".
func (r *mdRenderer) labelItem(item ast.Node) string {
	first := item.FirstChild()
	if !isTextBlock(first) || first.Lines().Len() != 1 || !isAllBold(first) {
		return ""
	}
	if sub, ok := first.NextSibling().(*ast.List); !ok || sub.FirstChild() == nil {
		return ""
	}
	label := strings.TrimRight(strings.TrimSpace(r.inline(first)), ": ")
	if label == "" || utf8.RuneCountInString(label) > maxLeadIn {
		return ""
	}
	return label
}

// labelledItem writes the label as a bold heading line and the item's other
// blocks as its body.
func (r *mdRenderer) labelledItem(item ast.Node, label string) {
	r.b.endGroup()
	r.b.boldLine(label)
	for c := item.FirstChild().NextSibling(); c != nil; c = c.NextSibling() {
		r.block(c)
	}
	r.b.endGroup()
}
