package model

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Text typed by data subjects (a request's subject, contact, notes) reaches
// terminals and documents. A control character in it could change a
// terminal's title, write to the clipboard (OSC 52), clear the screen or fake
// table rows, so every face shows such characters as visible symbols instead
// of sending them. The stored text keeps the original.

// SafeLine is s for one line of a terminal or a table cell: every control
// character, line breaks and tabs included, becomes its Unicode control
// picture (ESC shows as ␛, LF as ␊), and C1 controls become U+FFFD.
func SafeLine(s string) string { return safe(s, false) }

// LineWidth is how many characters s takes as one line of a listing: its
// runes, which SafeLine keeps (it shows each character as one, safeRune).
// The command line's tables pad their columns by it, and the store keeps the
// widest value of each column of the request table by it, so that the table
// can be laid out without reading every request.
func LineWidth(s string) int { return utf8.RuneCountInString(s) }

// SafeText is s for a block of text: line breaks and tabs stay, every other
// control character is shown as SafeLine shows it.
func SafeText(s string) string { return safe(s, true) }

func safe(s string, keepLines bool) string {
	clean := true
	for _, r := range s {
		if isControl(r) && !(keepLines && (r == '\n' || r == '\t')) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		b.WriteRune(safeRune(r, keepLines))
	}
	return b.String()
}

// safeRune is what safe shows for r.
func safeRune(r rune, keepLines bool) rune {
	switch {
	case keepLines && (r == '\n' || r == '\t'):
		return r
	case r < 0x20:
		return 0x2400 + r // the control pictures block
	case r == 0x7f:
		return '\u2421'
	case r >= 0x80 && r <= 0x9f:
		return '\uFFFD'
	}
	return r
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) }

// SafeCell is s for a spreadsheet cell (CSV, XLSX): a value that starts with
// = + - @, a tab or a carriage return would be read as a formula by a
// spreadsheet (CSV injection), so it gets a leading apostrophe, as OWASP
// recommends; a plain number keeps its sign. Control characters are shown as SafeText shows them.
func SafeCell(s string) string {
	if s != "" && formulaStart(s[0]) {
		// only a cell that could start a formula is parsed: a failed parse
		// allocates its error, and an export has a million cells
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return s // a number, such as the days left of an overdue request
		}
		s = "'" + s
	}
	return SafeText(s)
}

// formulaStart tells whether a cell starting with c could be read as a formula.
func formulaStart(c byte) bool { return strings.IndexByte("=+-@\t\r", c) >= 0 }

// AppendSafeCell appends SafeCell(string(s)) to dst without making either
// string: the CSV exports write every cell of every row straight into their
// output, 2.4 million cells at 100,000 requests.
func AppendSafeCell(dst, s []byte) []byte {
	if len(s) > 0 && formulaStart(s[0]) {
		if _, err := strconv.ParseFloat(string(s), 64); err == nil {
			return append(dst, s...)
		}
		dst = append(dst, '\'')
	}
	if !HasTextControl(s) {
		return append(dst, s...) // as safe returns a clean text: invalid UTF-8 stays
	}
	for len(s) > 0 {
		r, n := utf8.DecodeRune(s)
		dst = utf8.AppendRune(dst, safeRune(r, true))
		s = s[n:]
	}
	return dst
}

// HasTextControl tells whether s holds a control character that SafeText
// replaces: a C0 control other than a line break or tab, DEL, or a C1 control
// (U+0080–U+009F, encoded as 0xC2 0x80–0x9F). It is the test of the CLI's
// output filter too, which passes bytes that hold none as they are.
func HasTextControl(s []byte) bool {
	for i, c := range s {
		switch {
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7f:
			return true
		case c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f:
			return true
		}
	}
	return false
}
