package importers

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dpodesk/dpodesk/internal/lazyre"
)

// pdfLine is a run of glyphs on one baseline.
type pdfLine struct {
	text string
	x, y float64
	size float64 // dominant font size
	bold bool    // every visible glyph is in a bold face
	lead string  // the bold label the line opens with (see leadInLabel)
	body int     // where the line's text after that label starts
}

// layoutPDF rebuilds the text from positioned glyphs: glyphs on one baseline
// form a line, lines close together form a paragraph, and lines set larger than
// the body text (or bold at body size) are headings.
func layoutPDF(pages [][]pdfGlyph) (string, []HeadingHint) {
	var lines [][]pdfLine
	sizes := map[float64]int{}
	for _, glyphs := range pages {
		pl := pageLines(glyphs)
		for _, l := range pl {
			sizes[l.size] += utf8.RuneCountInString(l.text)
		}
		lines = append(lines, pl)
	}
	stripStrayEnds(lines)
	dropRunningLines(lines)
	body := mostCommon(sizes)
	levels := headingSizes(sizes, body)
	// the document's words, for telling hyphenation from a hyphen: built
	// only when a line ends in a hyphen that may break a word
	pb := pdfParas{words: sync.OnceValue(func() map[string]bool { return lineWords(lines) })}
	// a PDF set in one size and weight shows its titles only by their shape
	flat := len(levels) == 0 && !anyBoldLine(lines)
	longest := longestLine(lines)
	titleMax := int(maxTitleShare * float64(longest))
	// an item's line this short ended where its text did: the margin did
	// not break it
	itemShort := int(maxShortItemShare * float64(longest))
	leadIns := countPDFLeadIns(lines) >= minLeadIns
	lastText, lastTitle := "", false // the line before, across pages
	inBlock := false                 // writing the short lines after a colon
	for _, pl := range lines {
		gap := spacing(pl)
		var prev *pdfLine
		prevHeading, prevY, prevText := false, 0.0, "" // the heading line just written
		for i := range pl {
			l := &pl[i]
			head := false
			goesOn := l.bold && boldLineGoesOn(pl, i, gap)
			switch lvl, ok := levels[l.size]; {
			case ok:
				pb.flush()
				// a heading wrapped onto the next line continues it: same
				// size, the line just above, and the first line not a
				// finished sentence
				if !(prev == nil && prevHeading && prevY-l.y <= gap*1.6 && prevY > l.y && !endsSentence(prevText)) ||
					!pb.b.continueHeading(l.text, lvl) {
					pb.b.heading(l.text, lvl)
				}
				head, prevY, prevText = true, l.y, l.text
				l = nil
			case goesOn && startsLower(pl[i+1].text):
				// a bold paragraph wrapped onto the next line (an objection
				// right set in bold, as the law asks): prose, not a title
				if prev == nil || !prev.bold || endsSentence(prev.text) {
					pb.flush()
				}
				pb.para = append(pb.para, l.text)
			case l.bold && len(l.text) <= maxBoldHeading && (prev == nil || !prev.bold || prev.y-l.y > gap*1.3 && !goesOn):
				// a bold line under another continues its title, unless a
				// paragraph's space parts them and the line is whole (a bold
				// contact box, then "3. Erfassung von allgemeinen Daten")
				pb.flush()
				pb.b.boldLine(l.text)
			case isItemLine(l.text):
				pb.flush()
				pb.item, pb.itemLast = l.text, l.text
				pb.itemX = l.x
			case pb.item != "" && prev != nil && prev.y-l.y <= gap*1.3 &&
				(l.x > pb.itemX+1 || l.x >= pb.itemX-1 && !endsSentence(pb.item) && utf8.RuneCountInString(pb.itemLast) > itemShort):
				// a hanging indent continues the item; so does a line at the
				// item's own left edge while the item's sentence is unfinished
				// (lists set without a hanging indent), unless the item's line
				// stopped far short of the margin: a numbered title ("3.
				// Erfassung von allgemeinen Daten") over its text, set without
				// a gap
				pb.item = joinPDFLines([]string{pb.item, l.text}, pb.words)
				pb.itemLast = l.text
			case flat && pb.item == "" && (inBlock || strings.HasSuffix(strings.TrimSpace(lastText), ":")) &&
				utf8.RuneCountInString(l.text) <= titleMax && !endsFullSentence(l.text):
				// the short lines after a colon are a contact box or an
				// address: they keep their line breaks
				if !inBlock && len(pb.para) > 0 {
					// the sentence with the colon opens the box
					pb.b.endGroup()
					pb.b.line(joinPDFLines(pb.para, pb.words))
					pb.para = pb.para[:0]
				}
				pb.b.line(l.text)
				inBlock = true
			case flat && pb.item == "" && (lastText == "" || lastTitle || endsFullSentence(lastText)) &&
				utf8.RuneCountInString(l.text) <= titleMax && isTitleShape(l.text, nextLineText(pl, i)):
				pb.flush()
				pb.b.para(l.text)
				head = true
			case leadIns && l.lead != "" && (len(pb.para) == 0 || endsSentence(pb.para[len(pb.para)-1]) || prev != nil && prev.y-l.y > gap*1.3):
				// a paragraph that opens with a bold label
				pb.flush()
				pb.b.boldLine(l.lead)
				pb.para = append(pb.para, strings.TrimSpace(l.text[l.body:]))
			default:
				if prev != nil && (prev.y-l.y > gap*1.3 && !cutTitleGoesOn(*prev, *l, gap) || prev.y < l.y) || pb.item != "" {
					pb.flush()
				}
				pb.para = append(pb.para, l.text)
			}
			if inBlock && (l == nil || len(pb.para) > 0 || pb.item != "" || head) {
				inBlock = false
				pb.b.endGroup()
			}
			if l != nil {
				lastText, lastTitle = l.text, head
			} else {
				lastText, lastTitle = prevText, true
			}
			prev, prevHeading = l, head
		}
		// A new page: the paragraph continues only if its sentence does, and
		// a title set larger than the body at the foot of the page ("Google
		// Maps") opens what the next page goes on with.
		if n := len(pb.para); n > 0 && (endsSentence(pb.para[n-1]) || n == 1 && len(pl) > 0 && pl[len(pl)-1].size > body &&
			pl[len(pl)-1].text == pb.para[0]) {
			pb.flush()
		}
	}
	pb.flush()
	return pb.b.finish()
}

