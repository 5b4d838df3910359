package policy

import (
	"maps"
	"reflect"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/dpodesk/dpodesk/internal/lazyre"
)

// TestAcceleratedExpressionsFindThePlainMatches: every expression that runs
// only where one of its prefixes occurs (internal/lazyre) finds in every
// sentence of the corpus, as written and lower-cased, the matches of the plain
// expression.
func TestAcceleratedExpressionsFindThePlainMatches(t *testing.T) {
	var res []*lazyre.RE
	for _, l := range lazyre.All() {
		if l.Accelerated() {
			res = append(res, l)
		}
	}
	if len(res) < 50 {
		t.Fatalf("only %d expressions accelerated", len(res))
	}
	seen := map[string]bool{}
	for _, text := range prefilterTexts(t) {
		d := newDocView(docOf(text))
		for i, s := range d.sents {
			seen[d.sentText(s)], seen[d.lower[i]] = true, true
		}
	}
	texts := slices.Collect(maps.Keys(seen))
	// the plain expressions take most of the time: on every core
	var wg sync.WaitGroup
	for _, chunk := range slices.Collect(slices.Chunk(res, (len(res)+runtime.GOMAXPROCS(0)-1)/runtime.GOMAXPROCS(0))) {
		wg.Go(func() {
			for _, l := range chunk {
				for _, s := range texts {
					compareWithPlain(t, l, s)
				}
			}
		})
	}
	wg.Wait()
	t.Logf("%d accelerated expressions, %d texts", len(res), len(seen))
}

// compareWithPlain reports where l's accelerated search differs on s from the
// plain expression's.
func compareWithPlain(t *testing.T, l *lazyre.RE, s string) {
	all := l.Compiled().FindAllStringSubmatchIndex(s, -1)
	if got := l.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, all) {
		t.Errorf("%s on %.80q: %v, the expression %v", l, s, got, all)
	}
	var first []int
	if len(all) > 0 {
		first = all[0]
	}
	if got := l.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, first) {
		t.Errorf("%s on %.80q: first %v, the expression %v", l, s, got, first)
	}
	if got := l.MatchString(s); got != (first != nil) {
		t.Errorf("%s on %.80q: matches %v, the expression %v", l, s, got, first != nil)
	}
}
