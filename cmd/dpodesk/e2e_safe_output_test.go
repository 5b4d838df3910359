package main

import (
	"strings"
	"testing"
)

// Subjects and contacts come from data subjects. Whatever they typed, no
// escape, bell or carriage-return byte reaches a terminal through the CLI or a
// Markdown export, and no spreadsheet cell starts a formula; the stored text
// keeps the original (the JSON shows it escaped).
func TestTerminalInjectionIsNeutralised(t *testing.T) {
	e := newEnv(t)
	subjects := []string{
		"\x1b]0;pwned title\x07Eve",              // sets the terminal's title
		"\x1b]52;c;cm0gLXJmIH4K\x07Mallory",      // writes the clipboard (OSC 52)
		"Trudy\x1b[2J\x1b[H",                     // clears the screen
		"Oscar\r\nR-2026-9999  Fake Row  access", // fakes a table row
		"=HYPERLINK(\"http://evil.example\",\"x\")",
		"@SUM(A1:A9)",
	}
	for _, s := range subjects {
		e.ok("request", "add", "--subject", s, "--contact", "\x1b]52;c;ZXZpbA==\x07", "--received", "2026-11-02")
	}
	for _, args := range [][]string{
		{"request", "list"}, {"request", "show", "1"}, {"request", "show", "4"},
		{"export", "requests", "--format", "md"}, {"export", "requests", "--format", "html"},
		{"request", "letter", "2", "--kind", "identity"}, {"check"}, {"audit", "list"},
	} {
		r := e.run(args...)
		for _, bad := range []string{"\x1b", "\x07", "\r"} {
			if strings.Contains(r.stdout, bad) || strings.Contains(r.stderr, bad) {
				t.Errorf("dpodesk %s printed %q", strings.Join(args, " "), bad)
			}
		}
	}
	if list := e.ok("request", "list"); strings.Count(list, "\nR-2026-") != len(subjects) || strings.Contains(list, "\nR-2026-9999") {
		t.Errorf("a subject faked a row:\n%s", list)
	}
	csv := e.ok("export", "requests", "--format", "csv")
	for _, formula := range []string{",=HYPERLINK", ",@SUM"} {
		if strings.Contains(csv, formula) {
			t.Errorf("CSV cell starts a formula: %s", formula)
		}
	}
	if !strings.Contains(csv, "'=HYPERLINK") || !strings.Contains(csv, "'@SUM") {
		t.Errorf("CSV lost the formula-looking subjects:\n%s", csv)
	}
	if js := e.ok("request", "show", "1", "--json"); !strings.Contains(js, `\u001b]0;pwned title\u0007Eve`) {
		t.Errorf("the stored subject is not kept as typed: %s", js)
	}
}
