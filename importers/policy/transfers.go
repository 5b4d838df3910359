package policy

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dpodesk/dpodesk/model"
)

// A sentence states a third-country transfer when it names a destination outside
// the EU/EEA together with sending, storing or processing, and is not a denial.
var (
	reThirdCountry = newKW(`(?i)third countr|drittl(?:and|änder)|drittstaat|outside (?:of )?(?:the )?(?:EU\b|EEA\b|European|UK\b|United Kingdom)|au(?:ß|ss)erhalb (?:des (?:raumes|raums|gebietes|gebiets) )?(?:der |des )?(?:schweiz und (?:der |des )?)?(?:EU\b|EWR\b|europäischen)|\b(?:USA\b|U\.S\.(?:A\.)?)|united states|vereinigte(?:n)? staaten|\bUS[- ]servers?|servers? in the US\b|\b(?:international(?:e)? (?:transfer|übermittlung)|overseas\b|cross-border|non-(?:EEA|EU)\b|outside (?:of )?(?:your|the) (?:own )?(?:country|countries|state|jurisdiction)|countries other than|(?:to|in) (?:other|different) countries|countr(?:y|ies) (?:that (?:do|does) not (?:offer|provide|ensure|have)|without (?:an )?adequate|not recogni[sz]ed as)|länder(?:n)? ohne (?:ein )?angemessen)`, "countr", "länder", "third countr", "dritt", "outside", "außerhalb", "ausserhalb", "usa", "u.s.", "united states", "vereinigte", "us-server", "us server", "in the us", "international", "overseas", "cross-border", "non-eea", "non-eu")
	reTransferVerb = newKW(`(?i)transfer|transmi|\bpass(?:es|ed|ing)?\b|sent\b|sends?\b|process(?:es|ed|ing)?\b|stor(?:e|es|ed|ing)\b|hosted|hosting|(?:may be|is|are|will be) (?:situated|located)\b|based\b|\b(?:keep(?:s|ing)?|kept|hold(?:s|ing)?|held)\b|server|übermitt|übertrag|verarbeit|gespeichert|speicher|weitergeleitet|weitergegeben|übersandt|access`, "transfer", "transmi", "pass", "sent", "send", "process", "stor", "host", "situated", "located", "server", "übermitt", "übertrag", "verarbeit", "gespeichert", "speicher", "weitergeleitet", "weitergegeben", "übersandt", "access", "based", "keep", "kept", "hold", "held")
	// data sent "internationally" ("Data may be transferred internationally",
	// "Sending your Personal Data internationally"), not reach ("impact …
	// internationally")
	reInternationally = newKW(`(?i)(?:transferr?(?:ed|ing|s)?|sen(?:d|t|ding)|data|information|processed|stored)(?: \S+){0,3} internationally\b`, "internationally")
	reDenial          = newKW(`(?i)\b(?:(?:no|not|never|nicht|keine?|none)\b[^.]{0,60}(?:transfer|übermitt|übertrag|countr|drittl|outside|außerhalb|overseas|abroad|ausland)|(?:only|ausschließlich|exclusively|nur)\b[^.]{0,40}(?:within|innerhalb)|\bfindet (?:\S+ ){0,3}?nicht statt\b|\bdoes not take place\b`+
		// the denial after its subject: "Eine Übermittlung in Drittländer ist
		// nicht geplant", "A transfer to third countries is not intended"
		`|\b(?:ist|sind|wird|werden|is|are)\s+(?:\S+\s+)?(?:nicht|not)\s+(?:geplant|vorgesehen|beabsichtigt|planned|intended|envisaged|foreseen)\b)`,
		"no", "not", "never", "nicht", "kein", "none", "only", "ausschließlich", "exclusively", "nur")
)

