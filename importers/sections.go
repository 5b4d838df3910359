package importers

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dpodesk/dpodesk/model"
)

// HeadingHint marks a heading that the source format itself declared: a Markdown
// "#", an HTML <h1>–<h6>, a DOCX "Heading n" paragraph style or a bold-only line.
// Offsets are byte offsets into the normalised text; Level is 1 for the largest.
type HeadingHint struct {
	Start, End int
	Level      int
}

// Sections builds the section tree of a normalised text from the format's heading
// hints and from what the text itself shows (numbered headings, short title lines).
// A table of contents is recognised and left out. The result is in document order
// with parent indexes; each body runs to the next heading of the same or a higher
// level, so a section's span includes its children.
func Sections(text string, hints []HeadingHint) []model.Section {
	lines := splitLines(text)
	heads := findHeadings(text, lines, hints)
	heads = dropTableOfContents(lines, heads)
	heads = dropListRuns(lines, heads)
	nestLetteredHints(heads)
	return buildTree(text, lines, heads)
}

// numberKind tells a heading's number as parsed: "arabic" ("2", "4.1"),
// "letter" ("a)", "a", "(a)"), or "" (none, or another kind).
func numberKind(num string) string {
	n := strings.Trim(num, "()")
	switch {
	case n == "":
		return ""
	case n[0] >= '0' && n[0] <= '9':
		return "arabic"
	case len(n) == 1 && n[0] >= 'a' && n[0] <= 'z':
		return "letter"
	}
	return "other"
}

// nestLetteredHints: format headings set alike carry their hierarchy in their
// numbers only ("1 Begriffsbestimmungen" over "a) personenbezogene Daten",
// "b) betroffene Person", all one size in a PDF): a lettered heading after
// a numbered one of the same format level sits one level below it, until the
// next numbered heading.
func nestLetteredHints(heads []heading) {
	chapter := -1 // format level of the last arabic-numbered format heading
	for i := range heads {
		h := &heads[i]
		if h.hint == 0 {
			continue
		}
		st := numberKind(h.number)
		switch {
		case st == "arabic":
			chapter = h.hint
		case st == "letter" && h.hint == chapter:
			h.hint++
			h.style = "hint:" + itoa(h.hint)
		case st == "":
			if h.hint <= chapter {
				chapter = -1 // an unnumbered heading at the chapter's level or above ends the run
			}
		}
	}
}

// minListRun is the least number of title lines in a row, each followed
// directly by the next, that make a list rather than headings ("IP address",
// "Date and time", "Browser type" …, one a line between blank lines). After a
// line ending in ":" two are enough. Chapter, section and sub-section titles
// in a row are a run of three or four, so they stay.
const minListRun = 5

// dropListRuns removes title lines that are items of a list: runs of titles
// with nothing between them, unnumbered or numbered alike ("(1) Browser type"
// over "(2) Operating system", one a line between blank lines, after "The
// following data are collected:"). The last item of a run goes too, or it
// would swallow the text after the list. Format headings are never items.
func dropListRuns(lines []srcLine, heads []heading) []heading {
	out := heads[:0:0]
	for i := 0; i < len(heads); {
		j := i
		for j+1 < len(heads) && listItemStyle(heads[j]) && heads[j+1].style == heads[j].style && onlyBlankBetween(lines, heads[j].line, heads[j+1].line) {
			j++
		}
		n := j - i + 1
		if listItemStyle(heads[i]) && (n >= minListRun || n >= 2 && introducesList(lines, heads[i].line)) {
			i = j + 1
			continue
		}
		out = append(out, heads[i])
		i++
	}
	return out
}

// listItemStyle: a heading found in the text itself, titled or numbered,
// can be an item of a list; one the format declared cannot.
func listItemStyle(h heading) bool { return h.hint == 0 }

// maxListItem is the longest line taken as an item of a list of short lines.
const maxListItem = 60

// introducesList: the line before line i, skipping blank lines and earlier
// short items of the same list, ends with a colon, or is a sentence (more
// words than a title has) that runs on into the list without a closing mark
// ("… we process the following data").
func introducesList(lines []srcLine, i int) bool {
	for k := i - 1; k >= 0; k-- {
		t := lines[k].text
		switch {
		case t == "":
		case strings.HasSuffix(t, ":"):
			return true
		case strings.ContainsAny(t[len(t)-1:], ".!?;"):
			return false
		case utf8.RuneCountInString(t) > maxListItem:
			return len(strings.Fields(t)) > maxTitleWords
		}
	}
	return false
}

