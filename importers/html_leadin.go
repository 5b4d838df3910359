package importers

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The HTML form of the bold lead-in labels of markdown_leadin.go:
// <p><strong>Label.</strong> text</p>, at least minLeadIns siblings.

// htmlLeadIn returns the bold element that opens paragraph n and its label,
// when text follows it.
func htmlLeadIn(n *html.Node) (*html.Node, string) {
	if n.Type != html.ElementNode || n.DataAtom != atom.P {
		return nil, ""
	}
	c := n.FirstChild
	for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	if c == nil || c.Type != html.ElementNode || (c.DataAtom != atom.Strong && c.DataAtom != atom.B) {
		return nil, ""
	}
	rest := ""
	for s := c.NextSibling; s != nil; s = s.NextSibling {
		rest += nodeText(s)
	}
	label := strings.TrimRight(strings.TrimSpace(nodeText(c)), ".:–— ")
	if strings.TrimSpace(rest) == "" || label == "" || utf8.RuneCountInString(label) > maxLeadIn {
		return nil, ""
	}
	return c, label
}

func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var sb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sb.WriteString(nodeText(c))
	}
	return sb.String()
}

// countHTMLLeadIns counts the children of n that open with a bold label.
func countHTMLLeadIns(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b, _ := htmlLeadIn(c); b != nil {
			k++
		}
	}
	return k
}

// leadInParagraph writes the label as a bold heading line and the rest of
// the paragraph as its body.
func (r *htmlRenderer) leadInParagraph(bold *html.Node, label string) {
	r.boundary()
	r.b.boldLine(label)
	for c := bold.NextSibling; c != nil; c = c.NextSibling {
		r.walk(c)
	}
	r.boundary()
}
