package lazyre

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The literal analysis below reads a parsed expression and finds a short list
// of strings, its prefixes, one of which every match begins with. Where there
// is such a list, a search needs the expression only where one of them
// occurs (see accel).

const (
	// maxPrefixLen bounds the bytes of one prefix: longer ones are cut,
	// which keeps them prefixes of every match that they begin.
	maxPrefixLen = 4
	// minPrefixLen: a list with a shorter prefix (a single letter, a
	// digit) would put a candidate on every other byte of a text.
	minPrefixLen = 3
	// maxPrefixes bounds the list; a longer one is cut to shorter prefixes.
	maxPrefixes = 48
	// maxClassRunes: a character class of more runes ends the literals.
	maxClassRunes = 12
	// maxFoldRunes: a case-insensitive literal is spelt out in every case
	// variant of its first runes only.
	maxFoldRunes = 3
)

// prefix is a string that matches of a part of an expression begin with.
// complete: the part matched exactly this string, so what follows the part
// may extend it; atStart: the part is the beginning of the text (^).
type prefix struct {
	s        string
	complete bool
	atStart  bool
}

// prefixesOf returns the prefixes of re: strings one of which every match
// begins with, or ok false when there is no such list of useful strings. The
// bool atStart reports that a match may also begin at the start of the text
// without one (an alternative that opens with ^).
func prefixesOf(re *syntax.Regexp) (lits []string, atStart, ok bool) {
	ps, ok := prefixes(re)
	if !ok {
		return nil, false, false
	}
	for _, p := range ps {
		switch {
		case p.atStart:
			atStart = true
		case len(p.s) < minPrefixLen:
			return nil, false, false
		default:
			lits = append(lits, p.s)
		}
	}
	if len(lits) == 0 {
		return nil, false, false
	}
	// a prefix that begins with another is found where the other is
	slices.Sort(lits)
	lits = slices.Compact(lits)
	out := lits[:0]
	for _, l := range lits {
		if len(out) > 0 && strings.HasPrefix(l, out[len(out)-1]) {
			continue
		}
		out = append(out, l)
	}
	return out, atStart, true
}

// prefixes lists the prefixes of re's matches; ok is false where a match
// may begin with any of many characters.
func prefixes(re *syntax.Regexp) ([]prefix, bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return nil, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		// zero width: the text after decides; the expression tests the condition
		return []prefix{{complete: true}}, true
	case syntax.OpBeginText:
		return []prefix{{atStart: true}}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return foldedPrefixes(re.Rune)
		}
		return []prefix{{s: string(re.Rune), complete: true}}, true
	case syntax.OpCharClass:
		var out []prefix
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] >= maxClassRunes || len(out) >= maxClassRunes {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, prefix{s: string(r), complete: true})
			}
		}
		if len(out) > maxClassRunes {
			return nil, false
		}
		return out, true
	case syntax.OpCapture:
		return prefixes(re.Sub[0])
	case syntax.OpQuest:
		ps, ok := prefixes(re.Sub[0])
		return append(ps, prefix{complete: true}), ok
	case syntax.OpStar:
		ps, ok := prefixes(re.Sub[0])
		return append(incomplete(ps), prefix{complete: true}), ok
	case syntax.OpPlus:
		ps, ok := prefixes(re.Sub[0])
		return incomplete(ps), ok
	case syntax.OpRepeat:
		ps, ok := prefixes(re.Sub[0])
		if re.Max != 1 {
			ps = incomplete(ps)
		}
		if re.Min == 0 {
			ps = append(ps, prefix{complete: true})
		}
		return ps, ok
	case syntax.OpConcat:
		cur := []prefix{{complete: true}}
		for _, sub := range re.Sub {
			if !slices.ContainsFunc(cur, func(p prefix) bool { return p.complete }) {
				break
			}
			next, ok := prefixes(sub)
			if !ok {
				cur = incomplete(cur)
				break
			}
			cur = bounded(cross(cur, next))
		}
		return cur, true
	case syntax.OpAlternate:
		var out []prefix
		for _, sub := range re.Sub {
			ps, ok := prefixes(sub)
			if !ok {
				return nil, false
			}
			out = append(out, ps...)
		}
		return bounded(out), true
	}
	return nil, false // any character
}

