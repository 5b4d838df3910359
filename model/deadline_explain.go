package model

import (
	"regexp"
	"strings"
)

// explainPhrases are the fixed words of a deadline's explanation (explain and
// appendContext), longest first where one contains another. The explanation is
// built in English once per request on start; a German face rewrites it with
// these, the units and the dates, instead of computing every deadline twice.
var explainPhrases = []string{
	N(" asked on the day the clock started: counted from its arrival, as a restart)"),
	N(" arrived; a pause never runs past a restart from that day)"),
	N(" arrived, clock restarted)"),
	N(", calendar days, no roll to a working day"),
	N(", pauses not counted (policy "),
	N("), deadline frozen: "),
	N(" → next working day "),
	N("paused since "),
	N(" pause days"),
	N("weekends only"),
	N("holidays "),
	N(" from "),
	N("(identity"),
	N("(clarification"),
	N("(fee"),
}

var (
	explainUnit    = regexp.MustCompile(`\b(\d+) (months|month|days|day)\b`)
	explainWeekday = regexp.MustCompile(`\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) `)
	explainISODate = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	weekdayDE      = map[string]string{"Mon": "Mo", "Tue": "Di", "Wed": "Mi", "Thu": "Do", "Fri": "Fr", "Sat": "Sa", "Sun": "So"}
)

// ExplanationIn is a deadline's explanation (Deadline.Explanation) in lang:
// "1 Monat ab 05.03.2025 → Sa 05.04.2025 → nächster Werktag Mo 07.04.2025 (EU, Feiertage DE-BE)".
func ExplanationIn(en, lang string) string {
	if lang != "de" {
		return en
	}
	s := en
	for _, p := range explainPhrases {
		s = strings.ReplaceAll(s, p, T(lang, p))
	}
	s = explainUnit.ReplaceAllStringFunc(s, func(m string) string {
		sub := explainUnit.FindStringSubmatch(m)
		return T(lang, "%s "+sub[2], sub[1])
	})
	s = explainWeekday.ReplaceAllStringFunc(s, func(m string) string { return weekdayDE[m[:3]] + " " })
	return explainISODate.ReplaceAllString(s, "$3.$2.$1")
}

// explainUnits name the units explainUnit rewrites.
var _ = []string{N("%s month"), N("%s months"), N("%s day"), N("%s days")}
