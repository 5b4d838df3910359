package policy

import (
	"slices"
	"testing"
)

// The fixtures of this file were written for the fifth round: sub-patterns of
// the failure classes that the earlier rounds did not reach.

// Policies kept in program source or in a site generator's templates carry
// comment blocks (JSX "{/* … */}", Liquid "{% comment %}", Twig and Jinja
// "{# … #}", ERB "<%# … %>") that hold old or draft text; none of it is policy
// text, and a heading inside a comment must not swallow the live section after
// it (S-COMMENT).
func TestTemplateCommentsAreNoText(t *testing.T) {
	for file, want := range map[string]struct {
		titles []string
		gone   []string
	}{
		"template-comments.txt": {[]string{"Contact form", "Server log files"}, []string{"Mailorbit"}},
		"template-comments.md":  {[]string{"Repairs", "Video recordings in the workshop"}, []string{"Punchcardly", "Wayfarer Maps"}},
	} {
		r := fixtureReport(t, file)
		if got := activityTitles(r); !slices.Equal(got, want.titles) {
			t.Errorf("%s: activities %q, want %q", file, got, want.titles)
		}
		names := reportRecipients(r)
		for _, g := range want.gone {
			if names[g] {
				t.Errorf("%s: %s, named only in a comment, is a recipient", file, g)
			}
		}
	}
}