// boldLineGoesOn: line i is not a finished sentence and the next line of the
// page, right below it, is bold too.
func boldLineGoesOn(pl []pdfLine, i int, gap float64) bool {
	if i+1 >= len(pl) || endsSentence(pl[i].text) {
		return false
	}
	next := pl[i+1]
	return next.bold && pl[i].y > next.y && pl[i].y-next.y <= gap*1.6
}

// cutTitleGoesOn: line b finishes line a, a title of its size wrapped
// after a word that opens what follows ("Zusammenarbeit mit
// Auftragsverarbeitern, gemeinsam Verantwortlichen und" over "Dritten"),
// though the producer set the lines further apart than a paragraph's.
func cutTitleGoesOn(a, b pdfLine, gap float64) bool {
	return a.size == b.size && a.y-b.y <= gap*maxCutTitleGap && endsWithFunctionWord(a.text)
}

// maxCutTitleGap bounds the distance of such lines, in line spacings.
const maxCutTitleGap = 2.5

// startsLower: s opens with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// pdfParas collects the pending paragraph or list item of the PDF layout.
type pdfParas struct {
	b     textBuilder
	words func() map[string]bool // the document's words (lineWords), on first use
	para  []string
	item  string  // pending list item or table row
	itemX float64 // left edge of the pending item's first line
	// the pending item's last line
	itemLast string
}

func (p *pdfParas) flush() {
	if p.item != "" {
		p.b.line(p.item)
		p.item = ""
		return
	}
	if len(p.para) > 0 {
		p.b.para(joinPDFLines(p.para, p.words))
		p.para = p.para[:0]
	}
}

var itemRE = lazyre.New(`^([-•–*▪·]\s|[a-z]\)\s)|\s\|\s`)

// isItemLine reports a list item (a bullet or "a)" in front) or a table row.
func isItemLine(s string) bool { return itemRE.MatchString(s) }

var pageNumberRE = lazyre.New(`(?i)^(page|seite)?\s*\d+\s*((of|von|/)\s*\d+)?$`)

