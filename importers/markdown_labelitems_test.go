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

// Chapters written as numbered items, with their sections as numbered items
// nested below them ("1." written for every item, as Markdown allows): a
// nested item is numbered below its chapter ("2.1") and is a section of it,
// not a chapter of its own numbered "1." again.
func TestNestedNumberedChapterItems(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"1. **Introduction**\n\n    We explain here how the Wayfarer app handles the personal data of its users.\n\n" +
		"1. **General information**\n\n" +
		"    1. **Hosting**\n\n        The app and its website run on servers of a hosting provider in Frankfurt, which processes the data on our behalf.\n\n" +
		"    1. **Legal basis**\n\n        We name the legal basis of each processing in the chapter that describes it below.\n\n" +
		"1. **What happens in the app**\n\n    The following chapters describe each processing of the app in turn, with its purpose and basis.\n"
	doc, err := ReadBytes("policy.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range doc.Sections {
		got = append(got, itoa(s.Level)+":"+s.Number+"|"+s.Title)
	}
	want := []string{"1:|Privacy Policy", "2:1|Introduction", "2:2|General information", "3:2.1|Hosting", "3:2.2|Legal basis", "2:3|What happens in the app"}
	if !slices.Equal(got, want) {
		t.Errorf("sections\n%q\nwant\n%q", got, want)
	}
}
