package export

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/dpodesk/dpodesk/importers/register"
	"github.com/dpodesk/dpodesk/model"
)

// TestCSVRoundTrip exports the register as CSV and reads it back with the
// register importer: the Art. 30 content of every activity must survive, in
// either language.
func TestCSVRoundTrip(t *testing.T) {
	for _, lang := range []string{"en", "de"} {
		reg := fixture(t)
		for _, format := range []string{FormatCSV, FormatXLSX} {
			var b bytes.Buffer
			if err := ROPA(&b, reg, opts(t, format, lang)); err != nil {
				t.Fatal(err)
			}
			p, err := register.Read("ropa."+format, b.Bytes(), register.KindActivities, register.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Problems) > 0 || len(p.Unmapped) > 0 || len(p.Activities) != len(reg.Activities) {
				t.Fatalf("%s %s: problems %v, unmapped %v, %d activities", lang, format, p.Problems, p.Unmapped, len(p.Activities))
			}
			for i, rec := range p.Activities {
				compareActivity(t, lang+" "+format, reg.Activities[i], rec.Activity)
			}
			if got := p.Activities[0].Processors; !reflect.DeepEqual(got, []string{"Hetzner", "Zendesk"}) {
				t.Errorf("processors = %v", got)
			}
		}
	}
}

func compareActivity(t *testing.T, what string, want, got model.Activity) {
	t.Helper()
	pairs := []struct {
		field string
		w, g  any
	}{
		{"name", want.Name, got.Name}, {"purposes", want.Purposes, got.Purposes},
		{"legal bases", want.LegalBases, got.LegalBases}, {"art9", want.Art9Conditions, got.Art9Conditions},
		{"subjects", want.DataSubjects, got.DataSubjects}, {"data", want.DataCategories, got.DataCategories},
		{"recipients", want.Recipients, got.Recipients}, {"retention", want.Retention, got.Retention},
		{"retention justification", want.RetentionJustification, got.RetentionJustification},
		{"toms", want.TOMs, got.TOMs}, {"toms justification", want.TOMsJustification, got.TOMsJustification},
		{"transfers", want.Transfers, got.Transfers}, {"status", want.Status, got.Status},
		{"owner", want.Owner, got.Owner}, {"systems", want.Systems, got.Systems},
		{"dpia", want.DPIA.Decision, got.DPIA.Decision}, {"next review", want.NextReview, got.NextReview},
		{"source", want.DataSource, got.DataSource},
	}
	for _, p := range pairs {
		if !reflect.DeepEqual(p.w, p.g) {
			t.Errorf("%s %s: %s = %#v, want %#v", what, want.Name, p.field, p.g, p.w)
		}
	}
}