// pageLines groups a page's glyphs into lines, top to bottom, dropping bare
// page numbers.
func pageLines(glyphs []pdfGlyph) []pdfLine {
	var lines []pdfLine
	var cur []pdfGlyph
	spaced := fontsDrawingSpaces(glyphs)
	for _, g := range glyphs {
		if len(cur) > 0 && !sameLine(cur[len(cur)-1], g) {
			lines = appendLineIn(lines, cur, spaced)
			cur = cur[len(cur):] // the next line reuses the array's tail
		}
		cur = append(cur, g)
	}
	lines = appendLineIn(lines, cur, spaced)
	slices.SortStableFunc(lines, func(a, b pdfLine) int {
		if math.Abs(a.y-b.y) < 1 {
			// runs drawn later but further left on the same baseline come
			// first: HTML-to-PDF producers draw a paragraph's hanging
			// number ("1.1.", "a)") after its text
			return cmp.Compare(a.x, b.x)
		}
		if a.y > b.y {
			return -1
		}
		return 1
	})
	return joinBaselines(lines)
}

// joinBaselines makes one line of the lines on one baseline: a hanging
// number drawn apart from its text ("1.1.", "a)") opens the line it
// numbers, so that the layout sees a numbered paragraph or a list item.
func joinBaselines(lines []pdfLine) []pdfLine {
	out := lines[:0]
	for _, l := range lines {
		if n := len(out); n > 0 && math.Abs(out[n-1].y-l.y) < 1 && isHangingLabel(out[n-1].text) {
			out[n-1].text += " " + l.text
			out[n-1].size, out[n-1].bold = l.size, l.bold
			continue
		}
		out = append(out, l)
	}
	return out
}

// reHangingLabel is a paragraph or list number standing alone: "1.1.", "2.",
// "a)", "(iv)", "§ 3".
var reHangingLabel = lazyre.New(`^(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-z]\)|\([a-z]{1,4}\)|\((?:\d{1,3})\)|§\s?\d{1,3}|[•▪·–-])$`)

func isHangingLabel(s string) bool { return len(s) <= 12 && reHangingLabel.MatchString(s) }

func sameLine(a, b pdfGlyph) bool {
	tol := math.Max(math.Max(a.Size, b.Size)*0.35, 1)
	return math.Abs(a.Y-b.Y) <= tol && b.X >= a.X-tol
}

func appendLine(lines []pdfLine, glyphs []pdfGlyph) []pdfLine {
	return appendLineIn(lines, glyphs, nil)
}

// appendLineIn appends the line of glyphs; spacedFonts are the fonts that
// draw their word spaces as glyphs elsewhere on the page.
func appendLineIn(lines []pdfLine, glyphs []pdfGlyph, spacedFonts map[string]bool) []pdfLine {
	if len(glyphs) == 0 {
		return lines
	}
	spaced := writesSpaces(glyphs)
	// a run of a font that draws its spaces elsewhere on the page has its
	// words set apart by those; a step between its chunks is a kerning run's
	// end ("Notific" "a" "tions" from an online word processor)
	stacked := pinStackedGlyphs(glyphs) && !spaced && !drawnSpaces(glyphs, spacedFonts)
	slices.SortStableFunc(glyphs, func(a, b pdfGlyph) int {
		switch {
		case a.X < b.X:
			return -1
		case a.X > b.X:
			return 1
		}
		return 0
	})
	tracking := letterTracking(glyphs)
	var sb strings.Builder
	sizes := map[float64]int{}
	bold, visible := 0, 0
	for i, g := range glyphs {
		if runBreakInWord(glyphs, i) || g.S == "\uFFFD" {
			continue // a replacement character carries no text
		}
		g.S = symbolBullet(g.S)
		if i > 0 && cellGap(glyphs[i-1], g) && strings.TrimSpace(g.S) != "" && visible > 0 {
			// a gap after blank glyphs alone is the line's indent (a space
			// drawn at the margin, then a tab to a list item), not a cell
			sb.WriteString(" | ")
		} else if i > 0 && gapIsSpace(glyphs[i-1], g, spaced || spacedFonts[glyphs[i-1].Font], stacked, tracking) {
			sb.WriteByte(' ')
		}
		sb.WriteString(g.S)
		if strings.TrimSpace(g.S) != "" {
			visible++
			sizes[math.Round(g.Size*2)/2]++
			if isBoldFont(g.Font) {
				bold++
			}
		}
	}
	text := closeStrayGaps(strings.Join(strings.Fields(sb.String()), " "))
	if text == "" || pageNumberRE.MatchString(text) {
		return lines
	}
	line := pdfLine{text: text, x: glyphs[0].X, y: glyphs[0].Y, size: mostCommon(sizes), bold: bold == visible}
	if bold > 0 && bold < visible {
		line.lead, line.body = leadInLabel(text, leadingBold(glyphs))
	}
	return append(lines, line)
}

