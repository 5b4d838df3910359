package policy

import (
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/dpodesk/dpodesk/model"
)

// docView is the document prepared once for all extractors: sentences with their
// offsets and the section each falls in, and a printable path per section.
type docView struct {
	text  string
	lang  string
	secs  []model.Section
	paths []string
	sents []sentence
	lower []string // lower-cased sentence texts, for keyword prefilters
	tri   []trigrams
	// per sentence the bits of the keyword tests it may pass (kwIndex)
	kwIndex *kwIndex
	kws     []uint64
	// the whole text lower-cased with the same byte offsets
	lowerText string
	// per sentence: from which byte it explains a data subject right (-1: none)
	rightsAt []int
	// per sentence recipient cues (role, DPA, safeguard), filled on first use
	cueDone  []bool
	cueBits  []cueMask
	basisSec []int8 // per section: a list of legal bases (0 not known yet, 1 yes, 2 no)
	// the spans of the text's e-mail addresses, found on first use: several
	// extractors, some run at once, walk them all
	emails func() [][]int
}

// sentence is a span of the text; sec is the deepest section holding it, or -1.
type sentence struct {
	start, end int
	sec        int
}

func newDocView(doc model.Document) *docView {
	d := &docView{secs: nestFlatSections(validSections(doc.Sections, len(doc.Text)), doc.Text)}
	d.text, d.lowerText = withPlainEmails(doc.Text)
	d.emails = sync.OnceValue(func() [][]int { return emailsIn(d.text) })
	d.paths = sectionPaths(d.secs)
	d.sents = splitSentences(d.text)
	d.assignSections()
	d.lower = make([]string, len(d.sents))
	for i, s := range d.sents {
		d.lower[i] = d.lowerText[s.start:s.end]
	}
	d.prepareSentences()
	d.rightsAt = rightsPositions(d)
	d.lang = doc.Language
	if d.lang != "de" && d.lang != "en" {
		d.lang = detectLanguage(d.text)
	}
	return d
}

// prepareSentences gives each sentence its trigrams and, once the keyword
// index pays (useKeywordIndex), the bits of the keyword tests its words pass:
// half the sentences on a goroutine of its own, since every extractor waits
// for the view.
func (d *docView) prepareSentences() {
	n := len(d.sents)
	d.tri = make([]trigrams, n)
	if useKeywordIndex(len(d.text)) {
		d.kwIndex = keywordIndex()
		d.kws = make([]uint64, n*d.kwIndex.words)
	}
	prepare := func(from, to int) {
		for i := from; i < to; i++ {
			d.tri[i] = newTrigrams(d.lower[i])
		}
		if d.kwIndex != nil {
			d.kwIndex.scan(d.lower[from:to], d.kws[from*d.kwIndex.words:to*d.kwIndex.words])
		}
	}
	half := n / 2
	done := make(chan struct{})
	go func() {
		defer close(done)
		prepare(half, n)
	}()
	prepare(0, half)
	<-done
}

// textRead counts the bytes of the documents viewed in this process.
var textRead atomic.Int64

// minIndexedText: the keyword index costs some milliseconds to build, about
// what it saves on 150 KB of text: a process that views a short policy tests
// the words as before, one that views a long one or several uses the index.
const minIndexedText = 150_000

func useKeywordIndex(n int) bool { return textRead.Add(int64(n)) >= minIndexedText }

// withPlainEmails returns the text with its obfuscated e-mail addresses
// rewritten, and that text lower-cased.
func withPlainEmails(text string) (string, string) {
	lower := lowerSameLength(text)
	plain := deobfuscateEmails(text, lower)
	if plain != text {
		lower = lowerSameLength(plain)
	}
	if spelled := spelledAtAddresses(plain, lower); spelled != plain {
		plain, lower = spelled, lowerSameLength(spelled)
	}
	return plain, lower
}

// validSections drops sections whose offsets do not fit the text, so that a
// hand-built or damaged document can never make an extractor slice out of range.
func validSections(in []model.Section, n int) []model.Section {
	out := make([]model.Section, 0, len(in))
	for _, s := range in {
		if s.HeadingStart < 0 || s.HeadingStart > s.HeadingEnd || s.HeadingEnd > n ||
			s.Start < 0 || s.Start > s.End || s.End > n {
			continue
		}
		if s.Parent >= len(out) {
			s.Parent = -1
		}
		out = append(out, s)
	}
	return out
}

// sectionPaths joins the numbers of a section and its ancestors ("4.a", "5.6.1");
// an unnumbered section is named by its title.
func sectionPaths(secs []model.Section) []string {
	paths := make([]string, len(secs))
	for i, s := range secs {
		num := strings.Trim(s.Number, "().§ ")
		if num == "" {
			paths[i] = shorten(s.Title, 60)
			continue
		}
		p := s.Parent
		if p >= 0 && p < i && secs[p].Number != "" && !strings.Contains(num, ".") {
			paths[i] = paths[p] + "." + num
			continue
		}
		paths[i] = num
	}
	return paths
}

