package importers

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// textBuilder assembles the normalised text of a document block by block and
// records the byte offsets of the headings the format declared. Every block is
// normalised before it is appended, so the offsets are final when recorded.
type textBuilder struct {
	sb      strings.Builder
	hints   []HeadingHint
	bold    []int // indexes into hints of bold-only lines, leveled in finish
	inGroup bool  // the last block is a group of lines (list, table) still open
}

// expect sizes the text for an input of n bytes, which the output rarely
// exceeds: one allocation instead of a doubling series on every document.
func (b *textBuilder) expect(n int) { b.sb.Grow(n + n/8) }

// para appends a paragraph. Blank lines inside it split it into paragraphs.
func (b *textBuilder) para(s string) {
	b.inGroup = false
	for _, p := range splitParagraphs(cleanBlock(s)) {
		b.appendBlock(strings.TrimSpace(p))
	}
}

// heading appends a heading on its own line and records it as a hint.
func (b *textBuilder) heading(s string, level int) bool {
	b.inGroup = false
	s = strings.Join(strings.Fields(cleanBlock(s)), " ")
	if s == "" {
		return false
	}
	level = min(max(level, 1), 6)
	start := b.appendBlock(s)
	b.hints = append(b.hints, HeadingHint{Start: start, End: start + len(s), Level: level})
	return true
}

// continueHeading appends s to the heading just written when it has the
// same level: a heading wrapped onto a second line of a PDF. It reports
// whether it did.
func (b *textBuilder) continueHeading(s string, level int) bool {
	s = strings.Join(strings.Fields(cleanBlock(s)), " ")
	n := len(b.hints)
	if s == "" || n == 0 || b.hints[n-1].End != b.sb.Len() || b.hints[n-1].Level != min(max(level, 1), 6) {
		return false
	}
	b.sb.WriteString(" " + s)
	b.hints[n-1].End = b.sb.Len()
	return true
}

// boldLine appends a paragraph that consisted only of bold text. It is a heading
// hint whose level is decided in finish.
func (b *textBuilder) boldLine(s string) {
	if boldSentence(s) {
		b.endGroup()
		b.para(s) // emphasis: "**In particular, no IP addresses are logged.**"
		return
	}
	if b.heading(s, 6) {
		b.bold = append(b.bold, len(b.hints)-1)
	}
}

