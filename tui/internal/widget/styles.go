// Package widget holds what every screen of the interface shares: the one set
// of styles, fitting text to a width, and key messages built from binding names.
package widget

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// palette is the semantic colour set. Pages never pick colours: they ask Styles
// for a meaning (ok, warn, danger, muted, accent).
type palette struct {
	fg, muted, accent, ok, warn, danger, selBg, selFg, barBg color.Color
}

func newColours(isDark bool) palette {
	ld := lipgloss.LightDark(isDark)
	c := lipgloss.Color
	return palette{
		fg:     ld(c("#1f1f1f"), c("#e6e6e6")),
		muted:  ld(c("#6b6b6b"), c("#8a8a8a")),
		accent: ld(c("#5a3fc0"), c("#a48bff")),
		ok:     ld(c("#1e7b34"), c("#5fd38a")),
		warn:   ld(c("#9a6200"), c("#f0b54a")),
		danger: ld(c("#b3261e"), c("#ff6b6b")),
		selBg:  ld(c("#dcd3ff"), c("#3d3463")),
		selFg:  ld(c("#1f1f1f"), c("#ffffff")),
		barBg:  ld(c("#ecebf2"), c("#24222e")),
	}
}

// Styles is the one set of styles every page renders with. It is rebuilt when the
// terminal reports its background colour.
type Styles struct {
	IsDark bool

	Title, Header, TabActive, TabInactive, Muted, Accent, OK, Warn, Danger lipgloss.Style
	TableHeader, Selected, Label, Value, Box, Status, StatusErr, Key       lipgloss.Style
	Section, Modal, Help                                                   lipgloss.Style
	// Mark highlights a quoted passage in a document; the review also puts
	// » « around it, which survives NO_COLOR.
	Mark lipgloss.Style
}

// NewStyles builds the styles for a dark or light background. Selection and the
// active tab also use reverse/bold/underline so they stay visible with NO_COLOR.
func NewStyles(isDark bool) Styles {
	p := newColours(isDark)
	s := lipgloss.NewStyle
	return Styles{
		IsDark:      isDark,
		Title:       s().Bold(true).Foreground(p.accent),
		Header:      s().Foreground(p.fg),
		TabActive:   s().Bold(true).Underline(true).Foreground(p.accent),
		TabInactive: s().Foreground(p.muted),
		Muted:       s().Foreground(p.muted),
		Accent:      s().Foreground(p.accent),
		OK:          s().Foreground(p.ok),
		Warn:        s().Foreground(p.warn),
		Danger:      s().Foreground(p.danger).Bold(true),
		TableHeader: s().Bold(true).Foreground(p.muted),
		Selected:    s().Reverse(true),
		Label:       s().Foreground(p.muted),
		Value:       s().Foreground(p.fg),
		Box:         s().Border(lipgloss.RoundedBorder()).BorderForeground(p.muted),
		Status:      s().Foreground(p.ok),
		StatusErr:   s().Foreground(p.danger).Bold(true),
		Key:         s().Bold(true).Foreground(p.accent),
		Section:     s().Bold(true).Foreground(p.accent),
		Modal:       s().Border(lipgloss.RoundedBorder()).BorderForeground(p.accent).Padding(0, 1),
		Help:        s().Foreground(p.muted),
		Mark:        s().Bold(true).Underline(true).Foreground(p.warn),
	}
}
