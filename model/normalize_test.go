package model

import (
	"slices"
	"strings"
	"testing"
)

func TestActivityNormalize(t *testing.T) {
	a := Activity{LegalBases: []string{"6.1.a", "Art. 9(2)(a) GDPR", "6.1.a"}, DataCategories: []string{"payment", "Usage", "Kontaktdaten", "Vaccination status"},
		DataSource: "The data subject"}
	a.Normalize()
	if !slices.Equal(a.LegalBases, []string{"6.1.a"}) || !slices.Equal(a.Art9Conditions, []string{"9.2.a"}) {
		t.Errorf("bases %v, conditions %v", a.LegalBases, a.Art9Conditions)
	}
	if !slices.Equal(a.DataCategories, []string{"financial", "online", "contact", "Vaccination status"}) {
		t.Errorf("categories %v", a.DataCategories)
	}
	if a.DataSource != "data_subject" {
		t.Errorf("source %q", a.DataSource)
	}
}

// TestDPADates: a DPA signed after today, or reviewed before it was signed, is refused.
func TestDPADates(t *testing.T) {
	today := Date{Year: 2026, Month: 3, Day: 20}
	for _, tc := range []struct {
		dpa   DPA
		field string
	}{
		{DPA{Status: "signed", SignedOn: Date{Year: 2026, Month: 4, Day: 1}}, "dpa.signed_on"},
		{DPA{Status: "signed", SignedOn: Date{Year: 2025, Month: 4, Day: 1}, NextReview: Date{Year: 2025, Month: 1, Day: 1}}, "dpa.next_review"},
	} {
		ps := Processor{Name: "X", Role: "processor", DPA: tc.dpa}.ValidateOn(today)
		if i := slices.IndexFunc(ps, func(p Problem) bool { return p.Field == tc.field && p.Severity == SeverityError }); i < 0 {
			t.Errorf("%+v: no error on %s in %v", tc.dpa, tc.field, ps)
		}
	}
	ok := Processor{Name: "X", Role: "processor", DPA: DPA{Status: "unknown"}}
	if ps := ok.ValidateOn(today); HasErrors(ps) {
		t.Errorf("unknown DPA status refused: %v", ps)
	}
	fs := checkProcessor(ok, today)
	if len(fs) != 1 || fs[0].Severity != FindingWarn || !strings.Contains(fs[0].Message, "not known") {
		t.Errorf("findings for an unknown DPA: %+v", fs)
	}
}

func TestImagesCategory(t *testing.T) {
	for _, s := range []string{"images_recordings", "CCTV", "Bild-, Video- und Tonaufnahmen"} {
		if tm, ok := MatchTerm(VocabDataCategory, s); !ok || tm.Key != "images_recordings" {
			t.Errorf("%q: %+v %v", s, tm, ok)
		}
	}
}
