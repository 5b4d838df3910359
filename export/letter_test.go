package export

import (
	"strings"
	"testing"
)

func TestSelectActivities(t *testing.T) {
	acts := fixture(t).Activities
	for _, tc := range []struct {
		subjects []string
		want     string
	}{
		{nil, "Web shop orders,Sick leave,Newsletter"}, // retired activity left out
		{[]string{"customers"}, "Web shop orders"},
		{[]string{"Kunden", "newsletter_subscribers"}, "Web shop orders,Newsletter"}, // German label
		{[]string{"patients"}, ""},
	} {
		var names []string
		for _, a := range SelectActivities(acts, tc.subjects) {
			names = append(names, a.Name)
		}
		if got := strings.Join(names, ","); got != tc.want {
			t.Errorf("subjects %v: got %q, want %q", tc.subjects, got, tc.want)
		}
	}
}

func letterFor(t *testing.T, lang string, subjects ...string) string {
	t.Helper()
	reg := fixture(t)
	return Letter(LetterInput{Request: reg.Requests[0], Org: reg.Org, Activities: SelectActivities(reg.Activities, subjects),
		Processors: reg.Processors, Lang: lang, Now: exportTime})
}

func TestLetterGolden(t *testing.T) {
	golden(t, "letter.en.md", []byte(letterFor(t, "en")))
	golden(t, "letter.de.md", []byte(letterFor(t, "de", "customers", "newsletter_subscribers")))
}

func TestLetterContent(t *testing.T) {
	for _, tc := range []struct {
		name      string
		letter    string
		want, not []string
	}{
		{"all activities", letterFor(t, "en"),
			[]string{"Art. 15(1)(a)", "**Web shop orders**: processing and delivering orders; invoicing", "Health data",
				"Hetzner, Zendesk", "invoices: 10 years", "Berliner Beauftragte", "United States (US): Zendesk, Inc.",
				"**Sick leave**: [[TODO: meaningful information about the logic", "withdraw it at any time"},
			[]string{"Old loyalty card", "bonus points", "#9"}},
		{"customers only", letterFor(t, "en", "customers"),
			[]string{"We do not use automated decision-making", "We collected the personal data from you."},
			[]string{"Sick leave", "withdraw it at any time", "Health data"}},
		{"nobody matches", letterFor(t, "de", "patients"),
			[]string{"Keine aktive Verarbeitungstätigkeit", "[[TODO: bestätigen", "Wir übermitteln Ihre personenbezogenen Daten nicht"},
			nil},
	} {
		for _, w := range tc.want {
			if !strings.Contains(tc.letter, w) {
				t.Errorf("%s: letter lacks %q", tc.name, w)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(tc.letter, n) {
				t.Errorf("%s: letter should not contain %q", tc.name, n)
			}
		}
	}
}

func TestLetterMarksMissingAuthority(t *testing.T) {
	reg := fixture(t)
	reg.Org.Authority = ""
	l := Letter(LetterInput{Request: reg.Requests[0], Org: reg.Org, Activities: reg.Activities[:1], Lang: "en", Now: exportTime})
	if !strings.Contains(l, "[[TODO: name and address of the competent supervisory authority]]") {
		t.Errorf("missing authority is not marked:\n%s", l)
	}
}
