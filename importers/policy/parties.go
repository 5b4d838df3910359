package policy

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	reEmail = lazy(`[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}`)
	// a line or heading that introduces the controller
	reControllerCue = newKWAtWord(`(?i)\bcontroller\b|responsible (?:body|party|entity|person|for (?:the )?(?:data )?processing)|person responsible|who is responsible|\bverantwortliche[rn]?\b|verantwortliche stelle|verantwortlich (?:für|im sinne|i\.\s?s\.)|\bwer ist (?:für [^?\n]{0,60})?verantwortlich\b|name and (?:address|contact(?: details)?) of|data controller|\b(?:who we are\b|our contact details$|wer wir sind\b|betreiber\b|operator of\b|anbieter dieser|inhaber(?:in)?\b|owner of (?:this|the|our) (?:website|site|app)|wie (?:können|kannst) (?:sie|du) uns (?:kontaktieren|erreichen)|how can you contact us\b)`, "controller", "data controller", "responsible", "who is responsible", "person responsible", "verantwortlich", "wer ist", "name and", "who we", "our contact details", "wer wir", "betreiber", "operator", "anbieter", "inhaber", "owner of", "wie können", "wie kannst", "how can you")
	// an older generator's paragraph that ends on the box below it: "…
	// informieren Sie … über die … Verarbeitung von personenbezogenen Daten
	// durch den Anbieter:" (a paragraph longer than a cue line may be)
	reProviderBoxCue = newKWAtWord(`(?i)(?:durch den anbieter|by the provider):$`, "durch den anbieter", "by the provider")
	// a line or heading that introduces the data protection officer
	reDPOCue    = newKWAtWord(`(?i)data protection (?:officer|lead|manager|coordinator)|\bdpo\b|datenschutzbeauftragte|privacy officer|\bbeauftragte[rn]? für (?:den )?datenschutz`, "data protection", "dpo", "datenschutzbeauftragt", "privacy officer", "beauftragte")
	reNameTok   = lazy(`^(?:\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}\.|\p{Lu}\p{Ll}*\.?-\p{Lu}\p{Ll}+|von|van|de|der|den|zu|da|di|le|la)$`)
	rePrefix    = lazy(`^(?i)(?:(?:z\.\s?Hd\.(?:\s?v\.)?|zu Händen(?: von)?|attn\.?:?|attention:|c/o|FAO|RA|RAin|Rechtsanwalt|Rechtsanwältin|Dr\.|Prof\.|Dipl\.-\S+|Mr\.?|Mrs\.?|Ms\.?|Herrn|Herr|Frau|med\.|jur\.|rer\.\s?nat\.|Attorney|LL\.M\.?)[\s,]+)+`)
	reInlineDPO = lazy(`(?i)(?:data protection (?:officer|lead|manager)|datenschutzbeauftragte[rn]?|dpo)[^.:\n]{0,40}?(?:\bis\b|\bist\b|:|,)\s*((?:(?:RA|Dr\.|Prof\.|Mr\.?|Ms\.?|Mrs\.?|Herr|Frau)\s+)*[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){1,3})`)
	nameStop    = map[string]bool{"Data": true, "Protection": true, "Officer": true, "Datenschutz": true, "Germany": true,
		"Deutschland": true, "Contact": true, "Kontakt": true, "Privacy": true, "Email": true, "Phone": true, "The": true,
		"Our": true, "Your": true, "We": true, "You": true, "Controller": true, "Responsible": true, "External": true,
		"Datenschutzbeauftragter": true, "Der": true, "Die": true, "Unser": true, "Unsere": true, "Team": true, "Legal": true,
		"Company": true, "Department": true, "Abteilung": true, "Address": true, "Adresse": true, "Postal": true, "Website": true}
)

// block is a run of short lines after a cue line: the usual shape of a contact box.
type block struct {
	start, end int // byte span of the lines scanned
	lines      []span
}

type span struct{ start, end int }

// linesAfter collects up to max non-blank lines after offset pos, stopping at a
// line for which stop returns true.
func linesAfter(text string, pos, max int, stop func(string) bool) block {
	b := block{start: pos, end: pos}
	i := pos
	for n := 0; i < len(text) && n < max; {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		line := strings.TrimSpace(text[i:end])
		if line != "" {
			if stop(line) {
				break
			}
			k := strings.Index(text[i:end], line)
			b.lines = append(b.lines, span{i + k, i + k + len(line)})
			b.end = end
			n++
		}
		i = end + 1
	}
	return b
}

