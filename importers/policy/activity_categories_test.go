package policy

import (
	"slices"
	"strings"
	"testing"
)

// TestDataCategoriesIn: the one pass of the categories' automaton names the
// categories a test of each word names, on every sentence and line of the
// test texts and on every whole text.
func TestDataCategoriesIn(t *testing.T) {
	if len(dataCategories) > 64 {
		t.Fatalf("%d data categories: their bits take one uint64", len(dataCategories))
	}
	named := 0
	texts := append(corpusSpans(t), prefilterTexts(t)...)
	for _, dc := range dataCategories {
		texts = append(texts, strings.Join(dc.words, " "), "x"+dc.words[len(dc.words)-1])
	}
	for _, text := range texts {
		lower := strings.ToLower(text)
		want := []string{}
		for _, dc := range dataCategories {
			if slices.ContainsFunc(dc.words, func(w string) bool { return strings.Contains(lower, w) }) {
				want = append(want, dc.label)
			}
		}
		got := dataCategoriesIn(lower)
		if !slices.Equal(got, want) {
			t.Fatalf("%.80q: %q, word by word %q", text, got, want)
		}
		named += len(got)
	}
	if named < 100 {
		t.Fatalf("only %d categories named in the test texts", named)
	}
}
