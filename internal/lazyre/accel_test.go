package lazyre

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// accelPatterns have lists of prefixes, bounded and unbounded matches,
// conditions before and after the prefix, groups that take no part, ^ as an
// alternative, case folding and multi-byte prefixes.
var accelPatterns = []string{
	`\bfoo\b`,
	`\b(?:foo|bar)(?: (?:baz|qux))?\b`,
	`(?:^|[\s,])(GmbH|AG|e\.V\.)(\b|$)`,
	`(?m)^abc$|xyz$`,
	`übermitt\w*`,
	`(?:the|an?) (cat|dog)(s)?\b`,
	`foo(bar)?$`,
	`(?i)straße|weg\b|kelvin`,
	`(?i)\bart(?:ikel|icles?|s)?\.?[\s\p{Zs}]*(6|9)\b`,
	`ab(?:c|d)\B`,
	`[Pp]rovider (?:is|of) (\p{Lu}\p{L}*)`,
	`(?:foo|fob)[^.]{0,8}?\bend\b`,
	`aaa|aab`,
	`\b(?:abc|abd)e*`,
	`^foo|\bfoo\b`,
	// every match at the start of the text
	`^(\d{1,2}(?:\.\d{1,2}){0,5})(\.?)(?:[\s\p{Zs}]+|[\s\p{Zs}]*[-–)][\s\p{Zs}]+)(\S.*)$`,
	`(?i)^[\s\p{Zs}]*(?:eu[\s\p{Zs}]*)?(?:,|and|und)[\s\p{Zs}]*(6|9)\b`,
	`^(?:\p{Lu}[\p{Ll}'’-]+|von|van)$`,
	`^(?i)(?:kelvin|straße)|^ä`,
	// no prefixes: candidates by their first byte
	`\b(\p{Lu}[\p{L}\d]*(?:[ .-]\p{Lu}?[\p{L}\d]+){0,2})[ \t]*(?:\(|,[ \t]*)`,
	`\b(?:A[LKZR]|C[AOT]|D[EC])[\s\p{Zs}]+\d{5}\b`,
	`\b[A-Z][a-z]+ (?:Ltd|GmbH)\b`,
	periodLike,
}

// periodLike is an expression too large for the backtracker whose matches
// open with a digit or a small letter after \b.
var periodLike = func() string {
	words := []string{"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
		"twelve", "ein", "eine", "einen", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
		"zwölf", "zwanzig", "dreißig", "twenty", "thirty", "sixty", "ninety", "fifteen", "eighteen", "achtzehn", "fünfzehn"}
	n := `(\d{1,4}|` + strings.Join(words, "|") + `)`
	return `\b(?:` + n + `[\s\p{Zs}]*(?:to|-|–|bis|und|or|oder)[\s\p{Zs}]*)?` + n + `\)?[\s\p{Zs}-]*(days?|tagen|months?|monate|years?|jahre)\b`
}()

// accelTexts hold the prefixes at the start, the end, beside multi-byte
// characters and invalid UTF-8, repeated, overlapping and adjacent.
var accelTexts = []string{
	"",
	"foo",
	"foo bar baz, foobar bar qux foo",
	"afoo_foo 1foo_bar Äfoo xbar\tbar", // a prefix inside a word, after \b's word bytes and after other bytes
	"xfoo foox ßfoo fooß äfoo\xc3foo \xa4foo foo\xc3",
	"GmbH, AG und die Müller GmbH\nAG,e.V. ,GmbHx e.V.",
	"abc\nabc\nxyz\nabcd xyz",
	"Übermittlung übermittelt übermittle",
	"the cat an dogs a dog the cats thecat",
	"foobar foo foobar",
	"STRASSE Straße WEG weg, wegen \u212aelvin KELVIN",
	"Art. 6 DSGVO, Artikel 9, Arts 6 und art6, articles 9",
	"abce abcd abc abd_ abcx",
	"Our provider is Acme and the Provider of Zeta",
	"foo bar. end fob x end fooxxxxxxxxxxend foo end",
	"aaab aab aaa aaaa",
	"abceee abdee xabc abc",
	"foo foo xfoo",
	"1.2 Title", "12) Title", "1. Title\nnext", " , 6", "and 9", "Und6", "EU and 6",
	"Müller", "von", "Van", "\u212aELVIN", "STRASSE", "ärger", "\xc3x", "\xffx",
	"Acme (x), Zeta-Beta, ÄÖ Co (y) aAcme (z)", "CA 12345, xAL 12345 DE\u00a012345", "Foo Ltd, xFoo GmbH, Foo  Ltd",
	"for two years, 6-10 Jahre, ein bis zwei monate, atwo years, zwei)days, twenty-four years",
}

