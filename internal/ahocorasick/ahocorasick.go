// Package ahocorasick finds many strings in a text in one pass: an
// Aho–Corasick automaton whose table has a row per state and a column per
// class of bytes (the bytes that occur in no word share one class), so a
// few thousand words take a table of a few hundred kilobytes.
package ahocorasick

// Automaton is built once and then only read: several goroutines may use it.
type Automaton struct {
	class  [256]uint8
	nclass int
	// rows[state*nclass+class] is the next state's row (its number times
	// nclass), complemented (negative) where a word ends in it: a search
	// costs one dependent load a byte, and a word's end is the sign
	rows []int32
	// ends[state] lists the words that end where the automaton is in state:
	// the one it spells and those that are its suffixes (nil: none)
	ends [][]int32
	// longest[state] is the length of the longest of them, 0 for none
	longest []int32
	words   []string
	maxLen  int
}

// New builds the automaton for words; a word is named by its index.
func New(words []string) *Automaton {
	a := &Automaton{words: words}
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if a.class[w[i]] == 0 {
				a.nclass++
				a.class[w[i]] = uint8(a.nclass)
			}
		}
		a.maxLen = max(a.maxLen, len(w))
	}
	a.nclass++ // class 0: the bytes of no word
	// the trie of the words as a dense table (0: no edge; none leads back
	// to the start)
	most := 1 // states at most: the start and one per byte of the words
	for _, w := range words {
		most += len(w)
	}
	a.ends = make([][]int32, 1, most)
	trie := make([]int32, a.nclass, most*a.nclass)
	for id, w := range words {
		s := int32(0)
		for i := 0; i < len(w); i++ {
			at := int(s)*a.nclass + int(a.class[w[i]])
			if trie[at] == 0 {
				trie[at] = int32(len(a.ends))
				a.ends = append(a.ends, nil)
				trie = trie[:len(trie)+a.nclass] // a new row, zero as made
			}
			s = trie[at]
		}
		a.ends[s] = append(a.ends[s], int32(id))
	}
	// breadth first, so that a state's suffix is complete before the state:
	// each row starts as a copy of its suffix's row, then takes the edges of
	// the trie; the words that end in a state are its own and its suffix's
	next := make([]int32, len(trie)) // next[state*nclass+class]: the next state
	a.longest = make([]int32, len(a.ends))
	fail := make([]int32, len(a.ends))
	queue := make([]int32, 1, len(a.ends))
	for k := 0; k < len(queue); k++ {
		s := queue[k]
		row := next[int(s)*a.nclass : int(s+1)*a.nclass]
		if s != 0 {
			f := fail[s]
			copy(row, next[int(f)*a.nclass:int(f+1)*a.nclass])
			if len(a.ends[f]) > 0 {
				a.ends[s] = append(a.ends[s][:len(a.ends[s]):len(a.ends[s])], a.ends[f]...)
			}
		}
		for _, id := range a.ends[s] {
			a.longest[s] = max(a.longest[s], int32(len(words[id])))
		}
		for c, n := range trie[int(s)*a.nclass : int(s+1)*a.nclass] {
			if n == 0 {
				continue
			}
			if s != 0 {
				fail[n] = row[c] // the suffix's transition, before the edge replaces it
			}
			row[c] = n
			queue = append(queue, n)
		}
	}
	for at, n := range next { // the states become their rows, in place
		next[at] = n * int32(a.nclass)
		if a.longest[n] > 0 {
			next[at] = ^next[at]
		}
	}
	a.rows = next
	return a
}

// States is the number of states; a state is an int32 below it, 0 the start.
func (a *Automaton) States() int { return len(a.ends) }

// Step is the state after byte b in state s.
func (a *Automaton) Step(s int32, b byte) int32 {
	row := a.rows[int(s)*a.nclass+int(a.class[b])]
	if row < 0 {
		row = ^row
	}
	return row / int32(a.nclass)
}

// Ends lists the words that end where the automaton is in state s.
func (a *Automaton) Ends(s int32) []int32 { return a.ends[s] }

// Index returns where the first occurrence of a word in s[from:] begins (an
// offset into s), or -1: of words ending at the same place, the longest.
func (a *Automaton) Index(s string, from int) int {
	best := -1
	row := int32(0)
	for i := from; i < len(s); i++ {
		row = a.rows[int(row)+int(a.class[s[i]])]
		if row < 0 {
			row = ^row
			if start := i + 1 - int(a.longest[int(row)/a.nclass]); best < 0 || start < best {
				best = start
			}
		}
		// a word that ends later begins after i+1-maxLen
		if best >= 0 && i+2-a.maxLen >= best {
			return best
		}
	}
	return best
}

// Contains reports whether a word occurs in s.
func (a *Automaton) Contains(s string) bool {
	row := int32(0)
	for i := 0; i < len(s); i++ {
		if row = a.rows[int(row)+int(a.class[s[i]])]; row < 0 {
			return true
		}
	}
	return false
}

// EachEnd calls f with the state after each byte of s at which a word ends,
// in order: what Step and Ends report, for the few bytes where Ends has
// words, at the cost of Contains.
func (a *Automaton) EachEnd(s string, f func(state int32)) {
	row := int32(0)
	for i := 0; i < len(s); i++ {
		if row = a.rows[int(row)+int(a.class[s[i]])]; row < 0 {
			row = ^row
			f(row / int32(a.nclass))
		}
	}
}
