package model

import "testing"

func TestSafeText(t *testing.T) {
	for _, tc := range []struct{ in, line, text, cell string }{
		{"Jane Roe", "Jane Roe", "Jane Roe", "Jane Roe"},
		{"\x1b]0;pwned\x07", "␛]0;pwned␇", "␛]0;pwned␇", "␛]0;pwned␇"},
		{"\x1b]52;c;ZXZpbA==\x07", "␛]52;c;ZXZpbA==␇", "␛]52;c;ZXZpbA==␇", "␛]52;c;ZXZpbA==␇"},
		{"a\r\nR-2026-9999  fake row", "a␍␊R-2026-9999  fake row", "a␍\nR-2026-9999  fake row", "a␍\nR-2026-9999  fake row"},
		{"tab\there", "tab␉here", "tab\there", "tab\there"},
		{"\u009b2J", "\uFFFD2J", "\uFFFD2J", "\uFFFD2J"},
		{"=HYPERLINK(\"http://x\")", "=HYPERLINK(\"http://x\")", "=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"@SUM(A1)", "@SUM(A1)", "@SUM(A1)", "'@SUM(A1)"},
		{"-5", "-5", "-5", "-5"},
		{"-1+1", "-1+1", "-1+1", "'-1+1"},
		{"Müller", "Müller", "Müller", "Müller"},
	} {
		if got := SafeLine(tc.in); got != tc.line {
			t.Errorf("SafeLine(%q) = %q, want %q", tc.in, got, tc.line)
		}
		if got := SafeText(tc.in); got != tc.text {
			t.Errorf("SafeText(%q) = %q, want %q", tc.in, got, tc.text)
		}
		if got := SafeCell(tc.in); got != tc.cell {
			t.Errorf("SafeCell(%q) = %q, want %q", tc.in, got, tc.cell)
		}
	}
}
