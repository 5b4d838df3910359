package importers

// readPlain keeps the lines of a plain text as they are and separates its
// paragraphs by exactly one blank line. Plain text declares no headings: the
// section heuristics find numbered and short title lines in the text itself.
func readPlain(text string) body {
	var b textBuilder
	b.expect(len(text))
	b.para(text)
	t, h := b.finish()
	return body{text: t, hints: h}
}
