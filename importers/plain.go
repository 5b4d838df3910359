package importers

// readPlain keeps the lines of a plain text as they are (joining the lines of
// hard-wrapped paragraphs, see unwrap, and leaving out template comments) and
// separates its paragraphs by exactly one blank line. Plain text declares no
// headings: the section heuristics find numbered and short title lines in the
// text itself.
func readPlain(text string) body {
	var b textBuilder
	b.expect(len(text))
	b.para(unwrap(stripTemplateComments(text)))
	t, h := b.finish()
	return body{text: t, hints: h}
}
