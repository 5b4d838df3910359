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
