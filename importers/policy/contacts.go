package policy

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	reAuthorityCue = newKW(`(?i)supervisory authority|aufsichtsbehörde|regulator\b|commissioner\b|datenschutzbehörde|data protection (?:authority|commission)\b|landesbeauftragte`, "supervisory", "aufsichtsbehörde", "regulator", "commissioner", "datenschutzbehörde", "data protection", "landesbeauftragte")
	reWeIntro      = lazy(`(?i)hereinafter|nachfolgend|im folgenden|["“„'‘]we,?["”'’]|\b(?:we are\b|wir sind\b|operates\b|betreibt\b)|responsible for|verantwortlich|\b(?:is committed\b|means? us\b)|\((?:we|wir)(?:,| and| or| und| oder) `)
)

// cueOK accepts a cue line that opens a contact box: a short heading, or an
// introduction ending in a colon or "is".
func cueOK(line string) bool {
	n := utf8.RuneCountInString(line)
	return n <= maxCueHeading || (n <= maxCueIntro && endsIntro(line))
}

const (
	// maxCueHeading is the longest cue line taken as a heading of a contact box.
	maxCueHeading = 90
	// maxCueIntro is the longest sentence that introduces a contact box on the
	// next line ("Controller within the meaning of the GDPR, other data
	// protection laws of the member states and … is:"): German notices list
	// every law the controller is responsible under.
	maxCueIntro = 600
)

// endsIntro: the line ends with a colon or with "is", "are", "follows" … — it
// introduces what comes on the next lines.
func endsIntro(line string) bool {
	t := strings.TrimRightFunc(line, unicode.IsSpace)
	if strings.HasSuffix(t, ":") {
		return true
	}
	i := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	switch strings.ToLower(t[i+1:]) {
	case "der", "die", "das", "the": // "… ist die", "… is the" and the name below
		return endsIntro(strings.TrimRightFunc(t[:i+1], unicode.IsSpace)) && i > 0
	case "is", "ist", "are", "sind", "follows", "folgt", "erreichen":
		return true
	}
	return false
}

func lineAt(text string, end int) string {
	start := strings.LastIndexByte(text[:end], '\n') + 1
	return strings.TrimSpace(text[start:end])
}

// findController scores every contact box after a controller cue (a name counts
// twice, an e-mail once) and keeps the best; the policy's opening lines are the
// fallback for the name.
func findController(d *docView) Party {
	best, bestScore := Party{}, -1
	ends := cueLines(d, reControllerCue, maxCueLine)
	if more := cueLines(d, reProviderBoxCue, maxProviderCueLine); len(more) > 0 {
		ends = append(ends, more...)
		slices.Sort(ends)
		ends = slices.Compact(ends)
	}
	for _, end := range ends {
		cue := lineAt(d.text, end)
		if p := labelledBox(d, end, cue); p.Name != "" {
			if s := partyScore(p); s > bestScore {
				best, bestScore = p, s
			}
			continue
		}
		if !cueOK(cue) || reDPOCue.is(cue) && !reBothRoles.MatchString(cue) || isContentsItem(d, cue, end) || strings.HasSuffix(cue, ";") ||
			quotedTerm(cue) {
			// a cue ending in ";" is an item of a list of what the notice
			// explains ("1.2.1 who we are;"), not the heading of a box; a
			// quoted term alone ("“Controller”" over its meaning) is an
			// entry of the notice's definitions
			continue
		}
		b := linesAfter(d.text, end, 9, func(l string) bool {
			low := lowerSameLength(l)
			return len(l) > 600 || reDPOCue.match(l, low) || reAuthorityCue.match(l, low) || utf8.RuneCountInString(l) > 200
		})
		p := partyFromBlock(d, unbulletedBox(d.text, b), false)
		if name := nameAfterLabel(cue); name != "" {
			// "Data Controller: Example Analysis Limited" over "Company
			// Number: …", "Contact: …": the label's line names the
			// controller, the lines below give its contact
			at := end - len(cue) + strings.LastIndex(cue, name)
			p.Name, p.Evidence = name, append([]Evidence{d.evidence(at, at+len(name))}, p.Evidence...)
		}
		if readsAsClause(p.Name) || listedLine(p.Name) {
			continue // the items of a right's description or of a menu, not a contact box
		}
		if p.Name == "" {
			p.Name, p.Evidence = titleOfCue(d, end, p.Evidence)
		}
		if s := partyScore(p); s > bestScore {
			best, bestScore = p, s
		}
	}
	hostBox := reHostName.MatchString(best.Name)
	if best.Name != "" && bestScore >= 3 && !hostBox {
		return best
	}
	// prose: the earliest statement naming the controller wins
	p := inlineController(d)
	if hostBox && p.Name != "" {
		// a box headed by the site's host name ("wallabag.it" over "chez
		// Jane Example"), under "The data controller is Jane Example, sole
		// proprietor and publisher of …": the statement names the controller
		return Party{Name: p.Name, Email: cmp.Or(p.Email, best.Email), Address: best.Address, Evidence: p.Evidence}
	}
	if name, ev := introOrg(d); name != "" && (p.Name == "" || ev[0].Start < p.Evidence[0].Start) {
		p = Party{Name: name, Email: paragraphEmail(d, ev[0].Start), Evidence: ev}
	}
	if p.Name != "" && best.Name != "" && (strings.HasPrefix(best.Name, p.Name) || strings.HasPrefix(p.Name, best.Name)) && best.Email == "" {
		best.Email = p.Email // the box the prose names: its address and the prose's mailbox
		return best
	}
	if p.Name != "" && (best.Name == "" || partyScore(p) >= bestScore) {
		return p
	}
	return best
}

// maxCueLine bounds a line that heads the controller's box, in bytes;
// maxProviderCueLine the paragraph that ends on it (reProviderBoxCue).
const (
	maxCueLine         = 300
	maxProviderCueLine = 600
)

// quotedTerm: the line is a term in quotation marks and nothing else
// ("“Controller”", "„Verantwortlicher“", "\"Processor\""), as a list of
// definitions sets the term over its meaning.
func quotedTerm(line string) bool {
	t := strings.TrimSpace(line)
	open, size := utf8.DecodeRuneInString(t)
	end, endSize := utf8.DecodeLastRuneInString(t)
	return len(t) > size+endSize && strings.ContainsRune(`"“„'‘`, open) && strings.ContainsRune(`"”“'’`, end) &&
		!strings.ContainsAny(t[size:len(t)-endSize], `"“”„`)
}

// reHostName is a name that is a host name alone ("wallabag.it",
// "www.example.org").
var reHostName = lazy(`^(?i:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,}$`)

// labelledBox reads a box flattened onto its label's line ("Verantwortlicher:
// Notar Dr. Example, Alte Bergstraße 17 b, 84028 Landshut, E-Mail: …"): the
// label is the controller's, the name stands before the first comma, and a
// street with its number follows it.
func labelledBox(d *docView, end int, cue string) Party {
	label, rest, ok := strings.Cut(cue, ": ")
	if !ok || !reControllerCue.is(label) || reDPOCue.is(label) || len(strings.Fields(label)) > maxBoxLabelWords {
		if label, rest, ok = strings.Cut(cue, ", "); !ok || !cueAlone(label) {
			return Party{}
		}
	}
	parts := strings.Split(rest, ",")
	if len(parts) < 3 {
		return Party{}
	}
	name, street := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
	if name == "" || !startsUpper(name) || reNotNameLine.MatchString(name) || readsAsClause(name) || listedLine(name) ||
		!(reNotNameLine.MatchString(street) || endsInStreetWord(street)) || !strings.ContainsAny(rest[len(parts[0]):], "0123456789") {
		// the street, and a number in the address: in it ("Alte Bergstraße
		// 17 b") or in the postcode after a street without one ("Down Street,
		// London, W1J 7AN")
		return Party{}
	}
	p := Party{Name: cleanName(name), Email: emailIn(rest), Address: flatAddress(rest[len(parts[0])+1:])}
	p.Evidence = []Evidence{d.evidence(strings.LastIndexByte(d.text[:end], '\n')+1, end)}
	return p
}

