package importers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A PDF notice gives its chapters as bold labels that open paragraphs ("Why
// we collect your personal data. We collect …") as often as it sets them on
// lines of their own. As in Markdown and HTML (see markdown_leadin.go), where
// at least minLeadIns paragraphs open so, each label becomes a heading line
// and the rest of the paragraph its body.

// leadInLabel is the label of a line whose first glyphs are bold and whose
// later ones are not: the text of the first nBold visible glyphs, when it or
// the glyph after it ends a phrase ("." ":" "?"), of at least two words and
// no longer than maxLeadIn runes, and where the rest of the line starts;
// "" and 0 else.
func leadInLabel(text string, nBold int) (label string, body int) {
	if nBold == 0 {
		return "", 0
	}
	seen := 0
	end := len(text)
	for i, r := range text {
		if unicode.IsSpace(r) {
			continue
		}
		if seen == nBold {
			end = i
			break
		}
		seen++
	}
	if end < len(text) && strings.IndexByte(".:?", text[end]) >= 0 {
		end++ // the full stop after a bold label is often set in the regular face
	}
	label = strings.TrimSpace(text[:end])
	if end == len(text) || !strings.ContainsAny(label[len(label)-1:], ".:?") || strings.TrimSpace(text[end:]) == "" {
		return "", 0
	}
	label = strings.TrimRight(label, ".: ")
	if n := utf8.RuneCountInString(label); n > maxLeadIn || len(strings.Fields(label)) < 2 {
		return "", 0
	}
	return label, end
}

// leadingBold counts the visible glyphs at the start of a line, in reading
// order, that are set in a bold face, when a glyph in a regular face follows
// them; 0 otherwise.
func leadingBold(glyphs []pdfGlyph) int {
	n := 0
	for _, g := range glyphs {
		if strings.TrimSpace(g.S) == "" || g.S == "\uFFFD" {
			continue
		}
		if !isBoldFont(g.Font) {
			return n
		}
		n += utf8.RuneCountInString(strings.Join(strings.Fields(g.S), ""))
	}
	return 0
}

// countPDFLeadIns counts the lines that open with a label.
func countPDFLeadIns(pages [][]pdfLine) int {
	n := 0
	for _, pl := range pages {
		for _, l := range pl {
			if l.lead != "" {
				n++
			}
		}
	}
	return n
}