// foldedPrefixes spells a case-insensitive literal in each case variant of its
// first runes (k: k, K and the Kelvin sign).
func foldedPrefixes(runes []rune) ([]prefix, bool) {
	out := []prefix{{complete: true}}
	for i, r := range runes {
		if i == maxFoldRunes {
			return incomplete(out), true
		}
		var next []prefix
		for f := r; ; {
			next = append(next, prefix{s: string(f), complete: true})
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
		out = bounded(cross(out, next))
	}
	return out, true
}

// cross extends every complete prefix of cur by every prefix of next.
func cross(cur, next []prefix) []prefix {
	var out []prefix
	for _, c := range cur {
		if !c.complete {
			out = append(out, c)
			continue
		}
		for _, n := range next {
			switch {
			case n.atStart && c.s == "":
				out = append(out, n)
			case n.atStart:
				// text before the start of the text: cannot match; keep c as it is
				out = append(out, prefix{s: c.s})
			default:
				out = append(out, prefix{s: c.s + n.s, complete: n.complete})
			}
		}
	}
	return out
}

// incomplete marks prefixes that further text may follow.
func incomplete(ps []prefix) []prefix {
	out := make([]prefix, len(ps))
	for i, p := range ps {
		out[i] = prefix{s: p.s, atStart: p.atStart}
	}
	return out
}

// bounded cuts prefixes to maxPrefixLen bytes and, while there are more than
// maxPrefixes distinct ones, to one byte less; a cut prefix is incomplete.
func bounded(ps []prefix) []prefix {
	for n := maxPrefixLen; ; n-- {
		for i, p := range ps {
			if len(p.s) > n {
				ps[i] = prefix{s: p.s[:n]}
			}
		}
		ps = dedupe(ps)
		if len(ps) <= maxPrefixes || n <= minPrefixLen {
			return ps
		}
	}
}

func dedupe(ps []prefix) []prefix {
	slices.SortFunc(ps, func(a, b prefix) int {
		if c := strings.Compare(a.s, b.s); c != 0 {
			return c
		}
		return compareBools(a.complete, b.complete) + 2*compareBools(a.atStart, b.atStart)
	})
	return slices.Compact(ps)
}

func compareBools(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// maxMatchLen returns the most bytes a match of re can span, or -1 when that
// is unbounded. Zero-width conditions count nothing; a rune counts the bytes of
// its longest spelling (a byte of invalid UTF-8 counts one).
func maxMatchLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpNoMatch, syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return len(re.Rune) * utf8.UTFMax
		}
		return len(string(re.Rune))
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		if n := utf8.RuneLen(re.Rune[len(re.Rune)-1]); n > 0 {
			return n
		}
		return utf8.UTFMax
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxMatchLen(re.Sub[0])
	case syntax.OpRepeat:
		n := maxMatchLen(re.Sub[0])
		if re.Max < 0 || n < 0 {
			return -1
		}
		return n * re.Max
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0 // the sum of the parts, or the longest alternative
		for _, sub := range re.Sub {
			n := maxMatchLen(sub)
			if n < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total
	}
	return -1 // OpStar, OpPlus
}

// startBytes returns, for an expression whose every match begins at the
// start of the text (each alternative opens with ^), the bytes a match can
// begin with; ok is false for any other expression, or where a match may be
// empty or begin with any byte.
func startBytes(re *syntax.Regexp) (set [256]bool, ok bool) {
	if !anchoredAtStart(re) {
		return set, false
	}
	nullable, ok := firstBytes(re, &set)
	return set, ok && !nullable
}