// nameAfterLabel is the name that the rest of a controller's label line
// holds and nothing else ("Data Controller: Example Analysis Limited",
// "Verantwortlich: Jana Example"): an organisation with its legal form, or a
// run of capitalised words; "" for anything else ("Controller: see below").
func nameAfterLabel(cue string) string {
	label, rest, ok := strings.Cut(cue, ": ")
	if !ok || !reControllerCue.is(label) || reDPOCue.is(label) || len(strings.Fields(label)) > maxBoxLabelWords {
		return ""
	}
	rest = strings.Trim(strings.TrimSpace(rest), "*_ ")
	if rest == "" || !startsUpper(rest) || strings.ContainsAny(rest, "@:,;") || readsAsClause(rest) || listedLine(rest) {
		return ""
	}
	if org := orgIn(rest); org != "" && org == rest {
		return org
	}
	if properNameAt(rest, 1) == strings.TrimSuffix(rest, ".") {
		return strings.TrimSuffix(rest, ".")
	}
	return ""
}

// endsInStreetWord: the line names a street by its last word ("Mill Lane").
func endsInStreetWord(line string) bool {
	f := strings.Fields(line)
	return len(f) >= 2 && isStreetWord(f[len(f)-1])
}

// cueAlone: label is the controller's role and nothing else ("The Data
// Controller", "Verantwortlicher"), as it stands before a comma that sets off
// the flattened box ("The Data Controller, Example Church, Down Street, …").
func cueAlone(label string) bool {
	loc := reControllerCue.index(label)
	return loc != nil && loc[1] == len(label) && len(strings.Fields(label[:loc[0]])) <= 1 && !reDPOCue.is(label)
}

// maxBoxLabelWords is the most words of the label before a flattened box
// ("Verantwortliche Stelle im Sinne der DSGVO:").
const maxBoxLabelWords = 8

// titleOfCue: a cue in the opening paragraph of a section titled with a
// person's name ("Dean Haspey" over "Trading as Example Clinic. Data
// controller for his own patients.", one card per practitioner) names that
// person; the box below holds only the contact lines.
func titleOfCue(d *docView, end int, ev []Evidence) (string, []Evidence) {
	sec := d.sectionAt(end)
	if sec < 0 || end < d.secs[sec].Start || strings.Contains(strings.TrimSpace(d.text[d.secs[sec].Start:end]), "\n\n") {
		return "", ev // the cue is the heading itself, or stands below the section's opening paragraph
	}
	if t := strings.TrimSpace(d.secs[sec].Title); isPersonName(t) && !isPlaceName(t) && !reControllerCue.is(t) && !classifyTitle(t).general {
		return t, append(ev, d.evidence(d.secs[sec].HeadingStart, d.secs[sec].HeadingEnd))
	}
	return "", ev
}

// clauseWords are the finite verbs and clause ends that no name of an
// organisation or a person holds: "1. The purposes for which the personal
// data are being processed;", an item under "you can request information
// from the controller about the following:", is a clause.
var clauseWords = []string{" are ", " is ", " were ", " was ", " being ", " will ", " shall ", " werden ", " wird ",
	" sind ", " ist ", " wurden "}

// readsAsClause: name is a clause of a sentence, not a name; a line ending
// in a colon introduces what follows ("Verantwortlich für die
// Datenverarbeitung ist:" over the box), as no name does.
func readsAsClause(name string) bool {
	t := strings.TrimSpace(name)
	return strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":") || containsAny(" "+t+" ", clauseWords)
}

// reListedLine opens a line of a list or of a table of contents: a bullet
// ("- FAQ" in a page's menu) or a chapter's number ("II. Rechte der Nutzer
// und", the next entry after "I. Informationen über uns als
// Verantwortliche").
var reListedLine = lazy(`^(?:[-•*▪–]\s|(?:[IVX]+|\d{1,2})\.\s+\p{Lu})`)

// unbulletedBox reads a contact box set as a bulleted list ("* Example
// Dance School", "* Jane Example", "* Harbour Street 9", "* 24103 Kiel")
// without its marks: the block opens with such items, one of them an
// address, and the box ends with them. Any other block is returned as it is.
func unbulletedBox(text string, b block) block {
	address := false
	out := block{start: b.start, lines: make([]span, 0, len(b.lines))}
	for _, sp := range b.lines {
		mark := reBoxBullet.FindStringIndex(text[sp.start:sp.end])
		if mark == nil {
			break
		}
		line := span{sp.start + mark[1], sp.end}
		address = address || isAddressLine(text[line.start:line.end])
		out.lines = append(out.lines, line)
		out.end = sp.end
	}
	if len(out.lines) < minBulletedBox || !address {
		return b
	}
	return out
}

// reBoxBullet is the mark of a list item; minBulletedBox the fewest items of
// a box set as a list (a name and an address line).
var reBoxBullet = lazy(`^[-•*▪–][\s\p{Zs}]+`)

const minBulletedBox = 2

// listedLine: name is an entry of a menu or a table of contents, or a line
// cut off before the words that end it ("… der Nutzer und"): no name.
func listedLine(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return reListedLine.MatchString(strings.TrimSpace(name)) || len(f) >= 2 && slices.Contains(titles().DanglingWords, f[len(f)-1])
}

// reBothRoles is a heading over one box for both roles ("Datenschutzbeauftragter
// und Verantwortliche", "Controller and Data Protection Officer"): the box is
// the controller's, unlike "Der Datenschutzbeauftragte des Verantwortlichen".
var reBothRoles = lazy(`(?i)(?:datenschutzbeauftragte[rn]?|data protection officer|\bdpo\b)\s+(?:und|and|&)\s+(?:der |die |the )?(?:verantwortliche|controller)|(?:verantwortliche[rn]?|controller)\s+(?:und|and|&)\s+(?:der |die |the |our )?(?:datenschutzbeauftragte|data protection officer|dpo\b)` +
	// "Verantwortlicher für die Datenverarbeitung / Kontakt zum
	// Datenschutzbeauftragten": one box for the controller, which the
	// officer is reached through
	`|(?:verantwortliche[rn]?|controller)\b[^/\n]{0,40}/\s*(?:kontakt zu[mr] |contact(?: details)? (?:of|for|to) (?:the |our )?)?(?:der |die |the |our |unsere[mnr]? )?(?:datenschutzbeauftragte|data protection officer|dpo\b)`)

