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
	// for a name that is an ordinary word, the sentence must also name the
	// authority's country (region) or hold its short name (short)
	region string
	short  *regexp.Regexp
}

// modelAuthorities are compiled on first use, not at every process start.
var modelAuthorities = sync.OnceValue(loadModelAuthorities)

func loadModelAuthorities() []modelAuthority {
	var out []modelAuthority
	for _, a := range model.Authorities() {
		for _, n := range append(strings.Split(a.Name, " / "), a.English) {
			if n = strings.TrimSpace(n); utf8.RuneCountInString(n) >= minFullName {
				ma := modelAuthority{name: n, re: regexp.MustCompile(`(?i)\b` + inflected(n) + `\b`)}
				if a.CommonNoun && n == a.Name {
					ma.region = a.Region
					if a.Short != "" {
						ma.short = regexp.MustCompile(`\b` + regexp.QuoteMeta(a.Short) + `\b`)
					}
				}
				out = append(out, ma)
			}
		}
		for _, n := range a.Aliases {
			// another spelling reports the authority's own name
			out = append(out, modelAuthority{name: a.Name, re: regexp.MustCompile(`(?i)\b` + inflected(n) + `\b`)})
		}
		if pattern, _ := shortNameForms(a.Short); pattern != "" {
			out = append(out, modelAuthority{name: a.Name + " (" + a.Short + ")", re: regexp.MustCompile(pattern)})
		}
	}
	return out
}

// shortNameForms are the expression that finds a short name in a text and
// the word that lets a sentence through the prefilter: a short name of
// minShortName letters or more as written, anywhere; a three-letter one only
// after the English article ("you can contact the ICO"); none for shorter or
// compound ones.
func shortNameForms(short string) (pattern, word string) {
	switch n := utf8.RuneCountInString(short); {
	case strings.ContainsAny(short, " /"):
	case n >= minShortName:
		return `\b` + regexp.QuoteMeta(short) + `\b`, strings.ToLower(short)
	case n == minShortName-1:
		return `\b[Tt]he ` + regexp.QuoteMeta(short) + `\b`, "the " + strings.ToLower(short)
	}
	return "", ""
}

// complaintWords prefilter the sentences that can name an authority: words
// of complaint and supervision, and the model's short names, which name the
// authority without them ("In Romania that is the ANSPDCP").
var complaintWords = sync.OnceValue(func() kw {
	words := []string{"authorit", "behörde", "supervis", "aufsicht", "commission", "complain",
		"beschwer", "regulator", "garante", "autorit", "datatilsynet", "agency", "concern",
		// the name alone, in a box under "Die zuständige Aufsichtsbehörde ist:"
		"beauftragt", "ombuds", "commissioner"}
	for _, a := range model.Authorities() {
		if _, w := shortNameForms(a.Short); w != "" {
			words = append(words, w)
		}
	}
	return kw{words: words}
})

// authorityFromModel returns the first authority of the model's list named in
// a sentence about complaints or supervision, among the sentences before
// until.
func authorityFromModel(d *docView, until int) (string, []Evidence) {
	for si, s := range d.sents[:until] {
		sv := d.sv(si)
		if !complaintWords().mayS(sv) {
			continue
		}
		best, bestAt := "", -1
		var bestLoc []int
		for _, a := range modelAuthorities() {
			// the earliest name wins, and of two at one place the longer
			// ("… Protection of the Slovak Republic" over "… Protection")
			if loc := a.re.FindStringIndex(sv.txt); loc != nil && (bestAt < 0 || loc[0] < bestAt || loc[0] == bestAt && loc[1] > bestLoc[1]) &&
				a.inContext(sv) {
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
// also match when declined, and its words also where a line break parts
// them: a policy names "die Sächsische Datenschutz- und
// Transparenzbeauftragte" in the dative, "bei der Sächsischen …beauftragten",
// and "der Hessische Beauftragte" as "beim Hessischen Beauftragten".
func inflected(name string) string {
	q := regexp.QuoteMeta(name)
	// a long name wraps: "… für das Recht auf" over "Akteneinsicht Brandenburg"
	q = strings.ReplaceAll(reWordEndingE.ReplaceAllString(q, `e[nmrs]?`), " ", `[\s\p{Zs}]+`)
	// a state's authority named with "in" before the state ("… für das
	// Recht auf Akteneinsicht in Brandenburg")
	if i := strings.LastIndex(q, `[\s\p{Zs}]+`); i > 0 && startsUpper(name[strings.LastIndexByte(name, ' ')+1:]) {
		q = q[:i] + `[\s\p{Zs}]+(?:in[\s\p{Zs}]+)?` + q[i+len(`[\s\p{Zs}]+`):]
	}
	return q
}

// inContext: a name that is an ordinary word ("Datenschutzbehörde") names
// its authority only in a sentence that also names the authority's country
// or holds its short name ("In Österreich ist dies die Datenschutzbehörde",
// "der Datenschutzbehörde (DSB)"); "Datenschutzbehörden verlangen …" and
// "bei jeder Datenschutzbehörde" name none (D-AUTHORITY).
func (a modelAuthority) inContext(sv sent) bool {
	if a.region == "" {
		return true
	}
	return a.short != nil && a.short.MatchString(sv.txt) || countryInLower(sv.txt, sv.lower) == a.region
}