// findParties reads the controller and the DPO from their contact blocks.
func findParties(d *docView) (ctrl, dpo Party) {
	ctrl = findController(d)
	if isPlaceholder(ctrl.Name) {
		ctrl.Name, ctrl.Evidence = "", nil
	}
	if isPlaceholder(ctrl.Address) {
		ctrl.Address = ""
	}
	dpo = findDPO(d, ctrl)
	if isPlaceholder(dpo.Name) {
		dpo.Name = ""
	}
	// the mailbox the controller may not take: the officer's own, unless it
	// is the organisation's too
	orgBox := dpo.Email != "" && organisationMailbox(d, dpo)
	officers := officersMailbox(ctrl, dpo, orgBox)
	if ctrl.Email == officers && officers != "" {
		ctrl.Email = ""
	}
	if ctrl.Email == "" && dpo.Email != "" && sharedMailbox(d, dpo) {
		// a notice with one mailbox, a general one or one given also
		// outside what it says of the DPO ("Controller: Example Ltd" …
		// "Contact Email: dpo@…"), gives it as the controller's contact too
		ctrl.Email = dpo.Email
	}
	if ctrl.Name == "" && dpo.Name != "" && strings.Count(d.text, dpo.Name) >= minOwnNameMentions {
		// "Data Protection Officer" over "Carnelian Search" over the street,
		// in a notice that names Carnelian Search throughout: the box is the
		// organisation's, with the officer as its addressee
		ctrl.Name, ctrl.Address, ctrl.Evidence = dpo.Name, dpo.Address, dpo.Evidence
		dpo.Name, dpo.Address = "", ""
	}
	if ctrl.Name == "" {
		ctrl.Name, ctrl.Evidence = titleController(d)
	}
	if ctrl.Name == "" {
		ctrl.Name, ctrl.Evidence = ownerController(d, dpo.Name)
	}
	if ctrl.Name == "" {
		ctrl.Name, ctrl.Evidence = selfNamedController(d)
	}
	if ctrl.Name == "" {
		ctrl.Name, ctrl.Evidence = brandController(d)
	}
	if ctrl.Name == "" {
		ctrl.Name, ctrl.Evidence = mostNamedOrganisation(d)
	}
	if full, at := expandedShortName(d, ctrl.Name); full != "" {
		// "TGSE" read from the prose, which the notice's first sentence
		// defined ("The Greatest Story Ever ("TGSE") has adopted …"): the
		// organisation record takes the full name
		ctrl.Name, ctrl.Evidence = full, append([]Evidence{d.evidence(at, at+len(full))}, ctrl.Evidence...)
	}
	officers = officersMailbox(ctrl, dpo, orgBox) // the controller named since may be the officer's box
	if ctrl.Email == "" && ctrl.Name != "" && len(ctrl.Evidence) > 0 {
		ctrl.Email = nearestEmail(d, ctrl.Evidence[0].Start, officers)
	}
	if ctrl.Email == "" && ctrl.Name != "" {
		ctrl.Email = firstOtherEmail(d, officers)
	}
	if ctrl.Email == "" {
		ctrl.Email = contactEmail(d, officers) // a contact address even without a name
	}
	if namesController(dpo.Name, ctrl) {
		dpo.Name = "" // the controller named later than its officer's box
	}
	if fragmentName(dpo.Name) {
		dpo.Name = "" // the start of a sentence under the cue ("Sofern Sie …"), no officer
		if dpo.Email == "" {
			dpo.Address, dpo.Evidence = "", nil
		}
	}
	return ctrl, dpo
}

// fragmentName: a name holds a pronoun, a possessive or a conjunction
// ("Sofern Sie", "Löschung Ihrer"), as the opening of a sentence read from
// a box does; no person or organisation is named so.
func fragmentName(name string) bool {
	for _, w := range strings.Fields(name) {
		l := strings.ToLower(strings.Trim(w, ",.:;"))
		if possessives[l] || fragmentWords[l] {
			return true
		}
	}
	return false
}

