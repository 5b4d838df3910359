package importers

import "testing"

// A .txt file with three or more Markdown headings is read as Markdown; one
// "#" line in plain text stays text.
func TestMarkdownSavedAsText(t *testing.T) {
	checkSections(t, "notice.txt", []sectionCase{
		{"Markdown as text", "## Who we are\n\nWe are a shop.\n\n## Newsletter\n\nWe send news.\n\n## Your rights\n\nAsk us.\n",
			[]string{"Who we are", "Newsletter", "Your rights"}},
		{"plain text", "Privacy notice\n\n# 1 is our hotline number.\n\nWe are a shop and send news.\n", []string{"Privacy notice"}},
	})
}

// A single "#Tag" opening a line stays text; headings written without the
// blank throughout a file are headings.
func TestSpaceHeadingMarks(t *testing.T) {
	for src, want := range map[string]string{
		"#Datenschutz ist uns wichtig.\n\nText.":   "#Datenschutz ist uns wichtig.\n\nText.",
		"###Who are we?\n\nUs.\n\n###Cookies\n":    "### Who are we?\n\nUs.\n\n### Cookies\n",
		"##II. Daten\n\n## III. Rechte\n\n##IV. X": "## II. Daten\n\n## III. Rechte\n\n## IV. X",
		"#hashtag\n#another\n":                     "#hashtag\n#another\n",
	} {
		if got := spaceHeadingMarks(src); got != want {
			t.Errorf("spaceHeadingMarks(%q) = %q, want %q", src, got, want)
		}
	}
}