// boldSentence: a bold line is a sentence set in bold for emphasis, no
// title: it ends with a full stop or an exclamation mark, has at least
// minProseWords words and no number of a section.
func boldSentence(s string) bool {
	t := strings.TrimSpace(s)
	if _, _, style := parseNumbered(t); style != "" {
		return false // "5.2 Information on referral agencies and their staff.": a numbered title
	}
	return (strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!")) && len(strings.Fields(t)) >= minProseWords &&
		!strings.HasSuffix(t, "...") && !strings.HasSuffix(t, "etc.")
}

// line appends one line to the current group (list items, table rows), opening a
// new group after any other block.
func (b *textBuilder) line(s string) {
	s = strings.TrimRight(strings.Trim(collapseBlank(cleanBlock(s)), "\n"), " \t")
	if s == "" {
		return
	}
	if b.inGroup {
		b.sb.WriteByte('\n')
		b.sb.WriteString(s)
		return
	}
	b.appendBlock(s)
	b.inGroup = true
}

// endGroup closes a group of lines so that the next line starts a new block.
func (b *textBuilder) endGroup() { b.inGroup = false }

func (b *textBuilder) appendBlock(s string) int {
	s = strings.Trim(s, "\n")
	if strings.TrimSpace(s) == "" {
		return b.sb.Len()
	}
	if b.sb.Len() > 0 {
		b.sb.WriteString("\n\n")
	}
	start := b.sb.Len()
	b.sb.WriteString(s)
	return start
}

// shiftBelowTitle puts every heading but the titles (indexes into b.hints)
// one level below them, when a document uses a Title style beside "heading n"
// styles, as Word's and Writer's outlines show them.
func (b *textBuilder) shiftBelowTitle(titles []int) {
	if len(titles) == 0 {
		return
	}
	title := make(map[int]bool, len(titles))
	for _, i := range titles {
		title[i] = true
	}
	for i := range b.hints {
		if !title[i] {
			b.hints[i].Level = min(b.hints[i].Level+1, 6)
		}
	}
}

// finish returns the text and the hints, with each bold-only line placed one
// level below the declared heading before it (level 1 when there is none).
func (b *textBuilder) finish() (string, []HeadingHint) {
	isBold := make(map[int]bool, len(b.bold))
	for _, i := range b.bold {
		isBold[i] = true
	}
	declared := 0
	for i := range b.hints {
		if isBold[i] {
			b.hints[i].Level = min(declared+1, 6)
		} else {
			declared = b.hints[i].Level
		}
	}
	return b.sb.String(), b.hints
}

// cleanBlock applies the normalisation every reader shares: NFC, LF line ends,
// no NUL or invisible format characters, typographic ligatures expanded,
// no-break spaces as spaces and no trailing spaces on any line.
func cleanBlock(s string) string {
	if !plainASCII(s) {
		s = cleanRunes(s)
	}
	if !strings.Contains(s, " \n") && !strings.Contains(s, "\t\n") {
		return strings.TrimRight(s, " \t")
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Join(lines, "\n")
}

// cleanRunes does the steps of cleanBlock that look at characters: line ends,
// dropped and mapped characters, ligatures, NFC.
func cleanRunes(s string) string {
	if !needsMapping(s) {
		return toNFC(s) // none of the other steps would change a character
	}
	return allRuneSteps(s)
}

// allRuneSteps are the steps of cleanRunes, each run on the whole text.
func allRuneSteps(s string) string {
	if strings.ContainsAny(s, "\r\f\v") {
		s = lineEnds.Replace(s)
	}
	s = strings.Map(mapRune, s)
	if hasLigature(s) {
		s = ligatures.Replace(s)
	}
	return toNFC(s)
}

func toNFC(s string) string {
	if !norm.NFC.IsNormalString(s) {
		return norm.NFC.String(s)
	}
	return s
}

// needsMapping: s holds a character that the line-end, mapping or ligature
// step of cleanRunes changes (a control character other than a tab or a line
// feed, one that mapRune drops or replaces, a ligature). One pass with the
// bytes of ASCII told from the table spares a German block strings.Map's call
// per character (TestNeedsMappingFindsWhatCleanRunesChanges).
func needsMapping(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' && c != '\t' && c != '\n' || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if mapRune(r) != r || r >= 0xfb00 && r <= 0xfb06 || r == utf8.RuneError && size == 1 {
			return true // (strings.Map writes an invalid byte as U+FFFD)
		}
		i += size
	}
	return false
}

// plainASCII: s holds only printable ASCII, tabs and line feeds, which
// cleanRunes keeps as they are (ASCII is in NFC); most blocks of an English
// policy are such, and one pass over their bytes spares the four of cleanRunes.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < ' ' || c > '~') && c != '\t' && c != '\n' {
			return false
		}
	}
	return true
}

var lineEnds = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\f", "\n\n", "\v", "\n")

var ligatures = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl",
	"\ufb03", "ffi", "\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st")

func mapRune(r rune) rune {
	switch {
	case r == 0, r == '\ufeff', r == '\u00ad', r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060':
		return -1 // NUL, stray BOM, soft hyphen, zero-width characters
	case r == '\u00a0', r == '\u202f', r == '\u2007':
		return ' '
	case r == '\u2028', r == '\u2029':
		return '\n'
	case r == '\t' || r == '\n':
		return r
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return -1 // control characters carry no text
	}
	return r
}

func hasLigature(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r >= 0xfb00 && r <= 0xfb06 }) >= 0
}

// splitParagraphs splits on blank lines and drops empty paragraphs.
func splitParagraphs(s string) []string {
	if !strings.Contains(s, "\n\n") {
		return []string{s}
	}
	var out []string
	for p := range strings.SplitSeq(s, "\n\n") {
		if p = strings.Trim(p, "\n"); strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// collapseBlank removes blank lines inside a group line.
func collapseBlank(s string) string {
	for strings.Contains(s, "\n\n") {
		s = strings.ReplaceAll(s, "\n\n", "\n")
	}
	return s
}