// Prose that names the controller: a cue followed by the name ("The controller
// is …", "Verantwortlich … ist die …", "published by …", "\"we\" means …",
// "‘we’ or ‘us’ means …", a model notice's "Diese Datenschutz-Information
// gilt für die Datenverarbeitung durch" over the name), or a
// name followed by a cue ("Example Inc., Street 1, … is the controller",
// "… is carried out by Example AS, org. nr …, as the data controller", "The
// Example Centre is registered as a data controller with the …").
var (
	reCueThenName = newKW(`(?i)\b(?:(?:the (?:data )?controller|responsible (?:party|body|entity)|person responsible)(?: (?:responsible )?(?:for|of|within the meaning of|in the sense of|under)[^.:]{0,160}?)? (?:is|are)\b:?|verantwortlich(?:e|er)?(?: stelle)?(?: (?:für|im sinne|i\.\s?s\.|gemäß|nach|laut)(?:[^.:]|\b(?:art|abs|nr|lit|s)\.){0,160}?)? ist\b:?|(?:published|operated|run|owned|issued|(?:built and )?maintained|brought to you) by\b|\b(?:app|application|website|web site|site|service) (?:is|are) offered by\b|\ba trading (?:name|style) of\b|betrieben (?:von|durch)\b|\b(?:app|website|webseite|internetseite) wird (?:\S+ )?angeboten (?:von|durch)\b|this is the (?:data )?privacy (?:policy|notice|statement) (?:for|of)\b|controller['’"”]?\s*(?::|–|-)\s*(?:this is|that is|that's|it is) us\b,?)|[“"‘']?we["”’']?(?:,? (?:and|or) [“"‘']?(?:us|our)["”’']?)* (?:means?|refers? to)\b|(?:gilt|gelten) für die (?:daten)?verarbeitung(?: personenbezogener daten)? durch\b:?|applies to (?:the )?(?:data )?processing(?: of personal data)? (?:carried out )?by\b:?`, "controller", "responsible", "verantwortlich", "published by", "operated by", "run by", "owned by", "issued by", "offered by", "maintained by", "brought to you by", "trading", "betrieben", "angeboten", "mean", "refer", "this is the", "gilt für die", "gelten für die", "applies to")
	reNameThenCue = newKW(`(?i)\b(?:(?:is|are) (?:also )?(?:registered as )?(?:the |a )?["“'‘]?(?:data )?controller\b|ist (?:auch |zugleich |ebenfalls )?(?:der |die )?(?:datenschutzrechtlich(?:e|er)? )?verantwortliche\b|ist (?:auch |zugleich )?(?:für [^.,;:]{1,60}? )?verantwortlich\b|,\s*(?:trading as|t/a)\s|(?:is|are) responsible for (?:this|the|our) (?:website|web ?site|site|app|application|online (?:shop|store|service)|(?:data )?processing)\b|\b(?:(?:acts?|acting|is acting|are acting) )?as (?:the |a )?["“'‘]?(?:data )?controller\b)`, "controller", "verantwortlich", "trading as", "t/a", "responsible for")
	reLeadArticle = lazy(`^(?i)(?:[\s\p{Zs}:*„"“•]|the\b|die\b|der\b|das\b)+`)
)

// inlineController reads the controller from prose; the e-mail is the first one
// in the same paragraph that is not the DPO's.
func inlineController(d *docView) Party {
	var after Party
	for si, s := range d.sents {
		if m := reCueThenName.findS(d.sv(si)); m != nil && ownsTheSite(d.sv(si).lower, m) {
			after = nameAfterCue(d, s.start+m[1])
			break
		}
	}
	before := nameBeforeCue(d)
	switch {
	case after.Name == "":
		return before
	case before.Name == "" || after.Evidence[0].Start < before.Evidence[0].Start:
		return after // controllers are named early: the earlier statement wins
	}
	return before
}

// hostWords name infrastructure that someone else runs for the controller.
var hostWords = []string{"server", "data cent", "data center", "datacenter", "infrastructure", "hosting", "cloud",
	"database", "storage", "rechenzentr", "speicher",
	// a social network or platform the controller has a presence on
	"platform", "plattform", "network", "netzwerk"}

// ownsTheSite: a "run by", "operated by", "published by" cue names the
// controller unless what is run is infrastructure or a platform, or what is
// issued a regulator's rules: "servers run by Example Cloud" names a host,
// "the platform Facebook, betrieben von Meta …" the network's operator
// (C-FALSECUE).
func ownsTheSite(lower string, m []int) bool {
	cue := lower[m[0]:m[1]]
	if !strings.HasSuffix(cue, " by") && !strings.Contains(cue, "betrieben") {
		return true
	}
	return !containsAny(lower[:m[0]], hostWords) && !containsAny(lower[:m[0]], rulebookWords)
}

// rulebookWords name what a regulator or a standards body issues: "in
// accordance with guidance issued by the Information Commissioner's Office"
// names no controller.
var rulebookWords = []string{"guidance", "guideline", "rules", "code of", "standard", "regulation", "certificat",
	"leitlinie", "richtlinie", "vorgabe", "empfehlung"}

// maxWeLookBack bounds how far before "we are the controller" the organisation
// that "we" stands for is looked for: the paragraph, at most this many bytes.
const maxWeLookBack = 600

var reBareWe = lazy(`(?i)^\s*(?:we|wir)\s*$`)

// sectionEmail is the first e-mail of the section holding pos that is not the
// DPO's: a "who we are" section gives the contact after the statement.
func sectionEmail(d *docView, pos int) string {
	if e := paragraphEmail(d, pos); e != "" {
		return e
	}
	si := d.sectionAt(pos)
	if si < 0 {
		return ""
	}
	s := d.secs[si]
	end := s.End
	if si+1 < len(d.secs) && d.secs[si+1].HeadingStart < end {
		end = d.secs[si+1].HeadingStart
	}
	for _, m := range emailsIn(d.text[s.Start:end]) {
		if i := d.sentenceIndex(s.Start + m[0]); i < 0 || !reDPOCue.matchS(d.sv(i)) {
			return strings.TrimRight(d.text[s.Start+m[0]:s.Start+m[1]], ".")
		}
	}
	return ""
}

// reDefinedAtEnd is a bracket that defines a short name, at the end of the
// text before a controller cue: `… Foundation ("PSF")`.
var reDefinedAtEnd = lazy(`\([ ]*["“„'‘»]([^"”“'’«)]{1,25})["”“'’«][ ]*\)[ ]*$`)

// definedAtEnd matches reDefinedAtEnd where the text ends with a bracket: the
// expression, anchored at the end, would be tried from every position.
func definedAtEnd(s string) []string {
	if !strings.HasSuffix(strings.TrimRight(s, " "), ")") {
		return nil
	}
	return reDefinedAtEnd.FindStringSubmatch(s)
}

// partyAt is the party named name at byte at of the text, with its e-mail.
func partyAt(d *docView, name string, at int, email string) Party {
	return Party{Name: name, Email: email, Evidence: []Evidence{d.evidence(at, at+len(name))}}
}

// maxTermLookups bounds the short names looked up in one document: each
// lookup compiles an expression and reads the whole text, and a hostile text
// can hold any number of "X ist verantwortlich" sentences.
const maxTermLookups = 4

// nameLineBefore is the name that sentence si-1 is alone, when sentence si
// opens with the controller's role ("is a Data Controller"), or nothing.
func nameLineBefore(d *docView, si int) Party {
	prev := d.sents[si-1]
	line := strings.TrimSpace(d.sentText(prev))
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?:;,") || len(strings.Fields(line)) > maxNameWords+1 {
		return Party{}
	}
	name := properNameAt(line, 2)
	if name == "" || name != strings.TrimPrefix(strings.TrimPrefix(line, "The "), "the ") || reDPOCue.is(name) || len(vendorCatalogue().mentions(name)) > 0 {
		return Party{}
	}
	return partyAt(d, name, prev.start+strings.Index(line, name), paragraphEmail(d, prev.start))
}

