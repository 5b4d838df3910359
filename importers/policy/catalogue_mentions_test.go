package policy

import (
	"slices"
	"strings"
	"testing"
)

// mentionsRuneByRune is the walk mentionsLower replaced: rune by rune, a
// word start where a word rune follows none.
func mentionsRuneByRune(c *catalogue, text, lower string) []mention {
	var out []mention
	prevWord := false
	for i := 0; i < len(text); {
		isWord, sz := wordRuneAt(text, i)
		if !isWord || prevWord {
			prevWord = isWord
			i += sz
			continue
		}
		prevWord = true
		matched := false
		if w := firstWordLower(lower[i:]); c.mayIndex(w) {
			for _, e := range c.index[w] {
				end := matchAt(text, i, e.name, e.matchCase)
				if end < 0 || inURL(text, i, end) || e.matchCase && commonWords[strings.ToLower(e.name)] && endsProperName(text, i) {
					continue
				}
				out = append(out, mention{ref: e.ref, text: text[i:end], start: i, end: end})
				i, matched, prevWord = end, true, false
				break
			}
		}
		if !matched {
			i += sz
		}
	}
	return out
}

// TestMentionsWordByWord: jumping from word to word finds the mentions the
// rune-by-rune walk finds, on every test text and on names run together.
func TestMentionsWordByWord(t *testing.T) {
	c := vendorCatalogue()
	texts := append(prefilterTexts(t), "StripeStripe Stripe,Stripe Stripe-Google Ⅻgoogle ÄStripe \xffStripe Google Analytics.Stripe")
	found := 0
	for _, text := range texts {
		lower := lowerSameLength(text)
		want := mentionsRuneByRune(c, text, lower)
		got := c.mentionsLower(text, lower)
		if !slices.Equal(got, want) {
			t.Fatalf("%.60q: %d mentions, rune by rune %d", text, len(got), len(want))
		}
		found += len(got)
	}
	if found < 100 {
		t.Fatalf("only %d mentions in the test texts", found)
	}
}
