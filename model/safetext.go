package model

import (
	"strconv"
	"strings"
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
		switch {
		case keepLines && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r < 0x20:
			b.WriteRune(0x2400 + r) // the control pictures block
		case r == 0x7f:
			b.WriteRune('\u2421')
		case r >= 0x80 && r <= 0x9f:
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) }

// SafeCell is s for a spreadsheet cell (CSV, XLSX): a value that starts with
// = + - @, a tab or a carriage return would be read as a formula by a
// spreadsheet (CSV injection), so it gets a leading apostrophe, as OWASP
// recommends; a plain number keeps its sign. Control characters are shown as SafeText shows them.
func SafeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		// only a cell that could start a formula is parsed: a failed parse
		// allocates its error, and an export has a million cells
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return s // a number, such as the days left of an overdue request
		}
		s = "'" + s
	}
	return SafeText(s)
}
