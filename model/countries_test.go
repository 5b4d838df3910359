package model

import "testing"

func d(s string) Date {
	v, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

func TestCountriesFileParses(t *testing.T) {
	byISO, list, adq, err := parseCountries(countriesTOML)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) < 240 || len(byISO) != len(list) {
		t.Fatalf("%d countries, %d unique", len(list), len(byISO))
	}
	eea := 0
	for _, c := range list {
		if c.EEA {
			eea++
		}
	}
	if eea != 30 {
		t.Errorf("EEA has %d members, want 30 (27 EU + IS, LI, NO)", eea)
	}
	if len(adq) != 16 {
		t.Errorf("adequacy list covers %d countries, want 16", len(adq))
	}
	for _, bad := range []string{
		"[[country]]\niso2 = \"DE\"\nen = \"Germany\"\nde = \"Deutschland\"\n[[country]]\niso2 = \"DE\"\nen = \"x\"\nde = \"x\"\n",
		"[[country]]\niso2 = \"DEU\"\nen = \"Germany\"\nde = \"Deutschland\"\n",
		"[[adequacy]]\niso2 = \"ZZ\"\n",
		"[[country]]\niso2 = \"DE\"\nflag = \"x\"\n",
		"[[country",
	} {
		if _, _, _, err := parseCountries(bad); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}

func TestCountry(t *testing.T) {
	for _, tc := range []struct{ in, en, de string }{
		{"DE", "Germany", "Deutschland"},
		{"de", "Germany", "Deutschland"},
		{" us ", "United States", "Vereinigte Staaten"},
		{"UK", "United Kingdom", "Vereinigtes Königreich"},
		{"CH", "Switzerland", "Schweiz"},
	} {
		c, ok := Country(tc.in)
		if !ok || c.Name("en") != tc.en || c.Name("de") != tc.de {
			t.Errorf("Country(%q) = %+v, %v", tc.in, c, ok)
		}
	}
	for _, bad := range []string{"", "XX", "DEU", "Germany"} {
		if _, ok := Country(bad); ok {
			t.Errorf("Country(%q) found", bad)
		}
	}
}

func TestIsEEA(t *testing.T) {
	for iso, want := range map[string]bool{"DE": true, "FR": true, "NO": true, "IS": true, "LI": true,
		"CH": false, "GB": false, "US": false, "XX": false, "": false} {
		if got := IsEEA(iso); got != want {
			t.Errorf("IsEEA(%q) = %v", iso, got)
		}
	}
}

func TestAdequacy(t *testing.T) {
	for _, tc := range []struct {
		iso, on  string
		ok       bool
		requires string
	}{
		{"CH", "2025-01-01", true, ""},
		{"JP", "2018-12-31", false, ""}, // before the decision
		{"JP", "2019-01-23", true, ""},
		{"GB", "2021-06-27", false, ""},
		{"GB", "2021-06-28", true, ""},
		{"GB", "2025-12-27", true, ""}, // last day of the first decision
		{"GB", "2025-12-28", true, ""}, // renewal
		{"GB", "2031-12-27", true, ""}, // last day of the renewal
		{"GB", "2031-12-28", false, ""},
		{"US", "2023-07-09", false, ""},
		{"US", "2023-07-10", true, "dpf"},
		{"BR", "2026-06-01", true, ""},
		{"BR", "2025-06-01", false, ""},
		{"IN", "2025-06-01", false, ""},
		{"DE", "2025-06-01", false, ""}, // EEA members need none
	} {
		a, ok := Adequacy(tc.iso, d(tc.on))
		if ok != tc.ok || a.Requires != tc.requires {
			t.Errorf("Adequacy(%s, %s) = %+v, %v; want ok=%v requires=%q", tc.iso, tc.on, a, ok, tc.ok, tc.requires)
		}
	}
	if len(AdequacyDecisions()) != 17 {
		t.Errorf("AdequacyDecisions has %d rows", len(AdequacyDecisions()))
	}
}

func TestTransferNeedsSafeguard(t *testing.T) {
	on := d("2026-03-01")
	for _, tc := range []struct {
		iso, mech string
		want      bool
	}{
		{"FR", "", false},         // inside the EEA
		{"CH", "", false},         // adequacy
		{"GB", "adequacy", false}, // adequacy
		{"US", "", true},          // DPF only for certified importers
		{"US", "adequacy", true},  // the decision alone does not cover it
		{"US", "dpf", false},      // certified
		{"US", "Data Privacy Framework", false},
		{"US", "SCCs", false}, // Art. 46
		{"US", "privacy_shield", true},
		{"US", "Privacy Shield", true},
		{"IN", "", true},
		{"IN", "adequacy", true},
		{"IN", "scc", false},
		{"IN", "bcr", false},
		{"IN", "derogation", false},
		{"CN", "other", false},
	} {
		if got := TransferNeedsSafeguard(tc.iso, tc.mech, on); got != tc.want {
			t.Errorf("TransferNeedsSafeguard(%s, %q) = %v, want %v", tc.iso, tc.mech, got, tc.want)
		}
	}
	if !TransferNeedsSafeguard("GB", "", d("2032-01-01")) {
		t.Error("UK after the renewal expires should need a safeguard")
	}
}

func TestNormalizeMechanism(t *testing.T) {
	for in, want := range map[string]string{"SCC": "scc", "Standard contractual clauses": "scc",
		"EU-Standardvertragsklauseln": "scc", "EU-US DPF": "dpf", "BCRs": "bcr", "Privacy Shield": "privacy_shield",
		"Angemessenheitsbeschluss": "adequacy", "": ""} {
		if got := NormalizeMechanism(in); got != want {
			t.Errorf("NormalizeMechanism(%q) = %q, want %q", in, got, want)
		}
	}
}