// clauseAsName: a name read for the controller opens with a question word
// or holds a preposition that carries a clause ("Wer", "Nor-Tech through
// the Services"), as a heading's or a sentence's words do; no organisation
// is named so.
func clauseAsName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return false
	}
	if questionWords[strings.Trim(f[0], ",.:;?")] {
		return true
	}
	for _, w := range f[1:] {
		if clausePrepositions[w] {
			return true
		}
	}
	return false
}

// questionWords open a question, never a name.
var questionWords = wordSet("wer", "wie", "welche", "welcher", "welches", "warum", "weshalb", "wozu", "who", "what", "how", "which", "why")

// clausePrepositions carry a clause on, inside no name.
var clausePrepositions = wordSet("through", "via", "using")

// fragmentWords are pronouns and conjunctions that open or carry a clause.
var fragmentWords = wordSet("sie", "du", "wir", "ich", "you", "we", "sofern", "soweit", "wenn", "falls", "if", "when", "where", "unless")

// minOwnNameMentions is how often a notice names the organisation whose
// box it gives for its officer: a person who is the DPO is named once or
// twice.
const minOwnNameMentions = 4

// sharedMailbox: the DPO's mailbox is the only e-mail address the text
// holds, it is no person's ("jane.doe@" of the DPO Jane Doe), and it is a
// general one ("contact@", "info@") or stands at least once outside the
// DPO's sentences, section and box.
func sharedMailbox(d *docView, dpo Party) bool {
	e := dpo.Email
	local, _, _ := strings.Cut(e, "@")
	if personalMailbox(local, dpo.Name) {
		return false
	}
	outside := generalMailboxes[strings.ToLower(local)]
	for _, m := range d.emails() {
		other := strings.TrimRight(d.text[m[0]:m[1]], ".")
		if exampleAddressAt(d.text, m[0], other) {
			continue
		}
		if !strings.EqualFold(other, e) {
			return false
		}
		outside = outside || !inDPOContext(d, m[0])
	}
	return outside
}

// officersMailbox is the mailbox the controller may not take: the officer's
// own, unless it is the organisation's too (orgBox, organisationMailbox) and
// the controller was not read from the officer's box.
func officersMailbox(ctrl, dpo Party, orgBox bool) string {
	if orgBox && !sameBox(ctrl, dpo) {
		return ""
	}
	return dpo.Email
}

// sameBox: the controller was read from the officer's own box (an external
// officer's firm under "Sie erreichen den Datenschutzbeauftragten unter:"),
// whose mailbox is then the officer's, never the controller's.
func sameBox(ctrl, dpo Party) bool {
	return len(ctrl.Evidence) > 0 && len(dpo.Evidence) > 0 && ctrl.Evidence[0].Start == dpo.Evidence[0].Start
}

// organisationMailbox: the DPO's mailbox is the organisation's own too
// ("Email: hello@…" in the contact box, then "Our Data Protection Officer is
// Jane Doe. You can contact her at hello@…"): no person's, and a general one
// or given at least once outside what the notice says of the officer.
func organisationMailbox(d *docView, dpo Party) bool {
	local, _, _ := strings.Cut(dpo.Email, "@")
	if personalMailbox(local, dpo.Name) {
		return false
	}
	if generalMailboxes[strings.ToLower(local)] {
		return true
	}
	for _, m := range d.emails() {
		if strings.EqualFold(strings.TrimRight(d.text[m[0]:m[1]], "."), dpo.Email) && !inDPOContext(d, m[0]) {
			return true
		}
	}
	return false
}

// generalMailboxes are the local parts of an organisation's general mailbox.
var generalMailboxes = wordSet("contact", "info", "hello", "admin", "office", "mail", "team", "support", "enquiries",
	"inquiries", "kontakt", "post", "buero", "büro", "service")

