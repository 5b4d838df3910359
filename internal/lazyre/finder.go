package lazyre

// finder finds the first occurrence of any of a set of strings in one pass
// (an Aho–Corasick automaton over byte classes): the bytes that occur in no
// string share one class, so the table has a row of a few dozen entries per
// state rather than 256.
type finder struct {
	class  [256]uint8
	nclass int
	next   []int32 // next[state*nclass+class]
	// longest[state] is the length of the longest string that ends in state
	// (0: none), so a match ending at i starts at i+1-longest
	longest []int32
	maxLen  int
}

func newFinder(words []string) *finder {
	f := &finder{}
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if f.class[w[i]] == 0 {
				f.nclass++
				f.class[w[i]] = uint8(f.nclass)
			}
		}
		f.maxLen = max(f.maxLen, len(w))
	}
	f.nclass++ // class 0: bytes in no word
	// the trie
	trie := []map[uint8]int32{{}}
	f.longest = []int32{0}
	for _, w := range words {
		s := int32(0)
		for i := 0; i < len(w); i++ {
			c := f.class[w[i]]
			n, ok := trie[s][c]
			if !ok {
				n = int32(len(trie))
				trie = append(trie, map[uint8]int32{})
				f.longest = append(f.longest, 0)
				trie[s][c] = n
			}
			s = n
		}
		f.longest[s] = max(f.longest[s], int32(len(w)))
	}
	// breadth first: each state's transitions and the longest word among
	// its suffixes
	f.next = make([]int32, len(trie)*f.nclass)
	fail := make([]int32, len(trie))
	queue := []int32{0}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for c := 0; c < f.nclass; c++ {
			n, ok := trie[s][uint8(c)]
			if !ok {
				if s == 0 {
					f.next[c] = 0
				} else {
					f.next[int(s)*f.nclass+c] = f.next[int(fail[s])*f.nclass+c]
				}
				continue
			}
			f.next[int(s)*f.nclass+c] = n
			if s != 0 {
				fail[n] = f.next[int(fail[s])*f.nclass+c]
			}
			f.longest[n] = max(f.longest[n], f.longest[fail[n]])
			queue = append(queue, n)
		}
	}
	return f
}

// index returns where the first occurrence of a word in s[from:] starts
// (an offset into s), or -1.
func (f *finder) index(s string, from int) int {
	best := -1
	state := int32(0)
	for i := from; i < len(s); i++ {
		state = f.next[int(state)*f.nclass+int(f.class[s[i]])]
		if n := int(f.longest[state]); n > 0 {
			if start := i + 1 - n; best < 0 || start < best {
				best = start
			}
		}
		// a word ending later starts after i+1-maxLen
		if best >= 0 && i+2-f.maxLen >= best {
			return best
		}
	}
	return best
}