// nameBeforeCue reads "Example Inc., Street 1, City, is the controller".
func nameBeforeCue(d *docView) Party {
	looked := map[string]bool{}
	for si, s := range d.sents {
		txt := d.sentText(s)
		loc := reNameThenCue.findS(d.sv(si))
		if loc == nil || aControllerOfItsOwn(txt, loc) {
			continue
		}
		if strings.TrimSpace(txt[:loc[0]]) == "" && si > 0 {
			// "The Belfast Example Fund" over "is a Data Controller and …": the
			// page set the name apart, on the line before
			if p := nameLineBefore(d, si); p.Name != "" {
				return p
			}
			continue
		}
		if org := orgIn(txt[:loc[0]]); org != "" {
			return partyAt(d, org, s.start+strings.Index(txt, org), paragraphEmail(d, s.start))
		}
		// "the Python Software Foundation ("PSF") is the data controller": the
		// name before its own defining bracket
		if m := definedAtEnd(txt[:loc[0]]); m != nil {
			if name, at := definedName(txt[:loc[0]], m[1]); name != "" {
				return partyAt(d, name, s.start+at, sectionEmail(d, s.start))
			}
		}
		// "Das RKI ist der Verantwortliche": a short name that an earlier
		// parenthesis defined ("Robert Koch-Institut, Nordufer 20 … (im
		// Folgenden „RKI“)")
		// ("… – in doing so, the Company acts as a data controller": the
		// short name may close a leading clause)
		if term := clauseShortTerm(txt[:loc[0]]); term != "" && !looked[term] && len(looked) < maxTermLookups {
			looked[term] = true
			if name, at := definedName(d.text, term); name != "" {
				return partyAt(d, name, at, sectionEmail(d, s.start))
			}
			// "Die gematik ist … verantwortlich" and "gematik GmbH" elsewhere;
			// "Google ist für … verantwortlich" names a provider, not us
			if name, at := legalNameOf(d.text, term); name != "" && len(vendorCatalogue().mentions(term)) == 0 {
				return partyAt(d, name, at, sectionEmail(d, s.start))
			}
		}
		// "The Harbourside Rowing Club, 12 Quay Street, …, is responsible for
		// this website": a name without a legal form that opens the sentence
		if name := properNameAt(txt, 2); name != "" && !reDPOCue.is(name) && len(vendorCatalogue().mentions(name)) == 0 {
			if between := strings.TrimSpace(txt[strings.Index(txt, name)+len(name) : loc[0]]); between == "" || strings.HasPrefix(between, ",") ||
				reShortNameAfter.MatchString(between) {
				// "The Example Association (hereinafter, "EA"), with … , is the Data Controller"
				return partyAt(d, name, s.start+strings.Index(txt, name), paragraphEmail(d, s.start))
			}
		}
		// "For the purposes of the Data Protection Act, Harrow a Green is the
		// data controller": the name closes the sentence's leading clause
		if name := nameAfterLeadClause(txt[:loc[0]]); name != "" {
			return partyAt(d, name, s.start+strings.LastIndex(txt[:loc[0]], name), paragraphEmail(d, s.start))
		}
		// "We are the data controller": "we" is the organisation the paragraph
		// opened with ("Example Ltd ("Example") provides … We are the controller")
		if reBareWe.MatchString(txt[:loc[0]]) {
			lo := max(strings.LastIndex(d.text[:s.start], "\n\n")+1, s.start-maxWeLookBack)
			if org := orgIn(d.text[lo:s.start]); org != "" {
				return partyAt(d, org, lo+strings.Index(d.text[lo:s.start], org), sectionEmail(d, s.start))
			}
		}
	}
	return Party{}
}

// nameAfterLeadClause reads the name after the last comma of s when all of
// it is one: capitalised words, perhaps joined by small words ("Stake a Tree",
// "Friends of the Park"), first and last capitalised.
func nameAfterLeadClause(s string) string {
	i := strings.LastIndexByte(s, ',')
	if i < 0 {
		return ""
	}
	words := strings.Fields(s[i+1:])
	if len(words) == 0 || len(words) > maxNameWords || notNameLeads[strings.ToLower(words[0])] {
		return ""
	}
	for j, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		inner := j > 0 && j < len(words)-1
		if !unicode.IsUpper(r) && !(inner && (nameConnectors[w] || innerNameWords[w])) {
			return ""
		}
	}
	name := strings.Join(words, " ")
	if len(words) == 1 && (utf8.RuneCountInString(name) < 3 || commonWords[strings.ToLower(name)]) ||
		reDPOCue.is(name) || len(vendorCatalogue().mentions(name)) > 0 {
		return ""
	}
	return name
}

// innerNameWords join the capitalised words of a name besides the
// connectors: "Stake a Tree", "Pay as You Go".
var innerNameWords = wordSet("a", "an", "as", "on", "at", "in", "to")

// reOwnRight marks a controller that is not the one the policy is about: "is
// a data controller in its own right", "an independent controller". (The
// indefinite article is read in English only: a German notice names its
// controller with "ist der/die Verantwortliche".)
var reOwnRight = lazy(`(?i)\b(?:in (?:its|their) own right|independent|separate|joint(?:ly)?)\b`)

// aControllerOfItsOwn: "X is a data controller" names the policy's controller
// only when X is no catalogue provider and the sentence does not make it one
// controller beside others ("PayPal is a data controller in its own right").
func aControllerOfItsOwn(txt string, loc []int) bool {
	if !strings.Contains(strings.ToLower(txt[loc[0]:loc[1]]), " a ") {
		return false
	}
	return reOwnRight.MatchString(txt) || len(vendorCatalogue().mentions(txt[:loc[0]])) > 0
}

// reRelativeClause opens a relative clause after a name or a role ("the
// President who can be contacted at …").
var reRelativeClause = lazy(`\s(?:who|whom|whose|which)\s`)

// nameAfterCue takes the organisation right after a cue: one with a legal form, or
// else the words up to the first comma.
func nameAfterCue(d *docView, pos int) Party {
	pos = nextLineIfEnds(d.text, pos)
	end := strings.IndexByte(d.text[pos:], '\n')
	if end < 0 {
		end = len(d.text) - pos
	}
	rest := d.text[pos : pos+min(end, 400)]
	lead := len(reLeadArticle.FindString(rest))
	body := rest[lead:]
	name := orgIn(body)
	if line, _, _ := strings.Cut(body, "\n"); name != "" && !strings.HasPrefix(body, strings.Fields(name)[0]) && wholeLineOrg(line, name) {
		name = strings.TrimSpace(line) // "Kindertagesstätten an den Trierer Hochschulen e.V.": the walk stopped at "an den"
	}
	if name == "" || !strings.HasPrefix(body, strings.Fields(name)[0]) {
		name, _, _ = strings.Cut(body, ",")
		name, _, _ = strings.Cut(name, " (")
		name, _, _ = strings.Cut(name, ". ") // "This site is run by Example Club. We are …"
		if loc := reRelativeClause.FindStringIndex(name); loc != nil {
			name = name[:loc[0]] // "the President who can be contacted at …": a role, its clause no part of a name
		}
		name = strings.TrimRight(strings.TrimSpace(name), ".")
		if f := strings.Fields(name); len(f) < 2 || len(f) > 8 || !startsUpper(name) {
			return Party{}
		}
	}
	if readsAsClause(name) || reControllerCue.is(name) {
		// a heading that ends on the cue ("Wer bei uns für die
		// Datenverarbeitung verantwortlich ist") over the label of a box
		// ("Verantwortlich für die Datenverarbeitung ist:"): the label is
		// no name, the box below it holds one
		return Party{}
	}
	i := strings.Index(rest, name)
	p := Party{Name: name, Email: paragraphEmail(d, pos), Evidence: []Evidence{d.evidence(pos+i, pos+i+len(name))}}
	if a := strings.TrimSpace(rest[i+len(name):]); strings.HasPrefix(a, ",") {
		addr, _, _ := strings.Cut(strings.TrimPrefix(a, ","), ". ")
		if m := reRegisteredAt.FindStringSubmatch(addr); m != nil {
			addr = m[1] // "a company registered in … with its registered office at 4 Mill Lane, …"
		}
		if k := strings.Index(addr, " ("); k >= 0 && strings.Contains(addr[k:], "@") {
			addr = addr[:k] // "2 Clay Lane, Truro TR1 2AB (hello@…)": the mailbox is no part of it
		}
		if m := reAddressLabel.FindStringIndex(addr); m != nil {
			addr = addr[m[1]:] // "…, Jane Doe, Adresse: Street 35, …": what the label opens
		}
		addr = flatAddress(addr) // up to the phone or the mailbox
		if strings.ContainsAny(addr, "0123456789") {
			p.Address = strings.TrimRight(strings.TrimSpace(addr), ".") // ", a registered charity" is none: an address has a number
		}
	}
	return p
}