// personalMailbox: the local part holds a word of the person's name, or
// is a name itself ("Gareth.Burton").
func personalMailbox(local, name string) bool {
	if reNameMailbox.MatchString(local) {
		return true
	}
	low := strings.ToLower(local)
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if len(w) > 2 && strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// reNameMailbox is a local part written as a first and a last name.
var reNameMailbox = lazy(`^\p{Lu}\p{Ll}+[._-]\p{Lu}\p{Ll}+$`)

// dpoBoxLines is how many lines above a mailbox a DPO cue makes it the
// DPO's ("Data Protection Officer," over the address over the mailbox).
const dpoBoxLines = 4

// inDPOContext: the text at pos speaks of the DPO: its sentence, its
// section's title or one of the dpoBoxLines lines above it names the DPO.
// Mailboxes are left out of the test: "dpo@…" names no officer.
func inDPOContext(d *docView, pos int) bool { return inContext(d, pos, reDPOCue, true) }

// inAuthorityContext: the text at pos is part of what the notice says of a
// supervisory authority (its box under "Zuständige Aufsichtsbehörde:"),
// whose mailbox is no one's in the notice. The lines above count only for a
// mailbox on a box's short line: one in a sentence after a list of rights
// ending in "a complaint to a supervisory authority" is the controller's.
func inAuthorityContext(d *docView, pos int) bool {
	line := lineAt(d.text, lineEnd(d.text, pos))
	return inContext(d, pos, reAuthorityCue, utf8.RuneCountInString(line) <= maxBoxLine)
}

// inContext: the sentence at pos, its section's title or, with above, one
// of the dpoBoxLines lines above it matches cue.
func inContext(d *docView, pos int, cue kw, above bool) bool {
	if si := d.sentenceIndex(pos); si >= 0 && cue.is(withoutEmails(d.sentText(d.sents[si]))) {
		return true
	}
	if sec := d.sectionAt(pos); sec >= 0 && cue.is(d.secs[sec].Title) {
		return true
	}
	if !above {
		return false
	}
	start := strings.LastIndexByte(d.text[:pos], '\n') + 1
	for k := 0; k < dpoBoxLines; k++ { // blank lines between the box's lines do not count
		line, at := lineAbove(d.text, start)
		if line == "" {
			return false
		}
		if cue.is(withoutEmails(line)) {
			return true
		}
		if d.isHeadingAt(at) {
			return false // the box's own heading: what stands above it is another section's
		}
		start = at
	}
	return false
}

// lineAbove is the nearest line that is not blank above the line starting
// at start, trimmed, with where it starts; "" at the top of the text.
func lineAbove(text string, start int) (string, int) {
	for start > 0 {
		prev := strings.LastIndexByte(text[:start-1], '\n') + 1
		if line := strings.TrimSpace(text[prev : start-1]); line != "" {
			return line, prev
		}
		start = prev
	}
	return "", 0
}

// withoutEmails blanks the e-mail addresses of s.
func withoutEmails(s string) string {
	ms := emailsIn(s)
	for k := len(ms) - 1; k >= 0; k-- {
		s = s[:ms[k][0]] + strings.Repeat(" ", ms[k][1]-ms[k][0]) + s[ms[k][1]:]
	}
	return s
}

// isPlaceholder: a name holding a template's placeholder ("{organizationName}
// is a technology conference organizer", "{{ site.owner }}") is no name: the
// text was taken from a program's source before the value was filled in.
func isPlaceholder(name string) bool { return strings.ContainsAny(name, "{}") }

// cueLines yields the end offset of every line (or heading) matching re.
func cueLines(d *docView, re kw, maxLen int) []int {
	return cueLinesOf(d, re, cueLineSpans(d, re.words), maxLen)
}

// cueLineSpans are the lines holding one of words (line end → line start),
// found in one pass of the words' automaton over the lower-cased text rather
// than by testing every line.
func cueLineSpans(d *docView, words []string) map[int]int {
	a := listAutomaton(words, len(d.lowerText))
	if a == nil || slices.ContainsFunc(words, func(w string) bool { return strings.Contains(w, "\n") }) {
		return cueLineSpansByWord(d, words)
	}
	ends := map[int]int{}
	for from := 0; ; {
		at := a.Index(d.lowerText, from)
		if at < 0 {
			return ends
		}
		// this line, then on from its end
		le := lineEnd(d.text, at)
		ends[le] = strings.LastIndexByte(d.text[:at], '\n') + 1
		if from = le; from >= len(d.text) {
			return ends
		}
	}
}

// cueLineSpansByWord is cueLineSpans scanning the text once per word.
func cueLineSpansByWord(d *docView, words []string) map[int]int {
	text := d.text
	ends := map[int]int{} // line end → line start
	for _, w := range words {
		for from := 0; ; {
			k := strings.Index(d.lowerText[from:], w)
			if k < 0 {
				break
			}
			at := from + k
			ls := strings.LastIndexByte(text[:at], '\n') + 1
			le := strings.IndexByte(text[at:], '\n')
			if le < 0 {
				le = len(text)
			} else {
				le += at
			}
			ends[le] = ls
			from = le
			if from >= len(text) {
				break
			}
		}
	}
	return ends
}

// cueLinesOf keeps of the lines (line end → line start) those of at most
// maxLen bytes that re matches, by their ends in order.
func cueLinesOf(d *docView, re kw, ends map[int]int, maxLen int) []int {
	var out []int
	for le, ls := range ends {
		if le-ls <= maxLen && re.match(d.text[ls:le], d.lowerText[ls:le]) {
			out = append(out, le)
		}
	}
	sort.Ints(out)
	return out
}

// withoutRole is s without the role a box or card adds to a person's name
// in brackets at its end ("Jana Example (1. Vorsitzende | Sprecherin)",
// "John Example (Chair)"); any other s is returned as it is.
func withoutRole(s string) string {
	s = strings.TrimSpace(s)
	open := strings.LastIndexByte(s, '(')
	if open <= 0 || !strings.HasSuffix(s, ")") || len(s)-open > maxRoleLen {
		return s
	}
	return strings.TrimSpace(s[:open])
}

// personWithRole: s is a person's name with a role in brackets after it.
func personWithRole(s string) bool {
	name := withoutRole(s)
	return name != strings.TrimSpace(s) && isPersonName(name)
}

// maxRoleLen bounds the bracketed role after a name, in bytes.
const maxRoleLen = 60

func isPersonName(s string) bool {
	s = strings.Trim(strings.TrimSpace(s), "*_,")
	s = rePrefix.ReplaceAllString(s, "")
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 5 || isStreetWord(f[len(f)-1]) {
		return false
	}
	caps := 0
	for k, w := range f {
		if middleInitial(f, k) {
			continue // "William A Beattie": a middle initial written without its dot
		}
		if nameStop[w] || !reNameTok.MatchString(w) || strings.Contains(w, "-") && stoppedPart(w) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return caps >= 2
}

// middleInitial: word k of a name is a single capital between two names.
func middleInitial(f []string, k int) bool {
	if k == 0 || k == len(f)-1 || len(f[k]) != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[k])
	return unicode.IsUpper(r)
}

// stoppedPart: a part of a hyphenated word is a word no name holds
// ("Datenschutz-Management", "Kontakt-Team"), unlike a double-barrelled name.
func stoppedPart(w string) bool {
	for part := range strings.SplitSeq(w, "-") {
		if nameStop[part] {
			return true
		}
	}
	return false
}

// streetSuffixes end the name of a street: "Staudaer Straße" over "01561
// Priestewitz" in a contact box is the address, not a person.
var streetSuffixes = []string{"straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer",
	"street", "road", "lane", "avenue"}

// addressWords mark a line of an address: a street or square, or the label
// of a phone number, a mailbox or a web address.
var addressWords = []string{"straße", "straẞe", "strasse", "str.", "street", "road", "avenue", "platz", "allee", "phone",
	"fax", "email", "e-mail", "www", "http"}

// isAddressLine: the line holds a digit, an address word, or "weg" or "tel"
// ending a word or "gasse" opening one ("Am Weg", "Tel:", "Gasse 4"). It
// answers as the case-insensitive expression of these words did
// (TestAddressLineAsTheExpression), without its cost on every line of a
// contact block.
func isAddressLine(line string) bool {
	if strings.ContainsAny(line, "0123456789") {
		return true
	}
	lower := lowerSameLength(line)
	return containsAny(lower, addressWords) || boundedAt(lower, "weg", false, true) || boundedAt(lower, "tel", false, true) ||
		boundedAt(lower, "gasse", true, false)
}

// boundedAt: w occurs in s with no ASCII letter, digit or underscore right
// before it (when before is set: `\b`w) or right after it (when after is
// set: w`\b`), as the expression's word boundary reads bytes.
func boundedAt(s, w string, before, after bool) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		at, end := from+i, from+i+len(w)
		if (!before || at == 0 || !isASCIIWordByte(s[at-1])) && (!after || end == len(s) || !isASCIIWordByte(s[end])) {
			return true
		}
		from = at + 1
	}
}

