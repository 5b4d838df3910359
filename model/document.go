package model

import "time"

// Document is a file imported into a workspace: a privacy policy, a notice or a
// contract annex, kept with its normalised text so that every suggestion taken from
// it can point back at the passage it came from.
type Document struct {
	ID         uint64    `json:"id"`
	Name       string    `json:"name"`     // file name as imported, without directories
	Format     string    `json:"format"`   // txt, md, html, pdf, docx, odt
	Encoding   string    `json:"encoding"` // utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252
	Language   string    `json:"language"` // en or de
	SHA256     string    `json:"sha256"`   // of the original bytes
	Size       int64     `json:"size"`     // of the original bytes
	Text       string    `json:"text"`     // normalised UTF-8 text, paragraphs separated by blank lines
	Sections   []Section `json:"sections"` // in document order (pre-order of the tree)
	ImportedAt time.Time `json:"imported_at"`
	// Supersedes is the ID of the previous import of the same policy (same Name), or 0.
	Supersedes uint64 `json:"supersedes,omitempty"`
}

// Section is one node of a document's section tree. Sections are kept as a flat
// slice in document order with a parent index, which is cheap to store and to walk.
type Section struct {
	Number string `json:"number"` // as written: "4.1.2", "IV", "a)", "(iii)"; "" when unnumbered
	Title  string `json:"title"`  // heading text without the number
	Level  int    `json:"level"`  // 1 for top-level sections
	Parent int    `json:"parent"` // index into Document.Sections, -1 for a top-level section
	// Byte offsets into Document.Text: the heading line, and the body that follows it
	// up to the next section of the same or a higher level (children included).
	HeadingStart int `json:"heading_start"`
	HeadingEnd   int `json:"heading_end"`
	Start        int `json:"start"`
	End          int `json:"end"`
}

// Evidence points at the passage of an imported document a fact was taken from.
type Evidence struct {
	DocumentID uint64 `json:"document_id,omitempty"`
	Section    string `json:"section"` // section path, e.g. "4.e" or "Newsletter"
	Start      int    `json:"start"`   // byte offsets into Document.Text
	End        int    `json:"end"`
	Quote      string `json:"quote,omitempty"` // the sentence itself, for display without the document
}
