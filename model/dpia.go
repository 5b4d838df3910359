package model

import (
	"slices"
	"strings"
)

// DPIA suggestions.
const (
	DPIARequired    = "required"
	DPIAConsider    = "consider"
	DPIANotRequired = "not_required"
)

// DPIASuggestion is the result of screening an activity against WP248 rev.01 and
// Art. 35(3). It suggests; the DPO decides and records the decision on the activity.
type DPIASuggestion struct {
	Criteria  []string `json:"criteria"`            // WP248 keys met, recorded or implied, in guideline order
	Implied   []string `json:"implied,omitempty"`   // those the record implies but the screening does not list
	Count     int      `json:"count"`               // len(Criteria)
	Mandatory []string `json:"mandatory,omitempty"` // Art. 35(3) cases: "35.3.a", "35.3.b", "35.3.c"
	Suggest   string   `json:"suggest"`             // required, consider, not_required
	Reasons   []string `json:"reasons"`
	// Why are Reasons unformatted, for faces that show them in German.
	Why []Msg `json:"-"`
}

// ReasonsIn are the reasons in lang.
func (s DPIASuggestion) ReasonsIn(lang string) []string {
	out := make([]string, len(s.Why))
	for i, m := range s.Why {
		out[i] = m.In(lang)
	}
	return out
}

// WP248Criteria returns the nine WP248 rev.01 criteria in the guideline's order.
func WP248Criteria() []Term { return Vocabulary(VocabWP248) }

// ScreenDPIA counts the WP248 criteria an activity meets: those recorded in its
// screening plus those its record implies (special category data, children,
// automated decisions), so an unscreened record is not read as harmless.
func ScreenDPIA(a Activity) DPIASuggestion {
	met := map[string]bool{}
	for _, c := range a.DPIA.Criteria {
		met[c] = true
	}
	var s DPIASuggestion
	for key, why := range impliedCriteria(a) {
		if !met[key] {
			s.Implied = append(s.Implied, key)
			s.Why = append(s.Why, why)
		}
		met[key] = true
	}
	for _, t := range WP248Criteria() {
		if met[t.Key] {
			s.Criteria = append(s.Criteria, t.Key)
		}
	}
	s.Count = len(s.Criteria)
	slices.Sort(s.Implied)
	slices.SortFunc(s.Why, func(a, b Msg) int { return strings.Compare(a.In("en"), b.In("en")) })
	s.Mandatory = mandatoryCases(met)
	s.Suggest, s.Why = suggest(s, s.Why)
	s.Reasons = s.ReasonsIn("en")
	return s
}

// impliedCriteria maps criteria the record itself shows to the reason shown to the DPO.
func impliedCriteria(a Activity) map[string]Msg {
	m := map[string]Msg{}
	if cats := specialCategories(a.DataCategories); len(cats) > 0 {
		m["sensitive_data"] = M("special category data (%s) counts as sensitive data", Bilingual{cats[0].EN, cats[0].Label("de")})
	}
	if a.Children || hasTerm(VocabDataSubject, a.DataSubjects, "children") {
		m["vulnerable_subjects"] = M("children's data counts as data of vulnerable data subjects")
	}
	if a.AutomatedDecision {
		m["automated_decision"] = M("the activity makes automated decisions")
	}
	return m
}

// mandatoryCases derives the Art. 35(3) cases from the criteria met. (c) needs a
// publicly accessible area, which the record does not say: the reason asks.
func mandatoryCases(met map[string]bool) []string {
	var m []string
	if met["evaluation_scoring"] && met["automated_decision"] {
		m = append(m, "35.3.a")
	}
	if met["sensitive_data"] && met["large_scale"] {
		m = append(m, "35.3.b")
	}
	if met["systematic_monitoring"] && met["large_scale"] {
		m = append(m, "35.3.c")
	}
	return m
}

var mandatoryText = map[string]Msg{
	"35.3.a": M("Art. 35(3)(a): systematic and extensive evaluation with automated decisions"),
	"35.3.b": M("Art. 35(3)(b): large-scale processing of special category data"),
	"35.3.c": M("Art. 35(3)(c): systematic large-scale monitoring (if the area is publicly accessible)"),
}

func suggest(s DPIASuggestion, reasons []Msg) (string, []Msg) {
	for _, m := range s.Mandatory {
		reasons = append(reasons, mandatoryText[m])
	}
	switch {
	case len(s.Mandatory) > 0 || s.Count >= 2:
		return DPIARequired, append(reasons, M("%d of 9 WP248 criteria met: a DPIA is usually required", s.Count))
	case s.Count == 1:
		return DPIAConsider, append(reasons, M("1 of 9 WP248 criteria met: consider a DPIA and record why"))
	}
	return DPIANotRequired, append(reasons, M("no WP248 criterion met"))
}

// specialCategories returns the Art. 9 and Art. 10 categories among cats, which may
// hold vocabulary keys or labels typed by people.
func specialCategories(cats []string) []Term {
	var out []Term
	for _, c := range cats {
		if t, ok := MatchTerm(VocabDataCategory, c); ok && t.Special {
			out = append(out, t)
		}
	}
	return out
}

func hasTerm(kind string, vals []string, key string) bool {
	for _, v := range vals {
		if t, ok := MatchTerm(kind, v); ok && t.Key == key {
			return true
		}
	}
	return false
}
