package importers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A text layer can hold a line-break marker as a visible glyph, so that every
// line of a paragraph (or every heading) ends in the same stray letter:
// "Interesse an ü", "Anliegen.ü", "Logfilesz". (The commonest source, the PDF
// library's TJ run end decoded through a subset font, is removed at the source
// in contentGlyphs; this catches such a glyph however it got there.) Left in,
// it splits words and numbers from their units ("3 ü Monate") and hides
// headings. A letter is taken for such a marker when it ends a large share of
// the lines set in one style and, on several of them, follows a space or a
// punctuation mark, where no word can end in it.
const (
	// minStrayLines is the number of lines of one style that must end in the
	// letter: a short style (a title, a footer) gives no evidence either way.
	minStrayLines = 4
	// minStrayShare is the share of a style's lines that must end in the
	// letter; wrapped prose ends in many different letters, so even the most
	// common final letter of real text stays well below it.
	minStrayShare = 0.4
	// minStrayDetached is the number of those lines where the letter follows
	// a space or a punctuation mark; real words never end that way, so two
	// such lines rule out a coincidence of words with the same last letter.
	minStrayDetached = 2
)

type lineStyle struct {
	size float64
	bold bool
}

// stripStrayEnds removes the stray final glyph from the lines of every style
// in which one is found, across all pages.
func stripStrayEnds(pages [][]pdfLine) {
	type tally struct {
		lines    int
		ends     map[rune]int
		detached map[rune]int
	}
	styles := map[lineStyle]*tally{}
	for _, pl := range pages {
		for _, l := range pl {
			st := styles[lineStyle{l.size, l.bold}]
			if st == nil {
				st = &tally{ends: map[rune]int{}, detached: map[rune]int{}}
				styles[lineStyle{l.size, l.bold}] = st
			}
			st.lines++
			last, before := lastTwo(l.text)
			if !unicode.IsLetter(last) {
				continue
			}
			st.ends[last]++
			if before == ' ' || unicode.IsPunct(before) {
				st.detached[last]++
			}
		}
	}
	// A marker proven in one style is the producer's, so it is also removed
	// from the other styles where it ends as large a share of the lines, however
	// few (a title, headings set in few lines rarely show it detached).
	marker := map[rune]bool{}
	for _, st := range styles {
		for r, n := range st.ends {
			if n >= minStrayLines && float64(n) >= minStrayShare*float64(st.lines) && st.detached[r] >= minStrayDetached {
				marker[r] = true
			}
		}
	}
	stray := map[lineStyle]rune{}
	for s, st := range styles {
		for r, n := range st.ends {
			if marker[r] && float64(n) >= minStrayShare*float64(st.lines) {
				stray[s] = r
			}
		}
	}
	if len(stray) == 0 {
		return
	}
	for _, pl := range pages {
		for i := range pl {
			r, ok := stray[lineStyle{pl[i].size, pl[i].bold}]
			if !ok {
				continue
			}
			if last, _ := lastTwo(pl[i].text); last == r {
				pl[i].text = strings.TrimRight(pl[i].text[:len(pl[i].text)-utf8.RuneLen(r)], " ")
			}
		}
	}
}

// lastTwo returns the last rune of s and the one before it (0 when absent).
func lastTwo(s string) (last, before rune) {
	last, n := utf8.DecodeLastRuneInString(s)
	if n == 0 {
		return 0, 0
	}
	before, _ = utf8.DecodeLastRuneInString(s[:len(s)-n])
	return last, before
}
