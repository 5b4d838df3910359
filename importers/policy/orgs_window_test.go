package policy

import (
	"regexp/syntax"
	"slices"
	"testing"
	"unicode/utf8"
)

// TestLegalFormWindow: the longest text reLegalFormAt can match (a legal form
// and the character after it) fits in legalFormWindow with room to spare, so
// that no match can reach the window's end, where `$` would match.
func TestLegalFormWindow(t *testing.T) {
	re, err := syntax.Parse(reLegalFormAt.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	n, bounded := maxMatchLen(re)
	if !bounded || n >= legalFormWindow {
		t.Fatalf("a legal-form match is up to %d bytes (bounded: %v), the window %d", n, bounded, legalFormWindow)
	}
}

// maxMatchLen is the most bytes a match of re can span; false when unbounded.
func maxMatchLen(re *syntax.Regexp) (int, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0, true
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
		}
		return n, true
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax, true
	case syntax.OpCapture:
		return maxMatchLen(re.Sub[0])
	case syntax.OpQuest:
		return maxMatchLen(re.Sub[0])
	case syntax.OpRepeat:
		n, ok := maxMatchLen(re.Sub[0])
		return n * re.Max, ok && re.Max >= 0
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			n, ok := maxMatchLen(sub)
			if !ok {
				return 0, false
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total, true
	}
	return 0, false // star, plus
}

// TestLegalFormWindowAgrees: at every word of the test texts, the expression
// finds the same legal form in the window as in the whole rest of the text.
func TestLegalFormWindowAgrees(t *testing.T) {
	for _, text := range prefilterTexts(t) {
		for i := 0; i < len(text); i++ {
			if i > 0 && !isSpaceByte(text[i-1]) {
				continue
			}
			whole := reLegalFormAt.FindStringSubmatchIndex(text[i:])
			window := reLegalFormAt.FindStringSubmatchIndex(text[i:min(i+legalFormWindow, len(text))])
			if !slices.Equal(whole, window) {
				t.Fatalf("at %.40q: %v in the whole text, %v in the window", text[i:], whole, window)
			}
		}
	}
}