// pinStackedGlyphs gives the glyphs of a run written without widths the
// position of the run's first glyph. Their reported positions then differ only
// by the kerning of the TJ array, often decreasing ("an individual's health"
// at 93.62, 93.58, 93.51 …), and sorting by position reversed the run's chunks.
// Pinned, the stable sort keeps them in the order of the content stream.
// Each glyph is compared with its neighbour's reported position, since the
// kerning drifts over a long run. It reports whether most neighbours without
// widths were pinned: the line is such a run, whose words are set apart only
// by the TJ array's word gaps unless it draws its spaces (writesSpaces).
func pinStackedGlyphs(glyphs []pdfGlyph) bool {
	prevX := glyphs[0].X
	pinned, widthless, visible := 0, 0, 0
	for i := 1; i < len(glyphs); i++ {
		a, x := glyphs[i-1], glyphs[i].X
		size := math.Max(a.Size, 1)
		if strings.TrimSpace(a.S) != "" {
			visible++
			if a.W <= 0 {
				widthless++
			}
		}
		if d := x - prevX; a.W <= 0 && d <= size*runJoinGap && d >= -size*maxStackedKern {
			glyphs[i].X = a.X
			pinned++
		}
		prevX = x
	}
	// a line of glyphs with widths and a few without (a hyphen, a ligature)
	// is no such run
	return widthless >= minStackedRun && 2*pinned > widthless && 10*widthless >= 9*visible
}

// gapIsSpace: the step from a to b is a word space. A line or font that
// draws its spaces gets none from a gap after a glyph of unknown width (its
// steps forward are where the producer's runs end or a wide letter stands);
// a run without widths gets one at each word gap of its TJ array.
func gapIsSpace(a, b pdfGlyph, drawsSpaces, stacked bool, tracking float64) bool {
	if stacked && stackedSpace(a, b) {
		return true
	}
	return needsSpace(a, b, tracking) && !(drawsSpaces && a.W <= 0)
}

// minTrackedPairs is the least number of neighbouring glyphs of composite
// fonts on a line from which their usual gap is read as its tracking.
const minTrackedPairs = 6

// letterTracking is the usual gap between neighbouring glyphs of composite
// fonts on a line (their lower quartile), 0 where they touch: a heading set
// letter-spaced by its positions ("I M P R E S S U M") has all its letters
// that far apart, and only a wider gap is a word space.
func letterTracking(glyphs []pdfGlyph) float64 {
	var gaps []float64
	for i := 1; i < len(glyphs); i++ {
		a, b := glyphs[i-1], glyphs[i]
		if a.CID && b.CID && a.W > 0 && strings.TrimSpace(a.S) != "" && strings.TrimSpace(b.S) != "" {
			gaps = append(gaps, b.X-(a.X+a.W))
		}
	}
	if len(gaps) < minTrackedPairs {
		return 0
	}
	slices.Sort(gaps)
	return max(gaps[len(gaps)/4], 0)
}

// writesSpaces: the line draws its word spaces as glyphs. Where it does and
// the library does not know the widths, a gap between glyphs is no word
// space: a design tool (Canva) places each glyph on its own, and after a wide
// letter ("m", "W") the step to the next exceeds the size, which split
// "nehm en" and "W ebsite".
func writesSpaces(glyphs []pdfGlyph) bool {
	for i := 1; i+1 < len(glyphs); i++ {
		if glyphs[i].S == " " && strings.TrimSpace(glyphs[i-1].S) != "" && strings.TrimSpace(glyphs[i+1].S) != "" {
			return true
		}
	}
	return false
}

// fontsDrawingSpaces are the fonts of a page that draw a word space as a
// glyph between two others: a line of such a font without one (an e-mail
// address on a line of its own) is one word.
func fontsDrawingSpaces(glyphs []pdfGlyph) map[string]bool {
	out := map[string]bool{}
	for i := 1; i+1 < len(glyphs); i++ {
		a, sp, b := glyphs[i-1], glyphs[i], glyphs[i+1]
		if sp.S == " " && a.Font == sp.Font && b.Font == sp.Font && sameLine(a, b) &&
			strings.TrimSpace(a.S) != "" && strings.TrimSpace(b.S) != "" {
			out[sp.Font] = true
		}
	}
	return out
}