// findTransfers reports whether the text says data is or may be transferred
// outside the EU/EEA, with the sentences that say so. A recipient with a transfer
// safeguard also counts: the safeguard exists for such a transfer.
func findTransfers(d *docView, recs []Recipient) (bool, []Evidence) {
	var ev []Evidence
	hypothetical := -1 // the section whose last transfer sentence stated one only as a condition
	for si, s := range d.sents {
		sv := d.sv(si)
		loc := transferDestination(sv)
		if loc == nil || reDenial.matchS(sv) || !transferVerbBeside(sv, loc) {
			continue
		}
		if isQuestion(sv.txt) {
			if !answeredYes(d, si) {
				continue
			}
		} else if d.isHeadingAt(s.start) && (len(strings.Fields(sv.txt)) <= maxTopicHeadingWords || deniedBelow(d, si)) || !transferStatement(sv, loc, hypothetical == s.sec) {
			hypothetical = s.sec
			continue
		}
		hypothetical = -1
		if from := rightsFrom(d, si); from == 0 || from > 0 && from < loc[0] {
			continue // the explanation of a right ("… you have the right to be informed of the safeguards")
		}
		ev = append(ev, d.evidence(s.start+loc[0], s.start+loc[1]))
		if len(ev) == 5 {
			break
		}
	}
	if len(ev) == 0 {
		for _, r := range recs {
			if r.Safeguard != "" && r.Safeguard != "consent" && len(r.Evidence) > 0 {
				ev = append(ev, r.Evidence[0])
				break
			}
		}
	}
	return len(ev) > 0, ev
}

// outsideOf: the text before a country ends with "outside (of) (the)" or
// "außerhalb der": the country is where data do not go ("wenn eine betroffene
// Person außerhalb der USA lebt").
func outsideOf(before string) bool {
	before = strings.TrimSuffix(strings.TrimSuffix(before, "the "), "of ")
	return strings.HasSuffix(before, "outside ") || strings.HasSuffix(before, "außerhalb der ") ||
		strings.HasSuffix(before, "ausserhalb der ")
}

// maxTopicHeadingWords: a heading this short names a topic ("International
// transfers", "Übermittlungen in Drittländer"), not a transfer; a longer one
// (a list item a document sets as a heading) may state one.
const maxTopicHeadingWords = 5

// deniedBelow: the section the heading at sentence si opens answers it with
// a denial ("6. Verarbeitung Ihrer personenbezogenen Daten in Staaten
// außerhalb der EU und des EWR" over "Eine Verarbeitung … findet nicht
// statt."): the heading, however long, names the topic its text answers.
// Only the first sentence answers; a denial further down ("the USA is not
// a safe third country") qualifies what the section states.
func deniedBelow(d *docView, si int) bool {
	i := d.headingSection(d.sents[si].start)
	if i < 0 || si+1 == len(d.sents) || d.sents[si+1].start >= d.secs[i].End {
		return false
	}
	sv := d.sv(si + 1)
	return reDenial.matchS(sv) && transferDestination(sv) != nil
}

// transferDestination finds where a sentence sends data outside the EU/EEA:
// a third country, the US, abroad, or outside a country that is not in the
// EEA ("outside Australia", where the controller sits).
func transferDestination(sv sent) []int {
	for _, loc := range reThirdCountry.findAllS(sv) {
		if !outsideOf(sv.lower[:loc[0]]) {
			return loc
		}
	}
	if loc := reInternationally.findS(sv); loc != nil {
		return []int{loc[1] - len("internationally"), loc[1]} // the destination, apart from the verb
	}
	if strings.Contains(sv.txt, " US") {
		if loc := reInTheUS.FindStringIndex(sv.txt); loc != nil {
			return loc
		}
		if loc := rePlaceOfProcessingUS.FindStringSubmatchIndex(sv.txt); loc != nil {
			return loc[2:4] // the country, apart from the label's verb
		}
	}
	for at := 0; ; {
		i := strings.Index(sv.lower[at:], "outside ")
		if i < 0 {
			return nil
		}
		start := at + i
		at = start + len("outside ")
		place := at
		for _, w := range []string{"of ", "the "} {
			if strings.HasPrefix(sv.lower[place:], w) {
				place += len(w)
			}
		}
		if cc, end := placeStarting(sv.txt[place:]); cc != "" && !model.IsEEA(cc) {
			return []int{start, place + end}
		}
	}
}