// anchoredAtStart: every match of re begins with ^ (the start of the text).
func anchoredAtStart(re *syntax.Regexp) bool { return opensWith(re, syntax.OpBeginText) }

// opensWithWordBoundary: every match of re begins with \b.
func opensWithWordBoundary(re *syntax.Regexp) bool { return opensWith(re, syntax.OpWordBoundary) }

// opensWith: every alternative of re begins with the zero-width op.
func opensWith(re *syntax.Regexp, op syntax.Op) bool {
	switch re.Op {
	case op:
		return true
	case syntax.OpCapture:
		return opensWith(re.Sub[0], op)
	case syntax.OpConcat:
		return len(re.Sub) > 0 && opensWith(re.Sub[0], op)
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !opensWith(sub, op) {
				return false
			}
		}
		return true
	}
	return false
}

// firstBytes adds to set the bytes a match of re can begin with and reports
// whether re can match the empty string; ok is false where that is any byte.
func firstBytes(re *syntax.Regexp, set *[256]bool) (nullable, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return false, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		r := re.Rune[0]
		if re.Flags&syntax.FoldCase == 0 {
			return false, runeFirstBytes(r, r, set)
		}
		for f := r; ; {
			runeFirstBytes(f, f, set)
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
		return false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if !runeFirstBytes(re.Rune[i], re.Rune[i+1], set) {
				return false, false
			}
		}
		return false, true
	case syntax.OpCapture, syntax.OpPlus:
		return firstBytes(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		_, ok := firstBytes(re.Sub[0], set)
		return true, ok
	case syntax.OpRepeat:
		nullable, ok := firstBytes(re.Sub[0], set)
		return nullable || re.Min == 0, ok
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			nullable, ok := firstBytes(sub, set)
			if !ok || !nullable {
				return false, ok
			}
		}
		return true, true
	case syntax.OpAlternate:
		empty := false
		for _, sub := range re.Sub {
			nullable, ok := firstBytes(sub, set)
			if !ok {
				return false, false
			}
			empty = empty || nullable
		}
		return empty, true
	}
	return false, false // any character
}

// runeFirstBytes adds the first bytes of the runes lo…hi in UTF-8; false where
// the range holds utf8.RuneError, which the engine also reads for every byte
// of invalid UTF-8.
func runeFirstBytes(lo, hi rune, set *[256]bool) bool {
	if lo <= utf8.RuneError && utf8.RuneError <= hi {
		return false
	}
	for ; lo <= hi && lo < utf8.RuneSelf; lo++ {
		set[lo] = true
	}
	// surrogates are no runes of UTF-8 text
	if 0xD800 <= lo && lo <= 0xDFFF {
		lo = 0xE000
	}
	if 0xD800 <= hi && hi <= 0xDFFF {
		hi = 0xD7FF
	}
	if lo > hi {
		return true
	}
	var a, b [utf8.UTFMax]byte
	utf8.EncodeRune(a[:], lo)
	utf8.EncodeRune(b[:], min(hi, unicode.MaxRune))
	for c := int(a[0]); c <= int(b[0]); c++ {
		set[c] = true
	}
	return true
}

// instructions estimates the length of re's compiled program (what decides
// whether Go's engine may use its backtracker) without compiling it: a
// literal rune, a class, an empty-width condition one each, an alternative
// or a repetition one more, a group two more, a counted repetition its copies.
func instructions(re *syntax.Regexp) int {
	n := 0
	for _, sub := range re.Sub {
		n += instructions(sub)
	}
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCapture:
		return n + 2
	case syntax.OpAlternate:
		return n + len(re.Sub) - 1
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest:
		return n + 1
	case syntax.OpRepeat:
		if re.Max < 0 {
			return n*(re.Min+1) + 1
		}
		return n*re.Max + re.Max - re.Min
	case syntax.OpConcat:
		return n
	}
	return n + 1
}
