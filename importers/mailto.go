package importers

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// A link that says "write to our Membership Secretary" holds the mailbox
// only in its target; the readers write the address after the link's text
// ("Membership Secretary (members@example.org)"), as a printed notice
// would, so that the contacts it names are read. A link whose text shows a
// mailbox keeps only its text, as the page shows it.

// mailtoAddress is the mailbox of a "mailto:" link target, without its
// query ("?subject=…"), or "" for any other target.
func mailtoAddress(href string) string {
	href = strings.TrimSpace(href)
	if len(href) < len("mailto:") || !strings.EqualFold(href[:len("mailto:")], "mailto:") {
		return ""
	}
	addr, _, _ := strings.Cut(href[len("mailto:"):], "?")
	if u, err := url.PathUnescape(addr); err == nil {
		addr = u
	}
	addr = strings.TrimSpace(addr)
	if strings.Count(addr, "@") != 1 || strings.ContainsAny(addr, " <>()\n") {
		return "" // not one mailbox: left as the link's text alone
	}
	return addr
}

// mailboxAfter is what follows a link's text: " (address)" for a "mailto:"
// target when the text shows no mailbox of its own, else "".
func mailboxAfter(linkText, href string) string {
	if addr := mailtoAddress(href); addr != "" && !strings.Contains(linkText, "@") {
		return " (" + addr + ")"
	}
	return ""
}

// htmlAttr is the value of an element's attribute, or "".
func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