// nextLineIfEnds: where a cue ends its line ("… gilt für die
// Datenverarbeitung durch" over the name), the start of the next line that
// is not blank; else pos.
func nextLineIfEnds(text string, pos int) int {
	line, rest, found := strings.Cut(text[pos:], "\n")
	if !found || strings.TrimSpace(strings.TrimLeft(line, ":")) != "" {
		return pos
	}
	trimmed := strings.TrimLeftFunc(rest, unicode.IsSpace)
	if trimmed == "" || strings.Count(rest[:len(rest)-len(trimmed)], "\n") >= maxBlankLinesToName {
		return pos
	}
	return len(text) - len(trimmed)
}

// maxBlankLinesToName bounds the lines between a cue that ends its line and
// the name below it: a model notice sets a blank line between them.
const maxBlankLinesToName = 2

// maxOrgLineWords bounds a line read whole as an organisation's name.
const maxOrgLineWords = 8

// reTradeNameDash is a trade name set before its owner's legal name with a
// dash: "Keramikatelier Tonwerk - ", "Institut für ganzheitliches
// Erleben (IFGE) – ".
var reTradeNameDash = lazy(`^\p{Lu}[^,.:;]{1,80}?\s[-–]\s$`)

// dashedTradeName is the box line's name: the legal name org, with the trade
// name a dash sets before it on the same line ("Keramikatelier Tonwerk -
// Anna Gruber e.U., Kirchengasse 4 …"), which the legal form alone leaves
// out.
func dashedTradeName(line, org string) string {
	seg, _, _ := strings.Cut(strings.TrimSpace(line), ", ")
	if !strings.HasSuffix(seg, org) || !reTradeNameDash.MatchString(seg[:len(seg)-len(org)]) {
		return org
	}
	return seg
}

// wholeLineOrg: line, capitalised and short, ends with the organisation org
// found in it, whose backward walk stopped at a small word inside its name.
func wholeLineOrg(line, org string) bool {
	line = strings.TrimSpace(line)
	return strings.HasSuffix(line, org) && line != org && startsUpper(line) && len(strings.Fields(line)) <= maxOrgLineWords &&
		!strings.ContainsAny(line[:len(line)-len(org)], ",.:;")
}

// reAddressLabel labels the address in a line of contact details.
var reAddressLabel = lazy(`(?i)\b(?:adresse|anschrift|address|postal address)\s*:\s*`)

// reRegisteredAt finds the address in a company's description of itself.
var reRegisteredAt = lazy(`(?i)\b(?:registered (?:office|address)|principal (?:office|place of business)|head office)\s+(?:is\s+)?(?:at|in)\s+(\S.*)$`)

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// paragraphEmail returns the first e-mail of the paragraph holding pos that is
// not in a sentence about the DPO.
func paragraphEmail(d *docView, pos int) string {
	start := strings.LastIndex(d.text[:pos], "\n\n") + 1
	end := strings.Index(d.text[pos:], "\n\n")
	if end < 0 {
		end = len(d.text)
	} else {
		end += pos
	}
	for _, m := range emailsIn(d.text[start:end]) {
		si := d.sentenceIndex(start + m[0])
		if si >= 0 && reDPOCue.matchS(d.sv(si)) {
			continue
		}
		return strings.TrimRight(d.text[start+m[0]:start+m[1]], ".")
	}
	return ""
}

// firstOtherEmail is the first e-mail of the text outside sentences about the DPO.
func firstOtherEmail(d *docView, not string) string {
	for _, m := range d.emails() {
		e := strings.TrimRight(d.text[m[0]:m[1]], ".")
		if e == not || exampleAddressAt(d.text, m[0], e) || sentenceMatches(d, m[0], reDPOCue) || inAuthorityContext(d, m[0]) {
			continue
		}
		return e
	}
	return ""
}

// sentenceMatches: the sentence holding pos matches k. With reDPOCue it
// speaks of the DPO. (A supervisory authority's mailbox is no one's in the
// notice, "In Österreich ist dies die Datenschutzbehörde (dsb@…)", and its
// box too: see inAuthorityContext.)
func sentenceMatches(d *docView, pos int, k kw) bool {
	si := d.sentenceIndex(pos)
	return si >= 0 && k.matchS(d.sv(si))
}

// maxEmailReach is how far from the controller's name its e-mail may stand
// when its own paragraph has none: the contact box just above or below.
const maxEmailReach = 600

// nearestEmail is the e-mail nearest to pos within maxEmailReach, not not,
// not an example and not in a sentence about the DPO.
func nearestEmail(d *docView, pos int, not string) string {
	lo, hi := max(pos-maxEmailReach, 0), min(pos+maxEmailReach, len(d.text))
	best, bestDist := "", maxEmailReach+1
	for _, m := range emailsIn(d.text[lo:hi]) {
		e := strings.TrimRight(d.text[lo+m[0]:lo+m[1]], ".")
		dist := max(pos-(lo+m[1]), lo+m[0]-pos)
		if e == not || exampleAddressAt(d.text, lo+m[0], e) || sentenceMatches(d, lo+m[0], reDPOCue) ||
			inAuthorityContext(d, lo+m[0]) || dist >= bestDist {
			continue
		}
		best, bestDist = e, dist
	}
	return best
}

func partyScore(p Party) int {
	s := 0
	if p.Name != "" {
		s += 2
	}
	if p.Email != "" {
		s++
	}
	return s
}

