package policy

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reWeDefined is a capitalised name that the parenthesis after it defines as
// "we": associations, projects and foundations often have no legal form in
// their name ("The Harbour Rowing Club (\"we\", \"us\")", "Freundeskreis
// Stadtbad (nachfolgend „wir“)", "We, Example Therapy (we, us, our) take …").
var reWeDefined = lazy(`((?:\p{Lu}[\p{L}\d&.'’-]*[ ]+(?:(?:of|for|the|and|für|der|des|und|e\.[ ]?V\.)[ ]+)?){0,6}\p{Lu}[\p{L}\d&.'’-]*)[ ]*\((?:(?:[^)]{0,40}?)["“„'‘»](?:we|wir)["”“'’«]|(?:we|wir)(?:,| and| or| und| oder)[ ]*(?:us|uns|our|unser)\b)`)

// weDefined returns the name para defines as "we", without a leading article.
func weDefined(para string) string {
	m := reWeDefined.FindStringSubmatch(para)
	if m == nil {
		return ""
	}
	name := strings.TrimSpace(m[1])
	if loc := reNoticeFor.FindStringIndex(name); loc != nil && loc[0] == 0 {
		name = name[loc[1]:] // "This Privacy Notice for Example Village Hall ('we' …)"
	}
	for _, art := range []string{"The ", "Die ", "Der ", "Das "} {
		name = strings.TrimPrefix(name, art)
	}
	if len(strings.Fields(name)) < 2 || brandStop[strings.ToLower(name)] {
		return "" // a single word is more often a product than the organisation
	}
	return name
}

// reShortTerm is a short name standing alone before a cue, with its article:
// "Das RKI", "NCRI", "The Institute".
// After an article the name may start in lower case, as some firms write
// theirs ("Die gematik").
var reShortTerm = lazy(`^(?:(?:The|the|Das|das|Die|die|Der|der)[ ]+(\p{L}[\p{L}\d-]{1,24})|(\p{Lu}[\p{L}\d-]{1,24}))[ ]*$`)

// shortTerm returns the short name that s consists of, or "".
func shortTerm(s string) string {
	m := reShortTerm.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return ""
	}
	return m[1] + m[2]
}

// clauseShortTerm is the short name that s consists of, or that closes its
// last clause after a comma ("in doing so, the Company").
func clauseShortTerm(s string) string {
	if t := shortTerm(s); t != "" {
		return t
	}
	if i := strings.LastIndexByte(s, ','); i >= 0 {
		return shortTerm(s[i+1:])
	}
	return ""
}

// legalNameOf finds the short name term followed by a legal form anywhere
// in text ("gematik GmbH" for "Die gematik ist … verantwortlich"), with its
// position.
func legalNameOf(text, term string) (string, int) {
	for from := 0; ; {
		i := strings.Index(text[from:], term)
		if i < 0 {
			return "", -1
		}
		at := from + i
		from = at + len(term)
		if r, _ := utf8.DecodeLastRuneInString(text[:at]); at > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue // inside a longer word
		}
		k := from
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if k == from {
			continue // the term goes on: no legal form follows it
		}
		// as findOrgs does: the next word must open a legal form before the
		// spellings are tried there
		w := text[k:]
		if j := strings.IndexFunc(w, unicode.IsSpace); j >= 0 {
			w = w[:j]
		}
		if !legalFormStarts[strings.TrimRight(w, ".,;:)\"”'’")] {
			continue
		}
		if e := legalFormEnd(text, k); e >= 0 {
			return text[at:e], at
		}
	}
}

// reNameAtEnd is the run of capitalised words (with the small words inside
// names) that ends a text: the name before a defining parenthesis.
var reNameAtEnd = lazy(`((?:\p{Lu}[\p{L}\d&.'’-]*[ ]+(?:(?:of|for|the|and|für|der|des|und)[ ]+)?){0,6}\p{Lu}[\p{L}\d&.'’-]*)[ ]*$`)

// maxDefinitionLookBack bounds how far before a defining parenthesis its name
// is looked for: a name and its address fit; a paragraph before does not.
const maxDefinitionLookBack = 300

// reShortNameAfter is the bracket right after a name that gives it a short
// name: "(hereinafter, "GPUL")", "(im Folgenden „Verein“)", "("EA")". The
// controller's short name is the controller too, and a legal name that
// gives itself a catalogue vendor's name is that vendor's entity.
var reShortNameAfter = lazy(`^\s*\((?i:hereinafter|im folgenden|nachfolgend|kurz)?[,:]?\s*(?i:referred to as\s*|genannt\s*)?["„“'‘]([\p{L}\d&.-]{2,30})["“”'’]`)

// maxShortNameGap bounds where that bracket may start after the name.
const maxShortNameGap = 80

// definedName finds the parenthesis that defines term ("(im Folgenden „RKI“)",
// "(hereinafter "NCRI")", "(„RKI“)") and returns the name before it, skipping
// the address between them ("Robert Koch-Institut, Nordufer 20, 13353 Berlin
// (im Folgenden „RKI“)"), with its position in text.
func definedName(text, term string) (string, int) {
	re, err := regexp.Compile(`\((?i:(?:im folgenden|nachfolgend|hereinafter|hereafter|kurz)?[: ]*(?:auch |also |as |als |die |der |das |the )?)["“„'‘»][ ]*(?i:the |die |der |das )?` + regexp.QuoteMeta(term) + `[ ]*["”“'’«]\)`)
	if err != nil {
		return "", -1
	}
	loc := re.FindStringIndex(text)
	if loc == nil {
		return "", -1
	}
	lo := max(0, loc[0]-maxDefinitionLookBack)
	if i := strings.LastIndex(text[lo:loc[0]], "\n"); i >= 0 {
		lo += i + 1
	}
	before := text[lo:loc[0]]
	// drop the address: the chunks after the name hold digits or name a place
	chunks := strings.Split(before, ",")
	k := len(chunks)
	for k > 1 && (strings.ContainsAny(chunks[k-1], "0123456789") || isPlaceName(chunks[k-1])) {
		k--
	}
	head := strings.Join(chunks[:k], ",")
	m := reNameAtEnd.FindStringSubmatchIndex(head)
	if m == nil {
		return "", -1
	}
	name := head[m[2]:m[3]]
	if len(strings.Fields(name)) < 2 || brandStop[strings.ToLower(name)] {
		return "", -1 // a single word is more often a product than the organisation
	}
	return name, lo + m[2]
}
