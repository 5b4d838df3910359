package policy

import (
	"encoding/binary"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dpodesk/dpodesk/internal/ahocorasick"
)

// kwIndex finds the words of every keyword test in each sentence at once: one
// pass of an automaton over the sentence (internal/ahocorasick) sets a bit for
// each test one of whose words occurs in it, and a test of the sentence then
// reads its bit. Testing the words one by one, each sentence for each test
// (a trigram lookup and strings.Contains per word), was a sixth of an import.
// A test the index does not know (built elsewhere, or after it) tests its
// words as before.
type kwIndex struct {
	auto *ahocorasick.Automaton
	// words is the number of uint64 a sentence's bits take
	words int
	// tests: the keyword tests by their word lists, for those not in allKW
	tests map[*string]int
	// known is the number of tests of allKW the index holds
	known int
	// stateSet[state] is the offset in sets of the bits of the tests one of
	// whose words ends where the automaton is in state, -1 for none
	stateSet []int32
	sets     []uint64
	// always: the bits of tests with an empty word, which every text holds
	always []uint64
}

// otherKW are the keyword tests outside allKW that run on every sentence.
func otherKW() []kw {
	return []kw{reRetentionCue, periodUnits, eventGate(), authorityWords, complaintWords(), domainContext}
}

var keywordIndex = sync.OnceValue(func() *kwIndex {
	tests := append(append([]kw(nil), allKW...), otherKW()...)
	x := &kwIndex{words: (len(tests) + 63) / 64, tests: map[*string]int{}, known: len(allKW)}
	x.always = make([]uint64, x.words)
	var words []string
	wordID := map[string]int{}
	var testsOf [][]int // per word, the tests that hold it
	for t, k := range tests {
		if t >= len(allKW) && len(k.words) > 0 {
			x.tests[&k.words[0]] = t
		}
		for _, w := range k.words {
			if w == "" {
				x.always[t>>6] |= 1 << (t & 63)
				continue
			}
			id, ok := wordID[w]
			if !ok {
				id = len(words)
				wordID[w] = id
				words = append(words, w)
				testsOf = append(testsOf, nil)
			}
			testsOf[id] = append(testsOf[id], t)
		}
	}
	x.auto = ahocorasick.New(words)
	x.stateSet = make([]int32, x.auto.States())
	setAt := map[string]int32{} // the same bits share one place
	bits := make([]uint64, x.words)
	var key []byte
	for s := range x.stateSet {
		x.stateSet[s] = -1
		ends := x.auto.Ends(int32(s))
		if len(ends) == 0 {
			continue
		}
		clear(bits)
		for _, w := range ends {
			for _, t := range testsOf[w] {
				bits[t>>6] |= 1 << (t & 63)
			}
		}
		key = key[:0]
		for _, b := range bits {
			key = binary.LittleEndian.AppendUint64(key, b)
		}
		at, ok := setAt[string(key)]
		if !ok {
			at = int32(len(x.sets))
			setAt[string(key)] = at
			x.sets = append(x.sets, bits...)
		}
		x.stateSet[s] = at
	}
	return x
})

// slot is the bit of test k, -1 where the index does not hold it.
func (x *kwIndex) slot(k kw) int {
	if k.id > 0 && int(k.id) <= x.known {
		return int(k.id) - 1
	}
	if k.id == 0 && len(k.words) > 0 {
		if t, ok := x.tests[&k.words[0]]; ok {
			return t
		}
	}
	return -1
}

// scan writes the bits of every sentence to out, x.words uint64 each, in the
// order of lower (the lower-cased sentences).
func (x *kwIndex) scan(lower []string, out []uint64) {
	for i, s := range lower {
		bits := out[i*x.words : (i+1)*x.words]
		copy(bits, x.always)
		x.auto.EachEnd(s, func(state int32) {
			if at := x.stateSet[state]; at >= 0 {
				for k, b := range x.sets[at : int(at)+x.words] {
					bits[k] |= b
				}
			}
		})
	}
}

// containsAny reports whether one of words occurs in s. A long list (the
// lexicon's general title words hold some three hundred), or several words
// in a long text (the marks of obfuscated addresses in the whole document),
// are found in one pass of an automaton built on the list's first use, not
// by a strings.Contains per word.
func containsAny(s string, words []string) bool {
	if len(words) >= minListAutomaton || len(s) >= minLongText && len(words) > 1 {
		if a := listAutomaton(words, len(s)); a != nil {
			return a.Contains(s)
		}
	}
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

const (
	// minListAutomaton: shorter lists are tested word by word
	minListAutomaton = 24
	// maxListAutomata bounds the lists kept: the lists are package
	// variables and lexicon fields, but a caller that built a long list
	// anew on each call would otherwise add one each time
	maxListAutomata = 256
	// minListCalls: a list is tested word by word on its first calls, a
	// call on a long text counting once more for every listCallBytes. Its
	// automaton costs some hundred tests on short texts to build (the
	// general title words' about 2.5 ms), which a process importing one
	// short policy would not get back; one scan of a whole document is
	// worth it.
	minListCalls  = 256
	listCallBytes = 256
)

// listKey names a list by its array and length.
type listKey struct {
	first *string
	n     int
}

// listEntry counts the calls with one list and holds its automaton once
// built (none for a list with an empty word, which every text holds).
type listEntry struct {
	calls atomic.Int64
	build sync.Once
	auto  *ahocorasick.Automaton
}

var (
	listEntriesMu sync.Mutex
	listEntries   = map[listKey]*listEntry{}
	// listEntriesRead is listEntries for lock-free reading, replaced on
	// each addition
	listEntriesRead atomic.Pointer[map[listKey]*listEntry]
)

// listAutomaton returns the automaton of words for a text of n bytes, nil
// where the words are to be tested one by one: on the list's first calls (see
// minListCalls), for a list with an empty word, or where no more lists are
// kept.
func listAutomaton(words []string, n int) *ahocorasick.Automaton {
	e := listEntryOf(words)
	if e == nil || e.calls.Load() < minListCalls && e.calls.Add(int64(1+n/listCallBytes)) <= minListCalls {
		return nil
	}
	e.build.Do(func() {
		if !slices.Contains(words, "") {
			e.auto = ahocorasick.New(slices.Clone(words))
		}
	})
	return e.auto
}

func listEntryOf(words []string) *listEntry {
	key := listKey{&words[0], len(words)}
	if m := listEntriesRead.Load(); m != nil {
		if e, ok := (*m)[key]; ok {
			return e
		}
	}
	listEntriesMu.Lock()
	defer listEntriesMu.Unlock()
	if e, ok := listEntries[key]; ok {
		return e
	}
	if len(listEntries) >= maxListAutomata {
		return nil
	}
	e := &listEntry{}
	listEntries[key] = e
	read := maps.Clone(listEntries)
	listEntriesRead.Store(&read)
	return e
}
