package tui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/dpodesk/dpodesk/model"
)

// Document text is shown in two places: a stored document's whole text, and
// the window around a piece of evidence in the import review. Both are wrapped
// once per selection and width here, so a frame only slices visible lines.

const (
	markOpen  = "»"
	markClose = "«"
	// passageContext is how much text is shown before and after a quoted span:
	// enough for the surrounding paragraph, bounded so a long policy never makes
	// a selection slow.
	passageContext = 1500
)

// wrapRanges breaks s into lines of at most width cells at spaces, breaking
// words longer than a line; it returns byte ranges of s, one per line.
func wrapRanges(s string, width int) [][2]int {
	width = max(width, 1)
	var out [][2]int
	start := 0
	for start <= len(s) {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		out = wrapLine(s, start, end, width, out)
		start = end + 1
	}
	return out
}

// wrapLine wraps s[start:end], which holds no newline, greedily by words.
func wrapLine(s string, start, end, width int, out [][2]int) [][2]int {
	if start == end {
		return append(out, [2]int{start, start})
	}
	lineStart, lineW, lastSpace := start, 0, -1
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(s[i:])
		w := max(ansi.StringWidth(string(r)), 0)
		if r == ' ' {
			lastSpace = i
		}
		if lineW+w > width && i > lineStart {
			cut := i
			if lastSpace > lineStart {
				cut = lastSpace
			}
			out = append(out, [2]int{lineStart, cut})
			if cut < end && s[cut] == ' ' {
				cut++
			}
			lineStart, lastSpace = cut, -1
			if lineStart > i { // the space that overflowed ends the line
				i += size
				lineW = 0
				continue
			}
			lineW = ansi.StringWidth(s[lineStart:i])
		}
		lineW += w
		i += size
	}
	return append(out, [2]int{lineStart, end})
}

// plainLines wraps a whole document text for reading.
func plainLines(text string, width int) []string {
	rs := wrapRanges(text, width)
	lines := make([]string, len(rs))
	for i, r := range rs {
		lines[i] = text[r[0]:r[1]]
	}
	return lines
}

// passageLines renders the text around ev with the quoted span marked, and
// returns the line the span starts on so the view can scroll to it. Offsets
// that do not fit the text (an older document, a damaged record) fall back to
// the quote alone.
func passageLines(st *Styles, text string, ev model.Evidence, width int) ([]string, int) {
	s, e, ok := spanIn(text, ev)
	if !ok {
		if ev.Quote == "" {
			return []string{st.Muted.Render(ft("no passage recorded"))}, 0
		}
		text, s, e = ev.Quote, 0, len(ev.Quote)
	}
	ws, we := contextAround(text, s, e)
	shown := text[ws:s] + markOpen + text[s:e] + markClose + text[e:we]
	hs, he := s-ws, s-ws+len(markOpen)+(e-s)+len(markClose)
	rs := wrapRanges(shown, width)
	lines := make([]string, len(rs))
	spanLine := -1
	for i, r := range rs {
		lines[i] = markRange(st, shown, r[0], r[1], hs, he)
		if spanLine < 0 && r[1] > hs {
			spanLine = i
		}
	}
	return lines, max(spanLine, 0)
}

// spanIn clamps an evidence span to the text and to rune boundaries.
func spanIn(text string, ev model.Evidence) (int, int, bool) {
	s, e := ev.Start, ev.End
	if s < 0 || e <= s || e > len(text) {
		return 0, 0, false
	}
	for s > 0 && !utf8.RuneStart(text[s]) {
		s--
	}
	for e < len(text) && !utf8.RuneStart(text[e]) {
		e++
	}
	return s, e, true
}

// contextAround widens [s,e) by passageContext bytes each way, starting and
// ending at line breaks where there is one, else at a rune boundary.
func contextAround(text string, s, e int) (int, int) {
	ws := max(s-passageContext, 0)
	if ws > 0 {
		if i := strings.IndexByte(text[ws:s], '\n'); i >= 0 {
			ws += i + 1
		}
		for ws < s && !utf8.RuneStart(text[ws]) {
			ws++
		}
	}
	we := min(e+passageContext, len(text))
	if we < len(text) {
		if i := strings.LastIndexByte(text[e:we], '\n'); i >= 0 {
			we = e + i
		}
		for we > e && !utf8.RuneStart(text[we]) {
			we--
		}
	}
	return ws, we
}

// markRange renders s[a:b] with the part inside [hs,he) in the Mark style.
func markRange(st *Styles, s string, a, b, hs, he int) string {
	ms, me := max(a, hs), min(b, he)
	if ms >= me {
		return s[a:b]
	}
	return s[a:ms] + st.Mark.Render(s[ms:me]) + s[me:b]
}
