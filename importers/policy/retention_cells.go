package policy

import (
	"strconv"
	"strings"
)

// Cookie tables often give the expiry in short units: "| 1h |", "| 30d |",
// "| 2y |", "| 1 J |". In a column about expiry or storage such a cell is a
// period; elsewhere "2y" or "1h" may be anything, so only table rows under
// such a header are read.
var reShortPeriodCell = lazy(`\|[ \t]*(\d{1,3})[ \t]?(h|d|w|mo|y|j|t)[ \t]*(?:\||$)`)

// shortUnitDays gives the days of one short unit; an hour counts as a day,
// the shortest period a rule is kept in.
var shortUnitDays = map[string]int{"h": 1, "d": 1, "t": 1, "w": 7, "mo": 30, "y": 365, "j": 365}

// shortPeriodCell reads a short-unit expiry cell of the table row s, once per
// period and section.
func shortPeriodCell(d *docView, s sentence, txt string, seen map[string]bool) (Retention, bool) {
	if !strings.Contains(txt, " | ") {
		return Retention{}, false
	}
	m := reShortPeriodCell.FindStringSubmatchIndex(strings.ToLower(txt))
	if m == nil || !inDurationColumn(d, s.start, txt) {
		return Retention{}, false
	}
	n, _ := strconv.Atoi(txt[m[2]:m[3]])
	unit := strings.ToLower(txt[m[4]:m[5]])
	days := n * shortUnitDays[unit]
	if unit == "h" {
		days = max(1, (n+23)/24)
	}
	key := strconv.Itoa(days) + "|" + d.path(s.sec)
	if days <= 0 || seen[key] {
		return Retention{}, false
	}
	seen[key] = true
	return d.retention(s, m[2], m[5], days), true
}
