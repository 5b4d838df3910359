package model

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

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

func TestLineWidth(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"Jane Roe", 8},
		{"Müller", 6},   // characters, not bytes
		{"a\r\nb", 4},   // each control shows as one picture
		{"\u009b2J", 3}, // a C1 control as U+FFFD
		{"\xff\xfe", 2}, // invalid bytes, clean: one each
		{"\x1b\xff", 2}, // invalid bytes beside a control: U+FFFD each
		{"R-2026-100060", 13},
	} {
		if got := LineWidth(tc.in); got != tc.want {
			t.Errorf("LineWidth(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
	// the width of what SafeLine shows, on texts of every kind of character
	pieces := []string{"a", "Müller", "日本", "\n", "\x1b", "\x7f", "\u0085", "\u009f", "\xc2", "\xff", "\xe0\xc2\x85", "␊"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := LineWidth(s), utf8.RuneCountInString(SafeLine(s)); got != want {
			t.Fatalf("LineWidth(%q) = %d, but SafeLine shows %d characters", s, got, want)
		}
	}
}

// AppendSafeCell must write what SafeCell returns, byte for byte, on every
// input: control characters of each kind, formula starts, numbers and invalid
// UTF-8 (which SafeCell keeps in a clean text and replaces otherwise).
func TestAppendSafeCellEqualsSafeCell(t *testing.T) {
	pieces := []string{"a", "Müller", " ", "\n", "\t", "\r", "\x1b", "\x7f", "\u0085", "\u009f", "\u00a0",
		"=", "+", "-", "@", "1", "2.5", "e3", "\xc2", "\xff", "\xe0\xc2\x85", ",", "\"", "␊"}
	rng := rand.New(rand.NewPCG(1, 2))
	inputs := []string{"", "-5", "+1e3", "-1+1", "=SUM(A1)", "\t5", "\r", "\xc2\x80", "\xc2"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		inputs = append(inputs, b.String())
	}
	prefix := []byte("kept|")
	for _, in := range inputs {
		got := AppendSafeCell(append([]byte(nil), prefix...), []byte(in))
		if want := "kept|" + SafeCell(in); string(got) != want {
			t.Fatalf("AppendSafeCell(%q) = %q, want %q", in, got, want)
		}
	}
}
