package policy

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The catalogue is written in vendors.toml and, one entry a line, in
// vendors_more.toml. A process reads it from catalogueParts, the same
// entries as Go data (catalogue_data.go), which the linker lays out in the
// binary: decoding the 136 KB of TOML took some 15 ms, a seventh of the
// instructions of a process that imports a policy. TestCatalogueData
// fails when the two differ and, run with -update, writes catalogue_data.go
// from the TOML.

// vendor is one catalogue entry.
type vendor struct {
	Name      string   `toml:"name"`
	Aliases   []string `toml:"aliases"`
	Entities  []string `toml:"entities"` // "Legal Entity=CC"
	Group     string   `toml:"group"`
	Country   string   `toml:"country"`
	Role      string   `toml:"role"`
	Category  string   `toml:"category"`
	MatchCase bool     `toml:"match_case"`
	// DPF: the US entity took part in the EU-US Data Privacy Framework as far
	// as was known on the file's dpf_as_of date; false means unknown.
	DPF bool `toml:"dpf"`
}

// group ties the products of one company: its legal entities and bare name.
type group struct {
	Name     string   `toml:"name"`
	Words    []string `toml:"words"`
	Entities []string `toml:"entities"`
}

type catalogueFile struct {
	DPFAsOf string   `toml:"dpf_as_of"`
	Ignore  []string `toml:"ignore"`
	Group   []group  `toml:"group"`
	Vendor  []vendor `toml:"vendor"`
}

// catalogue is the parsed vendor file with one matcher over all names.
type catalogue struct {
	vendors []vendor
	dpfAsOf string // when the DPF flags were last known to be right
	groups  map[string]group
	// names maps a matched spelling (lower-cased) to what it names
	names map[string]nameRef
	index map[string][]nameEntry // first word → spellings, longest first
	// indexed holds a bit for the hash of each first word of index (see
	// mayIndex): most words of a text start no name, and the bit spares
	// them the map lookup
	indexed   [1 << 10]uint64
	entityCC  map[string]string
	ignoreSet map[string]bool
}

// nameRef says what a spelling stands for: a vendor (index), a group's legal
// entity or bare word, or an ignored product such as a browser.
type nameRef struct {
	vendor int // -1 when not a vendor
	group  string
	entity bool
	ignore bool
}

// vendorCatalogue is built on first use: its index costs about 2 ms and some
// megabytes, which a process that never reads a policy (most CLI verbs, the
// interface's start) should not pay.
var vendorCatalogue = sync.OnceValue(func() *catalogue { return newCatalogue(catalogueParts...) })

// newCatalogue joins the files' entries and indexes their names.
func newCatalogue(parts ...catalogueFile) *catalogue {
	var f catalogueFile
	for _, part := range parts {
		f.Ignore = append(f.Ignore, part.Ignore...)
		f.Group = append(f.Group, part.Group...)
		f.Vendor = append(f.Vendor, part.Vendor...)
		if part.DPFAsOf != "" {
			f.DPFAsOf = part.DPFAsOf
		}
	}
	c := &catalogue{vendors: f.Vendor, dpfAsOf: f.DPFAsOf, groups: map[string]group{}, names: map[string]nameRef{},
		entityCC: map[string]string{}, ignoreSet: map[string]bool{}}
	c.index = map[string][]nameEntry{}
	add := func(name string, ref nameRef, matchCase bool) {
		key := strings.ToLower(name)
		if _, dup := c.names[key]; dup || name == "" {
			return
		}
		c.names[key] = ref
		w := firstWord(name)
		c.index[w] = append(c.index[w], nameEntry{name: name, matchCase: matchCase, ref: ref})
	}
	for _, ig := range f.Ignore {
		add(ig, nameRef{vendor: -1, ignore: true}, false)
		c.ignoreSet[strings.ToLower(ig)] = true
	}
	for _, g := range f.Group {
		c.groups[g.Name] = g
		for _, e := range g.Entities {
			name, cc := splitEntity(e)
			c.entityCC[strings.ToLower(name)] = cc
			add(name, nameRef{vendor: -1, group: g.Name, entity: true}, false)
		}
		for _, w := range g.Words {
			add(w, nameRef{vendor: -1, group: g.Name}, true)
		}
	}
	for i, v := range f.Vendor {
		for _, n := range append([]string{v.Name}, v.Aliases...) {
			add(n, nameRef{vendor: i, group: v.Group}, v.MatchCase && n == v.Name || v.MatchCase && isOrdinaryWord(n))
		}
		for _, e := range v.Entities {
			name, cc := splitEntity(e)
			c.entityCC[strings.ToLower(name)] = cc
			add(name, nameRef{vendor: i, group: v.Group, entity: true}, false)
		}
	}
	for w, es := range c.index {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].name) > len(es[j].name) })
		c.index[w] = es
		h := wordHash(w)
		c.indexed[h>>6] |= 1 << (h & 63)
	}
	return c
}

// wordHash is a 16-bit hash of w (FNV-1a).
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return (h ^ h>>16) & (1<<16 - 1)
}

// mayIndex: w may be a first word of index.
func (c *catalogue) mayIndex(w string) bool {
	h := wordHash(w)
	return c.indexed[h>>6]&(1<<(h&63)) != 0
}

// isOrdinaryWord: a single word alias of a match-case vendor is matched with case.
func isOrdinaryWord(s string) bool { return !strings.ContainsAny(s, " .") }

func splitEntity(e string) (string, string) {
	if i := strings.LastIndexByte(e, '='); i > 0 {
		return strings.TrimSpace(e[:i]), strings.TrimSpace(e[i+1:])
	}
	return strings.TrimSpace(e), ""
}