// maxTitleWords is the most words of a title line (isTitleLine): a longer
// line is a sentence.
const maxTitleWords = 12

// heading is a line chosen as a heading, before levels are assigned.
type heading struct {
	line   int    // index into lines
	number string // as written, trailing dot removed ("4.1", "IV", "a)", "(iii)")
	title  string
	style  string // numbering style; siblings share a style ("arabic:2", "roman", "hint:2", "title")
	hint   int    // hint level, 0 when the format gave none
}

// srcLine is one line of the text with its byte offsets (end excludes the newline).
type srcLine struct {
	start, end int
	text       string // trimmed
}

func splitLines(text string) []srcLine {
	var out []srcLine
	start := 0
	for start <= len(text) {
		i := strings.IndexByte(text[start:], '\n')
		end := len(text)
		if i >= 0 {
			end = start + i
		}
		raw := text[start:end]
		trimmed := strings.TrimSpace(raw)
		lead := strings.Index(raw, trimmed)
		if trimmed == "" {
			lead = 0
		}
		out = append(out, srcLine{start: start + lead, end: start + lead + len(trimmed), text: trimmed})
		if i < 0 {
			break
		}
		start = end + 1
	}
	return out
}

// findHeadings classifies every line: a format hint wins, then a numbered heading,
// then a short title line that sits between blank lines or body text.
func findHeadings(text string, lines []srcLine, hints []HeadingHint) []heading {
	hintAt := hintsByLine(lines, hints)
	var out, gaps []heading
	for i, ln := range lines {
		if ln.text == "" || isTableRow(ln.text) || inTwoColumnTable(lines, i) {
			continue
		}
		if lvl, ok := hintAt[i]; ok {
			num, title, _ := parseNumbered(ln.text)
			if title == "" {
				title = ln.text
			}
			out = append(out, heading{line: i, number: num, title: cleanTitle(title), style: "hint:" + itoa(lvl), hint: lvl})
			continue
		}
		if num, title, style := parseNumbered(ln.text); style != "" {
			if houseNumberLine(ln.text) {
				continue // "4 Grand Canal Square": an address's street, not chapter 4
			}
			h := heading{line: i, number: num, title: cleanTitle(title), style: style}
			if numberedHeadingOK(lines, i, title) {
				out = append(out, h)
			} else if strings.HasPrefix(style, "arabic") && startsWithLetter(title) && len(strings.Fields(title)) <= maxGapTitleWords {
				gaps = append(gaps, h)
			}
			continue
		}
		afterHeading := len(out) > 0 && out[len(out)-1].line == i-1
		if isTitleLine(lines, i, afterHeading) {
			out = append(out, heading{line: i, title: cleanTitle(ln.text), style: "title"})
		}
	}
	return fillNumberGaps(out, gaps)
}

// maxGapTitleWords bounds a numbered line that fills a gap in the numbering.
const maxGapTitleWords = 16

// fillNumberGaps takes back a numbered line rejected as a sentence (it ends
// in a full stop: "3. Erhebung und Speicherung personenbezogener Daten sowie
// Art und Zweck ihrer Verwendung.") when the headings of its style before and
// after it are numbered one less and one more: chapter 3 between chapters 2
// and 4 is a chapter.
func fillNumberGaps(heads, gaps []heading) []heading {
	for _, g := range gaps {
		n, ok := lastNumber(g.number)
		if !ok {
			continue
		}
		k := sort.Search(len(heads), func(j int) bool { return heads[j].line > g.line })
		prev, next := sameStyleBefore(heads, k, g.style), sameStyleFrom(heads, k, g.style)
		if prev < 0 || next < 0 || numberPrefix(heads[prev].number) != numberPrefix(g.number) ||
			numberPrefix(heads[next].number) != numberPrefix(g.number) {
			continue
		}
		if p, ok := lastNumber(heads[prev].number); !ok || p != n-1 {
			continue
		}
		if q, ok := lastNumber(heads[next].number); !ok || q != n+1 {
			continue
		}
		heads = slices.Insert(heads, k, g)
	}
	return heads
}

func sameStyleBefore(heads []heading, k int, style string) int {
	for j := k - 1; j >= 0; j-- {
		if heads[j].style == style {
			return j
		}
	}
	return -1
}

