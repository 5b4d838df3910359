package importers

import (
	"slices"
	"testing"
)

// Two or more items that hold only a bold label over a nested list head
// sections; a single one stays a list item, as a lone bold lead-in stays
// emphasis.
func TestLabelItemsHeadSections(t *testing.T) {
	two := "# Notice\n\n- **Newsletter:**\n  - Purpose: news.\n  - Legal basis: consent.\n- **Shop:**\n  - Purpose: orders.\n"
	one := "# Notice\n\n- **Newsletter:**\n  - Purpose: news.\n  - Legal basis: consent.\n- Shop orders are kept.\n"
	for _, tt := range []struct {
		src  string
		want []string
	}{
		{two, []string{"Notice", "Newsletter", "Shop"}},
		{one, []string{"Notice"}},
	} {
		doc, err := ReadBytes("notice.md", []byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range doc.Sections {
			got = append(got, s.Title)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("sections %q, want %q\n%s", got, tt.want, doc.Text)
		}
	}
}
