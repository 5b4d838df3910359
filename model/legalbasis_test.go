package model

import (
	"strings"
	"testing"
)

func TestParseLegalBasisAccepts(t *testing.T) {
	for _, tc := range []struct{ in, code string }{
		// canonical codes
		{"6.1.f", "6.1.f"},
		{"9.2.a", "9.2.a"},
		{"9.2.i", "9.2.i"},
		{"6(1)(f)", "6.1.f"},
		// English citations (GDPR.md §2.4)
		{"Art. 6(1)(b)", "6.1.b"},
		{"Art. 6(1)(f) GDPR", "6.1.f"},
		{"Article 6(1)(f) GDPR", "6.1.f"},
		{"Art 6(1)(f)", "6.1.f"},
		{"Art. 6 (1) (f)", "6.1.f"},
		{"Art. 6 para. 1 lit. f GDPR", "6.1.f"},
		{"Art. 6 par. 1 lit. f", "6.1.f"},
		{"Article 6 (1) lit. f)", "6.1.f"},
		{"Art. 6 (1) f GDPR", "6.1.f"},
		{"Art. 6.1.f", "6.1.f"},
		{"Art. 6.1(f)", "6.1.f"},
		{"Article 6(1)(f) of Regulation (EU) 2016/679", "6.1.f"},
		{"point (f) of Article 6(1)", "6.1.f"},
		{"Art. 6 para. 1 p. 1 lit. c GDPR", "6.1.c"},
		{"Art. 6 (1) 1 lit. a) GDPR", "6.1.a"},
		{"Art. 9(2)(h) GDPR", "9.2.h"},
		{"EU GDPR Art. 6(1)(e)", "6.1.e"},
		// UK GDPR stays distinct
		{"UK GDPR 6(1)(f)", "UK_GDPR 6.1.f"},
		{"UK GDPR Article 6(1)(ea)", "UK_GDPR 6.1.ea"},
		{"UK_GDPR 6.1.f", "UK_GDPR 6.1.f"},
		// German citations
		{"Art. 6 Abs. 1 lit. a DSGVO", "6.1.a"},
		{"Art. 6 Abs. 1 lit. f) DSGVO", "6.1.f"},
		{"Art. 6 Abs. 1 f) DS-GVO", "6.1.f"},
		{"Art. 6 Abs. 1 S. 1 lit. f DSGVO", "6.1.f"},
		{"Art. 6 Abs. 1 Satz 1 lit. f", "6.1.f"},
		{"Art. 6 Abs. 1 UAbs. 1 Buchst. f", "6.1.f"},
		{"Artikel 6 Absatz 1 Buchstabe b) DSGVO", "6.1.b"},
		{"Art. 6 I lit. f DSGVO", "6.1.f"},
		{"Art. 6 I 1 f", "6.1.f"},
		{"Art 6 Abs 1 lit f DSGVO", "6.1.f"},
		{"Art. 6 Abs. 1 lit. c EU-DSGVO", "6.1.c"},
		{"Art. 9 Abs. 2 lit. b Datenschutz-Grundverordnung", "9.2.b"},
		// national provisions
		{"§ 26 BDSG", "BDSG 26"},
		{"BDSG 26", "BDSG 26"},
		{"§ 26 Abs. 1 S. 1 BDSG", "BDSG 26.1"},
		{"§26 I 1 BDSG", "BDSG 26.1"},
		{"§ 25 TTDSG", "TDDDG 25"},
		{"§ 25 Abs. 2 Nr. 2 TDDDG", "TDDDG 25.2.2"},
	} {
		b, err := ParseLegalBasis(tc.in)
		if err != nil {
			t.Errorf("ParseLegalBasis(%q): %v", tc.in, err)
			continue
		}
		if b.Code() != tc.code {
			t.Errorf("ParseLegalBasis(%q).Code() = %q, want %q", tc.in, b.Code(), tc.code)
		}
		// the code reads back to itself
		if again, err := ParseLegalBasis(b.Code()); err != nil || again.Code() != tc.code {
			t.Errorf("code %q does not read back: %v %q", b.Code(), err, again.Code())
		}
	}
}

