package model

import "strings"

// Normalize puts what an activity holds where the rules expect it, before it
// is validated: an Art. 9(2) condition given as a legal basis moves to the
// Art. 9 conditions, and vocabulary labels, aliases and keys in another letter
// case become the vocabulary's keys. Every bulk write (a policy import, a
// register import) calls it, so they store what the forms would.
func (a *Activity) Normalize() {
	var bases []string
	for _, s := range a.LegalBases {
		if lb, err := ParseLegalBasis(s); err == nil && lb.IsArt9() {
			a.Art9Conditions = appendNew(a.Art9Conditions, lb.Code())
			continue
		}
		bases = appendNew(bases, s)
	}
	a.LegalBases = bases
	a.DataSubjects = vocabKeys(VocabDataSubject, a.DataSubjects)
	a.DataCategories = vocabKeys(VocabDataCategory, a.DataCategories)
	a.Recipients = vocabKeys(VocabRecipientCategory, a.Recipients)
	if t, ok := MatchTerm(VocabDataSource, a.DataSource); ok {
		a.DataSource = t.Key
	}
}

// Normalize maps a processor's categories to vocabulary keys.
func (p *Processor) Normalize() {
	p.DataCategories = vocabKeys(VocabDataCategory, p.DataCategories)
	p.SubjectCategories = vocabKeys(VocabDataSubject, p.SubjectCategories)
	if t, ok := MatchTerm(VocabDPAStatus, p.DPA.Status); ok {
		p.DPA.Status = t.Key
	}
}

// vocabKeys replaces each value the vocabulary knows by its key and drops
// repeats; free text the vocabulary does not know stays as written.
func vocabKeys(kind string, vs []string) []string {
	var out []string
	for _, v := range vs {
		if t, ok := MatchTerm(kind, v); ok {
			v = t.Key
		}
		out = appendNew(out, v)
	}
	return out
}

// appendNew appends v unless the list holds it already (ignoring case) or it is blank.
func appendNew(list []string, v string) []string {
	v = strings.TrimSpace(v)
	if v == "" {
		return list
	}
	for _, h := range list {
		if strings.EqualFold(strings.TrimSpace(h), v) {
			return list
		}
	}
	return append(list, v)
}
