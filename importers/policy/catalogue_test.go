package policy

import (
	"regexp"
	"strings"
	"testing"
)

// TestCatalogueSize: the catalogue covers at least 600 processors and third
// parties, each with a country code, a role and a category.
func TestCatalogueSize(t *testing.T) {
	if n := len(vendorCatalogue().vendors); n < 600 {
		t.Errorf("catalogue has %d vendors, want at least 600", n)
	}
	cc := regexp.MustCompile(`^(?:[A-Z]{2})?$`)
	roles := wordSet("processor", "third_party", "joint_controller", "unknown")
	for _, v := range vendorCatalogue().vendors {
		if !cc.MatchString(v.Country) || !roles[v.Role] || v.Category == "" || v.Name == "" {
			t.Errorf("%q: country %q, role %q, category %q", v.Name, v.Country, v.Role, v.Category)
		}
		for _, e := range v.Entities {
			if name, c := splitEntity(e); name == "" || !cc.MatchString(c) {
				t.Errorf("%q: entity %q is not \"Legal Entity=CC\"", v.Name, e)
			}
		}
		if v.Group != "" && vendorCatalogue().groups[v.Group].Name == "" {
			t.Errorf("%q: unknown group %q", v.Name, v.Group)
		}
	}
	if vendorCatalogue().dpfAsOf == "" {
		t.Error("the catalogue does not say when its DPF flags were known to be right")
	}
}

// TestNoAliasIsACommonWord: an alias never is an everyday word, and a name
// that is one is matched only with its capitals.
func TestNoAliasIsACommonWord(t *testing.T) {
	for _, v := range vendorCatalogue().vendors {
		if commonWords[strings.ToLower(v.Name)] && !v.MatchCase {
			t.Errorf("name %q is a common word and not match_case", v.Name)
		}
		for _, a := range v.Aliases {
			if commonWords[strings.ToLower(a)] {
				t.Errorf("%q: alias %q is a common word", v.Name, a)
			}
		}
	}
	for _, g := range vendorCatalogue().groups {
		for _, w := range g.Words {
			if commonWords[strings.ToLower(w)] {
				t.Errorf("group %q: word %q is a common word", g.Name, w)
			}
		}
	}
}

// TestSharedEntitiesAreGroups: a legal entity that two entries list is the
// company behind both, so it belongs to a group they share; else a document's
// "Automattic Inc." would be filed under whichever entry came first.
func TestSharedEntitiesAreGroups(t *testing.T) {
	cat := vendorCatalogue()
	listedBy := map[string][]vendor{}
	for _, v := range cat.vendors {
		for _, e := range v.Entities {
			name, _ := splitEntity(e)
			listedBy[strings.ToLower(name)] = append(listedBy[strings.ToLower(name)], v)
		}
	}
	for e, vs := range listedBy {
		if len(vs) < 2 {
			continue
		}
		ref := cat.names[e]
		for _, v := range vs {
			if v.Group == "" || v.Group != ref.group || ref.vendor >= 0 {
				t.Errorf("entity %q is listed by %q and others but is not their group's (%q)", e, v.Name, v.Group)
			}
		}
	}
}

// TestCatalogueNamesAreUnique: no spelling names two entries.
func TestCatalogueNamesAreUnique(t *testing.T) {
	seen := map[string]int{}
	for i, v := range vendorCatalogue().vendors {
		for _, n := range append([]string{v.Name}, v.Aliases...) {
			k := strings.ToLower(n)
			if other, dup := seen[k]; dup && other != i {
				t.Errorf("%q is a name of both %q and %q", n, vendorCatalogue().vendors[other].Name, v.Name)
			}
			seen[k] = i
		}
	}
}