func TestParseLegalBasisRejects(t *testing.T) {
	for _, tc := range []struct{ in, why string }{
		{"", "no article"},
		{"hello", "not an article number"},
		{"legitimate interest", "not an article number"},
		{"6.1.g", "points are (a) to (f)"},
		{"6.1", "points are (a) to (f)"},
		{"9.2.k", "conditions are (a) to (j)"},
		{"Art. 6(2) GDPR", "needs paragraph 1"},
		{"Art. 15 GDPR", "not a legal basis"},
		{"6.1.ea", "only in the UK GDPR"},
		{"§ 26", "needs its law"},
		{"Art. 6(1)(f) GDPR § 26 BDSG", "two laws"},
		{"Art. 6(1)(f)(g)", "second point"},
		{"Art. 6 (1) lit. foo", "not a point"},
	} {
		_, err := ParseLegalBasis(tc.in)
		if err == nil {
			t.Errorf("ParseLegalBasis(%q) accepted junk", tc.in)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, tc.why) || !strings.Contains(msg, "Art. 6 Abs. 1 lit. f DSGVO") {
			t.Errorf("ParseLegalBasis(%q) = %q; want the reason %q and the accepted forms", tc.in, msg, tc.why)
		}
	}
}

func TestLegalBasisParts(t *testing.T) {
	b, _ := ParseLegalBasis("Art. 6 Abs. 1 S. 1 lit. f DSGVO")
	want := LegalBasis{Law: LawGDPR, Article: "6", Paragraph: "1", Sentence: "1", Point: "f"}
	if b != want {
		t.Errorf("parts = %+v, want %+v", b, want)
	}
	if b, _ := ParseLegalBasis("6.1.f"); !b.Inferred || b.Law != LawGDPR {
		t.Errorf("a bare code should be GDPR, inferred: %+v", b)
	}
	if b, _ := ParseLegalBasis("9.2.a"); !b.IsArt9() || b.IsArt6() {
		t.Errorf("9.2.a: IsArt9 = %v", b.IsArt9())
	}
}

func TestLegalBasisLabelAndCitation(t *testing.T) {
	for _, tc := range []struct{ in, lang, label, citation string }{
		{"6.1.f", "en", "Legitimate interests (Art. 6(1)(f) GDPR)", "Art. 6(1)(f) GDPR"},
		{"6.1.f", "de", "Berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO)", "Art. 6 Abs. 1 lit. f DSGVO"},
		{"9.2.a", "en", "Explicit consent (Art. 9(2)(a) GDPR)", "Art. 9(2)(a) GDPR"},
		{"UK GDPR 6(1)(ea)", "en", "Recognised legitimate interests (Art. 6(1)(ea) UK GDPR)", "Art. 6(1)(ea) UK GDPR"},
		{"§ 26 BDSG", "de", "Beschäftigungsverhältnis (§ 26 BDSG)", "§ 26 BDSG"},
		{"§ 26 Abs. 1 BDSG", "en", "§ 26(1) BDSG", "§ 26(1) BDSG"},
		{"§ 25 Abs. 2 Nr. 2 TDDDG", "de", "§ 25 Abs. 2 Nr. 2 TDDDG", "§ 25 Abs. 2 Nr. 2 TDDDG"},
	} {
		b, err := ParseLegalBasis(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := b.Label(tc.lang); got != tc.label {
			t.Errorf("%q Label(%s) = %q, want %q", tc.in, tc.lang, got, tc.label)
		}
		if got := b.Citation(tc.lang); got != tc.citation {
			t.Errorf("%q Citation(%s) = %q, want %q", tc.in, tc.lang, got, tc.citation)
		}
	}
}

func BenchmarkParseLegalBasis(b *testing.B) {
	for b.Loop() {
		_, _ = ParseLegalBasis("Art. 6 Abs. 1 S. 1 lit. f DSGVO")
	}
}
