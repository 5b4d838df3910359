package policy

import (
	"strings"
)

// Notices written in the US style name no controller in a contact box: the
// organisation is the brand that "collects", "uses" and "shares" the data
// throughout the text, and the contact is an e-mail address in a "contact us"
// sentence. These fallbacks run only when the contact-box readers found
// nothing.

// minBrandSubject is how often a name must be the subject of a processing
// verb to be taken as the controller: once or twice is a vendor.
const minBrandSubject = 3

// reBrandSubject is a capitalised name (one or two words) directly followed by
// a processing verb in the third person.
var reBrandSubject = lazy(`\b(\p{Lu}[\p{L}\d]+(?:[ ]\p{Lu}[\p{L}\d]+)?)(?:,? (?:Inc\.|LLC|Ltd\.?|GmbH|AG))? (?:may |will |does not |also |only )?(?:collects?|uses?|processes|stores?|shares?|receives?|discloses?|retains?|keeps?|sells?|provides?|obtains?|verarbeitet|erhebt|speichert|nutzt|verwendet|gibt)\b`)

// brandStop are capitalised words that start sentences or name roles, never
// the organisation.
var brandStop = wordSet("we", "you", "it", "this", "that", "the", "our", "your", "they", "he", "she", "who", "which",
	"each", "every", "any", "no", "if", "when", "where", "service", "services", "site", "website", "app", "company",
	"wir", "sie", "er", "es", "der", "die", "das", "dieser", "diese", "jeder", "user", "users", "customer", "partner",
	"provider", "google", "facebook", "apple", "microsoft", "amazon",
	// sentence adverbs that open a sentence before its comma ("However, our
	// processor keeps …", "Außerdem, …"), which read like a name in apposition
	"however", "furthermore", "moreover", "additionally", "therefore", "nevertheless", "otherwise", "finally",
	"also", "further", "besides", "meanwhile", "accordingly", "consequently", "alternatively", "similarly",
	"außerdem", "ferner", "jedoch", "zudem", "allerdings", "darüber", "daher", "deshalb", "schließlich", "ebenso")

// brandController returns the name most often the subject of a processing
// verb, when it is at least minBrandSubject times and no catalogue vendor or
// place.
func brandController(d *docView) (string, []Evidence) {
	count := map[string]int{}
	first := map[string][]int{}
	for _, m := range reBrandSubject.FindAllStringSubmatchIndex(d.text, -1) {
		name := d.text[m[2]:m[3]]
		if brandStop[strings.ToLower(strings.Fields(name)[0])] || isPlaceName(name) || len(vendorCatalogue().mentions(name)) > 0 {
			continue
		}
		count[name]++
		if _, ok := first[name]; !ok {
			first[name] = []int{m[2], m[3]}
		}
	}
	best, n := "", 0
	for name, c := range count {
		if c > n || c == n && first[name][0] < first[best][0] {
			best, n = name, c
		}
	}
	if n < minBrandSubject {
		return "", nil
	}
	return best, []Evidence{d.evidence(first[best][0], first[best][1])}
}

// reContactCue marks a sentence that gives the controller's contact address.
var reContactCue = newKW(`(?i)\b(?:contact (?:us|me)\b|email us\b|e-mail us\b|write to us\b|reach us\b|questions\b|kontakt|schreiben sie uns|erreichen sie uns|fragen\b)`,
	"contact", "email us", "e-mail us", "write to us", "reach us", "questions", "kontakt", "schreiben sie uns", "erreichen sie uns", "fragen")

// contactEmail is the first e-mail of a contact sentence, or of a contact
// section ("Contact details" over "Email" over the mailbox, as a notice
// generator lays it out), that is not the DPO's.
func contactEmail(d *docView, not string) string {
	for _, m := range d.emails() {
		e := strings.TrimRight(d.text[m[0]:m[1]], ".")
		si := d.sentenceIndex(m[0])
		if e == not || si < 0 || exampleAddressAt(d.text, m[0], e) || reDPOCue.matchS(d.sv(si)) ||
			!reContactCue.matchS(d.sv(si)) && !inContactSection(d, m[0]) {
			continue
		}
		return e
	}
	return ""
}

// inContactSection: pos lies in a section titled as the organisation's
// contact, or under one, and in none on an officer or an authority.
func inContactSection(d *docView, pos int) bool {
	contact := false
	for _, s := range d.secs {
		if s.HeadingStart > pos {
			break
		}
		if pos >= s.End {
			continue
		}
		if reDPOCue.is(s.Title) || reAuthorityCue.is(s.Title) {
			return false
		}
		contact = contact || containsAny(padded(s.Title), contactTitleWords)
	}
	return contact
}

// reTitleOf is a document title that names its organisation: "Privacy
// policy of Example GmbH", "Datenschutzerklärung der Example GmbH".
var reTitleOf = lazy(`(?i)^(?:` + noticeNames + `)\s+(?:of|for|der|des|von|zur)\s+(?:the\s+)?(.+)$`)

// noticeNames are the names a notice calls itself in its title, in
// lower case: the titles that name whose notice it is (reTitleOf,
// reNoticeOf) open with one.
const noticeNames = `privacy (?:policy|notice|statement)|data protection (?:notice|statement|declaration|policy|information)|datenschutz(?:erklärung|hinweise|informationen?|richtlinie)`

// titleController takes the organisation with a legal form that the first
// heading names as the policy's owner.
func titleController(d *docView) (string, []Evidence) {
	// the first line, also when no heading was recognised there
	first := strings.TrimSpace(d.text[:max(0, strings.IndexByte(d.text+"\n", '\n'))])
	if m := reTitleOf.FindStringSubmatch(first); m != nil {
		if org := orgIn(m[1]); org != "" {
			at := strings.Index(d.text, org)
			return org, []Evidence{d.evidence(at, at+len(org))}
		}
	}
	for i, s := range d.secs {
		if i > 1 {
			break
		}
		m := reTitleOf.FindStringSubmatch(s.Title)
		if m == nil {
			continue
		}
		if org := orgIn(m[1]); org != "" {
			at := s.HeadingStart + strings.Index(d.text[s.HeadingStart:s.HeadingEnd], org)
			return org, []Evidence{d.evidence(at, at+len(org))}
		}
	}
	return "", nil
}