// drawnSpaces: every visible glyph of the line is of a font that draws its
// word spaces as glyphs on the page.
func drawnSpaces(glyphs []pdfGlyph, spacedFonts map[string]bool) bool {
	if len(spacedFonts) == 0 {
		return false
	}
	for _, g := range glyphs {
		if strings.TrimSpace(g.S) != "" && !spacedFonts[g.Font] {
			return false
		}
	}
	return true
}

// minStackedRun is the least number of glyphs without widths that make a
// line a run set by its TJ array alone.
const minStackedRun = 8

// stackedSpace reports a word gap in a run written without widths, whose
// letters stand pinned at one position: a step forward of more than a
// kerning (runJoinGap) is the gap the producer wrote between two words (a
// quarter of the size in a publisher's PDF that draws no space glyphs).
func stackedSpace(a, b pdfGlyph) bool {
	return a.W <= 0 && strings.TrimSpace(a.S) != "" && strings.TrimSpace(b.S) != "" &&
		b.X-a.X > math.Max(a.Size, 1)*runJoinGap
}

// symbolBullet writes the private-use code points of symbol fonts (Word sets
// its list bullets in Symbol or Wingdings: U+F0B7, U+F0A7, U+F0D8 …) as "•",
// so that the line reads as a list item instead of carrying an unreadable mark.
// The geometric shapes an online word processor sets as the bullets of its
// list levels ("●", "○", "■") are written as "•" too.
func symbolBullet(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == len(s) && (r >= 0xF000 && r <= 0xF0FF || strings.ContainsRune(shapeBullets, r)) {
		return "•"
	}
	return s
}

// shapeBullets are the geometric shapes set as list bullets.
const shapeBullets = "●○◦■□"

// runJoinGap is the widest gap, as a share of the font size, between two
// glyphs that still touch: kerning moves letters of one word by a few
// hundredths of the size, while a word space is about a quarter of it.
const runJoinGap = 0.1

// maxStackedKern is the widest step back, as a share of the font size,
// between neighbours of a run written without widths that is still kerning:
// a pair such as "Te" or "Va" is set a tenth of the size or more closer
// ("T" at 106.26, "el.: 02205" from 104.94, at 12 pt), and unpinned the
// sort put the rest of the run before its start.
const maxStackedKern = 0.25

// runBreakInWord reports the newline the PDF library writes after every TJ
// operator where it falls inside a word: producers such as Word end a text run
// mid-word (spell-check marks, kerning, a change of language), and read as a
// space it split "Pe rry" and "f urther". The break is kept when the glyph
// before it has no known width, since then where it ends is unknown.
func runBreakInWord(glyphs []pdfGlyph, i int) bool {
	if glyphs[i].S != "\n" || i == 0 || i == len(glyphs)-1 {
		return false
	}
	a, b := glyphs[i-1], glyphs[i+1]
	if a.W <= 0 || strings.TrimSpace(a.S) == "" || strings.TrimSpace(b.S) == "" {
		return false
	}
	gap := b.X - (a.X + a.W)
	return math.Abs(gap) <= a.Size*runJoinGap
}

// needsSpace reports a gap between glyphs wide enough to be a word space in a
// PDF that positions words instead of writing space characters. A glyph of
// unknown width (some CID fonts) needs a much wider gap to count.
func needsSpace(a, b pdfGlyph, tracking float64) bool {
	if strings.HasSuffix(a.S, " ") || strings.HasPrefix(b.S, " ") {
		return false
	}
	gap := b.X - (a.X + a.W)
	if a.W <= 0 {
		return gap > a.Size
	}
	if a.CID && b.CID {
		// a word gap squeezed in a justified line is still wider than a
		// kerning, as in a run without widths (stackedSpace), beyond the
		// line's tracking
		return gap-tracking > a.Size*runJoinGap
	}
	return gap > a.Size*0.2
}

// cellGap reports a gap so wide that it separates table cells, not words.
func cellGap(a, b pdfGlyph) bool {
	return a.W > 0 && b.X-(a.X+a.W) > 2*math.Max(a.Size, 1)
}

