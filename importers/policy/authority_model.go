package policy

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dpodesk/dpodesk/model"
)

// The supervisory authorities of model/data/authorities.toml, matched by
// their full names (each language of a bilingual name, and the English name)
// and by their short names. This catches the authorities the patterns of authority.go do not
// describe, such as a national authority named in its own language.

// minShortName is the shortest short name matched ("CNIL", "AEPD"): two- and
// three-letter ones ("AP", "IP", "DSB") are ordinary abbreviations in policies.
const minShortName = 4

// minFullName is the shortest full name matched on its own.
const minFullName = 12

type modelAuthority struct {
	name string         // what the report shows
	re   *regexp.Regexp // the spelling in a text
}

// modelAuthorities are compiled on first use, not at every process start.
var modelAuthorities = sync.OnceValue(loadModelAuthorities)

func loadModelAuthorities() []modelAuthority {
	var out []modelAuthority
	for _, a := range model.Authorities() {
		for _, n := range append(strings.Split(a.Name, " / "), a.English) {
			if n = strings.TrimSpace(n); utf8.RuneCountInString(n) >= minFullName {
				out = append(out, modelAuthority{name: n, re: regexp.MustCompile(`(?i)\b` + inflected(n) + `\b`)})
			}
		}
		for _, n := range a.Aliases {
			// another spelling reports the authority's own name
			out = append(out, modelAuthority{name: a.Name, re: regexp.MustCompile(`(?i)\b` + inflected(n) + `\b`)})
		}
		switch s := a.Short; {
		case strings.ContainsAny(s, " /"):
		case utf8.RuneCountInString(s) >= minShortName:
			out = append(out, modelAuthority{name: a.Name + " (" + s + ")", re: regexp.MustCompile(`\b` + regexp.QuoteMeta(s) + `\b`)})
		case utf8.RuneCountInString(s) == minShortName-1:
			// a three-letter short name counts after the English article:
			// "you can contact the ICO"
			out = append(out, modelAuthority{name: a.Name + " (" + s + ")", re: regexp.MustCompile(`\b[Tt]he ` + regexp.QuoteMeta(s) + `\b`)})
		}
	}
	return out
}

// authorityShortWords are the model's short names as the prefilter sees
// them: a sentence that holds one ("In Romania that is the ANSPDCP") can
// name the authority without a word of complaint.
var authorityShortWords = sync.OnceValue(func() []string {
	var out []string
	for _, a := range model.Authorities() {
		switch s := strings.ToLower(a.Short); {
		case strings.ContainsAny(s, " /"):
		case utf8.RuneCountInString(s) >= minShortName:
			out = append(out, s)
		case utf8.RuneCountInString(s) == minShortName-1:
			out = append(out, "the "+s)
		}
	}
	return out
})

// complaintWords prefilter the sentences that can name an authority.
var complaintWords = kw{words: []string{"authorit", "behörde", "supervis", "aufsicht", "commission", "complain",
	"beschwer", "regulator", "garante", "autorit", "datatilsynet", "cnil", "aepd", "uodo", "agency", "concern"}}

// authorityFromModel returns the first authority of the model's list named in
// a sentence about complaints or supervision.
func authorityFromModel(d *docView) (string, []Evidence) {
	for si, s := range d.sents {
		sv := d.sv(si)
		if !complaintWords.mayS(sv) && !(kw{words: authorityShortWords()}).mayS(sv) {
			continue
		}
		best, bestAt := "", -1
		var bestLoc []int
		for _, a := range modelAuthorities() {
			// the earliest name wins, and of two at one place the longer
			// ("… Protection of the Slovak Republic" over "… Protection")
			if loc := a.re.FindStringIndex(sv.txt); loc != nil && (bestAt < 0 || loc[0] < bestAt || loc[0] == bestAt && loc[1] > bestLoc[1]) {
				// the name in the nominative, as the record holds it: "bei der
				// Landesbeauftragten für …" names the "Landesbeauftragte"
				best, bestAt, bestLoc = a.name, loc[0], loc
			}
		}
		if bestAt >= 0 {
			return best, []Evidence{d.evidence(s.start+bestLoc[0], s.start+bestLoc[1])}
		}
	}
	return "", nil
}

// reWordEndingE finds the words of a name that end in "e", where German
// declension adds an ending.
var reWordEndingE = lazy(`e\b`)

// inflected quotes an authority's name so that its German words ending in "e"
// also match when declined: a policy names "die Sächsische Datenschutz- und
// Transparenzbeauftragte" in the dative, "bei der Sächsischen …beauftragten",
// and "der Hessische Beauftragte" as "beim Hessischen Beauftragten".
func inflected(name string) string {
	q := regexp.QuoteMeta(name)
	return reWordEndingE.ReplaceAllString(q, `e[nmrs]?`)
}
