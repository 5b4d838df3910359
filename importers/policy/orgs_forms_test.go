package policy

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// The expressions the legal forms' spellings stand for (orgs_forms.go).
var (
	legalFormAtExpr = regexp.MustCompile(`^` + legalFormAlternatives + `(?:$|[^\p{L}\p{N}])`)
	legalFormExpr   = regexp.MustCompile(`(?:^|[\s,])(` + legalFormAlternatives + `)(?:$|[^\p{L}\p{N}])`)
)

// TestLegalFormsAsTheExpression: at every position of the test texts and on
// texts made to probe the forms' edges, the spellings find the legal form the
// expression finds, and in every line and sentence the first form.
func TestLegalFormsAsTheExpression(t *testing.T) {
	probes := []string{
		"Example GmbH & Co. KG", "GmbH & Co KGaA,", "UG (haftungsbeschränkt)", "UG (haftungsbeschränkt", "e. V.", "e.V.",
		"e.\tV.", "e.\nV.", "S.A.S.", "S.A.", "S.à r.l. et Cie, S.C.A.", "S.à.r.l.", "Sp. z o.o.", "sp. z o.o", "SLU", "SL.",
		"S.L.U.", "Pty Ltd", "Pty. Ltd.", "Incorporated", "Inc", "Inc1", "Incx", "GmbHé", "GmbH\xff", "AG2", "AGé", "ASA",
		"spol. s r. o.", "s. r. o.", "a. s.", "Community Interest Company", "Ltd.,", "B. V.", "B.V", "N. V.", "Ges.m.b.H.", "",
	}
	texts := append(prefilterTexts(t), probes...)
	for _, p := range probes {
		texts = append(texts, "Beispiel "+p, "x,"+p+" y", p+"\n"+p)
	}
	forms := 0
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			want := -1
			if m := legalFormAtExpr.FindStringSubmatchIndex(text[i:]); m != nil {
				want = i + m[3]
				forms++
			}
			if got := legalFormEnd(text, i); got != want {
				t.Fatalf("at %.40q: the spellings end a form at %d, the expression at %d", text[i:], got, want)
			}
		}
		for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '.' }) {
			for _, s := range []string{part, part + "."} {
				m := legalFormExpr.FindStringSubmatchIndex(s)
				match, start, end, ok := legalFormIn(s)
				if ok != (m != nil) || ok && !slices.Equal([]int{match, start, end}, []int{m[0], m[2], m[3]}) {
					t.Fatalf("in %q: the spellings find %v %d %d %d, the expression %v", s, ok, match, start, end, m)
				}
			}
		}
	}
	if forms < 100 {
		t.Fatalf("only %d legal forms in the test texts", forms)
	}
}

// TestSpellOut: the texts an expression matches, in the order a backtracking
// engine prefers them, and no list for what is not a short finite set.
func TestSpellOut(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string // nil: not spelt out
	}{
		{`Inc\.?`, []string{"Inc.", "Inc"}},
		{`Inc\.??`, []string{"Inc", "Inc."}},
		{`KGa?A?|KG`, []string{"KGaA", "KGa", "KGA", "KG", "KG"}},
		{`e\.[ \t]?V\.`, []string{"e.\tV.", "e. V.", "e.V."}}, // a class in code-point order: one byte, one choice
		{`(?:S\.A\.|S\.A\.S\.)`, []string{"S.A.", "S.A.S."}},
		{`(?i)gmbh`, nil},
		{`a+`, nil},
		{`[a-z]{3}`, nil}, // 17,576 texts, over the limit
	} {
		re, err := syntax.Parse(c.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := spellOut(re.Simplify(), 100)
		if c.want == nil {
			if ok {
				t.Errorf("%s: spelt out as %q, want no list", c.pattern, got)
			}
			continue
		}
		if !ok || !slices.Equal(got, c.want) {
			t.Errorf("%s: %q (%v), want %q", c.pattern, got, ok, c.want)
		}
	}
}