func sameStyleFrom(heads []heading, k int, style string) int {
	for j := k; j < len(heads); j++ {
		if heads[j].style == style {
			return j
		}
	}
	return -1
}

// lastNumber is the last part of a number such as "4.2" (2).
func lastNumber(num string) (int, bool) {
	last := num[strings.LastIndexByte(num, '.')+1:]
	n, err := strconv.Atoi(last)
	return n, err == nil
}

// numberPrefix is a number without its last part ("4" of "4.2", "" of "4").
func numberPrefix(num string) string {
	if i := strings.LastIndexByte(num, '.'); i >= 0 {
		return num[:i]
	}
	return ""
}

// isTableRow: a line of cells ("Name | Content | Expires") is a table's row,
// also when its cells are bold header cells.
func isTableRow(t string) bool { return strings.Count(t, " | ") >= 2 }

// inTwoColumnTable: a line of two cells ("Purpose | Legal basis") is a table
// row when the line above or below it is one too. Purpose and basis tables
// have two columns, and their header row, short and without a full stop, would
// otherwise be taken for a heading; a lone "Home | Privacy" line is left alone.
func inTwoColumnTable(lines []srcLine, i int) bool {
	if !strings.Contains(lines[i].text, " | ") {
		return false
	}
	return i > 0 && strings.Contains(lines[i-1].text, " | ") ||
		i+1 < len(lines) && strings.Contains(lines[i+1].text, " | ")
}

// hintsByLine maps each hinted line to its level; a hint covers the line it starts on.
func hintsByLine(lines []srcLine, hints []HeadingHint) map[int]int {
	m := make(map[int]int, len(hints))
	j := 0
	for _, h := range sortHints(hints) {
		for j < len(lines) && lines[j].end < h.Start && !(lines[j].start <= h.Start && h.Start <= lines[j].end) {
			j++
		}
		if j < len(lines) && lines[j].text != "" {
			lvl := h.Level
			if lvl < 1 {
				lvl = 1
			}
			if _, seen := m[j]; !seen {
				m[j] = lvl
			}
		}
	}
	return m
}

