package importers

import (
	"math"
	"strings"
	"unicode"
)

// Running heads and feet: a document's title or a firm's name printed at the
// top or bottom of every page. Set in a larger size, the title became a
// heading on every page ("Privacy Policy" seven times, each a section that cut
// the chapter it fell in); in body size it joined the paragraphs around the
// page break.

// minRunningPages is the fewest pages a line must head (or foot) to be a
// running head: on two pages a repeated first line can be chance.
const minRunningPages = 3

// dropRunningLines removes, from the second page on, a first or last line of
// a page that recurs in the same place, at the same height, on at least
// minRunningPages pages and on most of them. The first page keeps it: there
// it is the document's title.
func dropRunningLines(pages [][]pdfLine) {
	if len(pages) < minRunningPages {
		return
	}
	for _, end := range []bool{false, true} {
		count := map[string]int{}
		for _, pl := range pages {
			if l, ok := edgeLine(pl, end); ok {
				count[runningKey(l)]++
			}
		}
		for p := 1; p < len(pages); p++ {
			l, ok := edgeLine(pages[p], end)
			if n := count[runningKey(l)]; !ok || n < minRunningPages || n*2 <= len(pages) {
				continue
			}
			if end {
				pages[p] = pages[p][:len(pages[p])-1]
			} else {
				pages[p] = pages[p][1:]
			}
		}
	}
}

// edgeLine is the first (or, with last, the final) line of a page.
func edgeLine(pl []pdfLine, last bool) (pdfLine, bool) {
	if len(pl) == 0 {
		return pdfLine{}, false
	}
	if last {
		return pl[len(pl)-1], true
	}
	return pl[0], true
}

// runningKey is what two running lines share: their text without digits (a
// page number in the same line changes) and their height on the page.
func runningKey(l pdfLine) string {
	t := strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, l.text)
	return strings.Join(strings.Fields(t), " ") + "|" + itoa(int(math.Round(l.y)))
}
