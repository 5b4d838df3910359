package policy

import (
	"reflect"
	"regexp"
	"testing"
)

// handWrittenPeriod is the period expression as it was written before its
// number words were derived from numberValue in sorted order (with the later
// bracketed digits, the "yrs"/"mos" units, minutes and calendar years); kept only to prove
// that the two match alike.
const handWrittenPeriod = `\b(?:(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|twenty-four|thirty|sixty|ninety|a|an|ein|eine|einem|einen|einer|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|achtzehn|zwanzig|vierundzwanzig|dreißig|sechzig|neunzig)[\s\p{Zs}]*(?:to|-|–|bis|und|or|oder)[\s\p{Zs}]*)?(\d{1,4}(?:[.,]\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|twenty-four|thirty|sixty|ninety|a|an|ein|eine|einem|einen|einer|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|achtzehn|zwanzig|vierundzwanzig|dreißig|sechzig|neunzig)\)?[\s\p{Zs}-]*(days?|calendar days|tagen|tage|tag|weeks?|wochen|woche|months?|mos|monaten|monate|monats|monat|calendar years?|years?|yrs?|kalenderjahren|kalenderjahres|kalenderjahre|kalenderjahr|jahren|jahres|jahre|jahr|hours?|stunden|minutes?|minuten)\b`

// TestPeriodExpressionMatchesAsWritten: the period expression with its sorted
// number words finds the same spans and groups as the hand-written one, on
// every text, sentence and line of the fixtures, the fuzz corpora and (when
// present) the seeds, and on cases where the order of two words that begin
// alike decides the match.
func TestPeriodExpressionMatchesAsWritten(t *testing.T) {
	old := regexp.MustCompile(handWrittenPeriod)
	cases := []string{"adays", "einstunden", "ein stunden", "eine woche", "einen monat", "twenty-four to thirty days",
		"twenty four days", "sixty days", "sixtydays", "six to sixty years", "achtzehn monate", "acht zehn monate",
		"vierundzwanzig stunden", "dreißig tage", "fünfzehn-jahre", "an hour", "a year", "ana year", "1 to a day", "12345 days"}
	spans := append(corpusSpans(t, cases...), prefilterTexts(t)...)
	for _, span := range spans {
		s := lowerSameLength(span)
		want, got := old.FindAllStringSubmatchIndex(s, -1), rePeriodRE.FindAllStringSubmatchIndex(s, -1)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("in %.80q: sorted number words match %v, the hand-written list %v", s, got, want)
		}
	}
}