// spacing is the usual distance between consecutive baselines on a page.
func spacing(lines []pdfLine) float64 {
	var gaps []float64
	for i := 1; i < len(lines); i++ {
		if d := lines[i-1].y - lines[i].y; d > 0 {
			gaps = append(gaps, d)
		}
	}
	if len(gaps) == 0 {
		return 14
	}
	slices.Sort(gaps)
	return gaps[len(gaps)/3] // lower third: paragraph gaps must not raise it
}

func mostCommon(counts map[float64]int) float64 {
	var best float64
	n := -1
	for k, c := range counts {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

// headingSizes maps font sizes clearly larger than the body text to heading
// levels, the largest first, at most six.
func headingSizes(sizes map[float64]int, body float64) map[float64]int {
	var big []float64
	for s := range sizes {
		if s >= body*1.15 && s > 0 {
			big = append(big, s)
		}
	}
	slices.Sort(big)
	slices.Reverse(big)
	levels := map[float64]int{}
	for i, s := range big {
		levels[s] = min(i+1, 6)
	}
	return levels
}

// joinPDFLines joins the lines of a paragraph with spaces; a line ending in a
// hyphen is joined without one, keeping the hyphen ("E-Mail-Adresse"),
// unless the hyphen only broke a word at the margin: a typesetter's
// hyphenation ("Southamp-" over "ton", "per-" over "sonal", "Daten-" over
// "schutz") drops it where the document, in words, spells the whole word
// elsewhere (words, lineWords); "third-" over "party" keeps it.
func joinPDFLines(lines []string, words func() map[string]bool) string {
	var sb strings.Builder
	for i, l := range lines {
		if i > 0 && !strings.HasSuffix(lines[i-1], "-") {
			sb.WriteByte(' ')
		}
		if i+1 < len(lines) && strings.HasSuffix(l, "-") && brokenWord(l, lines[i+1], words) {
			l = l[:len(l)-1]
		}
		sb.WriteString(l)
	}
	return sb.String()
}

// brokenWord: the hyphen that ends line a splits a word that line b
// finishes: a lower-case letter on both sides, and the whole word is one
// the document writes elsewhere.
func brokenWord(a, b string, words func() map[string]bool) bool {
	head := strings.TrimSuffix(a, "-")
	start := strings.LastIndexFunc(head, func(r rune) bool { return !unicode.IsLetter(r) }) + 1
	tail := strings.IndexFunc(b, func(r rune) bool { return !unicode.IsLetter(r) })
	if tail < 0 {
		tail = len(b)
	}
	left, right := head[start:], b[:tail]
	last, _ := utf8.DecodeLastRuneInString(left)
	if left == "" || right == "" || !unicode.IsLower(last) || !startsLower(right) {
		return false
	}
	return words()[strings.ToLower(left+right)]
}

// lineWords is the set of the lower-cased words of the document's lines,
// each line on its own, for telling hyphenation from a hyphen.
func lineWords(pages [][]pdfLine) map[string]bool {
	words := map[string]bool{}
	for _, pl := range pages {
		for _, l := range pl {
			for _, w := range strings.FieldsFunc(l.text, func(r rune) bool { return !unicode.IsLetter(r) }) {
				words[strings.ToLower(w)] = true
			}
		}
	}
	return words
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune(".:!?;“”\")", r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ','
}

// anyBoldLine: some line of the document is set in bold.
func anyBoldLine(pages [][]pdfLine) bool {
	for _, pl := range pages {
		for _, l := range pl {
			if l.bold {
				return true
			}
		}
	}
	return false
}

// maxTitleShare: a title by shape is at most this share of the longest line
// of the document, since prose broken at the margin runs nearly to it.
const maxTitleShare = 0.72

// maxShortItemShare: a list item's line at most this share of the longest
// line of the document ends the item, whose text would have run on to the
// margin.
const maxShortItemShare = 0.6

// longestLine is the length in runes of the longest line of the document.
func longestLine(pages [][]pdfLine) int {
	n := 0
	for _, pl := range pages {
		for _, l := range pl {
			n = max(n, utf8.RuneCountInString(l.text))
		}
	}
	return n
}

func nextLineText(pl []pdfLine, i int) string {
	if i+1 < len(pl) {
		return pl[i+1].text
	}
	return ""
}

// endsFullSentence: the line ends a sentence with ".", "!" or "?" (a colon
// introduces what follows, so the line after it is no title).
func endsFullSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return r == '.' || r == '!' || r == '?'
}

// maxTitleShapeRunes and maxTitleShapeWords bound a line taken as a title by
// its shape alone: titles are short, wrapped prose lines run to the margin.
const (
	maxTitleShapeRunes = 90
	maxTitleShapeWords = 12
)

// isTitleShape: in a PDF without headings set apart by size or weight, a
// short line after a finished sentence that opens with a capital or a number,
// ends without a full stop or comma, and is followed by a line opening with a
// capital is a title ("Datenerfassung auf dieser Website", "Wie erfassen wir
// Ihre Daten?").
func isTitleShape(line, next string) bool {
	t := strings.TrimSpace(line)
	n := utf8.RuneCountInString(t)
	if n < 3 || n > maxTitleShapeRunes || len(strings.Fields(t)) > maxTitleShapeWords {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) || strings.ContainsRune(".,;:-–", last) {
		return false
	}
	f := strings.Fields(t)
	lastWord := strings.ToLower(strings.TrimRight(f[len(f)-1], "?!"))
	if titleEndWords[lastWord] || last != '?' && titleEndWords[strings.ToLower(f[0])] && len(f) > 1 && sentenceSubjects[strings.ToLower(f[0])] ||
		strings.Count(t, "(") != strings.Count(t, ")") || reSentenceInside.MatchString(t) ||
		len(f) > maxCapsTitleWords && strings.ToUpper(t) == t || len(f) == 2 && articles[strings.ToLower(f[0])] && !unicode.IsUpper(firstRune(f[1])) {
		return false
	}
	nf, _ := utf8.DecodeRuneInString(strings.TrimSpace(next))
	return next == "" || unicode.IsUpper(nf) || unicode.IsDigit(nf)
}

// titleEndWords are function words (articles, prepositions, conjunctions,
// pronouns), the connectors of endsWithConnector among them: a line ending
// in one is prose broken at the margin, not a title.
var titleEndWords = withConnectors(wordSetOf("den", "dem", "des", "ein", "eine", "einer", "einem", "eines",
	"zum", "zur", "mit", "für", "auf", "im", "an", "am", "bei", "nach", "über",
	"unter", "durch", "gegen", "dessen", "deren", "sie", "wir", "ihr", "ihre", "ihren", "ihrer", "ihres", "unsere",
	"unserer", "unseren", "es", "dass", "wenn", "als", "wie", "so", "auch", "nicht", "soweit", "sofern", "falls", "weil",
	"damit", "sodass", "whether", "because", "unless", "than",
	"a", "an", "with", "by", "on", "at", "from", "your", "our",
	"their", "its", "this", "that", "which", "who", "we", "you", "is", "are", "be", "as", "if", "not", "such"))

// withConnectors adds connectorWords to set.
func withConnectors(set map[string]bool) map[string]bool {
	for w := range connectorWords {
		set[w] = true
	}
	return set
}

// maxCapsTitleWords: a longer line in capitals is prose set in capitals (the
// objection notice of Art. 21), not a title.
const maxCapsTitleWords = 6

// articles open a noun phrase; an article and one word in lower case ("Die
// vorliegende") is the start of a sentence.
var articles = wordSetOf("der", "die", "das", "ein", "eine", "the", "a", "an")

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// sentenceSubjects open sentences ("Sie haben …", "We use …"); a line they
// open is a title only when it asks a question.
var sentenceSubjects = wordSetOf("sie", "wir", "es", "dies", "we", "you", "it", "this")

// reSentenceInside finds a full stop after a word of four or more letters
// followed by a capital: a sentence ends inside the line ("… durch den
// Websitebetreiber. Dessen"), which a title does not; "Art. 21" passes.
var reSentenceInside = lazyre.New(`\p{L}{4,}[.!?]\s+\p{Lu}`)

func wordSetOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// reStrayGap is a gap a PDF's spacing put inside a word, where no text has a
// space: before the hyphen of a compound ("Work -Finding", "THIRD -PARTY")
// and before a possessive ("Commissioner ’s Office").
var reStrayGap = lazyre.New(`(\p{L}) (-\p{L}|['’]s\b)`)

// closeStrayGaps removes those gaps.
func closeStrayGaps(s string) string {
	if !strings.Contains(s, " -") && !strings.Contains(s, " ’") && !strings.Contains(s, " '") {
		return s
	}
	return reStrayGap.ReplaceAllString(s, "$1$2")
}