// isASCIIWordByte: an ASCII letter, digit or underscore, what `\b` takes for
// a word's byte (isWordByte also takes every byte of a multi-byte rune).
func isASCIIWordByte(c byte) bool { return isAlnumByte(c) || c == '_' }

func isStreetWord(w string) bool {
	w = strings.ToLower(w)
	for _, s := range streetSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// reNameLabel is the label of a "Name: …" line in a contact box laid out as a
// form; the name is what follows it.
var reNameLabel = lazy(`^(?i)(?:name|firma|firmenname|company|company name|organi[sz]ation|unternehmen|verein|praxis name|business name|ansprechpartner(?:in)?|contact person)\s*:\s*`)

func cleanName(s string) string {
	s = strings.Trim(strings.TrimSpace(s), "*_,:;")
	s = reNameLabel.ReplaceAllString(s, "")
	s = rePrefix.ReplaceAllString(s, "")
	if personWithRole(s) {
		s = withoutRole(s) // "Jana Example (1. Vorsitzende)": the person, not the office
	}
	return strings.Join(strings.Fields(s), " ")
}

// expandedShortName is the full name that a bracket defined for name, when
// name is a short one (a single word: "TGSE", "RKI"), with its position.
func expandedShortName(d *docView, name string) (string, int) {
	if name == "" || strings.ContainsRune(name, ' ') || utf8.RuneCountInString(name) > maxShortName {
		return "", -1
	}
	full, at := definedName(d.text, name)
	if full == "" || !strings.Contains(full, " ") || isPlaceName(full) {
		return "", -1
	}
	return full, at
}

// maxShortName bounds a short name's length in letters.
const maxShortName = 12

// orgIn returns the first organisation with a legal form in s.
func orgIn(s string) string {
	if os := findOrgs(s); len(os) > 0 {
		return os[0].name
	}
	return ""
}

// leadingPerson reads a person's name at the start of a line, also when the
// line goes on with a firm or an address ("Dr. Jane Doe Example Law Firm …"):
// first and last name, or three words when the first is an initial.
func leadingPerson(line string) string {
	if isPersonName(line) || isPersonName(strings.TrimSuffix(strings.TrimSpace(line), ":")) || personWithRole(strings.TrimSpace(line)) {
		// also a name over its details ("Bernd Schneider:") or with its
		// role or firm in brackets ("Roland Weber (Datenschutznetz)")
		return cleanName(line)
	}
	f := strings.Fields(cleanName(line))
	if len(f) < 3 {
		return ""
	}
	n := 2
	if len(f[0]) == 2 && strings.HasSuffix(f[0], ".") || f[1] == "von" || f[1] == "van" || f[1] == "de" {
		n = 3
	}
	cand := strings.Join(f[:n], " ")
	if !isPersonName(cand) {
		return ""
	}
	return cand
}

// emailsIn finds e-mail addresses by their "@" and runs the address pattern only
// in a window around each one.
func emailsIn(s string) [][]int {
	var out [][]int
	for from := 0; ; {
		k := strings.IndexByte(s[from:], '@')
		if k < 0 {
			return out
		}
		at := from + k
		lo, hi := max(at-64, 0), min(at+256, len(s))
		if m := reEmail.FindStringIndex(s[lo:hi]); m != nil && lo+m[0] <= at && at < lo+m[1] {
			if len(out) == 0 || out[len(out)-1][1] <= lo+m[0] {
				out = append(out, []int{lo + m[0], lo + m[0] + withoutGluedWord(s[lo+m[0]:lo+m[1]])})
			}
			from = lo + m[1]
		} else {
			from = at + 1
		}
		if from >= len(s) {
			return out
		}
	}
}

// withoutGluedWord is the length of address e without a small word that a
// missing space glued to its top-level domain ("in@example.comif you have
// any questions"): the domain ends with a common top-level domain and
// the word after it.
func withoutGluedWord(e string) int {
	dot := strings.LastIndexByte(e, '.')
	if dot < 0 {
		return len(e)
	}
	label := e[dot+1:]
	for _, tld := range gluedTLDs {
		if w, ok := strings.CutPrefix(label, tld); ok && gluedWords[w] {
			return dot + 1 + len(tld)
		}
	}
	return len(e)
}

// gluedTLDs are the top-level domains whose addresses are read apart from a
// glued word; gluedWords the words (no domain's ending: ".chat" keeps its
// "at").
var (
	gluedTLDs  = []string{"com", "org", "net", "de", "uk", "eu", "io", "ch", "info"}
	gluedWords = wordSet("if", "and", "or", "for", "to", "und", "oder", "with", "you", "we", "mit")
)

// emailIn is the first e-mail address in s that is not an example of one.
func emailIn(s string) string {
	for _, m := range emailsIn(s) {
		if e := strings.TrimRight(s[m[0]:m[1]], "."); !isExampleEmail(e) {
			return e
		}
	}
	return ""
}

// exampleDomains and exampleLocals make an address an example of one
// ("username@domain.name", "you@example.com"), which no party is reached at.
var (
	exampleDomains = wordSet("example.com", "example.org", "example.net", "domain.name", "domain.com", "domain.tld",
		"yourdomain.com", "your-domain.com", "email.com", "beispiel.de", "domain.de", "musterfirma.de", "test.com")
	exampleLocals = wordSet("username", "user.name", "yourname", "your.name", "firstname.lastname", "vorname.nachname",
		"max.mustermann", "name")
)

func isExampleEmail(e string) bool {
	local, domain, _ := strings.Cut(strings.ToLower(e), "@")
	return exampleDomains[domain] || exampleLocals[local]
}

// exampleCues stand right before an address given as an example of what
// the reader might use: "(z.B. contact-router-4711@mailbox.org)", "e.g.
// yourname@…".
var exampleCues = []string{"z.b.", "z. b.", "e.g.", "eg.", "for example", "beispielsweise", "bspw.", "such as", "etwa"}

// maxExampleCueGap is how far before an address, in bytes, its example cue
// may stand.
const maxExampleCueGap = 16

// exampleAddressAt: the address e at byte at of text is an example, by its
// name or by a cue right before it.
func exampleAddressAt(text string, at int, e string) bool {
	if isExampleEmail(e) {
		return true
	}
	before := strings.ToLower(text[max(0, at-maxExampleCueGap):at])
	for _, c := range exampleCues {
		// the cue right before the address: "z.B. an info@…" is an address
		// to write to, given as one way of many
		if i := strings.LastIndex(before, c); i >= 0 && strings.Trim(before[i+len(c):], " \t(\"'‘„“") == "" {
			return true
		}
	}
	return false
}

// reArt27 marks a sentence about the controller's representative in the
// Union or the UK (Art. 27): "our European Representative", "appointed … as
// our representative in the EU", "Art. 27 GDPR", "Vertreter in der Union";
// not a "legal representative" or a company's "vertreten durch".
var reArt27 = newKW(`(?i)\b(?:art(?:icle|\.)?\s*27\b|(?:eu|uk|eea|european|union)[\s-]representative\b|representative in the (?:eu|european union|union|uk|united kingdom|eea)\b|vertreter(?:in)? in der (?:eu|europäischen union|union)\b|eu-vertreter)`,
	"art27", "art 27", "art. 27", "art.27", "article 27", "article27", "representative", "vertreter")

// maxRepresentativeReach bounds how far after a sentence about the
// representative its name is looked for: the contact box that follows it.
const maxRepresentativeReach = 500

// findRepresentative reads the controller's Art. 27 representative: the first
// organisation other than the controller named in, or in the lines right
// after, a sentence about the representative, with the first e-mail after it.
// The representative belongs beside the controller in the record (Art.
// 30(1)(a)), so it is reported as a party, not as a recipient.
func findRepresentative(d *docView, ctrl Party) Party {
	ctrlNorm := normName(ctrl.Name)
	for si, s := range d.sents {
		if !reArt27.matchS(d.sv(si)) {
			continue
		}
		end := min(len(d.text), s.end+maxRepresentativeReach)
		for _, o := range findOrgs(d.text[s.start:end]) {
			if normName(o.name) == ctrlNorm {
				continue
			}
			at := s.start + o.start
			return Party{Name: o.name, Email: emailIn(d.text[at:end]), Evidence: []Evidence{d.evidence(at, at+len(o.name))}}
		}
	}
	return Party{}
}