// partyFromBlock reads name, address and e-mail from a contact box. For the DPO a
// person's name is preferred over a firm's.
func partyFromBlock(d *docView, b block, dpo bool) Party {
	var p Party
	var addr []string
	// a role over a person's name, then a body with a legal form: the body
	// is the controller, the person holds the role in it
	sawRole, legalBody, legalAt := false, "", span{}
	for k, sp := range b.lines {
		line := withoutRepresentatives(d.text[sp.start:sp.end])
		if d.isHeadingAt(sp.start) && (p.Name != "" || !boxLinesFollow(d, b.lines[k+1:])) && (k > 0 || isSectionTitle(line)) &&
			!reMailLine.MatchString(line) {
			// the next section: its title is no part of the box (nor a name);
			// a mailbox line a reader took for a title ("E-Mail: …" on its own
			// after a blank line) still is
			break
		}
		hadEmail := p.Email != ""
		if !hadEmail {
			if e := emailIn(line); e != "" {
				p.Email = e
				p.Evidence = append(p.Evidence, d.evidence(sp.start, sp.end))
			}
		}
		if name, ok := companyLabelled(line); ok && !dpo {
			// "Name: Jane Example" over "Firma: Example Malerei": the
			// business the box labels as such is the controller
			p.Name = name
			p.Evidence = append(p.Evidence, d.evidence(sp.start, sp.end))
			continue
		}
		if m := ownedByLine(line); !dpo && p.Name == "" && m != nil {
			p.Name = cleanName(m[1]) // "Imkerei Sonnenwabe, Inhaberin: Lena Brauer": the business
			p.Evidence = append(p.Evidence, d.evidence(sp.start, sp.end))
			continue
		}
		if utf8.RuneCountInString(line) > 160 || reControllerCue.is(line) || reDPOCue.is(line) || !dpo && reCueThenName.is(line) {
			continue // a cue ("… gilt für die Datenverarbeitung durch") introduces the name, it is none
		}
		if !dpo && titles().boxRoles[strings.ToLower(strings.Trim(line, " :,"))] {
			sawRole = true
			continue // "Vorsitzender" over the chair's name: the role, no name
		}
		if sawRole && p.Name != "" && legalBody == "" {
			if org := orgIn(line); org != "" && hasLegalForm(org) && strings.TrimSpace(line) == org {
				// "Vorsitzender" over "Don Example" over "Example Library
				// e.V.": the box names the body through its chair
				legalBody, legalAt = org, sp
			}
		}
		beforeContact := ""
		if p.Name == "" && !dpo {
			beforeContact = nameBeforeContact(line)
		}
		switch {
		case dpo && leadingPerson(line) != "" && !isPersonName(p.Name) && !isPlaceName(leadingPerson(line)):
			// "United Kingdom," in the address under the officer is no person
			p.Name = leadingPerson(line)
			p.Evidence = append(p.Evidence, d.evidence(sp.start, sp.end))
		case p.Name == "" && orgIn(line) != "":
			p.Name = dashedTradeName(line, orgIn(line))
			p.Evidence = append(p.Evidence, d.evidence(sp.start, sp.end))
		case p.Name == "" && !dpo && reFlatAddress.MatchString(line) && !reNotNameLine.MatchString(reFlatAddress.FindStringSubmatch(line)[1]):
			m := reFlatAddress.FindStringSubmatch(line)
			p.Name = cleanName(m[1])
			addr = append(addr, flatAddress(line[len(m[1]):]))
			p.Evidence = append(p.Evidence, d.evidence(sp.start, sp.end))
		case p.Name == "" && !dpo && beforeContact != "":
			// "Jane Roe / John Doe +49 123 456789 info@example.de": a box a PDF
			// joined into one line, without a street
			p.Name = beforeContact
			p.Evidence = append(p.Evidence, d.evidence(sp.start, sp.end))
		case p.Name == "" && !dpo && !reNotNameLine.MatchString(line) && utf8.RuneCountInString(line) <= 80 &&
			!strings.HasSuffix(line, ":") && !strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "?") && !isPlaceName(strings.TrimSpace(line)) &&
			!reTitleOpening.MatchString(line) && (!d.isTitleElsewhere(line, sp.start) || k == 0 && personWithRole(line)):
			// a country or town line is part of the address, never the name
			// (C-BLOCK); a person with a role in brackets, the box's first
			// line, stays the name when the notice repeats the line elsewhere
			// ("Verantwortlich für … Inhalte:" over the same person)
			p.Name = cleanName(line)
			p.Evidence = append(p.Evidence, d.evidence(sp.start, sp.end))
		case p.Name != "" && !hadEmail && p.Email == "" && isAddressLine(line) && !reContactLine.MatchString(line):
			// a mailbox on a line of its own (under "E-Mail:") ends the address
			addr = append(addr, strings.Trim(reAddressLabel.ReplaceAllString(line, ""), " ,"))
		}
	}
	p.Address = strings.Join(addr, ", ")
	if legalBody != "" {
		p.Name = legalBody
		p.Evidence = append(p.Evidence, d.evidence(legalAt.start, legalAt.end))
	}
	return p
}

// reCompanyLabel labels a box's line as the business's name ("Firma:",
// "Company:", "Unternehmen:").
var reCompanyLabel = lazy(`^(?i)(?:firma|firmenname|company|company name|unternehmen|business name)\s*:\s*(\S.*)$`)

// companyLabelled reads the business's name from a line labelled as such.
func companyLabelled(line string) (string, bool) {
	m := reCompanyLabel.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return "", false
	}
	return cleanName(m[1]), true
}

// contactPartPattern is a mailbox, a web address or the label of a contact
// detail; reContactStart, where the contact part of a flattened box line
// starts, adds a phone number's digits.
const contactPartPattern = `[\w.+-]+@[\w-]+\.|\b(?:tel|telefon|phone|fax|e-?mail|mail|www)\b|https?:`

var reContactStart = lazy(`(?i)\+?\d[\d /().-]{6,}\d|` + contactPartPattern)

// nameBeforeContact is the name that opens a box line before its contact
// part (and no street), or "": two words or more, opening with a capital,
// no digit, no line a name cannot be.
func nameBeforeContact(line string) string {
	if !strings.ContainsAny(line, "@0123456789:") {
		return "" // no phone number, mailbox or label: no contact part
	}
	loc := reContactStart.FindStringIndex(line)
	if loc == nil || loc[0] == 0 {
		return ""
	}
	name := strings.Trim(line[:loc[0]], " ,;:/–-|")
	if len(strings.Fields(name)) < 2 || utf8.RuneCountInString(name) > maxFlatName || !startsUpper(name) ||
		strings.ContainsAny(name, "0123456789") || reNotNameLine.MatchString(name) || reControllerCue.is(name) {
		return ""
	}
	for _, w := range strings.Fields(name) {
		if !startsUpper(w) && !nameConnectors[w] && w != "/" && w != "&" {
			return "" // a sentence, not a name: "Anfragen können Sie … an unsere"
		}
	}
	return name
}

// maxFlatName bounds such a name, in runes.
const maxFlatName = 60

// reRepresentedBy opens the clause naming who represents a business on its
// name line ("Example Praxis GbR vertreten durch Dr. med. Jane Doe, Dr. med.
// John Roe", "Example Ltd, represented by its director Jane Doe"): the people
// are no part of the name, and the line with them is too long to be one.
var reRepresentedBy = newKW(`(?i),?\s+(?:vertreten durch|vertr\. d\.|gesetzlich vertreten|represented by)\s`, "vertr", "represented by")

// withoutRepresentatives cuts a name line before its representation clause.
func withoutRepresentatives(line string) string {
	if loc := reRepresentedBy.index(line); loc != nil && loc[0] > 0 {
		return line[:loc[0]]
	}
	return line
}

// reOwnedBy is a business's name line that names its owner after a comma
// ("Imkerei Sonnenwabe, Inhaberin: Lena Brauer", "Example Studio, owner: Jane
// Doe"): the line is a cue, and what stands before the comma is the name.
var reOwnedBy = lazy(`^(\p{Lu}[^,:;@]{2,60}?),\s*(?i:inh\.|inhaber(?:in)?|owner|proprietor)\s*:?\s+\p{Lu}`)

