package policy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Organisations without a legal form (a club, a community council, a
// charity's fund) name themselves in a notice's own words rather than in a
// contact box: "how we at Riverside Food Aid use data", "This policy
// describes how Harbour Camp Ltd (HC) stores your data", "Who we are: Elm
// Vale Community Council was established …". selfNamedController reads such a
// statement when no contact box, cue or title named the controller.

var (
	// "we at X", and a notice that says whose processing it describes
	// ("This Privacy Policy governs the manner in which Example collects,
	// uses …", a widespread generator's opening)
	reSelfNamedCue = lazy(`\b[Ww]e at |(?i:\b(?:this|our) (?:privacy |data protection )?(?:policy|notice|statement) (?:describes|explains|sets out|tells you) how |\bthis privacy (?:policy|notice|statement) governs the (?:manner|way) in which )`)
	// the title of an opening section about the organisation: "Information
	// About Kilburn Garage (Partnership)"
	reAboutTitle = lazy(`^(?:Information|Details) [Aa]bout (\p{Lu}.+)$`)
	// a notice that names itself as the organisation's: "This is Example
	// Care's Privacy Notice"
	reOwnNotice = lazy(`\b[Tt]his is (\p{Lu}[^’'\n.]{1,60})['’]s (?:[Dd]ata )?(?:[Pp]rivacy|[Dd]ata [Pp]rotection) (?:[Nn]otice|[Pp]olicy|[Ss]tatement)`)
	// a notice that opens "At Example, we …"
	reAtNameWe = lazy(`(?m)^At (\p{Lu}[^,\n]{1,60}?),? we\b`)
	// a template's opening sentence: "This privacy notice for Example
	// ("Company," "we," …) describes …", "This Privacy Policy applies to
	// Example and its …"
	reNoticeFor = lazy(`(?i:\bthis (?:privacy |data protection )?(?:policy|notice|statement) (?:for|applies to) )`)
	// an opening that commits the organisation to privacy: "The Example
	// Residents Association (ERA) is committed to protecting the privacy of
	// its members", "Example College (EC) through its department … is
	// committed to protecting your privacy", "We, namely, Example Printers
	// Limited are committed to protecting …"
	reCommitted = lazy(`(?m)^(?:We, namely, )?(\p{Lu}[^\n.]{1,160}?) (?:is|are) committed to (?:protecting|respecting|safeguarding)\b`)
	// a title naming the organisation before the notice: "Example Privacy
	// Policy", "Example Auto Photography Privacy Notice"
	reNameTitle = lazy(`^(?:The )?(\p{Lu}[\p{L}\d&'’ .-]{1,60}?)\s+(?:[Pp]rivacy|[Dd]ata [Pp]rotection) (?:[Pp]olicy|[Nn]otice|[Ss]tatement)$`)
	// the same set apart by a colon or a dash, perhaps with a trade name
	// after a comma, as a notice tool titles it: "Jane Example, Example
	// Pottery: Privacy Notice"
	reNameColonTitle = lazy(`^(\p{Lu}[\p{L}\d&'’ .-]{1,60}?(?:, \p{Lu}[\p{L}\d&'’ .-]{1,60}?)?)\s*(?:[:–—]|\s-)\s+(?:[Pp]rivacy|[Dd]ata [Pp]rotection) (?:[Pp]olicy|[Nn]otice|[Ss]tatement)$`)
	// a sentence that names the controller before its role: "Example
	// Braille is your Data Controller", "provided to you by Example which is
	// the data controller", "Example Ltd are the controller"
	reIsController = lazy(`(?i:,?\s+(?:which |who |that )?(?:is|are) (?:your|the|a) [“"”‘'’]?(?:data )?controller\b)`)
	// an introduction in the first person: "We are Example Studio of 2 Mill
	// Lane", "We are the Example Club, a not-for-profit organisation"
	reWeAre = lazy(`(?m)(?:^|[.!?]\s+)We are (?:the )?(\p{Lu})`)
	// a line of a contact list labelled as the business's name: "Business
	// Name: Example Carts", "Name of the organisation: …"
	reBusinessNameLine = lazy(`(?im)^[\s*_•-]*(?:business|company|organi[sz]ation|trading) name\s*[*_]*\s*:\s*[*_]*\s*(\S[^\n]*)$`)
	// the title of a section in which the organisation introduces itself
	reWhoWeAreTitle = lazy(`(?i)^\s*(?:who we are|about us|wer wir sind|über uns)\s*[:.]?\s*$`)
	// a name at the start of an introduction, then its verb: "Elm Vale
	// Community Council was established …", "Riverside Food Aid is a charity …"
	reIntroVerb = lazy(`^(?:is|was|are|were|has been|ist|sind|wurde)\b`)
)

// nameConnectors may stand inside a name between capitalised words ("Friends of
// the Earth", "Institute for Applied Ethics", "Smith & Sons").
var nameConnectors = wordSet("of", "for", "and", "&", "the", "de", "du", "la", "von", "für", "und", "der", "des", "y", "e", "del")

// notNameLeads are capitalised words that open sentences, never names.
var notNameLeads = wordSet("we", "you", "they", "it", "this", "these", "those", "our", "your", "their", "he", "she",
	"wir", "sie", "es", "dies", "diese", "unsere", "ihre", "if", "when", "where", "all", "any", "some", "each", "in", "at", "on",
	// an article opens a common noun ("Der Formularersteller ist für diese Daten verantwortlich")
	"der", "die", "das", "ein", "eine")

// maxSelfNamedCues bounds the statements read: an organisation names itself
// early, and "we at" also opens ordinary phrases ("we at least keep …").
const maxSelfNamedCues = 5

// maxAboutSection: the section about the organisation is among the first.
const maxAboutSection = 3

// maxNameWords bounds a name read word by word: longer runs of capitalised
// words are headings or title-case prose, not a name.
const maxNameWords = 7

// properNameAt reads the capitalised words at the start of s ("the Elm Vale
// Community Council, 4 Mill Lane …" gives "Elm Vale Community Council"): it
// stops at the first word in lower case that is no connector, at a comma or a
// bracket, and prefers a name with a legal form that starts at the same word.
// minWords is the fewest words the name must have.
func properNameAt(s string, minWords int) string {
	s = strings.TrimLeft(s, " \t\"“„*")
	if strings.HasPrefix(s, "the ") || strings.HasPrefix(s, "The ") {
		s = s[4:]
	}
	if o := findOrgs(s[:min(len(s), 200)]); len(o) > 0 && o[0].start == 0 {
		return o[0].name
	}
	var words []string
	for _, w := range strings.Fields(s[:min(len(s), 200)]) {
		stop := strings.ContainsAny(w[len(w)-1:], ",;:.)")
		w = strings.TrimRight(w, ",;:.)")
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "" || strings.HasPrefix(w, "("):
			stop = true
		case unicode.IsUpper(r) || unicode.IsDigit(r) && (len(words) > 0 || reOrdinal.MatchString(w)):
			// a name may open with an ordinal: "3rd Ringwood Scout Group"
			words = append(words, w)
		case nameConnectors[w] && len(words) > 0:
			words = append(words, w)
		default:
			stop = true
		}
		if stop || capitalised(words) > maxNameWords {
			break
		}
	}
	for len(words) > 0 && nameConnectors[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) < max(minWords, 1) || capitalised(words) > maxNameWords || notNameLeads[strings.ToLower(words[0])] {
		return ""
	}
	if len(words) == 1 && (utf8.RuneCountInString(words[0]) < 3 || commonWords[strings.ToLower(words[0])]) {
		return ""
	}
	return strings.Join(words, " ")
}

