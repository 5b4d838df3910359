package model

import (
	"slices"
	"testing"
)

func TestOrganisationFillFromKeepsWhatIsThere(t *testing.T) {
	have := Organisation{Name: "Beispiel GmbH", DPOEmail: "dpo@beispiel.example"}
	found := Organisation{Name: "Other AG", Address: "Hauptstr. 1, 10115 Berlin", DPOName: "Dr. Jana Ruf",
		DPOEmail: "privacy@other.example", Authority: "  ", Representative: "Vertreterhaus GmbH, Bonn"}
	got, filled := have.FillFrom(found)
	if got.Name != "Beispiel GmbH" || got.DPOEmail != "dpo@beispiel.example" {
		t.Fatalf("entered values replaced: %+v", got)
	}
	if got.Address != found.Address || got.DPOName != "Dr. Jana Ruf" || got.Authority != "" {
		t.Fatalf("empty fields not filled (or a blank authority taken): %+v", got)
	}
	if want := []string{"address", "representative", "dpo_name"}; !slices.Equal(filled, want) {
		t.Fatalf("filled %v, want %v", filled, want)
	}
	if _, filled := got.FillFrom(found); len(filled) != 0 {
		t.Fatalf("a second fill changed %v", filled)
	}
}
