package policy

import "testing"

// TestDeobfuscateByRunsAsWhole: rewriting the addresses run by run gives the
// text that the expression run on the whole text gives, on every prefilter
// text and on addresses at the edges of runs.
func TestDeobfuscateByRunsAsWhole(t *testing.T) {
	cases := []string{"Write to info [at] example [dot] org, or jane(AT)Example.org: thanks",
		"a\n@\nb.com and c @ d.org", "x,y(at)z.de;", "“kontakt(ät)verein.de”", "mail: dpo {at} firm (dot) com/x",
		"\xff(at)x.de \xffy[at]z.de", "name(at-ſymbol)host.org (at)", "Ärzte(at)praxis.de – info[@]x.eu"}
	for _, text := range append(prefilterTexts(t), cases...) {
		lower := lowerSameLength(text)
		want := text
		if containsAny(lower, obfuscationMarks) {
			want = reObfuscatedEmail.ReplaceAllStringFunc(text, plainAddress)
		}
		if got := deobfuscateEmails(text, lower); got != want {
			t.Errorf("in %.80q: run by run %.200q, on the whole text %.200q", text, got, want)
		}
	}
}