// reOrdinal is an English ordinal number ("1st", "3rd", "12th").
var reOrdinal = lazy(`^\d{1,3}(?:st|nd|rd|th)$`)

// capitalised counts the words of a name that are no connectors ("de",
// "y" in "Asociación Grupo de Programadores y Usuarios de Linux").
func capitalised(words []string) int {
	n := 0
	for _, w := range words {
		if !nameConnectors[w] {
			n++
		}
	}
	return n
}

// reCompanyDefinition is the definition of "Company" in the list of
// definitions the most widespread generator opens with: "Company (referred
// to as either "the Company", "We", "Us" or "Our" in this Agreement) refers
// to Example Networks Incorporated, 10 Main Street …", and its German
// version ("Unternehmen (… „wir“, „uns“ …) bezieht sich auf …").
var reCompanyDefinition = lazy(`(?i)\b(?:company|unternehmen)\s*\([^()\n]{0,200}?["“„'‘](?:we|wir)["”“'’][^()\n]{0,120}\)\s*(?:refers to|means|bezieht sich auf|bezeichnet|ist)\s+`)

// definedCompany reads the controller from that definition: the name up to
// its address.
func definedCompany(d *docView) (string, []Evidence) {
	loc := reCompanyDefinition.FindStringIndex(d.text)
	if loc == nil {
		return "", nil
	}
	rest := d.text[loc[1]:]
	if i := strings.IndexAny(rest, ",\n"); i >= 0 {
		rest = rest[:i]
	}
	rest = strings.TrimRight(strings.TrimSpace(rest), ".")
	name := orgIn(rest)
	if name == "" {
		name = properNameAt(rest, 1)
	}
	if name == "" || len(vendorCatalogue().mentions(name)) > 0 {
		return "", nil
	}
	at := loc[1] + strings.Index(d.text[loc[1]:], name)
	return name, []Evidence{d.evidence(at, at+len(name))}
}

