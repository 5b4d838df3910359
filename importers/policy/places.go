package policy

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

//go:embed places.toml
var placesTOML string

// placeIndex maps the first word of a place name to its spellings and country.
type placeEntry struct {
	name, cc string
}

// places is built on first use, not at every process start.
var places = sync.OnceValue(func() map[string][]placeEntry { return mustPlaces(placesTOML) })

func mustPlaces(src string) map[string][]placeEntry {
	var f struct {
		Countries map[string][]string `toml:"countries"`
	}
	if _, err := toml.Decode(src, &f); err != nil {
		panic("policy: places.toml: " + err.Error())
	}
	idx := map[string][]placeEntry{}
	for cc, names := range f.Countries {
		for _, n := range names {
			w := firstWord(n)
			idx[w] = append(idx[w], placeEntry{name: n, cc: cc})
		}
	}
	for w, es := range idx {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].name) > len(es[j].name) })
		idx[w] = es
	}
	return idx
}

// A US address ends with a state code and a ZIP code ("CA 94105", "UT 84101").
var reUSZip = lazy(`\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])[\s\p{Zs}]+\d{5}\b`)
var reCountryPrefixZip = lazy(`\b(D|A|CH|NL|DK|L|F|B)-\d{4,5}\b`)

// countryInLower returns the first country clue in s: a place name (matched
// with its capitals, so "essen" the verb is not Essen the city), a US state
// with ZIP code, or a country-prefixed postcode ("D-80331"); lower is s
// lower-cased with the same byte offsets.
func countryInLower(s, lower string) string {
	if cc := placeIn(s, lower); cc != "" {
		return cc
	}
	if !strings.ContainsAny(s, "0123456789") {
		return "" // both postcode forms need digits
	}
	if m := reUSZip.FindStringIndex(s); m != nil {
		return "US"
	}
	if m := reCountryPrefixZip.FindStringSubmatch(s); m != nil {
		return map[string]string{"D": "DE", "A": "AT", "CH": "CH", "NL": "NL", "DK": "DK", "L": "LU", "F": "FR", "B": "BE"}[m[1]]
	}
	return ""
}

func placeIn(s, lower string) string {
	index := places()
	prev := false
	for i := 0; i < len(s); {
		r, sz := utf8.DecodeRuneInString(s[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word && !prev {
			for _, e := range index[firstWordLower(lower[i:])] {
				if matchAt(s, i, e.name, true) >= 0 && !inStreetName(lower, i) {
					return e.cc
				}
			}
		}
		prev = word
		i += sz
	}
	return ""
}

// placeStarting returns the country of the place name s starts with
// (written with its capitals) and the name's length in bytes.
func placeStarting(s string) (string, int) {
	for _, e := range places()[firstWord(s)] {
		if end := matchAt(s, 0, e.name, true); end > 0 && (end == len(s) || !isLetterByte(s[end])) {
			return e.cc, end
		}
	}
	return "", 0
}

// streetPrefixes open a street's name in Romance languages, whose streets
// are often named after a town ("Via del Porto 3", "Rua de Lisboa 12",
// "Avenida de Madrid"): the town there is no seat.
var streetPrefixes = []string{"via ", "viale ", "piazza ", "corso ", "largo ", "rua ", "avenida ", "praça ", "calle ",
	"plaza ", "paseo ", "rue ", "avenue de ", "boulevard de "}

// maxStreetPrefixReach is how far before a town's name, in bytes, a street
// prefix makes it part of the street ("Via del " before "Porto").
const maxStreetPrefixReach = 12

// inStreetName: the place name at byte i follows a street prefix.
func inStreetName(lower string, i int) bool {
	before := lower[max(0, i-maxStreetPrefixReach):i]
	for _, p := range streetPrefixes {
		if k := strings.LastIndex(before, p); k == 0 || k > 0 && !isLetterByte(before[k-1]) {
			return true
		}
	}
	return false
}

// isPlaceName reports a name that is only a place ("Ireland", "United States"):
// a country or city is where a recipient sits, never a recipient.
func isPlaceName(name string) bool {
	name = strings.TrimSpace(name)
	for _, e := range places()[firstWordLower(strings.ToLower(name))] {
		if strings.EqualFold(e.name, name) {
			return true
		}
	}
	return false
}