// reInTheUS is "in the US" written with capitals, which the case-insensitive
// patterns cannot tell from the pronoun; rePlaceOfProcessingUS is a
// generator's facet line "Place of processing: US".
var (
	reInTheUS             = lazy(`\b(?:in|to|into) the US\b`)
	rePlaceOfProcessingUS = lazy(`(?i:place of processing):?\s+(US)\b`)
)

// transferVerbBeside: the sentence sends, stores or processes data besides
// naming the destination. A compound noun names only the subject
// ("Drittlandübermittlung", "Informationen zu Drittlandtransfers"), so a
// verb inside the destination's own word does not count.
func transferVerbBeside(sv sent, loc []int) bool {
	from, to := wordAround(sv.txt, loc[0], loc[1])
	for _, m := range reTransferVerb.findAllS(sv) {
		if m[1] <= from || m[0] >= to {
			return true
		}
	}
	return false
}

// wordAround widens [start, end) to the letters of the words it touches.
func wordAround(s string, start, end int) (int, int) {
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= n
	}
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	return start, end
}

// transferStatement: a sentence naming a transfer states one unless it
// explains a sentence that only said what would apply ("D. h. …", after one)
// or, naming no country, only says what would apply ("Sofern wir Daten in
// einem Drittland verarbeiten", behind a label or not) or ties the transfer to
// a condition ("nur dann, wenn"). A generator's chapter on third countries says
// all three without naming any transfer; a sentence that names the country
// states a transfer under any condition ("Wenn Sie unsere Website aufrufen,
// … ein Server von X, Inc., … USA").
func transferStatement(sv sent, loc []int, afterHypothetical bool) bool {
	lex := titles()
	lead := strings.TrimLeft(sv.lower, " \t\n-•*")
	if i := strings.Index(lead, ": "); i > 0 && i < maxTransferLabel {
		lead = lead[i+2:]
	}
	if afterHypothetical && hasAnyPrefix(lead, lex.ExplainingLeads) {
		return false
	}
	if namesCountry(sv.txt[loc[0]:loc[1]]) {
		return true
	}
	if hasAnyPrefix(lead, lex.HypotheticalLeads) {
		// the condition is the transfer ("If we transfer data to a third
		// country, …"), not something else ("If you live outside
		// Australia, your data may be transferred internationally")
		clause := len(sv.lower) - len(lead)
		if comma := strings.IndexByte(sv.lower[clause:], ','); comma < 0 || clause+comma > loc[0] {
			return false
		}
	}
	return !containsAny(sv.lower, lex.OnlyIfWords)
}

// reNamedCountry is a destination that names its country.
var reNamedCountry = lazy(`(?i)\b(?:USA|U\.S\.|US)\b|united states|vereinigte(?:n)? staaten`)

// namesCountry: the destination found names a country (the US, or one that
// follows "outside"), not third countries in general.
func namesCountry(dest string) bool {
	if reNamedCountry.MatchString(dest) {
		return true
	}
	_, rest, ok := strings.Cut(strings.ToLower(dest), "outside ")
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "of "), "the ")
	return ok && rest != "" && !strings.HasPrefix(rest, "your") && !strings.HasPrefix(rest, "eu") &&
		!strings.HasPrefix(rest, "eea") && !strings.HasPrefix(rest, "european")
}

// maxTransferLabel is how long, in bytes, a label before a sentence may be
// ("Datenverarbeitung in Drittländern: Sofern …").
const maxTransferLabel = 48

// answeredYes: a question on third-country transfers is stated when the
// next sentence answers it with yes ("Werden Ihre Daten in Drittländer
// übertragen? Ja").
func answeredYes(d *docView, si int) bool {
	if si+1 >= len(d.sents) {
		return false
	}
	next := strings.TrimSpace(d.lower[si+1])
	for _, yes := range []string{"ja", "yes"} {
		if rest, ok := strings.CutPrefix(next, yes); ok && (rest == "" || !isLetterByte(rest[0])) {
			return true
		}
	}
	return false
}

// isQuestion: a question ("Werden Daten in Drittländer übermittelt?", a FAQ
// heading) says nothing; the answer below it does.
func isQuestion(s string) bool { return strings.HasSuffix(strings.TrimSpace(s), "?") }
