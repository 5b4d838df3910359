package ahocorasick

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestIndexFindsTheFirstWord: Index finds where the first of its
// words begins, as a search for each word would, also where a longer word
// begins before a shorter one ends.
func TestIndexFindsTheFirstWord(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	words := []string{"abcdef", "cd", "bcx", "dab", "ab", "ca"}
	a := New(words)
	for range 5000 {
		s := randomText(rng, "abcdefx")
		for from := 0; from <= len(s); from++ {
			want := -1
			for _, w := range words {
				if i := strings.Index(s[from:], w); i >= 0 && (want < 0 || from+i < want) {
					want = from + i
				}
			}
			if got := a.Index(s, from); got != want {
				t.Fatalf("Index(%q, %d) = %d, want %d", s, from, got, want)
			}
			if got := a.Contains(s[from:]); got != (want >= 0) {
				t.Fatalf("Contains(%q) = %v, want %v", s[from:], got, want >= 0)
			}
		}
	}
}

// TestEndsListEveryWordEndingThere: the words Ends reports after each byte
// are those that end at that byte, the nested and overlapping ones too; and
// EachEnd reports, in order, the states Step reaches at those bytes.
func TestEndsListEveryWordEndingThere(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	words := []string{"abcdef", "cd", "bcd", "d", "dab", "ab", "ca", "äb"}
	a := New(words)
	for range 2000 {
		s := randomText(rng, "abcdefx\xc3\xa4")
		var ended, reported []int32
		a.EachEnd(s, func(state int32) { reported = append(reported, state) })
		state := int32(0)
		for i := 0; i < len(s); i++ {
			state = a.Step(state, s[i])
			if len(a.Ends(state)) > 0 {
				ended = append(ended, state)
			}
			var want []int32
			for id, w := range words {
				if strings.HasSuffix(s[:i+1], w) {
					want = append(want, int32(id))
				}
			}
			got := slices.Clone(a.Ends(state))
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("after %q: %v, want %v", s[:i+1], got, want)
			}
		}
		if !slices.Equal(reported, ended) {
			t.Fatalf("%q: EachEnd reports %v, Step reaches %v", s, reported, ended)
		}
	}
}

// randomText is up to 19 bytes drawn from alphabet.
func randomText(rng *rand.Rand, alphabet string) string {
	b := make([]byte, rng.IntN(20))
	for i := range b {
		b[i] = alphabet[rng.IntN(len(alphabet))]
	}
	return string(b)
}
