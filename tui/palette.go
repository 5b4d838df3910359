package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
)

// A palette action that acts on a record names the record it will act on, so
// that "delete" from the dashboard cannot surprise anyone: the entry reads
// `Activities: delete activity "Payroll"`. When no row is selected the entry
// says so and enter only explains why nothing happens.

// recordAction builds the palette entries of a page whose actions act on the
// selected record: noun is "activity", target names the selected record or is
// "" when none is selected. A name places the target at "%s", else at its end.
func recordAction(lang, prefix string, t tab, noun, target string) func(name string, k key.Binding) action {
	return func(name string, k key.Binding) action {
		return action{Name: tr(lang, prefix) + tr(lang, name), Tab: t, Key: k, Noun: tr(lang, noun), Target: target, lang: lang}
	}
}

// quoted names a record by its name, in typographic quotes as a sentence shows it.
func quoted(name string) string {
	if name == "" {
		return ""
	}
	return "“" + name + "”"
}

// title is the entry as the palette lists it and searches it.
func (a action) title() string {
	switch {
	case a.Noun == "":
		return a.Name
	case a.Target == "":
		return strings.ReplaceAll(a.Name, " %s", "") + trf(a.lang, " (no %s selected)", a.Noun)
	case strings.Contains(a.Name, "%s"):
		return strings.ReplaceAll(a.Name, "%s", a.Target)
	}
	return a.Name + " " + a.Target
}

// unavailable is what enter on the entry says instead of acting, "" when it
// can act.
func (a action) unavailable() string {
	if a.Noun != "" && a.Target == "" {
		return trf(a.lang, "No %s is selected: choose one in the list first.", a.Noun)
	}
	return ""
}

// idTarget names a record known only by its number.
func idTarget(id uint64) string {
	if id == 0 {
		return ""
	}
	return "#" + strconv.FormatUint(id, 10)
}
