package importers

import (
	"slices"
	"testing"
)

// sectionCase is a source and the section titles reading it must give.
type sectionCase struct {
	what, src string
	want      []string
}

// checkSections reads each case's source as a file called name.
func checkSections(t *testing.T, name string, cases []sectionCase) {
	t.Helper()
	for _, c := range cases {
		doc, err := ReadBytes(name, []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range doc.Sections {
			got = append(got, s.Title)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: sections %q, want %q", c.what, got, c.want)
		}
	}
}

// Two or more items that hold only a bold label over a nested list head
// sections; a single one stays a list item, as a lone bold lead-in stays
// emphasis.
func TestLabelItemsHeadSections(t *testing.T) {
	checkSections(t, "notice.md", []sectionCase{
		{"two labelled items", "# Notice\n\n- **Newsletter:**\n  - Purpose: news.\n  - Legal basis: consent.\n- **Shop:**\n  - Purpose: orders.\n",
			[]string{"Notice", "Newsletter", "Shop"}},
		{"one labelled item", "# Notice\n\n- **Newsletter:**\n  - Purpose: news.\n  - Legal basis: consent.\n- Shop orders are kept.\n",
			[]string{"Notice"}},
	})
}
