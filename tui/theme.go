package tui

import (
	"charm.land/lipgloss/v2"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/tui/internal/widget"
)

// Styles and NewStyles are the shared styles (tui/internal/widget).
type Styles = widget.Styles

// NewStyles builds the styles for a dark or light background.
func NewStyles(isDark bool) Styles { return widget.NewStyles(isDark) }

// urgencyStyle maps an urgency to a style; NO_COLOR users get the "!" markers
// the table adds to the days-left column instead.
func urgencyStyle(st *Styles, u model.Urgency) (lipgloss.Style, bool) {
	switch u {
	case model.UrgencyOverdue:
		return st.Danger, true
	case model.UrgencyDueSoon:
		return st.Warn.Bold(true), true
	case model.UrgencyDueWeek:
		return st.Warn, true
	case model.UrgencyClosed, model.UrgencyPaused:
		return st.Muted, true
	}
	return lipgloss.Style{}, false
}
