package policy

// A port of shared/eval/score.py: the same name normalisation, the same greedy
// one-to-one matching and the same per-field and overall F1, so that the Go tests
// and the reference scorer agree on every number.

import (
	"regexp"
	"strings"
)

// gold is one annotation file (eval/README.md schema).
type gold struct {
	Language             string    `toml:"language"`
	Controller           string    `toml:"controller"`
	ControllerEmail      string    `toml:"controller_email"`
	DPOName              string    `toml:"dpo_name"`
	DPOEmail             string    `toml:"dpo_email"`
	SupervisoryAuthority string    `toml:"supervisory_authority"`
	ThirdCountryTransfer bool      `toml:"third_country_transfer"`
	LegalBases           []string  `toml:"legal_bases"`
	Rights               []string  `toml:"rights"`
	Recipients           []goldRec `toml:"recipients"`
	Retention            []goldRet `toml:"retention"`
	Activities           []goldAct `toml:"activities"`
}

type goldRec struct {
	Name         string   `toml:"name"`
	Aliases      []string `toml:"aliases"`
	Country      string   `toml:"country"`
	Role         string   `toml:"role"`
	Safeguard    string   `toml:"safeguard"`
	DPAMentioned bool     `toml:"dpa_mentioned"`
}

type goldRet struct {
	Text      string `toml:"text"`
	Days      int    `toml:"days"`
	AppliesTo string `toml:"applies_to"`
}

type goldAct struct {
	Name       string   `toml:"name"`
	Keywords   []string `toml:"keywords"`
	LegalBases []string `toml:"legal_bases"`
	Recipients []string `toml:"recipients"`
}

var scoreSuffixes = []string{
	"gmbh & co. kg", "gmbh & co kg", "gmbh", "mbh", "ag", "se", "kg", "ug", "e.v.", "ev",
	"inc.", "inc", "incorporated", "llc", "l.l.c.", "ltd.", "ltd", "limited", "plc",
	"corp.", "corp", "corporation", "co.", "company", "b.v.", "bv", "n.v.", "nv",
	"aps", "a/s", "as", "ab", "oy", "s.a.", "sa", "s.a.s.", "sas", "s.r.l.", "srl",
	"s.l.", "sl", "sp. z o.o.", "pty", "pte", "pty ltd", "ireland", "emea",
}

var (
	rePyPunct = regexp.MustCompile("[\u2018\u2019\u201c\u201d\"'`()\\[\\],;:]")
	rePySpace = regexp.MustCompile(`[\s\p{Z}]+`)
	rePyOther = regexp.MustCompile(`[^\p{L}\p{N}_\s\p{Z}&.-]`)
)

// pyNorm is score.py's norm().
func pyNorm(name string) string {
	s := strings.ToLower(name)
	s = rePyPunct.ReplaceAllString(s, " ")
	s = strings.TrimSpace(rePySpace.ReplaceAllString(s, " "))
	for changed := true; changed && s != ""; {
		changed = false
		for _, suf := range scoreSuffixes {
			if strings.HasSuffix(s, " "+suf) {
				s = strings.Trim(s[:len(s)-len(suf)-1], " .,&-")
				changed = true
			}
		}
	}
	s = rePyOther.ReplaceAllString(s, " ")
	return strings.Trim(rePySpace.ReplaceAllString(s, " "), " .-")
}

// pyWordContains is score.py's word_contains(a, b): b occurs in a as whole words.
func pyWordContains(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	re := regexp.MustCompile(`(^|[^\p{L}\p{N}_])` + regexp.QuoteMeta(b) + `($|[^\p{L}\p{N}_])`)
	return re.MatchString(a)
}

func prf(tp, nPred, nGold int) (p, r, f float64) {
	switch {
	case nPred > 0:
		p = float64(tp) / float64(nPred)
	case nGold == 0:
		p = 1
	}
	r = 1
	if nGold > 0 {
		r = float64(tp) / float64(nGold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// matchOneToOne is score.py's greedy matching: exact pairs first, then loose ones.
func matchOneToOne(nGold, nPred int, tests ...func(g, p int) bool) [][2]int {
	var pairs [][2]int
	usedG, usedP := map[int]bool{}, map[int]bool{}
	for _, test := range tests {
		for gi := 0; gi < nGold; gi++ {
			if usedG[gi] {
				continue
			}
			for pi := 0; pi < nPred; pi++ {
				if usedP[pi] || !test(gi, pi) {
					continue
				}
				pairs = append(pairs, [2]int{gi, pi})
				usedG[gi], usedP[pi] = true, true
				break
			}
		}
	}
	return pairs
}

func normAll(xs ...string) []string {
	var out []string
	for _, x := range xs {
		if n := pyNorm(x); n != "" {
			out = append(out, n)
		}
	}
	return out
}

func asSet(xs []string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		if x = strings.ToLower(strings.TrimSpace(x)); x != "" {
			m[x] = true
		}
	}
	return m
}

func setPRF(g, p []string) float64 {
	gs, ps := asSet(g), asSet(p)
	tp := 0
	for x := range gs {
		if ps[x] {
			tp++
		}
	}
	_, _, f := prf(tp, len(ps), len(gs))
	return f
}

func scalarOK(g, p string) (ok, scored bool) {
	gn, pn := pyNorm(g), pyNorm(p)
	if gn == "" {
		return false, false
	}
	return pn != "" && (gn == pn || pyWordContains(pn, gn) || pyWordContains(gn, pn)), true
}