// ownedByLine matches reOwnedBy on a line that can hold it.
func ownedByLine(line string) []string {
	if !strings.Contains(line, ", ") {
		return nil
	}
	if low := strings.ToLower(line); !strings.Contains(low, "inh") && !strings.Contains(low, "owner") && !strings.Contains(low, "proprietor") {
		return nil
	}
	return reOwnedBy.FindStringSubmatch(line)
}

// isSectionTitle: a heading right under a cue line is a section's title,
// not the name the cue announces, when it is numbered ("2. Processors") or
// a general title; "Rechtsanwalt Jörn Buhlke" set as a heading is a name.
func isSectionTitle(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	return unicode.IsDigit(r) || classifyTitle(line).general || reTitleOpening.MatchString(line)
}

// reTitleOpening opens a line that is a title, never a name: a possessive or
// a question word ("Our two roles", "What we collect", "Wie lange …"), also
// as the item of a contents list ("- What is personal data?"). Under
// a "Who we are" entry of a contents list the next entries are titles; a
// box's name does not start so, and a contents entry repeats a section's
// title (C-HEADNAME).
var reTitleOpening = lazy(`^(?i)[*_#\s]*(?:[-•–]\s+)?(?:our|your|their|what|how|why|who|when|where|which|unsere?[mnrs]?|ihre?[mnrs]?|was|wie|warum|wer|wann|wo|wozu|wofür|welche[mnrs]?)\b`)

// reFlatAddress is a contact box flattened into one line, as PDF text and some
// HTML put it: the name, then the street with its number ("Example Studio
// Lindenweg 3 12345 Musterstadt"), or the name, a street of any name with
// its number and the postcode after commas ("Rechtsanwalt Jörg Beispiel, Am
// Feld 5, 12345 Musterstadt, Tel.: …"), or the name and a street whose kind
// is a word of its own ("Pfarreiengemeinschaft Musterau Babenhauser Str. 11
// 12345 Musterau").
var reFlatAddress = lazy(`^(\p{Lu}[^,:;@]{2,60}?)(?:,?\s+\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|gasse|weg|platz|allee|ring|damm|street|road|lane|avenue)\s+\d+[a-z]?\b|,?\s+\p{Lu}[\p{L}-]*\s(?:Straße|Strasse|Str\.|Gasse|Weg|Platz|Allee|Ring|Damm|Street|Road|Lane|Avenue)\s+\d+[a-z]?\b|,\s*\p{Lu}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*){0,3}\s+\d+[a-z]?,\s*\d{4,5}\s+\p{Lu})`)

// reAddressEnd is where the contact part of an address part starts: a
// mailbox or a label (not a phone number's digits, which a house number and
// a postcode also make: "Hauptstraße 118 70565 Stuttgart").
var reAddressEnd = lazy(`(?i)` + contactPartPattern)

// flatAddress is the address after the name in a flattened contact box, up
// to its phone, mail or web part.
func flatAddress(rest string) string {
	parts := strings.Split(rest, ",")
	for i, part := range parts {
		if reContactLine.MatchString(strings.TrimSpace(part)) {
			parts = parts[:i]
			break
		}
		if loc := reAddressEnd.FindStringIndex(part); loc != nil {
			// the contact part inside an address part ("22309 Hamburg
			// Telefon: …", "Germany. E-mail: …") or a mailbox without its
			// label ("hello@example.org") ends the address
			parts[i] = strings.TrimRight(part[:loc[0]], " .:")
			parts = parts[:i+1]
			break
		}
	}
	return strings.Trim(strings.Join(parts, ","), " ,")
}

// reNotNameLine marks a line of a contact box that cannot hold the name: a
// street, a postcode and town, a phone number, a mailbox, a web address or
// a register or tax number ("ICO registration number ZA000001"). A digit
// alone does not ("Example Club * founded 1429", "Jane Doe (1st chair)").
var reNotNameLine = lazy(`(?i)straße|strasse|str\.|street|road|avenue|platz|weg\b|allee|\bgasse|tel\b|phone|fax|e-?mail|www|http|@|^(?:website|web ?site|homepage|internet|web)\s*:|registration (?:number|no)|company (?:number|no)|registernummer|handelsregister|registergericht|steuernummer|ust-?id|vat (?:number|no|id)|^\D{0,3}\d{4,5}\s+\p{L}|^[\d\s()+/.-]{6,}$|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\p{L}\s+\d+[a-z]?$`)

// minBoxLines is how many of the first lines after a name must be address or
// contact lines (street, postcode, phone, e-mail) to make a contact box.
const minBoxLines = 2

// boxLinesFollow: the lines open with an address: of the first four, at least
// minBoxLines are street, postcode, phone or e-mail lines. A bold name line
// before them is the box's name, though the reader made it a heading
// ("**Physiotherapie Körpergefühl**" over "Bultstr. 1, 28309 Bremen",
// "Telefon: …") (C-BLOCK, S-FAKEHEAD).
func boxLinesFollow(d *docView, lines []span) bool {
	n := 0
	for _, sp := range lines[:min(4, len(lines))] {
		line := d.text[sp.start:sp.end]
		if utf8.RuneCountInString(line) > maxBoxLine {
			return false
		}
		if reNotNameLine.MatchString(line) {
			n++
		}
	}
	return n >= minBoxLines
}

// maxBoxLine is the longest line of a contact box; a longer one is prose.
const maxBoxLine = 80

// reMailLine is a line that gives a mailbox under its label ("E-Mail:
// datenschutz@example.org").
var reMailLine = lazy(`(?i)^(?:e-?mail|mail)\s*:\s*\S+@\S+`)

var reContactLine = lazy(`(?i)^(?:tel|phone|fax|telefon|telefax|e-?mail|web|www|http|mobil)`)

// introOrg takes the first organisation named in the opening paragraphs that
// speak of "we" or of being responsible.
func introOrg(d *docView) (string, []Evidence) {
	limit := 2000
	first := 0
	if len(d.secs) > 2 && strings.TrimSpace(d.text[d.secs[0].Start:d.ownEnd(0)]) == "" {
		first = 1 // a document title over "Introduction": the opening is the introduction's
	}
	if len(d.secs) > first+1 && d.secs[first+1].HeadingStart < limit {
		limit = d.secs[first+1].HeadingStart // the opening, before the next heading
	}
	for start := 0; start < len(d.text) && start < limit; {
		end := lineEnd(d.text, start)
		para := d.text[start:end]
		if reWeIntro.MatchString(para) {
			org := orgIn(para)
			if org == "" {
				org = weDefined(para)
			}
			if org != "" {
				i := strings.Index(para, org)
				return org, []Evidence{d.evidence(start+i, start+i+len(org))}
			}
		}
		start = end + 1
	}
	return "", nil
}

