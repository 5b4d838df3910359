package widget

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Fit pads or truncates s to exactly w cells. Plain ASCII, the common case,
// avoids the grapheme-aware width functions.
func Fit(s string, w int, right bool) string {
	if w <= 0 {
		return ""
	}
	n := len(s)
	if !IsASCII(s) {
		n = ansi.StringWidth(s)
	}
	if n > w {
		if IsASCII(s) {
			if w == 1 {
				return "…"
			}
			return s[:w-1] + "…"
		}
		s = ansi.Truncate(s, w, "…")
		n = ansi.StringWidth(s)
	}
	pad := strings.Repeat(" ", w-n)
	if right {
		return pad + s
	}
	return s + pad
}

// IsASCII says s is plain ASCII, which needs no grapheme-aware width.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Truncate cuts s to at most w cells.
func Truncate(s string, w int) string {
	if lipgloss.Width(s) <= w {
		return s
	}
	return Fit(s, w, false)
}

// FitBlock cuts or pads s to exactly h lines no wider than w, so a page can
// never push the status line off screen or wrap. It costs a scan of the visible
// text only.
func FitBlock(s string, w, h int) string {
	lines := strings.SplitN(s, "\n", h+1)
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if len(l) > w && ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "…")
		}
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}
