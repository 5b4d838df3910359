package importers

import (
	"fmt"
	"strings"
	"testing"
)

// A notice pasted with its line breaks into one HTML text node keeps its
// lines; a paragraph with a stray blank line does not.
func TestPastedTextNode(t *testing.T) {
	var pasted strings.Builder
	for i := 1; i <= 16; i++ {
		fmt.Fprintf(&pasted, "%d. Chapter %d\n\nThe text of chapter %d says what we do with the data of this chapter,\nwrapped at a width as text pasted from a word processor is.\n\n", i, i, i)
	}
	var chapters []string
	for i := 1; i <= 16; i++ {
		chapters = append(chapters, fmt.Sprintf("Chapter %d", i))
	}
	checkSections(t, "notice.html", []sectionCase{
		{"pasted notice", "<html><body><div>" + pasted.String() + "</div></body></html>", chapters},
		{"stray blank line", "<html><body><h1>Notice</h1><div>We keep data.\n\nWe delete it.</div></body></html>", []string{"Notice"}},
	})
}