// findDPO reads the DPO's contact box; a box naming a person beats one naming
// only a firm or only a mailbox.
func findDPO(d *docView, ctrl Party) Party {
	best, bestScore := Party{}, -1
	bestEnd, mailAfter := 0, "" // where the best's cue ends; a mailbox a later cue gives alone
	for _, end := range cueLines(d, reDPOCue, 400) {
		cue := lineAt(d.text, end)
		inline := inlineDPO(d, end, cue)
		if p := inline; namesController(p.Name, ctrl) {
			// "The Data Protection Officer, Example Limited, …" is addressed
			// to the organisation: it names no officer
		} else if p.Name != "" || p.Email != "" {
			if s := partyScore(p) + 1; s > bestScore {
				best, bestScore, bestEnd, mailAfter = p, s, end, ""
			} else if p.Name == "" && mailAfter == "" && best.Name != "" && best.Email == "" && end-bestEnd <= maxDPOMailGap {
				mailAfter = p.Email // "… appointed a DPO, Jane Doe, … please contact our DPO by email to …"
			}
		}
		if !cueOK(cue) || reBothRoles.MatchString(cue) {
			continue // a box under a heading for both roles is the controller's
		}
		b := linesAfter(d.text, end, 8, func(l string) bool {
			low := lowerSameLength(l)
			return len(l) > 660 || reAuthorityCue.match(l, low) || (reControllerCue.match(l, low) && !reDPOCue.match(l, low)) ||
				utf8.RuneCountInString(l) > 220
		})
		p := partyFromBlock(d, b, true)
		if p.Name == "" {
			if u := partyFromBlock(d, unbulletedBox(d.text, b), true); isPersonName(u.Name) || orgIn(u.Name) != "" {
				p = u // the officer's box set as a list ("* Alexandra Example", "* street", "* Mail: …")
			}
		}
		if p.Email == "" {
			p.Email = emailIn(cue)
		}
		if namesController(p.Name, ctrl) {
			p.Name = "" // the organisation's line of the officer's box
		}
		if p.Name == "" {
			p.Name = nameAboveRole(d, end, cue)
		}
		if p.Name == "" && p.Email != "" && inline.Name != "" && inline.Email == "" && !namesController(inline.Name, ctrl) {
			// "Datenschutzbeauftragter: Jane Doe" over the box's address and
			// mailbox: the officer named inline is reached there
			p.Name, p.Evidence = inline.Name, inline.Evidence
		}
		s := partyScore(p)
		if isPersonName(p.Name) {
			s++
		}
		if s > bestScore {
			best, bestScore, bestEnd, mailAfter = p, s, end, ""
		}
	}
	if best.Name != "" && best.Email == "" {
		best.Email = mailAfter
	}
	return best
}

// maxDPOMailGap bounds how far after the sentence naming the officer a
// sentence that gives only the DPO's mailbox may stand, in bytes: about a
// paragraph.
const maxDPOMailGap = 600

// namesController: name is the controller's, with or without its legal form.
func namesController(name string, ctrl Party) bool {
	n := normName(name)
	return n != "" && (n == normName(ctrl.Name) || n == normName(stripLegalForm(ctrl.Name)))
}

// nameAboveRole is the person's name on the line above a line that holds
// only the DPO's role, as a signature box sets them ("Jane Doe," over "Data
// Protection Officer," over the mailbox), or "".
func nameAboveRole(d *docView, end int, cue string) string {
	role := strings.Trim(cue, " \t,.:;")
	if loc := reDPOCue.index(role); loc == nil || loc[0] > 0 || loc[1] < len(role)-len("in") {
		return "" // the line says more than the role
	}
	line, _ := lineAbove(d.text, strings.LastIndexByte(d.text[:end], '\n')+1)
	line = strings.TrimRight(line, ",")
	for _, sep := range []string{" - ", " – ", " — ", ", "} {
		// "William Example - Secretary" over the role: the name before the
		// other office the person holds
		if name, _, ok := strings.Cut(line, sep); ok && isPersonName(name) {
			line = name
			break
		}
	}
	if isPersonName(line) && orgIn(line) == "" {
		return line
	}
	return ""
}

// inlineDPO reads "our data protection officer is Jane Doe (dpo@example.com)" or
// "Data protection officer: Jane Doe, dpo@…"; a sentence that only gives the
// DPO's mailbox yields the e-mail alone.
// dpoEmailIn is the DPO's e-mail in a line that names the DPO at byte at:
// the first after it ("You can write to us at privacy@…. Our data protection
// officer, Jane Doe, can be reached at dpo@…"), or the line's only one.
func dpoEmailIn(line string, at int) string {
	if e := emailIn(line[at:]); e != "" {
		return e
	}
	if len(emailsIn(line)) == 1 {
		return emailIn(line)
	}
	return ""
}

func inlineDPO(d *docView, end int, line string) Party {
	start := end - len(line)
	ev := []Evidence{d.evidence(start, end)}
	if m := reInlineDPO.FindStringSubmatchIndex(line); m != nil {
		if name := leadingPerson(withinSentence(line[m[2]:m[3]]) + " x"); name != "" {
			return Party{Name: name, Email: dpoEmailIn(line, m[0]), Evidence: ev}
		}
	}
	if name, at := dpoNamedAround(line); name != "" {
		return Party{Name: name, Email: dpoEmailIn(line, at), Evidence: ev}
	}
	loc := reDPOCue.index(line)
	if loc == nil {
		return Party{}
	}
	rest := line[loc[1]:]
	if k := strings.Index(rest, ". "); k >= 0 {
		rest = rest[:k]
	}
	if e := emailIn(rest); e != "" {
		return Party{Email: e, Evidence: ev}
	}
	return Party{}
}

// withinSentence cuts a name read across a full stop at the sentence's end
// ("Jonas Example. Er ist unter …" gives "Jonas Example"), where the
// sentence splitter would end it; a title's or an initial's stop ("Dr.
// Jane", "J. Example") goes on.
func withinSentence(s string) string {
	for i := strings.IndexByte(s, '.'); i >= 0; {
		if sentenceEndsAt(s, i) {
			return s[:i]
		}
		k := strings.IndexByte(s[i+1:], '.')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return s
}

// reDPOBeforeRole: a sentence that opens with the officer's name ("Jane
// Example is our data protection officer.", "Max Muster ist unser
// Datenschutzbeauftragter").
var reDPOBeforeRole = lazy(`(?:^|[.!?]\s+)((?:(?:Dr\.|Prof\.)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+(?:is|ist)\s+(?:our|unser|unsere|the|der|die)\s+(?:(?:appointed|external|benannter?|externer?|betrieblicher?)\s+)?(?i:data protection officer|datenschutzbeauftragter?)\b`)

// reDPOHonorific: the role followed by the officer's title and surname
// ("Die Datenschutzbeauftragte Frau Neziri der Schule ist …", "our Data
// Protection Officer Mr Okafor"); the surname alone is a name there.
var reDPOHonorific = lazy(`(?i:data protection officer|datenschutzbeauftragte[rn]?)\s+((?:Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?|Dr\.)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`)

// dpoNamedAround is the officer's name in a sentence that gives it before
// the role or after the role and an honorific, and where the role ends; ""
// otherwise.
func dpoNamedAround(line string) (string, int) {
	if m := reDPOBeforeRole.FindStringSubmatchIndex(line); m != nil {
		if name := line[m[2]:m[3]]; isPersonName(name) && orgIn(name) == "" {
			return cleanName(name), m[1]
		}
	}
	if m := reDPOHonorific.FindStringSubmatchIndex(line); m != nil {
		name := strings.Join(strings.Fields(line[m[2]:m[3]]), " ")
		for _, w := range strings.Fields(name)[1:] {
			if nameStop[w] || isStreetWord(w) {
				return "", 0
			}
		}
		return name, m[1]
	}
	return "", 0
}

// isContentsItem: the cue line is an item of a contents list, a bulleted
// line repeating the title of a section; the lines after it are more
// entries, not a contact box (C-HEADNAME).
func isContentsItem(d *docView, line string, end int) bool {
	t := strings.TrimSpace(line)
	return strings.ContainsAny(t[:min(len(t), 3)], "-•–*") && d.isTitleElsewhere(t, end-len(line))
}
