package importers

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Plain text exported from a mail client, a PDF tool or a template often
// breaks its paragraphs into lines of a fixed width. Read as they are, the
// short last line of a sentence or a line that starts with a number looks
// like a heading, and a company name or a sentence is cut in two. unwrap joins
// the lines of such paragraphs before the sections are built, and only in a
// text whose lines show a wrapping width.

const (
	// minWrapWidth and maxWrapWidth bound the widths a text can be wrapped at;
	// lines of a text with a wider 90th percentile are paragraphs already.
	minWrapWidth = 60
	maxWrapWidth = 130
	// wrapSlack is how much shorter than the width a line may be and still
	// have been broken by the wrapping (the next word did not fit).
	wrapSlack = 20
	// minWrappedShare is the share of long lines (in percent) at the width
	// that marks a wrapped text.
	minWrappedShare = 30
)

// wrapWidth returns the width the text is wrapped at, or 0.
func wrapWidth(lines []string) int {
	var lens []int
	for _, l := range lines {
		if n := utf8.RuneCountInString(strings.TrimRight(l, " \t")); n > 0 {
			lens = append(lens, n)
		}
	}
	if len(lens) < 10 {
		return 0
	}
	sort.Ints(lens)
	w := lens[len(lens)*9/10]
	if w < minWrapWidth || w > maxWrapWidth {
		return 0
	}
	near := 0
	for _, n := range lens {
		if n >= w-wrapSlack && n <= w+wrapSlack/2 {
			near++
		}
	}
	if near*100 < len(lens)*minWrappedShare {
		return 0
	}
	return w
}

// unwrap joins each line that reaches the wrapping width with the next line
// of its paragraph, unless the next line starts a list item. A joined line
// loses its indent: the hanging indent of a wrapped list item would otherwise
// leave a run of spaces inside a phrase ("legitimate   interests") that the
// extractor's phrases do not match.
func unwrap(text string) string {
	lines := strings.Split(text, "\n")
	w := wrapWidth(lines)
	if w == 0 {
		return text
	}
	var sb strings.Builder
	sb.Grow(len(text))
	joined := false
	for i, l := range lines {
		if joined {
			l = strings.TrimLeft(l, " \t")
		}
		sb.WriteString(l)
		if i == len(lines)-1 {
			break
		}
		joined = joinsNext(lines[i], lines[i+1], w)
		if joined {
			sb.WriteByte(' ')
			continue
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func joinsNext(line, next string, w int) bool {
	t := strings.TrimRight(line, " \t")
	n := strings.TrimSpace(next)
	if n == "" || utf8.RuneCountInString(t) < w-wrapSlack || itemStart(n) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	first, _ := utf8.DecodeRuneInString(n)
	// a full line ending a sentence before a capitalised line may be the end
	// of a paragraph that happens to fill the width; anything else continues
	return !(strings.ContainsRune(".!?:", last) && unicode.IsUpper(first)) || unicode.IsLower(first)
}

// itemStart: the line opens a list item ("- ", "• ", "1. ", "a) ").
func itemStart(s string) bool {
	if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "• ") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "– ") {
		return true
	}
	i := 0
	for i < len(s) && i < 3 && (s[i] >= '0' && s[i] <= '9' || s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}
