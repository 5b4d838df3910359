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

// dropRunningLines removes the lines that recur at the top (or bottom) of a
// page, in the same place and at the same height, on at least
// minRunningPages pages and on most of them. A running head of two lines
// ("Example Group" over "Privacy Notice – August 2018") is removed line by
// line, up to maxRunningLines. The first page keeps its head, which there is
// the document's title; a running foot ("Page | 1") goes from every page.
func dropRunningLines(pages [][]pdfLine) {
	if len(pages) < minRunningPages {
		return
	}
	for _, foot := range []bool{false, true} {
		for depth := range maxRunningLines {
			if !dropRunningEdge(pages, foot, depth) {
				break
			}
		}
	}
}

// maxRunningLines bounds the lines of one running head or foot.
const maxRunningLines = 3

// dropRunningEdge removes one line of a running head (foot: false) or foot,
// the line at depth of the first page's head, which stays, and reports
// whether it found one.
func dropRunningEdge(pages [][]pdfLine, foot bool, depth int) bool {
	at := func(p int) (pdfLine, bool) {
		if p == 0 && !foot {
			if depth < len(pages[0]) {
				return pages[0][depth], true
			}
			return pdfLine{}, false
		}
		return edgeLine(pages[p], foot)
	}
	count := map[string]int{}
	for p := range pages {
		if l, ok := at(p); ok {
			count[runningKey(l)]++
		}
	}
	dropped := false
	for p := range pages {
		l, ok := at(p)
		if n := count[runningKey(l)]; !ok || n < minRunningPages || n*2 <= len(pages) {
			continue
		}
		dropped = true
		switch {
		case foot:
			pages[p] = pages[p][:len(pages[p])-1]
		case p > 0:
			pages[p] = pages[p][1:]
		}
	}
	return dropped
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
