package policy

import (
	"strings"
	"testing"
)

// Every citation variant of GDPR.md §2.4, in fictional sentences.
func TestParseCitations(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"based on Art. 6(1)(b) GDPR", "6.1.b"},
		{"under Art. 6(1)(f) GDPR", "6.1.f"},
		{"Article 6(1)(f) GDPR applies", "6.1.f"},
		{"see Art 6(1)(f)", "6.1.f"},
		{"see Art. 6 (1) (f) here", "6.1.f"},
		{"Art. 6 para. 1 lit. f GDPR", "6.1.f"},
		{"Art. 6 par. 1 lit. f", "6.1.f"},
		{"Article 6 (1) lit. f) GDPR", "6.1.f"},
		{"Art. 6 (1) f GDPR", "6.1.f"},
		{"Art. 6.1.f", "6.1.f"},
		{"Art. 6.1(f) GDPR", "6.1.f"},
		{"Article 6(1)(f) of Regulation (EU) 2016/679", "6.1.f"},
		{"point (f) of Article 6(1) GDPR", "6.1.f"},
		{"Art. 6 para. 1 p. 1 lit. c GDPR", "6.1.c"},
		{"Art. 6 (1) 1 lit. a) GDPR", "6.1.a"},
		{"Art. 6 para.1b DS-GVO", "6.1.b"},
		{"Art. 6 Abs. 1 lit. a DSGVO", "6.1.a"},
		{"Art. 6 Abs. 1 lit. f) DSGVO", "6.1.f"},
		{"Art. 6 Abs. 1 f) DS-GVO", "6.1.f"},
		{"Art. 6 Abs. 1 S. 1 lit. f DSGVO", "6.1.f"},
		{"Art. 6 Abs. 1 Satz 1 lit. f", "6.1.f"},
		{"Art. 6 Abs. 1 UAbs. 1 Buchst. f DSGVO", "6.1.f"},
		{"Artikel 6 Absatz 1 Buchstabe b) DSGVO", "6.1.b"},
		{"Art. 6 I lit. f DSGVO", "6.1.f"},
		{"Art. 6 I 1 f DSGVO", "6.1.f"},
		{"Art 6 Abs 1 lit f DSGVO", "6.1.f"},
		{"Art. 6 Abs. 1 lit. a, b und f DSGVO", "6.1.a 6.1.b 6.1.f"},
		{"Art. 6 (1) a), b) and f) GDPR", "6.1.a 6.1.b 6.1.f"},
		{"Art. 9 Abs. 2 lit. h DSGVO i.V.m. § 22 BDSG", "9.2.h"},
		{"Art. 9(2)(a) GDPR", "9.2.a"},
		{"Art. 6 (1) lit. b bzw. c DSGVO", "6.1.b 6.1.c"},
		{"Art. 6(1) for the purposes named", ""},
		{"Art. 6 GDPR in general", ""},
		{"Art. 9 (1) GDPR lists special categories", ""},
		{"Art. 49 (1) (a) GDPR", ""},
		{"Art. 6(1)(f) and a legitimate interest", "6.1.f"},
		{"The legal basis is Article 6 (1a) GDPR, provided", "6.1.a"},
		{"Art. 6(1f) GDPR", "6.1.f"},
		{"Art. 6 ( 1 b ) GDPR and Art. 6 (1f) GDPR", "6.1.b 6.1.f"},
		{"Art. 9 (2a) GDPR", "9.2.a"},
	}
	for _, tc := range tests {
		var got []string
		for _, c := range parseCitations(tc.in) {
			got = append(got, c.code)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, strings.Join(got, " "), tc.want)
		}
	}
}

func TestLegalBasesInWordsAndRights(t *testing.T) {
	text := "1. Newsletter\n\nWe send the newsletter on the basis of your consent. You can withdraw your consent at any time.\n\n" +
		"2. Orders\n\nProcessing is necessary for the performance of a contract with you.\n\n" +
		"3. Your rights\n\nYou have the right to object to processing based on Art. 6(1)(e) GDPR or on our legitimate interests.\n"
	d := newDocView(docOf(text))
	if got := strings.Join(findLegalBases(d).codes(), " "); got != "6.1.a 6.1.b" {
		t.Errorf("bases = %q, want %q (bases inside a right's description do not count)", got, "6.1.a 6.1.b")
	}
	rights, _ := findRights(d)
	if got := strings.Join(rights, " "); got != "objection withdraw_consent" {
		t.Errorf("rights = %q", got)
	}
}

func TestRetentionPeriods(t *testing.T) {
	tests := []struct {
		in   string
		days int
	}{
		{"Log files are deleted after seven days.", 7},
		{"Die Daten werden nach 30 Tagen gelöscht.", 30},
		{"Wir speichern die Daten zwei Jahre.", 730},
		{"The periods for storage are six to ten years.", 3650},
		{"Recordings are kept for 14 months.", 420},
		{"Children under 16 years of age may not register.", 0},
		{"We answer requests within one month.", 0},
	}
	for _, tc := range tests {
		rs := findRetention(newDocView(docOf(tc.in)))
		got := 0
		for _, r := range rs {
			got = r.Days
		}
		if got != tc.days {
			t.Errorf("%q: got %d days, want %d", tc.in, got, tc.days)
		}
	}
}
