package policy

import (
	"strings"
	"unicode/utf8"
)

// Purposes given as a table, one row per purpose with its legal basis in
// another column ("What we use your data for | Our reasons", "Zweck |
// Rechtsgrundlage"), are how many notices follow the supervisory authorities'
// templates. The readers give every table row as one line of cells joined by
// " | ". A table whose header row names purposes or bases lists one activity
// per row, titled by its first cell, and its cells state bases in words.

// purposeTableHeadWords mark the header row of such a table.
var purposeTableHeadWords = []string{"purpose", "what we use", "why we", "reason", "legal bas", "lawful bas",
	"zweck", "rechtsgrundlage", "grundlage", "activit", "tätigkeit"}

const cellSep = " | "

// tableHeader returns the first row of the table that the line holding pos
// belongs to, or "" when that line is no table row.
func tableHeader(text string, pos int) string {
	start := strings.LastIndexByte(text[:pos], '\n') + 1
	end := strings.IndexByte(text[pos:], '\n')
	if end < 0 {
		end = len(text) - pos
	}
	if !strings.Contains(text[start:pos+end], cellSep) {
		return ""
	}
	for start > 0 {
		prev := strings.LastIndexByte(text[:start-1], '\n') + 1
		if !strings.Contains(text[prev:start-1], cellSep) {
			break
		}
		start = prev
	}
	if nl := strings.IndexByte(text[start:], '\n'); nl >= 0 {
		return text[start : start+nl]
	}
	return text[start:]
}

// notPurposeTableHeadWords mark tables of cookies or providers, whose rows
// are single cookies or services with a purpose column, not purposes.
var notPurposeTableHeadWords = []string{"cookie", "expir", "duration", "lifetime", "laufzeit", "ablauf",
	"provider", "anbieter", "vendor", "name"}

// maxHeadCellWords bounds a header cell, in words: the longest labels
// ("Lawful basis for processing including basis of legitimate interest")
// fit, a row's sentence ("For so long as retention is necessary to fulfil
// the Purposes/Use for which it is used") does not.
const maxHeadCellWords = 12

// isPurposeTableHead: a header row naming purposes or legal bases. A row
// with a sentence in a cell is a row of the body, whatever it says: where a
// reader lost the header (wrapped into lines of their own), the first row
// is no header.
func isPurposeTableHead(row string) bool {
	l := strings.ToLower(row)
	if row == "" || !containsAny(l, purposeTableHeadWords) || containsAny(l, notPurposeTableHeadWords) {
		return false
	}
	for cell := range strings.SplitSeq(row, cellSep) {
		if len(strings.Fields(cell)) > maxHeadCellWords {
			return false
		}
	}
	return true
}

// inBasisTable: the sentence starting at pos lies in a row of a purpose or
// basis table below its header, where a bare "consent" or "contract" is a basis.
func (d *docView) inBasisTable(pos int) bool {
	row := d.text[strings.LastIndexByte(d.text[:pos], '\n')+1:]
	if nl := strings.IndexByte(row, '\n'); nl >= 0 {
		row = row[:nl]
	}
	if !strings.Contains(row, cellSep) {
		return false
	}
	h := tableHeader(d.text, pos)
	return h != row && isPurposeTableHead(h)
}

// tableItem reads a row of a purpose table as an item titled by its first
// cell, or the cell's opening clause when it is a long sentence; the header
// row and rows whose first cell is no label give "".
func tableItem(text string, lineStart int, line string) string {
	if !strings.Contains(line, cellSep) {
		return ""
	}
	h := tableHeader(text, lineStart)
	if h == line || !isPurposeTableHead(h) {
		return ""
	}
	first := strings.TrimSpace(strings.Trim(line[:strings.Index(line, cellSep)], "*_ "))
	if utf8.RuneCountInString(first) > maxItemLabel {
		// a purpose written out as a sentence ("Checking age: members under
		// 18 must be accompanied …"): its label or opening clause
		first = itemLabel(first)
	}
	if len(strings.Fields(first)) < 2 {
		return ""
	}
	return first
}

// hasPurposeTable: the section's own text (before its first child) holds a
// purpose table, which makes it a purposes chapter whatever its title.
func (d *docView) hasPurposeTable(si int) bool {
	s := d.secs[si]
	end := s.End
	if si+1 < len(d.secs) && d.secs[si+1].Parent == si {
		end = d.secs[si+1].HeadingStart
	}
	own := d.text[s.Start:end]
	i := strings.Index(own, cellSep)
	if i < 0 {
		return false
	}
	ls := strings.LastIndexByte(own[:i], '\n') + 1
	le := strings.IndexByte(own[ls:], '\n')
	if le < 0 {
		return false // a header row alone is no table
	}
	next := own[ls+le+1:]
	if nl := strings.IndexByte(next, '\n'); nl >= 0 {
		next = next[:nl]
	}
	return isPurposeTableHead(own[ls:ls+le]) && strings.Contains(next, cellSep)
}
