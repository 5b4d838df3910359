package policy

import (
	"sort"
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// VendorSuggestion is a catalogue entry offered while a DPO types a
// processor's name. Every field is a proposal for the DPO to confirm: the
// catalogue knows where a service usually contracts, not what this
// organisation signed.
type VendorSuggestion struct {
	Name        string // canonical name
	LegalEntity string // the first legal entity listed, "" when none
	Country     string // ISO 3166-1 alpha-2 of the legal entity, else of the main seat
	Role        string // processor, third_party, joint_controller or unknown
	Category    string
	// Mechanism is the transfer mechanism the entry suggests for a transfer
	// on day on: "" inside the EEA, "adequacy" under a decision in force,
	// "dpf" for a US entity known to take part in the Data Privacy Framework,
	// else "" (the DPO chooses SCCs, BCRs or another safeguard).
	Mechanism string
	DPFAsOf   string // when the DPF flag was known to be right
}

// maxSuggestions bounds the list a form shows under the name field.
const maxSuggestions = 8

// SuggestVendors returns catalogue entries whose name, alias or legal entity
// starts with prefix (case-insensitive, at least two letters), names that
// start with it first, at most limit (or maxSuggestions when limit <= 0).
func SuggestVendors(prefix string, limit int, on model.Date) []VendorSuggestion {
	p := strings.ToLower(strings.TrimSpace(prefix))
	if len([]rune(p)) < 2 {
		return nil
	}
	if limit <= 0 {
		limit = maxSuggestions
	}
	type hit struct {
		v    int
		rank int // 0: the name starts with p, 1: an alias or entity does
	}
	var hits []hit
	for i, v := range vendorCatalogue().vendors {
		switch {
		case strings.HasPrefix(strings.ToLower(v.Name), p):
			hits = append(hits, hit{i, 0})
		case anyHasPrefix(v.Aliases, p) || anyHasPrefix(entityNames(v.Entities), p):
			hits = append(hits, hit{i, 1})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].rank != hits[b].rank {
			return hits[a].rank < hits[b].rank
		}
		return strings.ToLower(vendorCatalogue().vendors[hits[a].v].Name) < strings.ToLower(vendorCatalogue().vendors[hits[b].v].Name)
	})
	var out []VendorSuggestion
	for _, h := range hits[:min(len(hits), limit)] {
		out = append(out, suggestion(vendorCatalogue().vendors[h.v], on))
	}
	return out
}

func suggestion(v vendor, on model.Date) VendorSuggestion {
	s := VendorSuggestion{Name: v.Name, Country: v.Country, Role: v.Role, Category: v.Category}
	if len(v.Entities) > 0 {
		name, cc := splitEntity(v.Entities[0])
		s.LegalEntity = name
		if cc != "" {
			s.Country = cc
		}
	}
	switch {
	case s.Country == "" || model.IsEEA(s.Country):
	case s.Country == "US" && v.DPF:
		s.Mechanism, s.DPFAsOf = "dpf", vendorCatalogue().dpfAsOf
	default:
		if a, ok := model.Adequacy(s.Country, on); ok && a.Requires == "" {
			s.Mechanism = "adequacy"
		}
	}
	return s
}

func entityNames(es []string) []string {
	out := make([]string, 0, len(es))
	for _, e := range es {
		name, _ := splitEntity(e)
		out = append(out, name)
	}
	return out
}

func anyHasPrefix(names []string, p string) bool {
	for _, n := range names {
		if strings.HasPrefix(strings.ToLower(n), p) {
			return true
		}
	}
	return false
}
