package policy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kw pairs a regular expression with lower-case words of which every match holds
// at least one. The strings.Contains test is far cheaper than running the
// expression, and most sentences fail it, which keeps extraction linear and fast.
type kw struct {
	re      *lazyRE
	words   []string
	lowered bool // re is lower-case and runs on the lower-cased text
	// atWord: every match of re starts with one of words, so the expression
	// can start at the first of them (see from)
	atWord bool
	// id is 1 + the place of a registered test in allKW, 0 for another
	id int32
}

// subject is the text the expression runs on.
func (k kw) subject(s, lower string) string {
	if k.lowered {
		return lower
	}
	return s
}

// newKW compiles pattern. A case-insensitive pattern is compiled in lower case
// without the flag and run on the lower-cased text, which has the same byte
// offsets (lowerSameLength): matching without case folding is several times faster.
func newKW(pattern string, words ...string) kw {
	return register(compileKW(pattern, words))
}

// register adds k to allKW.
func register(k kw) kw {
	k.id = int32(len(allKW) + 1)
	allKW = append(allKW, k)
	return k
}

func compileKW(pattern string, words []string) kw {
	if p, ok := strings.CutPrefix(pattern, "(?i)"); ok {
		return kw{re: lazy(lowerPattern(p)), words: words, lowered: true}
	}
	return kw{re: lazy(pattern), words: words}
}

// newKWAtWord is newKW for a case-insensitive pattern each of whose
// alternatives opens with one of words (after at most a \b): the expression
// then starts at the first word in the text instead of trying every position
// before it. Go's engine tries each alternative of such a pattern at every
// position, some 70 ns a byte; strings.Index skips to the word far faster.
// TestPrefiltersAdmitEveryMatch checks that every match starts with a word.
func newKWAtWord(pattern string, words ...string) kw {
	k := compileKW(pattern, words)
	if !k.lowered {
		panic("newKWAtWord: the pattern must be (?i), run on the lower-cased text: " + pattern)
	}
	k.atWord = true
	return register(k)
}

// newKWAsWritten is newKW for an expression that keeps its own case folding
// and runs on the text as written, where lower-casing the pattern would not
// match quite the same ((?i) also folds the Kelvin sign into k, the long s into
// s). Its words still test the lower-cased text.
func newKWAsWritten(pattern string, words ...string) kw {
	return register(kw{re: lazy(pattern), words: words})
}

// allKW lists every keyword expression built, so that a test can prove that
// each prefilter admits every match of its expression.
var allKW []kw

// lowerPattern lower-cases the literal letters of a pattern and keeps escapes
// (\b, \p{Zs}, \S …) as written.
func lowerPattern(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] != '\\' || i+1 >= len(p) {
			r, size := utf8.DecodeRuneInString(p[i:])
			b.WriteRune(unicode.ToLower(r))
			i += size - 1
			continue
		}
		j := i + 2
		if (p[i+1] == 'p' || p[i+1] == 'P') && j < len(p) && p[j] == '{' {
			j = strings.IndexByte(p[j:], '}') + j + 1
		}
		b.WriteString(p[i:j])
		i = j - 1
	}
	return b.String()
}

// may reports whether lower (the lower-cased text) can hold a match.
func (k kw) may(lower string) bool {
	// a section's body is one pass for all the words (containsAny)
	return len(k.words) == 0 || containsAny(lower, k.words)
}

// minLongText: from this length on a text is searched for several words in
// one pass of an automaton (listAutomaton).
const minLongText = 512

// is matches s, lower-casing it first: for strings outside the sentence index.
func (k kw) is(s string) bool { return k.match(s, lowerSameLength(s)) }

// index is FindStringIndex on s, lower-casing it first.
func (k kw) index(s string) []int { return k.find(s, lowerSameLength(s)) }

func (k kw) match(s, lower string) bool {
	from, ok := k.from(sent{lower: lower})
	return ok && k.re.MatchString(k.subject(s, lower)[from:])
}

func (k kw) find(s, lower string) []int {
	from, ok := k.from(sent{lower: lower})
	if !ok {
		return nil
	}
	return shifted(k.re.FindStringIndex(k.subject(s, lower)[from:]), from)
}

