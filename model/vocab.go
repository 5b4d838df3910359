package model

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// Term is one entry of a controlled vocabulary: a stable key stored in records, and
// the English and German labels shown to people. Keys never change once shipped;
// labels may.
type Term struct {
	Key     string `toml:"key" json:"key"`
	EN      string `toml:"en" json:"en"`
	DE      string `toml:"de" json:"de"`
	Note    string `toml:"note" json:"note,omitempty"`
	Article string `toml:"article" json:"article,omitempty"` // GDPR article the term comes from
	Special bool   `toml:"special" json:"special,omitempty"` // Art. 9 or Art. 10 data category
	// Aliases are other keys people and importers use for the term ("usage",
	// "payment"); MatchTerm resolves them to the term, so they never stay free text.
	Aliases []string `toml:"aliases" json:"aliases,omitempty"`
}

// Label returns the term's label in lang ("en" or "de"), falling back to English.
func (t Term) Label(lang string) string {
	if strings.EqualFold(lang, "de") && t.DE != "" {
		return t.DE
	}
	return t.EN
}

// Vocabulary kinds. The keys of each are listed in docs/vocabularies.md.
const (
	VocabLegalBasis        = "legal_basis"
	VocabArt9Condition     = "art9_condition"
	VocabRight             = "right"
	VocabDataSubject       = "data_subject"
	VocabDataCategory      = "data_category"
	VocabRecipientCategory = "recipient_category"
	VocabDataSource        = "data_source"
	VocabArt28Clause       = "art28_clause"
	VocabWP248             = "wp248"
	VocabDPIADecision      = "dpia_decision"
	VocabTransferMechanism = "transfer_mechanism"
	VocabDPAStatus         = "dpa_status"
	VocabDPAForm           = "dpa_form"
	VocabProcessorRole     = "processor_role"
	VocabChannel           = "channel"
)

// vocabFiles are the embedded vocabulary files; each holds one or more kinds as
// arrays of tables ([[legal_basis]] …). Other files under data/ belong to other
// parts of the package, so they are listed here rather than globbed.
//
//go:embed data/legal_bases.toml data/rights.toml data/categories.toml data/clauses.toml data/wp248.toml
var vocabFS embed.FS

var vocabFiles = []string{
	"data/legal_bases.toml", "data/rights.toml", "data/categories.toml",
	"data/clauses.toml", "data/wp248.toml",
}

// vocab is parsed once: labels are looked up for every visible table cell.
type vocabIndex struct {
	kinds []string                    // in file order, for listings
	terms map[string][]Term           // kind → terms in file order
	byKey map[string]map[string]int   // kind → key → index into terms[kind]
	byLbl map[string]map[string][]int // kind → lowercased EN and DE label → indexes
}

var (
	vocabOnce sync.Once
	vocab     vocabIndex
	vocabErr  error
)

func loadVocab() (*vocabIndex, error) {
	vocabOnce.Do(func() { vocab, vocabErr = parseVocab(vocabFS, vocabFiles) })
	return &vocab, vocabErr
}

// mustVocab panics on a broken embedded file: that is a build defect, caught by the
// package tests, never a user error.
func mustVocab() *vocabIndex {
	v, err := loadVocab()
	if err != nil {
		panic(err)
	}
	return v
}

func parseVocab(fsys fs.FS, files []string) (vocabIndex, error) {
	v := vocabIndex{terms: map[string][]Term{}, byKey: map[string]map[string]int{}, byLbl: map[string]map[string][]int{}}
	for _, name := range files {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return v, err
		}
		var doc map[string][]Term
		md, err := toml.Decode(string(b), &doc)
		if err != nil {
			return v, fmt.Errorf("%s: %w", name, err)
		}
		if und := md.Undecoded(); len(und) > 0 {
			return v, fmt.Errorf("%s: unknown field %s", name, und[0])
		}
		for _, kind := range orderedKinds(md) {
			if err := v.add(name, kind, doc[kind]); err != nil {
				return v, err
			}
		}
	}
	return v, nil
}

// orderedKinds returns the top-level tables of a file in the order they appear.
func orderedKinds(md toml.MetaData) []string {
	var kinds []string
	seen := map[string]bool{}
	for _, k := range md.Keys() {
		if len(k) == 1 && !seen[k[0]] {
			seen[k[0]] = true
			kinds = append(kinds, k[0])
		}
	}
	return kinds
}

func (v *vocabIndex) add(file, kind string, terms []Term) error {
	if _, dup := v.terms[kind]; dup {
		return fmt.Errorf("%s: vocabulary %q is defined twice", file, kind)
	}
	v.kinds = append(v.kinds, kind)
	v.terms[kind] = terms
	v.byKey[kind] = map[string]int{}
	v.byLbl[kind] = map[string][]int{}
	for i, t := range terms {
		if t.Key == "" || t.EN == "" || t.DE == "" {
			return fmt.Errorf("%s: %s entry %d needs key, en and de", file, kind, i+1)
		}
		if _, dup := v.byKey[kind][t.Key]; dup {
			return fmt.Errorf("%s: %s key %q appears twice", file, kind, t.Key)
		}
		v.byKey[kind][t.Key] = i
		for _, l := range append([]string{t.EN, t.DE}, t.Aliases...) {
			l = strings.ToLower(l)
			v.byLbl[kind][l] = append(v.byLbl[kind][l], i)
		}
	}
	return nil
}

// VocabularyKinds lists every vocabulary kind in the order of the data files.
func VocabularyKinds() []string { return append([]string(nil), mustVocab().kinds...) }

// Vocabulary returns the terms of one kind in their documented order, or nil for an
// unknown kind. The slice is a copy: callers may sort or filter it.
func Vocabulary(kind string) []Term { return append([]Term(nil), mustVocab().terms[kind]...) }

// LookupTerm finds a term by its key.
func LookupTerm(kind, key string) (Term, bool) {
	v := mustVocab()
	i, ok := v.byKey[kind][key]
	if !ok {
		return Term{}, false
	}
	return v.terms[kind][i], true
}

// Label returns the label of key in lang ("en", "de"), falling back to English and
// then to the key itself, so free text stored in a vocabulary field still shows.
func Label(kind, key, lang string) string {
	if t, ok := LookupTerm(kind, key); ok {
		return t.Label(lang)
	}
	return key
}

// MatchTerm resolves what a person typed: a key, or an English or German label in
// any letter case. Records may hold free text where a key was expected (imports,
// old spreadsheets); this lets the rules recognise "Gesundheitsdaten" as health.
func MatchTerm(kind, s string) (Term, bool) {
	if t, ok := LookupTerm(kind, s); ok {
		return t, true
	}
	v := mustVocab()
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return Term{}, false
	}
	if i, ok := v.byKey[kind][s]; ok {
		return v.terms[kind][i], true
	}
	if is := v.byLbl[kind][s]; len(is) > 0 {
		return v.terms[kind][is[0]], true
	}
	return Term{}, false
}