// selfNamedController finds the organisation in a "we at …" statement, a
// notice that says whose processing it describes, or the opening sentence of
// a "Who we are" section.
func selfNamedController(d *docView) (string, []Evidence) {
	if name, ev := definedCompany(d); name != "" {
		return name, ev
	}
	if name, at := controllerStatement(d.text); name != "" {
		return name, []Evidence{d.evidence(at, at+len(name))}
	}
	for _, loc := range reSelfNamedCue.FindAllStringIndex(d.text, maxSelfNamedCues) {
		if name := properNameAt(d.text[loc[1]:], 1); name != "" && len(vendorCatalogue().mentions(name)) == 0 {
			at := loc[1] + strings.Index(d.text[loc[1]:], name)
			return name, []Evidence{d.evidence(at, at+len(name))}
		}
	}
	// "This is Harrow Care Link's Privacy Notice."
	if m := reOwnNotice.FindStringSubmatchIndex(d.text[:min(len(d.text), maxOpening)]); m != nil {
		if name := properNameAt(d.text[m[2]:m[3]], 2); name != "" && len(vendorCatalogue().mentions(name)) == 0 {
			return name, []Evidence{d.evidence(m[2], m[2]+len(name))}
		}
	}
	opening := d.text[:min(len(d.text), maxOpening)]
	if name, at := openingName(opening); name != "" {
		return name, []Evidence{d.evidence(at, at+len(name))}
	}
	// "At Fernhill, we take your privacy seriously"; "VeloTrack ("we", "us")
	// is committed …": with no other name in the text, a single word defined
	// as "we" is the controller's name
	if m := reAtNameWe.FindStringSubmatchIndex(opening); m != nil {
		if name := properNameAt(opening[m[2]:m[3]], 1); name != "" && len(vendorCatalogue().mentions(name)) == 0 {
			return name, []Evidence{d.evidence(m[2], m[2]+len(name))}
		}
	}
	if m := reWeDefined.FindStringSubmatchIndex(opening); m != nil {
		if name := opening[m[2]:m[3]]; len(strings.Fields(name)) == 1 && !brandStop[strings.ToLower(name)] &&
			!commonWords[strings.ToLower(name)] && len(vendorCatalogue().mentions(name)) == 0 {
			return name, []Evidence{d.evidence(m[2], m[3])}
		}
	}
	// "1. Information About Kilburn Garage (Partnership)" opens a widespread
	// template with the controller's name
	for _, s := range d.secs[:min(len(d.secs), maxAboutSection)] {
		if m := reAboutTitle.FindStringSubmatch(s.Title); m != nil {
			if name := properNameAt(m[1], 2); name != "" && len(vendorCatalogue().mentions(name)) == 0 {
				if k := strings.Index(d.text[s.HeadingStart:s.HeadingEnd], name); k >= 0 {
					return name, []Evidence{d.evidence(s.HeadingStart+k, s.HeadingStart+k+len(name))}
				}
			}
		}
	}
	if name, at := weAreName(d); name != "" {
		return name, []Evidence{d.evidence(at, at+len(name))}
	}
	if m := reBusinessNameLine.FindStringSubmatchIndex(d.text); m != nil {
		if name := properNameAt(d.text[m[2]:m[3]], 1); name != "" && len(vendorCatalogue().mentions(name)) == 0 {
			at := m[2] + strings.Index(d.text[m[2]:m[3]], name)
			return name, []Evidence{d.evidence(at, at+len(name))}
		}
	}
	for _, s := range d.secs {
		if !reWhoWeAreTitle.MatchString(s.Title) {
			continue
		}
		body := strings.TrimLeft(d.text[s.HeadingEnd:s.End], " \n\t")
		name := properNameAt(body, 2)
		if name == "" {
			continue
		}
		rest := strings.TrimLeft(body[strings.Index(body, name)+len(name):], " ,")
		if reIntroVerb.MatchString(rest) {
			at := s.HeadingEnd + strings.Index(d.text[s.HeadingEnd:], name)
			return name, []Evidence{d.evidence(at, at+len(name))}
		}
	}
	return "", nil
}