// from reports whether s.lower may hold a match (see may, mayS; s.tri and
// s.kws may be nil) and where the expression has to start. That is 0, or for
// an atWord expression one byte before the first word: no match starts
// earlier, and the byte lets \b see the character before the word as it
// would in the whole text (a lone byte of a multi-byte rune is no word
// character, nor is the rune).
func (k kw) from(s sent) (int, bool) {
	if !k.atWord {
		if s.tri != nil {
			return 0, k.mayS(s)
		}
		return 0, k.may(s.lower)
	}
	if s.kws != nil && !k.mayS(s) {
		return 0, false
	}
	lower, first := s.lower, -1
	for _, w := range k.words {
		if s.tri != nil && !s.tri.mayHold(w) {
			continue
		}
		end := len(lower) // only an occurrence before the first found counts
		if first >= 0 {
			end = min(first-1+len(w), len(lower))
		}
		if i := strings.Index(lower[:end], w); i >= 0 {
			first = i
		}
	}
	return max(first-1, 0), first >= 0
}

// shifted adds from to the offsets of a match found in a text cut at from;
// -1, a group that took no part, stays.
func shifted(loc []int, from int) []int {
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += from
		}
	}
	return loc
}

// trigrams is a 512-bit Bloom filter of the byte trigrams of a lower-cased
// sentence: a word whose trigrams are not all present cannot occur in it, which
// spares most strings.Contains calls of the prefilters.
type trigrams [8]uint64

func trigramBit(a, b, c byte) uint32 {
	return (uint32(a)*961 + uint32(b)*31 + uint32(c)) * 2654435761 >> 23
}

func newTrigrams(s string) trigrams {
	var t trigrams
	for i := 0; i+2 < len(s); i++ {
		t.set(trigramBit(s[i], s[i+1], s[i+2]))
	}
	return t
}

func (t *trigrams) set(bit uint32)      { t[bit>>6] |= 1 << (bit & 63) }
func (t *trigrams) has(bit uint32) bool { return t[bit>>6]&(1<<(bit&63)) != 0 }

// keyTrigramStarts are where the first, middle and last trigram of a word of
// n ≥ 3 bytes start: the ones a prefilter tests.
func keyTrigramStarts(n int) [3]int { return [3]int{0, (n - 3) / 2, n - 3} }

// mayHold tests the key trigrams of w, stopping at the first one missing.
func (t *trigrams) mayHold(w string) bool {
	if len(w) < 3 {
		return true
	}
	for _, i := range keyTrigramStarts(len(w)) {
		if !t.has(trigramBit(w[i], w[i+1], w[i+2])) {
			return false
		}
	}
	return true
}

// sent is one sentence prepared for the prefilters.
type sent struct {
	txt, lower string
	tri        *trigrams
	// kws holds a bit for each keyword test of kwIndex one of whose words
	// occurs in the sentence (nil: not known)
	kws []uint64
}

func (d *docView) sv(si int) sent {
	s := sent{txt: d.sentText(d.sents[si]), lower: d.lower[si], tri: &d.tri[si]}
	if d.kwIndex != nil {
		n := d.kwIndex.words
		s.kws = d.kws[si*n : (si+1)*n]
	}
	return s
}

// mayS is may for a prepared sentence.
func (k kw) mayS(s sent) bool {
	if len(k.words) == 0 {
		return true
	}
	if s.kws != nil {
		if i := keywordIndex().slot(k); i >= 0 && i>>6 < len(s.kws) {
			return s.kws[i>>6]&(1<<(i&63)) != 0
		}
	}
	for _, w := range k.words {
		if s.tri.mayHold(w) && strings.Contains(s.lower, w) {
			return true
		}
	}
	return false
}

func (k kw) matchS(s sent) bool {
	from, ok := k.from(s)
	return ok && k.re.MatchString(k.subject(s.txt, s.lower)[from:])
}

func (k kw) findS(s sent) []int {
	from, ok := k.from(s)
	if !ok {
		return nil
	}
	return shifted(k.re.FindStringIndex(k.subject(s.txt, s.lower)[from:]), from)
}

func (k kw) findAllS(s sent) [][]int { return k.allS(s, k.re.FindAllStringIndex) }

// findAllSubmatchS is findAllS with the offsets of the groups.
func (k kw) findAllSubmatchS(s sent) [][]int { return k.allS(s, k.re.FindAllStringSubmatchIndex) }

// allS runs find on the part of a prepared sentence where a match can start,
// with offsets into the whole sentence.
func (k kw) allS(s sent, find func(string, int) [][]int) [][]int {
	from, ok := k.from(s)
	if !ok {
		return nil
	}
	ms := find(k.subject(s.txt, s.lower)[from:], -1)
	for _, m := range ms {
		shifted(m, from)
	}
	return ms
}