// nameEntry is one spelling in the index.
type nameEntry struct {
	name      string
	matchCase bool
	ref       nameRef
}

// firstWord returns the lower-cased leading run of letters and digits of s.
func firstWord(s string) string {
	end := len(s)
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			end = i
			break
		}
	}
	return strings.ToLower(s[:end])
}

// firstWordLower is firstWord of an already lower-cased string, without copying.
func firstWordLower(s string) string {
	for i := 0; i < len(s); {
		isWord, sz := wordRuneAt(s, i)
		if !isWord {
			return s[:i]
		}
		i += sz
	}
	return s
}

// wordRuneAt reports whether the rune at s[i] is a letter or a digit, and its
// length; ASCII is told from a table, without decoding.
func wordRuneAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiWordByte[c], 1
	}
	r, sz := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r), sz
}

// asciiWordByte marks the ASCII letters and digits.
var asciiWordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// matchAt reports the end of name matched at text[pos:], or -1. Spaces in the name
// match any run of white space; the match must end at a word boundary.
func matchAt(text string, pos int, name string, matchCase bool) int {
	i := pos
	for j := 0; j < len(name); {
		if i < len(text) && text[i] < utf8.RuneSelf && name[j] < utf8.RuneSelf && name[j] != ' ' {
			// ASCII on both sides, the common case: no decoding
			if tc, nc := text[i], name[j]; tc != nc && (matchCase || asciiLower(tc) != asciiLower(nc)) {
				return -1
			}
			i, j = i+1, j+1
			continue
		}
		nr, nsz := utf8.DecodeRuneInString(name[j:])
		if nr == ' ' {
			k := i
			for k < len(text) {
				r, sz := utf8.DecodeRuneInString(text[k:])
				if !unicode.IsSpace(r) {
					break
				}
				k += sz
			}
			if k == i {
				return -1
			}
			i, j = k, j+nsz
			continue
		}
		if i >= len(text) {
			return -1
		}
		tr, tsz := utf8.DecodeRuneInString(text[i:])
		if tr != nr && (matchCase || unicode.ToLower(tr) != unicode.ToLower(nr)) {
			return -1
		}
		i, j = i+tsz, j+nsz
	}
	if i < len(text) {
		if isWord, _ := wordRuneAt(text, i); isWord {
			return -1
		}
	}
	return i
}

// asciiLower is unicode.ToLower for an ASCII byte.
func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// mention is one catalogue name found in the text.
type mention struct {
	ref        nameRef
	text       string
	start, end int
}

// mentions finds every catalogue name in text, outside URLs and e-mail addresses.
// It walks the words once and tries only the names that start with each word,
// longest first, so the cost grows with the text, not with the catalogue.
func (c *catalogue) mentions(text string) []mention {
	return c.mentionsLower(text, lowerSameLength(text))
}

// mentionsLower is mentions with the lower-cased text (same byte offsets) given,
// so that looking up each word's candidates allocates nothing.
func (c *catalogue) mentionsLower(text, lower string) []mention {
	var out []mention
	for i := 0; i < len(text); {
		isWord, sz := wordRuneAt(text, i)
		if !isWord {
			i += sz
			continue
		}
		// a word starts at i; lower-casing keeps where words end
		w := firstWordLower(lower[i:])
		next := i + max(len(w), sz) // past the word, unless a name matches
		if c.mayIndex(w) {
			for _, e := range c.index[w] {
				end := matchAt(text, i, e.name, e.matchCase)
				if end < 0 || inURL(text, i, end) || e.matchCase && commonWords[strings.ToLower(e.name)] && endsProperName(text, i) {
					continue
				}
				out = append(out, mention{ref: e.ref, text: text[i:end], start: i, end: end})
				next = end // a word right after the name starts anew
				break
			}
		}
		i = next
	}
	return out
}

// endsProperName: the word at i follows a capitalised word in mid-sentence,
// so it ends a longer proper name ("7 Harbour Square", "Grand Canal Square",
// "Blue Segment Ltd") rather than naming the catalogue's one-word service
// that shares its spelling with an everyday word. (Only for such services:
// German capitalises its nouns, "je nach Artikel DHL oder DPD".)
func endsProperName(text string, i int) bool {
	before := strings.TrimRight(text[max(0, i-80):i], " \t")
	if len(before) == len(text[max(0, i-80):i]) || before == "" {
		return false // no space before the word: not a name's next word
	}
	k := strings.LastIndexAny(before, " \t\n") + 1
	prev := before[k:]
	r, _ := utf8.DecodeRuneInString(prev)
	if !unicode.IsUpper(r) || strings.ContainsAny(prev[len(prev)-1:], ",;:.!?)") || strings.ContainsRune(text[k+max(0, i-80):i], '\n') {
		return false
	}
	rest := strings.TrimRight(before[:k], " \t")
	return rest != "" && !strings.ContainsAny(rest[len(rest)-1:], ".!?:\n")
}

// inURL reports whether the span sits inside a URL or an e-mail address.
func inURL(text string, s, e int) bool {
	lo, hi := max(s-300, 0), min(e+300, len(text)) // a bounded window keeps this linear
	a := strings.LastIndexAny(text[lo:s], " \t\n<>(\"“")
	if a >= 0 {
		a += lo
	} else {
		a = lo - 1
	}
	b := strings.IndexAny(text[e:hi], " \t\n<>)\"”")
	if b < 0 {
		b = hi - e
	}
	tok := text[a+1 : e+b]
	return strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") || strings.Contains(tok, "@") ||
		strings.Contains(tok, ".com/") || strings.Contains(tok, ".de/")
}