func sortHints(h []HeadingHint) []HeadingHint {
	out := append([]HeadingHint(nil), h...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// cleanTitle strips Markdown emphasis and trailing colons from a heading text.
func cleanTitle(s string) string {
	s = strings.Trim(s, "*_#= \t")
	s = strings.TrimRight(s, ":")
	return strings.Join(strings.Fields(s), " ")
}

// buildTree assigns levels with a stack of numbering styles: a style already on the
// stack closes everything below it (a sibling), a new style opens a child level.
func buildTree(text string, lines []srcLine, heads []heading) []model.Section {
	out := make([]model.Section, 0, len(heads))
	type frame struct {
		style  string
		hint   int
		idx    int
		number string
		// defines: a numbered item whose text opens by defining its title
		// („Verarbeitung“ ist …)
		defines bool
	}
	var stack []frame
	for _, h := range heads {
		if n := len(stack); h.style == "title" && h.hint == 0 && n >= 2 && stack[n-1].defines && stack[n-2].style == "title" && stack[n-2].hint == 0 {
			// a title after a list of numbered definitions under a title
			// ("Begriffsbestimmungen" over "1. Personenbezogene Daten" …
			// "11. Einwilligung") is that title's sibling, not a part of
			// the last definition
			stack = stack[:n-2]
		}
		if k := slices.IndexFunc(stack, func(f frame) bool { return extendsNumber(h.number, f.number) }); h.hint > 0 && k >= 0 {
			// "8.1 Auskunft" set in the same format as "8 Ihre Rechte": its
			// number makes it a section of chapter 8
			stack = stack[:k+1]
		} else if k := letteredUnder(h, len(stack), func(i int) (string, int) { return stack[i].style, stack[i].hint }); k >= 0 {
			stack = stack[:k+1]
		} else {
			stack = popFor(stack, h, func(f frame) (string, int) { return f.style, f.hint })
		}
		parent := -1
		if len(stack) > 0 {
			parent = stack[len(stack)-1].idx
		}
		ln := lines[h.line]
		bodyStart := ln.end
		if bodyStart < len(text) {
			bodyStart++ // skip the newline that ends the heading
		}
		out = append(out, model.Section{
			Number: h.number, Title: h.title, Level: len(stack) + 1, Parent: parent,
			HeadingStart: ln.start, HeadingEnd: ln.end, Start: bodyStart, End: len(text),
		})
		stack = append(stack, frame{style: h.style, hint: h.hint, idx: len(out) - 1, number: h.number,
			defines: h.number != "" && definesTitle(text, bodyStart, h.title)})
	}
	closeBodies(out)
	return out
}

// letteredUnder: a lettered heading that the format set apart ("a)
// personenbezogene Daten" in bold) inside a chapter numbered in its text
// ("1. Begriffsbestimmungen", a plain numbered paragraph) is a section of
// that chapter, and its letters siblings: the index of the chapter's frame
// among the n open frames (style and hint of each), or -1. Without it, the
// format heading closed the chapter, and every chapter after the letters
// became a section of the last letter.
func letteredUnder(h heading, n int, frame func(int) (string, int)) int {
	if h.hint == 0 || numberKind(h.number) != "letter" {
		return -1
	}
	for i := n - 1; i >= 0; i-- {
		style, hint := frame(i)
		if style == h.style {
			continue // an earlier letter of the same list
		}
		if strings.HasPrefix(style, "arabic:") && hint == 0 {
			return i
		}
		return -1
	}
	return -1
}

// definesTitle: the text at from opens by defining title in quotes
// („Verarbeitung“ ist …, Eine „Einwilligung“ ist …, "Processing" means …),
// as a list of the law's definitions does.
func definesTitle(text string, from int, title string) bool {
	opening := strings.TrimLeft(text[from:min(len(text), from+len(title)+maxDefinitionLead)], " \t\n")
	for _, q := range []string{"„", "“", "\"", "‚", "'", "‘"} {
		if i := strings.Index(opening, q+title); i >= 0 && !strings.Contains(opening[:i], "\n") {
			return true
		}
	}
	return false
}

// maxDefinitionLead bounds the words before a definition's quoted term
// ("Eine „Einwilligung“ …"), in bytes.
const maxDefinitionLead = 24

// extendsNumber: num is a decimal clause number one level below parent
// ("8.1" below "8" or "8.", "2.3.1" below "2.3").
func extendsNumber(num, parent string) bool {
	parent = strings.TrimSuffix(parent, ".")
	num = strings.TrimSuffix(num, ".")
	if parent == "" || !strings.HasPrefix(num, parent+".") {
		return false
	}
	rest := num[len(parent)+1:]
	for _, c := range []byte(parent + rest) {
		if (c < '0' || c > '9') && c != '.' {
			return false
		}
	}
	return rest != "" && !strings.Contains(rest, ".")
}

// popFor pops the stack down to where heading h belongs.
func popFor[F any](stack []F, h heading, key func(F) (string, int)) []F {
	if h.hint > 0 {
		// a format heading closes everything that is not a larger format heading
		for len(stack) > 0 {
			s, lvl := key(stack[len(stack)-1])
			if lvl > 0 && lvl < h.hint && strings.HasPrefix(s, "hint:") {
				break
			}
			stack = stack[:len(stack)-1]
		}
		return stack
	}
	if h.style == "title" {
		// an unnumbered title is a sibling of a title just before it, otherwise a
		// child of the numbered section it appears in: it never closes numbering
		if n := len(stack); n > 0 {
			if s, _ := key(stack[n-1]); s == "title" {
				return stack[:n-1]
			}
		}
		return stack
	}
	for i := len(stack) - 1; i >= 0; i-- {
		if s, _ := key(stack[i]); s == h.style {
			return stack[:i]
		}
		if s, _ := key(stack[i]); outranks(s, h.style) {
			break
		}
	}
	return stack
}

// outranks reports whether an open section of style a must stay open when a heading
// of style b appears: deeper arabic numbering never closes a shallower one.
func outranks(a, b string) bool {
	if strings.HasPrefix(a, "arabic:") && strings.HasPrefix(b, "arabic:") {
		return a < b
	}
	return false
}

// closeBodies ends every body at the next heading of the same or a higher level.
func closeBodies(secs []model.Section) {
	for i := range secs {
		for j := i + 1; j < len(secs); j++ {
			if secs[j].Level <= secs[i].Level {
				secs[i].End = secs[j].HeadingStart
				break
			}
		}
		if secs[i].End < secs[i].Start {
			secs[i].End = secs[i].Start
		}
	}
}

func itoa(n int) string {
	if n < 10 && n >= 0 {
		return string(rune('0' + n))
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}
