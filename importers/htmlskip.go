package importers

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Elements that never hold policy text: code, styling, embedded media, inputs,
// navigation and the document head (its <title> repeats the page heading).
var chromeElems = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Svg: true,
	atom.Template: true, atom.Form: true, atom.Nav: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Input: true, atom.Dialog: true, atom.Math: true, atom.Audio: true, atom.Video: true,
}

var blockElems = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Blockquote: true, atom.Dd: true,
	atom.Address: true, atom.Figure: true, atom.Figcaption: true, atom.Aside: true, atom.Center: true,
	atom.Hr: true, atom.Details: true, atom.Summary: true, atom.Fieldset: true, atom.Caption: true,
	atom.Legend: true, atom.Header: true, atom.Footer: true, atom.Body: true, atom.Html: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Hgroup: true,
}

func isBlockElem(a atom.Atom) bool { return blockElems[a] }

// skip reports an element whose whole subtree is page chrome.
func (r *htmlRenderer) skip(n *html.Node) bool {
	if chromeElems[n.DataAtom] && !isAccordionToggle(n) {
		return true
	}
	if (n.DataAtom == atom.Header || n.DataAtom == atom.Footer) && r.content == 0 {
		return true // the site's header and footer; inside <main>/<article> they are the policy's
	}
	var role, id, class string
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(a.Val, "true") {
				return true
			}
		case "style":
			if isHiddenStyle(a.Val) {
				return true
			}
		case "role":
			role = strings.ToLower(a.Val)
		case "id":
			id = strings.ToLower(a.Val)
		case "class":
			class = strings.ToLower(a.Val)
		}
	}
	switch role {
	case "navigation", "search", "dialog", "alertdialog":
		return true
	case "banner", "contentinfo":
		return r.content == 0
	}
	return isConsentWidget(id) || isConsentWidget(class)
}

func isHiddenStyle(style string) bool {
	s := strings.ReplaceAll(strings.ToLower(style), " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// consent-management products whose names appear in their widgets' ids and classes.
var consentVendors = []string{"onetrust", "cookiebot", "usercentrics", "cmplz", "borlabs", "didomi",
	"klaro", "cookieyes", "cky-consent", "iubenda", "termly", "quantcast", "truste", "cc-window", "cookie-law-info"}

var consentParts = []string{"banner", "bar", "notice", "popup", "pop-up", "modal", "dialog", "overlay",
	"layer", "wall", "box", "hint", "disclaimer", "alert", "manager", "settings"}

var consentWords = strings.NewReplacer("cookies", "", "cookie", "", "gdpr", "", "consent", "")

// isConsentWidget recognises a cookie banner by its id or class: a cookie or
// consent word together with a widget word ("cookie-banner", "consent-modal"),
// or a consent vendor's name. A policy's own section id="cookies" does not match.
func isConsentWidget(attr string) bool {
	if attr == "" {
		return false
	}
	for _, v := range consentVendors {
		if strings.Contains(attr, v) {
			return true
		}
	}
	cookie := strings.Contains(attr, "cookie") || strings.Contains(attr, "gdpr")
	consent := strings.Contains(attr, "consent")
	if cookie && consent {
		return true
	}
	if !cookie && !consent {
		return false
	}
	rest := consentWords.Replace(attr)
	for _, p := range consentParts {
		if strings.Contains(rest, p) {
			return true
		}
	}
	return false
}

// isAccordionToggle: a button that opens a panel of the page (aria-controls,
// aria-expanded) carries the panel's title; policies laid out as accordions
// put their section headings there, often inside an <h2>.
func isAccordionToggle(n *html.Node) bool {
	if n.DataAtom != atom.Button {
		return false
	}
	for _, a := range n.Attr {
		if k := strings.ToLower(a.Key); k == "aria-controls" || k == "aria-expanded" {
			return true
		}
	}
	return false
}
