package model

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestVocabularyFilesParse(t *testing.T) {
	v, err := parseVocab(vocabFS, vocabFiles)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"legal_basis", "art9_condition", "right", "data_subject", "data_category",
		"recipient_category", "art28_clause", "wp248", "transfer_mechanism", "dpa_status", "dpa_form",
		"processor_role", "channel", "data_source", "dpia_decision"}
	for _, k := range want {
		if len(v.terms[k]) == 0 {
			t.Errorf("vocabulary %q is missing or empty", k)
		}
	}
	for kind, terms := range v.terms {
		seen := map[string]bool{}
		for _, term := range terms {
			if seen[term.Key] {
				t.Errorf("%s: key %q twice", kind, term.Key)
			}
			seen[term.Key] = true
			if term.EN == "" || term.DE == "" {
				t.Errorf("%s/%s: needs both labels", kind, term.Key)
			}
		}
	}
}

var badVocab = fstest.MapFS{
	"dup.toml":     {Data: []byte("[[right]]\nkey = \"a\"\nen = \"A\"\nde = \"A\"\n[[right]]\nkey = \"a\"\nen = \"B\"\nde = \"B\"\n")},
	"nolabel.toml": {Data: []byte("[[right]]\nkey = \"a\"\nen = \"A\"\n")},
	"unknown.toml": {Data: []byte("[[right]]\nkey = \"a\"\nen = \"A\"\nde = \"A\"\ncolour = \"red\"\n")},
	"twice.toml":   {Data: []byte("[[right]]\nkey = \"a\"\nen = \"A\"\nde = \"A\"\n")},
	"syntax.toml":  {Data: []byte("[[right]\n")},
}

func TestVocabularyRejectsBadFiles(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"dup.toml", "appears twice"},
		{"nolabel.toml", "needs key, en and de"},
		{"unknown.toml", "unknown field"},
		{"syntax.toml", "syntax.toml"},
		{"missing.toml", "missing.toml"},
	} {
		_, err := parseVocab(badVocab, []string{tc.file})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.file, err, tc.want)
		}
	}
	if _, err := parseVocab(badVocab, []string{"twice.toml", "twice.toml"}); err == nil || !strings.Contains(err.Error(), "defined twice") {
		t.Errorf("a kind in two files: err = %v", err)
	}
}

func TestLabel(t *testing.T) {
	for _, tc := range []struct{ kind, key, lang, want string }{
		{"legal_basis", "6.1.f", "en", "Legitimate interests"},
		{"legal_basis", "6.1.f", "de", "Berechtigte Interessen"},
		{"legal_basis", "6.1.f", "DE", "Berechtigte Interessen"},
		{"legal_basis", "6.1.f", "fr", "Legitimate interests"},
		{"data_subject", "employees", "de", "Beschäftigte"},
		{"data_category", "health", "en", "Health data"},
		{"art28_clause", "c", "en", "Security measures (Art. 32)"},
		{"wp248", "large_scale", "de", "Umfangreiche Verarbeitung"},
		{"dpa_status", "signed", "de", "Unterzeichnet"},
		{"channel", "web_form", "en", "Web form"},
		{"data_subject", "Freelancers", "de", "Freelancers"}, // free text shows as typed
		{"no_such_kind", "x", "en", "x"},
	} {
		if got := Label(tc.kind, tc.key, tc.lang); got != tc.want {
			t.Errorf("Label(%q, %q, %q) = %q, want %q", tc.kind, tc.key, tc.lang, got, tc.want)
		}
	}
}

func TestMatchTerm(t *testing.T) {
	for _, tc := range []struct{ kind, in, want string }{
		{"data_category", "health", "health"},
		{"data_category", "Gesundheitsdaten", "health"},
		{"data_category", "  HEALTH DATA ", "health"},
		{"data_subject", "Kinder", "children"},
		{"data_category", "shoe size", ""},
		{"data_category", "", ""},
	} {
		got, _ := MatchTerm(tc.kind, tc.in)
		if got.Key != tc.want {
			t.Errorf("MatchTerm(%q, %q) = %q, want %q", tc.kind, tc.in, got.Key, tc.want)
		}
	}
}

func TestVocabularyIsACopy(t *testing.T) {
	v := Vocabulary("wp248")
	v[0].EN = "changed"
	if Vocabulary("wp248")[0].EN == "changed" {
		t.Fatal("Vocabulary returned the shared slice")
	}
	if Vocabulary("nope") != nil {
		t.Fatal("unknown kind should give nil")
	}
	if len(VocabularyKinds()) < 15 {
		t.Fatalf("kinds = %v", VocabularyKinds())
	}
}

func TestSpecialCategories(t *testing.T) {
	special := map[string]string{"racial_ethnic": "9(1)", "political": "9(1)", "religious": "9(1)",
		"trade_union": "9(1)", "genetic": "9(1)", "biometric": "9(1)", "health": "9(1)", "sex_life": "9(1)", "criminal": "10"}
	for _, term := range Vocabulary("data_category") {
		art, want := special[term.Key]
		if term.Special != want || (want && term.Article != art) {
			t.Errorf("%s: special=%v article=%q", term.Key, term.Special, term.Article)
		}
	}
}

func BenchmarkLabel(b *testing.B) {
	for b.Loop() {
		Label("data_category", "health", "de")
	}
}
