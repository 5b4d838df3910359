package policy

import (
	"strings"
	"unicode"
)

// legalSuffixes are legal-form words dropped from the end of a name before names
// are compared, so that "Mouseflow ApS" and "Mouseflow" are the same organisation.
var legalSuffixes = []string{
	"community interest company", // before "company", which ends it
	"gmbh & co. kg", "gmbh & co kg", "gmbh", "mbh", "ag", "se", "kg", "ug", "e.v.", "e. v.", "ev",
	"inc.", "inc", "incorporated", "llc", "l.l.c.", "ltd.", "ltd", "limited", "plc",
	"corp.", "corp", "corporation", "co.", "company", "b.v.", "b. v.", "bv", "n.v.", "n. v.", "nv",
	"aps", "a/s", "as", "ab", "oy", "s.a.", "sa", "s.a.s.", "sas", "s.r.l.", "srl",
	"s.l.", "sl", "sp. z o.o.", "pty", "pte", "pty ltd", "ireland", "emea", "sarl", "s.à r.l.",
	"unlimited company", "uc", "dac", "europe", "cic", "s.r.o.", "a.s.",
}

// normName lower-cases a name, drops punctuation and trailing legal-form words.
// It is called for every name comparison, so it avoids regular expressions.
func normName(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := false
	for _, r := range strings.ToLower(name) {
		switch {
		case strings.ContainsRune("\u2018\u2019\u201c\u201d\"'`()[],;:", r) || unicode.IsSpace(r):
			space = true
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
	}
	s := b.String()
	for changed := true; changed && s != ""; {
		changed = false
		for _, suf := range legalSuffixes {
			if strings.HasSuffix(s, " "+suf) {
				s = strings.Trim(s[:len(s)-len(suf)-1], " .,&-")
				changed = true
			}
		}
	}
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '&' || r == '.' || r == '-' || unicode.IsSpace(r) {
			return r
		}
		return ' '
	}, s)
	return strings.Trim(strings.Join(strings.Fields(s), " "), " .-")
}

// containsWords reports whether b occurs in a as whole words (both normalised).
func containsWords(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	for i := strings.Index(a, b); i >= 0; {
		before := i == 0 || !isWordByte(a[i-1])
		after := i+len(b) == len(a) || !isWordByte(a[i+len(b)])
		if before && after {
			return true
		}
		j := strings.Index(a[i+1:], b)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// lettersOnly is s in lower case without anything but letters and digits:
// names keep their identity across spacing, quotes and full stops a PDF
// loses or adds ("Kleingartenverein„AmGalgenberg“e.V.").
func lettersOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}