// controllerStatement reads the name that a sentence gives the role of
// controller ("Example Braille is your Data Controller"), with its offset:
// the capitalised words right before the role, after any lead-in ("This
// notice is provided to you by").
func controllerStatement(text string) (string, int) {
	for _, loc := range reIsController.FindAllStringIndex(text, maxSelfNamedCues) {
		from := max(0, loc[0]-maxDefinitionLookBack)
		if i := strings.LastIndexAny(text[from:loc[0]], ".\n:"); i >= 0 {
			from += i + 1
		}
		m := reNameAtEnd.FindStringSubmatchIndex(text[from:loc[0]])
		if m == nil {
			continue
		}
		name := strings.TrimPrefix(text[from+m[2]:from+m[3]], "The ")
		at := from + m[3] - len(name)
		if properNameAt(name, 1) == name && !commonWords[strings.ToLower(name)] && !brandStop[strings.ToLower(name)] &&
			len(vendorCatalogue().mentions(name)) == 0 {
			return name, at
		}
	}
	return "", 0
}

// weAreName reads the organisation a notice introduces with "We are …" in
// its opening or in a "Who we are" section, with its offset. The name ends
// where its address begins ("We are Example Studio of 2 Mill Lane"); a
// single word must recur in the text, as an organisation's name does.
func weAreName(d *docView) (string, int) {
	spans := [][2]int{{0, min(len(d.text), maxOpening)}}
	for _, s := range d.secs {
		if reWhoWeAreTitle.MatchString(s.Title) || reWhoAreWeTitle.MatchString(s.Title) {
			spans = append(spans, [2]int{s.HeadingEnd, s.End})
		}
	}
	for _, sp := range spans {
		m := reWeAre.FindStringSubmatchIndex(d.text[sp[0]:sp[1]])
		if m == nil {
			continue
		}
		at := sp[0] + m[2]
		name := properNameAt(withoutAddressAfterOf(d.text[at:min(len(d.text), at+200)]), 1)
		if name == "" || len(vendorCatalogue().mentions(name)) > 0 ||
			len(strings.Fields(name)) == 1 && strings.Count(d.text, name) < minTitleNameMentions {
			continue
		}
		return name, at
	}
	return "", 0
}

