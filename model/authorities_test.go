package model

import "testing"

func TestAuthorityFor(t *testing.T) {
	for _, tc := range []struct{ region, short string }{
		{"FR", "CNIL"},
		{"fr", "CNIL"},
		{"DE", "BfDI"},
		{"DE-BE", "BlnBDI"},
		{"DE-BY", "BayLDA"}, // private sector by default
		{"DE-NW", "LDI NRW"},
		{"DE-SH", "ULD"},
		{"IE", "DPC"},
		{"UK", "ICO"},
		{"NO", "Datatilsynet"},
		{"AU", "OAIC"},
		{"CA", "OPC"},
	} {
		a, ok := AuthorityFor(tc.region)
		if !ok || a.Display() != tc.short {
			t.Errorf("AuthorityFor(%q) = %+v, %v; want %s", tc.region, a, ok, tc.short)
		}
	}
	if _, ok := AuthorityFor("XX"); ok {
		t.Error("AuthorityFor(XX) found one")
	}
	if n := len(AuthoritiesFor("DE-BY")); n != 2 {
		t.Errorf("Bavaria has %d authorities, want 2", n)
	}
}

func TestAuthoritiesCoverEEAAndLaender(t *testing.T) {
	have := map[string]bool{}
	for _, a := range Authorities() {
		if a.Name == "" || a.Region == "" {
			t.Errorf("incomplete authority %+v", a)
		}
		have[a.Region] = true
	}
	for _, c := range Countries() {
		if c.EEA && !have[c.ISO2] {
			t.Errorf("no authority for EEA member %s", c.ISO2)
		}
	}
	for _, land := range []string{"BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"} {
		if !have["DE-"+land] {
			t.Errorf("no authority for DE-%s", land)
		}
	}
}
