package policy

import "strings"

// A widespread UK template sets its purposes as a table of three columns,
// "Purpose/Activity", "Type of data" and "Lawful basis for processing". Where
// a page's text was taken from the rendered table, or from the program that
// renders it, the table arrives flattened: the header cells on one line
// (tab-separated) or on three, then per row the purpose ("To register you as
// a new customer", wrapped over lines), the data types and the bases, each
// as lettered items ("(a) Identity", "(b) Contact", "(a) Performance of a
// contract with you"). The lettered items also look like clause headings, so
// a reader may have opened sections at them. Each row's purpose is an
// activity; the lettered items are its cells, no sections of their own.

// flatTableHeads are the spellings of the first header cell of such a table,
// which opens its line.
var flatTableHeads = []string{"purpose/activity", "purpose / activity", "purpose (activity)", "purpose or activity", "purpose/ activity"}

// flatTableHead returns the span of the first header cell in lower, a
// lower-cased text, or nil. A string search, not an expression anchored at
// line starts: it runs over every section of every notice.
func flatTableHead(lower string) []int {
	for _, h := range flatTableHeads {
		for from := 0; ; {
			i := strings.Index(lower[from:], h)
			if i < 0 {
				break
			}
			i += from
			ls := strings.LastIndexByte(lower[:i], '\n') + 1
			if strings.Trim(lower[ls:i], " \t") == "" {
				return []int{i, i + len(h)}
			}
			from = i + len(h)
		}
	}
	return nil
}

// flatTableOtherHeads are the other header cells, at least one of which
// follows within maxFlatHeadSpan bytes.
var flatTableOtherHeads = []string{"type of data", "lawful basis", "legal basis"}

// maxFlatHeadSpan bounds the header of a flattened table, in bytes.
const maxFlatHeadSpan = 200

// reLetteredCell is a cell item of such a table: "(a) Identity".
var reLetteredCell = lazy(`^\([a-z]\)\s`)

// flatPurposeTable returns the rows of a flattened purpose table whose
// header stands in the own text of section si, and the end of the table's
// text (flatTableEnd), or nil.
func flatPurposeTable(d *docView, si int) ([]purposeItem, int) {
	s := d.secs[si]
	own := d.lowerText[s.Start:d.ownEnd(si)]
	loc := flatTableHead(own)
	if loc == nil {
		return nil, 0
	}
	head := own[loc[0]:min(len(own), loc[1]+maxFlatHeadSpan)]
	if !containsAny(head, flatTableOtherHeads) {
		return nil, 0
	}
	end := flatTableEnd(d, s.Start+loc[1])
	var rows []purposeItem
	pos := s.Start + loc[1]
	for pos < end {
		le := strings.IndexByte(d.text[pos:end], '\n')
		lineEnd := end
		if le >= 0 {
			lineEnd = pos + le
		}
		if line := strings.TrimSpace(d.text[pos:lineEnd]); strings.HasPrefix(line, "To ") {
			title, next := flatRowPurpose(d.text, pos, end)
			if len(rows) > 0 {
				rows[len(rows)-1].end = pos
			}
			rows = append(rows, purposeItem{title: title, start: pos, end: end})
			lineEnd = next
		}
		pos = lineEnd + 1
	}
	if len(rows) < minPurposeItems {
		return nil, 0
	}
	return rows, end
}

// flatTableEnd is where the table that starts at pos ends: at the first
// heading after pos that is no cell of the table ("Marketing" after the
// last row). A reader may have taken a lettered cell ("(b) Contact") or a
// basis cell ("Performance of a contract with you") for a heading.
func flatTableEnd(d *docView, pos int) int {
	for _, s := range d.secs {
		if s.HeadingStart > pos && !letteredNumber(s.Number) && !basisCell(s.Title) {
			return s.HeadingStart
		}
	}
	return len(d.text)
}

// basisCellWords are the lawful bases as the template's third column
// states them.
var basisCellWords = []string{"performance of a contract", "legal obligation", "legitimate interest", "your consent",
	"vital interest", "public task"}

// basisCell: a title that is a cell of the bases column.
func basisCell(title string) bool { return containsAny(strings.ToLower(title), basisCellWords) }

// letteredNumber: a section number that is a letter in brackets, as the
// table's cells are numbered.
func letteredNumber(n string) bool {
	n = strings.Trim(n, "()")
	return len(n) == 1 && n[0] >= 'a' && n[0] <= 'z'
}

// flatRowPurpose reads a row's purpose from pos: its lines up to a blank
// line, a lettered cell or a tab that ends the cell, joined, without the
// "which will include:" that leads to its sub-purposes. It returns the
// purpose and the end of its last line.
func flatRowPurpose(text string, pos, end int) (string, int) {
	var parts []string
	last := pos
	for pos < end {
		le := strings.IndexByte(text[pos:end], '\n')
		lineEnd := end
		if le >= 0 {
			lineEnd = pos + le
		}
		raw := text[pos:lineEnd]
		line := strings.TrimSpace(raw)
		if line == "" || len(parts) > 0 && (reLetteredCell.MatchString(line) || strings.HasPrefix(line, "To ")) {
			break
		}
		if cell, _, ok := strings.Cut(line, " | "); ok {
			if k := strings.Index(cell, ": ("); k > 0 {
				cell = cell[:k] // "To process payments, including: (a) Managing payments …"
			}
			// a row of the table as the reader sets it ("To register you |
			// (a) Identity (b) Contact | Performance of a contract"): its
			// first cell is the purpose
			parts, last = append(parts, cell), lineEnd
			break
		}
		parts = append(parts, line)
		last = lineEnd
		if strings.HasSuffix(strings.TrimRight(raw, " "), "\t") || len(parts) == maxFlatPurposeLines {
			break // the cell ends with its tab
		}
		pos = lineEnd + 1
	}
	title := strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
	title = strings.TrimRight(strings.TrimSuffix(title, ":"), " ,")
	for _, tail := range flatRowTails {
		title = strings.TrimRight(strings.TrimSuffix(title, tail), " ,")
	}
	return title, last
}

// flatRowTails end a row's purpose where the template goes on to list its
// parts ("To manage our relationship with you, which will include: (a) …").
var flatRowTails = []string{" which will include", " which may include", " with may include", " including"}

// maxFlatPurposeLines is the most lines a row's purpose is read over.
const maxFlatPurposeLines = 4