// assignSections gives each sentence the deepest section whose span holds it.
// Sections are in document order, so one sweep with a stack of open sections does.
func (d *docView) assignSections() {
	var open []int
	next := 0
	for i := range d.sents {
		pos := d.sents[i].start
		for next < len(d.secs) && d.secs[next].HeadingStart <= pos {
			open = append(open, next)
			next++
		}
		for len(open) > 0 && d.secs[open[len(open)-1]].End <= pos {
			open = open[:len(open)-1]
		}
		d.sents[i].sec = -1
		if len(open) > 0 {
			d.sents[i].sec = open[len(open)-1]
		}
	}
}

// sectionAt returns the deepest section holding byte offset pos, or -1.
func (d *docView) sectionAt(pos int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].end > pos })
	if i < len(d.sents) && d.sents[i].start <= pos {
		return d.sents[i].sec
	}
	best := -1
	for k, s := range d.secs {
		if s.HeadingStart <= pos && pos < s.End {
			best = k
		}
	}
	return best
}

func (d *docView) path(sec int) string {
	if sec < 0 || sec >= len(d.paths) {
		return ""
	}
	return d.paths[sec]
}

// isHeadingAt reports a section heading that starts at pos.
func (d *docView) isHeadingAt(pos int) bool { return d.headingSection(pos) >= 0 }

// headingSection is the index of the section whose heading starts at pos,
// or -1.
func (d *docView) headingSection(pos int) int {
	i := sort.Search(len(d.secs), func(i int) bool { return d.secs[i].HeadingStart >= pos })
	if i < len(d.secs) && d.secs[i].HeadingStart == pos {
		return i
	}
	return -1
}

// subHeadingAt reports a heading at pos that sits under another heading: a
// section of a chapter, never the page's own title.
func (d *docView) subHeadingAt(pos int) bool {
	i := d.headingSection(pos)
	return i >= 0 && d.secs[i].Level > 1
}

// lineEnd is the end of the line that starts at start: its newline's
// offset, or the end of the text.
func lineEnd(text string, start int) int {
	if i := strings.IndexByte(text[start:], '\n'); i >= 0 {
		return start + i
	}
	return len(text)
}

// isTitleElsewhere reports a line at pos that repeats the title of a section
// whose heading stands elsewhere: an entry of a table of contents.
func (d *docView) isTitleElsewhere(line string, pos int) bool {
	// an item of a contents list repeats a title after its bullet
	line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "-•–*"))
	for i, s := range d.secs {
		// the document's first heading often is the organisation's name
		// ("## Initiative für mehr Demokratie"), which its contact box repeats
		if i > 0 && s.HeadingStart != pos && strings.EqualFold(strings.TrimSpace(s.Title), line) {
			return true
		}
	}
	return false
}

func (d *docView) title(sec int) string {
	if sec < 0 || sec >= len(d.secs) {
		return ""
	}
	return d.secs[sec].Title
}

// evidence builds the evidence for a span, quoting the sentence around it.
func (d *docView) evidence(start, end int) Evidence {
	sec := d.sectionAt(start)
	q := d.text[start:end]
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].end > start })
	if i < len(d.sents) && d.sents[i].start <= start {
		q = d.text[d.sents[i].start:d.sents[i].end]
	}
	return Evidence{Section: d.path(sec), Start: start, End: end, Quote: shorten(q, 300)}
}

func (d *docView) sentText(s sentence) string { return d.text[s.start:s.end] }

// shorten cuts s to at most n runes on a rune boundary, its spaces made
// single.
func shorten(s string, n int) string {
	if singleSpaced(s) && utf8.RuneCountInString(s) <= n {
		return s // most quotes: one line of prose, no copy
	}
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// singleSpaced: s neither starts nor ends with a space, and its only spaces
// are single blanks between words (strings.Join(strings.Fields(s), " ") is s).
func singleSpaced(s string) bool {
	after := true // a space may not open s
	for _, r := range s {
		switch {
		case r == ' ' && !after:
			after = true
		case unicode.IsSpace(r):
			return false
		default:
			after = false
		}
	}
	return !after || s == ""
}

// lowerSameLength lower-cases s rune by rune, keeping a rune whose lower case
// would change its UTF-8 length, so that byte offsets into the result are offsets
// into s: expressions can then run on the lower-cased text without case folding.
func lowerSameLength(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf { // ASCII: the common case, no decoding
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			utf8.EncodeRune(b[i:], l)
		} else {
			copy(b[i:i+size], s[i:i+size])
		}
		i += size
	}
	return string(b)
}

// detectLanguage counts frequent function words of German and English.
func detectLanguage(text string) string {
	de, en := 0, 0
	words := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if words > 4000 {
			break
		}
		switch strings.ToLower(w) {
		case "der", "die", "und", "ist", "nicht", "wir", "sie", "ihre", "werden", "mit", "auf", "für", "von", "zu", "das":
			de++
		case "the", "and", "is", "not", "we", "you", "your", "will", "with", "on", "for", "of", "to", "this", "that":
			en++
		}
	}
	if de > en {
		return "de"
	}
	return "en"
}

// sentenceIndex returns the index of the sentence holding pos, or the last one
// starting before it; -1 when pos precedes every sentence.
func (d *docView) sentenceIndex(pos int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].start > pos })
	return i - 1
}
