package importers

import "strings"

// A page can hold a whole notice as one text node with its paragraphs set
// apart by blank lines and its chapters on lines of their own ("1.
// Einleitung"), shown as written by a stylesheet (white-space: pre-line),
// which the reader does not see. HTML collapses that whitespace, and the
// notice became one paragraph without a section. A text node that long with
// that many blank lines was written to be read line by line.

const (
	// minPastedText is the least length of such a text node, in bytes: a
	// paragraph with a stray blank line is far shorter.
	minPastedText = 2000
	// minPastedBreaks is the least number of blank lines in it.
	minPastedBreaks = 8
)

// pastedText: s is a notice pasted with its line breaks.
func pastedText(s string) bool {
	if len(s) < minPastedText || strings.Count(s, "\n") < 2*minPastedBreaks {
		return false
	}
	n := 0
	for _, para := range strings.Split(s, "\n\n") {
		if strings.TrimSpace(para) != "" {
			n++
		}
	}
	return n > minPastedBreaks
}