// reWhoAreWeTitle is the question form of a "Who we are" title.
var reWhoAreWeTitle = lazy(`(?i)^\s*(?:who are we|wer sind wir)\s*\??\s*$`)

// reOfAddress is " of " before an address: a run of words with a house
// number soon after ("of The Old Mill, 2 Canal Road").
var reOfAddress = lazy(`\s+of\s+[^.\n]{0,40}?\d`)

// withoutAddressAfterOf cuts s before " of " and the address it opens.
func withoutAddressAfterOf(s string) string {
	if loc := reOfAddress.FindStringIndex(s); loc != nil {
		return s[:loc[0]]
	}
	return s
}

// minTitleNameMentions is how often a name from the notice's title must
// occur in its text: an organisation names itself again, a generic title
// word ("Website Privacy Policy") names no one.
const minTitleNameMentions = 2

// maxTitleLines is how many lines from the top the notice's own title may
// stand (after a site menu, a date line or a page's front matter).
const maxTitleLines = 8

// openingName reads the controller's name from a template's opening
// sentence, an opening that commits it to privacy, or a title that names it
// before the words "Privacy Policy", with its offset.
func openingName(opening string) (string, int) {
	if loc := reNoticeFor.FindStringIndex(opening); loc != nil {
		rest := opening[loc[1]:]
		if name := properNameAt(rest, 1); name != "" && len(vendorCatalogue().mentions(name)) == 0 {
			return name, loc[1] + strings.Index(rest, name)
		}
		if name, _, ok := strings.Cut(rest, " ("); ok && len(strings.Fields(name)) <= maxNameWords && startsUpperOrDigit(name) {
			return name, loc[1] // "for 4Sealot ("Company," …)": a name opening with a digit
		}
	}
	if m := reCommitted.FindStringSubmatchIndex(opening); m != nil {
		if name := properNameAt(opening[m[2]:m[3]], 1); name != "" && len(vendorCatalogue().mentions(name)) == 0 {
			return name, m[2] + strings.Index(opening[m[2]:m[3]], name)
		}
	}
	pos := 0
	for k := 0; k < maxTitleLines && pos < len(opening); k++ {
		end := lineEnd(opening, pos)
		line := strings.Trim(strings.TrimSpace(opening[pos:end]), "#* ")
		if m := reNameTitle.FindStringSubmatch(line); m != nil {
			name := strings.TrimSpace(m[1])
			if !genericTitleName(name) && strings.Count(opening, name) >= minTitleNameMentions && len(vendorCatalogue().mentions(name)) == 0 {
				return name, pos + strings.Index(opening[pos:end], name)
			}
		}
		if m := reNameColonTitle.FindStringSubmatch(line); m != nil {
			// set apart from the notice's name, a name of two words or more
			// is the organisation's even where the text does not repeat it
			name := strings.TrimSpace(m[1])
			if !genericTitleName(name) && properNameAt(name, 2) != "" && len(vendorCatalogue().mentions(name)) == 0 {
				return name, pos + strings.Index(opening[pos:end], name)
			}
		}
		pos = end + 1
	}
	return "", 0
}

// genericTitleWords qualify a notice in its title without naming anyone:
// "Website Privacy Policy", "Customer Privacy Notice".
var genericTitleWords = wordSet("website", "web", "online", "app", "mobile", "customer", "customers", "general",
	"candidate", "candidates", "employee", "employees", "global", "cookie", "cookies", "our", "full", "short",
	"summary", "updated", "new", "privacy", "user", "users", "site", "service", "services", "platform")

// genericTitleName: every word of name qualifies the notice.
func genericTitleName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if !genericTitleWords[w] {
			return false
		}
	}
	return true
}

// startsUpperOrDigit: s opens with a capital letter or a digit.
func startsUpperOrDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