func TestAccelMatchesTheExpression(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	texts := append([]string(nil), accelTexts...)
	// random texts over the characters of the cases above
	alphabet := []string{"foo", "bar", "ab", "c", "d", "e", " ", ",", ".", "\n", "ß", "ä", "\xc3", "GmbH", "AG", "the ", "cat", "s", "end", "x", "Art. ", "6", "Provider is ", "Acme", "1", ".2", ") ", "Mü", "von", "and ", "EU ", "\u212a", "\xff", "Acme", " (", "CA ", "12345", "Ltd", "two ", "years", "-", "ein ", "Jahre"}
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	// every expression anew: accelerated at once, trying each candidate
	// anchored, and with the plain expression on what a match can reach
	defer func(scanned, attempts int64) { minScannedToAccelerate, minAnchoredBytes = scanned, attempts }(
		minScannedToAccelerate, minAnchoredBytes)
	minScannedToAccelerate = 0
	accelerated := 0
	for i, p := range append(accelPatterns, accelPatterns...) {
		minAnchoredBytes = 0
		if i >= len(accelPatterns) {
			minAnchoredBytes = 1 << 62
		}
		l := New(p)
		if l.acc() == nil {
			continue
		}
		accelerated++
		for _, s := range texts {
			// the same text at every length, so that the short ones run accelerated too
			padded := strings.Repeat(" ", minAccelLen) + s
			for _, s := range []string{s, padded} {
				if msg := compareAccel(l, s); msg != "" {
					t.Errorf("%s on %q: %s", p, s, msg)
				}
			}
		}
	}
	if accelerated < 2*(len(accelPatterns)-1) {
		t.Errorf("only %d of %d patterns accelerated", accelerated/2, len(accelPatterns))
	}
}

// compareAccel describes where the accelerated search of l on s differs from
// the expression's own, "" where it does not.
func compareAccel(l *RE, s string) string {
	re := l.Compiled()
	checks := []struct {
		name      string
		got, want any
	}{
		{"MatchString", l.MatchString(s), re.MatchString(s)},
		{"FindString", l.FindString(s), re.FindString(s)},
		{"FindStringIndex", l.FindStringIndex(s), re.FindStringIndex(s)},
		{"FindStringSubmatch", l.FindStringSubmatch(s), re.FindStringSubmatch(s)},
		{"FindStringSubmatchIndex", l.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s)},
		{"FindAllStringIndex", l.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1)},
		{"FindAllStringIndex 2", l.FindAllStringIndex(s, 2), re.FindAllStringIndex(s, 2)},
		{"FindAllString", l.FindAllString(s, -1), re.FindAllString(s, -1)},
		{"FindAllStringSubmatchIndex", l.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1)},
		{"FindAllStringSubmatch", l.FindAllStringSubmatch(s, -1), re.FindAllStringSubmatch(s, -1)},
		{"ReplaceAllString", l.ReplaceAllString(s, "<$0>"), re.ReplaceAllString(s, "<$0>")},
		{"ReplaceAllStringFunc", l.ReplaceAllStringFunc(s, strings.ToUpper), re.ReplaceAllStringFunc(s, strings.ToUpper)},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			return c.name + ": got " + show(c.got) + ", want " + show(c.want)
		}
	}
	return ""
}

func show(v any) string { return fmt.Sprintf("%#v", v) }
