package policy

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Many policies name their processors only as the items of a list introduced
// by "the following service providers:" / "folgende Dienstleister:", each item
// a name followed by what it does ("Kilnworks – booking system", "Paketfuchs:
// Versand"). The name of such an item is a recipient even without a legal form
// or a catalogue entry. Items that name a kind of recipient ("Steuerberater
// (Buchhaltung)", "Payment providers – …") are no names and are left out.

// maxListName bounds an item's name, in runes: longer labels are descriptions.
const maxListName = 40

// maxListNameWords bounds an item's name, in words.
const maxListNameWords = 4

// providerListWords mark a line introducing a list of recipients.
var providerListWords = []string{"provider", "processor", "vendor", "partner", "companies", "third parties",
	"recipients", "dienstleister", "anbieter", "auftragsverarbeiter", "empfänger", "unternehmen", "partner"}

// kindWords are parts of words that name a kind of recipient, not one.
var kindWords = []string{"provider", "processor", "vendor", "partner", "agenc", "authorit", "bank", "consultant",
	"advis", "lawyer", "accountant", "auditor", "compan", "service", "hosting", "payment", "shipping", "courier",
	"insurer", "insurance", "dienstleister", "anbieter", "berater", "behörde", "ämter", "amt ", "banken", "kanzlei",
	"unternehmen", "versicherung", "druckerei", "agentur", "prüfer", "gericht", " post ", "dienste", "firmen", "tools ",
	"kreditinstitut", "credit institution"}

// providerColumnWords head the column of a table that names providers.
var providerColumnWords = []string{"processor", "provider", "vendor", "recipient", "third part", "service",
	"dienstleister", "anbieter", "auftragsverarbeiter", "empfänger", "dienst"}

// possessives open an item that names data, not an organisation.
var possessives = wordSet("your", "our", "their", "its", "ihre", "ihr", "ihres", "unsere", "unser", "deine", "dein")

// providerListItems finds the names of the items of provider lists.
func providerListItems(d *docView) []orgCand {
	var out []orgCand
	inList, afterItem := false, false
	inTable, afterRow := false, false // in a provider table; the line above is a row
	paraStart := 0                    // where the paragraph of the current line starts
	for pos := 0; pos < len(d.text); {
		end := lineEnd(d.text, pos)
		line := strings.TrimSpace(d.text[pos:end])
		wasItem, wasRow := afterItem, afterRow
		afterItem, afterRow = false, strings.Contains(line, cellSep)
		switch {
		case afterRow:
			// a table whose first column names the providers ("Sub-Processor
			// | Purpose | Location"): each row's first cell is one
			first, others, _ := strings.Cut(line, cellSep)
			if !wasRow {
				inTable = containsAny(strings.ToLower(first), providerColumnWords)
			} else if strings.Trim(others, " |") == "" {
				// a row with only its first cell filled labels the group of
				// rows below it ("Webseiten-Analyse (für example.org)"), the
				// kind of service, not a provider
			} else if name, off, ok := cellName(strings.TrimSpace(first)); inTable && ok {
				at := pos + strings.Index(d.text[pos:end], first) + off
				out = append(out, orgCand{name: name, start: at, end: at + len(name), item: true})
			}
		case strings.HasSuffix(line, ":"):
			// the introduction may be wrapped over several lines
			inList = introducesProviders(strings.ReplaceAll(d.lowerText[max(paraStart, pos-maxListIntro):end], "\n", " "))
		case line == "":
		case inList && itemLineRE.MatchString(line):
			lead := len(d.text[pos:end]) - len(strings.TrimLeft(d.text[pos:end], " \t"))
			m := itemLineRE.FindString(line)
			if name, off, ok := listItemName(line[len(m):]); ok {
				at := pos + lead + len(m) + off
				out = append(out, orgCand{name: name, start: at, end: at + len(name), item: true})
			}
			afterItem = true
		case inList && reDashItem.MatchString(line):
			// an item without a bullet, as a text rendition sets it: "Vercel — application hosting"
			m := reDashItem.FindStringSubmatchIndex(line)
			lead := len(d.text[pos:end]) - len(strings.TrimLeft(d.text[pos:end], " \t"))
			if name := strings.TrimSpace(line[m[2]:m[3]]); providerExampleName(name) {
				out = append(out, orgCand{name: name, start: pos + lead + m[2], end: pos + lead + m[2] + len(name), item: true})
			}
			afterItem = true
		case inList && d.unmarkedItem(pos, end, line):
			// a text rendition's list whose bullets were dropped: each item a
			// short name on a line of its own ("Google", "Cezanne",
			// "Microsoft (email, SharePoint, OneDrive)")
			lead := len(d.text[pos:end]) - len(strings.TrimLeft(d.text[pos:end], " \t"))
			if name, off, ok := cellName(line); ok {
				out = append(out, orgCand{name: name, start: pos + lead + off, end: pos + lead + off + len(name), item: true})
			}
		case inList && wasItem && pos > 0 && d.text[pos-1] == '\n' && !strings.HasSuffix(strings.TrimSpace(d.text[paraStart:pos]), "."):
			afterItem = true // the wrapped end of the item above
		case strings.Contains(line, ": "):
			inList = false
			out = append(out, inlineListItems(d, pos, end)...)
		default:
			inList = false
		}
		if line == "" {
			paraStart = end + 1
		}
		pos = end + 1
	}
	return out
}

// reDashItem is a list item without a bullet: a short name, a dash, and
// what the provider does.
var reDashItem = lazy(`^(\p{Lu}[\p{L}\p{N}.&' -]{1,40}?)\s+[—–]\s+\S`)

// inlineListItems finds the names of a provider list run into one sentence
// after its colon: "… with the following service providers: Inkwell (accounts),
// Parcelwing – shipping, and Tallowmark." Each item's name is what comes
// before its description, or the whole item when it has none.
func inlineListItems(d *docView, start, end int) []orgCand {
	colon := strings.Index(d.text[start:end], ": ")
	if colon < 0 || !introducesInlineList(d.lowerText[start:start+colon]) {
		return nil
	}
	from := start + colon + 2
	to := end
	if si := d.sentenceIndex(from); si >= 0 {
		to = min(to, d.sents[si].end) // the list ends with its sentence ("2. Etage" ends none)
	}
	items := joinLegalForms(d.text, splitInlineItems(d.text[from:to], from))
	if len(items) < minInlineItems {
		return nil
	}
	var out []orgCand
	for _, it := range beforeAddress(items) {
		// the comma appended gives an item without a description its end
		if name, off, ok := listItemName(strings.TrimRight(it.name, ".;") + ", "); ok {
			out = append(out, orgCand{name: name, start: it.start + off, end: it.start + off + len(name)})
		}
	}
	return out
}

// joinLegalForms joins an item that is a legal form alone to the name before
// it: "Example, Inc., 125 Summer St." is one company, not "Example" and "Inc".
func joinLegalForms(text string, items []orgCand) []orgCand {
	out := items[:0]
	for _, it := range items {
		if n := len(out); n > 0 && isBareLegalForm(strings.TrimRight(it.name, ".;")+".") {
			out[n-1].name = text[out[n-1].start : it.start+len(it.name)]
			continue
		}
		out = append(out, it)
	}
	return out
}

// isBareLegalForm: s is a legal form and nothing else ("Inc.", "GmbH").
func isBareLegalForm(s string) bool {
	s = strings.TrimSpace(s)
	_, start, end, ok := legalFormIn(s)
	return ok && strings.Trim(s[:start], " ,") == "" && strings.TrimRight(s[end:], ". ") == ""
}

// reAddressPart is a part of a postal address: a street with its number
// before or after it ("Sveavägen 46", "4 Barrow St"), a street word
// ("Stephanstr", "Rue d'Arlon"), a postcode before a town ("80339
// München", "111 34 Stockholm", "D-40476 Düsseldorf"), or a floor or suite
// ("2. Etage", "2nd Floor", "Ste 600").
var reAddressPart = lazy(`(?i)^\d+[a-z]?(?:[-–]\d+[a-z]?)?\s+\p{L}|^\p{L}[\p{L}'’ .-]*\s\d+[a-z]?(?:[-–]\d+[a-z]?)?$|(?:straße|strasse|str\.?|gasse|weg|allee|platz|vägen|gatan|straat|laan|street|road|avenue)$|^(?:rue|via|calle|avenida|boulevard)\s|^(?:[a-z]{1,2}-)?\d{2,}[\d ]*\s+\p{Lu}|^\d{1,2}(?:\.|st|nd|rd|th)?\s*(?:etage|stock|og|obergeschoss|floor)$|^(?:suite|ste\.?|unit|floor|etage)\s+\d`)

// isAddressPart: an item of a run-in list is a part of a postal address.
func isAddressPart(item string) bool {
	item = strings.TrimRight(strings.TrimSpace(item), ".;")
	return reAddressPart.MatchString(item) || isPlaceName(item)
}

// beforeAddress keeps the items of a run-in list before the first address
// part. The address belongs to the last item with a legal form before it, so
// the items between are address too: a building's name ("Google Ireland
// Limited, Gordon House, 4 Barrow St, Dublin").
func beforeAddress(items []orgCand) []orgCand {
	for k, it := range items {
		if !isAddressPart(it.name) {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if hasLegalForm(items[j].name) {
				return items[:j+1]
			}
		}
		return items[:k]
	}
	return items
}

// inlineListWords announce the list that follows a colon; a colon after a
// provider sentence without them opens a label ("our partner is X (address:
// …)"), not a list.
var inlineListWords = []string{"following", "these", "folgende", "diese", "nachstehende", "nachfolgende"}

// introducesInlineList: the sentence before the colon announces a list of
// providers and the colon stands outside brackets.
func introducesInlineList(lower string) bool {
	if i := strings.LastIndex(lower, ". "); i >= 0 {
		lower = lower[i+2:]
	}
	return strings.Count(lower, "(") == strings.Count(lower, ")") && containsAny(lower, inlineListWords) &&
		introducesProviders(lower) && !listsPurposes(lower)
}

// purposeListNouns end the introduction of a list of purposes or functions
// ("… Softwaredienste … für die folgenden Zwecke:"), whose items are no
// providers even where the sentence names providers before.
var purposeListNouns = []string{"zwecke", "zwecken", "purposes", "funktionen", "functions", "tätigkeiten", "activities"}

// listsPurposes: the words right before the colon name purposes.
func listsPurposes(lower string) bool {
	f := strings.Fields(strings.TrimRight(strings.TrimSpace(lower), ":"))
	return len(f) > 0 && slices.Contains(purposeListNouns, f[len(f)-1])
}

// minInlineItems: a colon followed by one name is a label ("Provider: …"),
// which the other recipient rules read; a list has at least two items.
const minInlineItems = 2

// inlineItemSeps separate the items of a list run into a sentence.
var inlineItemSeps = []string{", and ", ", or ", ", und ", ", ", "; ", " and ", " und ", " sowie ", " or ", " oder "}

// splitInlineItems cuts a run-in list into its items (each with its offset
// in the text), outside brackets, which hold an item's description.
func splitInlineItems(list string, at int) []orgCand {
	var out []orgCand
	depth, from := 0, 0
	for i := 0; i < len(list); i++ {
		switch list[i] {
		case '(':
			depth++
		case ')':
			depth--
		}
		if depth > 0 {
			continue
		}
		for _, sep := range inlineItemSeps {
			if strings.HasPrefix(list[i:], sep) {
				out = append(out, orgCand{name: strings.TrimSpace(list[from:i]), start: at + from})
				from = i + len(sep)
				i = from - 1
				break
			}
		}
	}
	return append(out, orgCand{name: strings.TrimSpace(list[from:]), start: at + from})
}

// maxListIntro bounds the sentence that introduces a provider list, in bytes.
const maxListIntro = 250

// introducesProviders: the last sentence of a line ending in ":" speaks of
// providers ("Dies sind:" after a sentence on the host's logs introduces data,
// not providers).
func introducesProviders(lower string) bool {
	lower = strings.TrimSpace(lower)
	if i := strings.LastIndex(lower, ". "); i >= 0 {
		lower = lower[i+2:]
	}
	return len(lower) <= maxListIntro && (containsAny(lower, providerListWords) || reShareWithIntro.MatchString(lower))
}

// reShareWithIntro introduces the list of those the data are shared with
// without naming a kind of recipient: "We may share your information
// with:", "Wir geben Ihre Daten weiter an:".
var reShareWithIntro = lazy(`\b(?:share|disclose|pass)\b[^.:]{0,60}\b(?:with|to):$|\b(?:weiter|übermittel|offen)[^.:]{0,60}\ban:$`)

// unmarkedItem: the line [pos, end) may be an item of a list whose markers
// a text rendition dropped: a paragraph of its own and no heading, a few
// words that open with a capital and end without a sentence's stop.
func (d *docView) unmarkedItem(pos, end int, line string) bool {
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".;:!?,") || len(strings.Fields(line)) > maxUnmarkedItemWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	text := d.text
	lead := len(text[pos:end]) - len(strings.TrimLeft(text[pos:end], " \t"))
	return unicode.IsUpper(r) && (pos < 2 || text[pos-2] == '\n') && (end+1 >= len(text) || text[end+1] == '\n') &&
		!d.isHeadingAt(pos+lead)
}

// maxUnmarkedItemWords bounds an unmarked item with what its bracket adds
// ("Microsoft (email, SharePoint, OneDrive)").
const maxUnmarkedItemWords = 8

// listItemName is the name an item starts with, before a dash, colon,
// bracket or comma that leads to its description, and its offset in the item
// (not 0 where the item names a kind and then an example of it).
func listItemName(item string) (string, int, bool) { return itemName(item, false) }

// cellName is the name in a table cell, which is the whole cell when no
// description follows the name in it.
func cellName(cell string) (string, int, bool) { return itemName(cell, true) }

// itemName reads the name an item starts with; whole lets an item without
// a description be a name.
func itemName(item string, whole bool) (string, int, bool) {
	if label, rest, ok := strings.Cut(item, ": "); ok {
		// "Buchungstool, Praxismanagementsoftware: Example Engineering,
		// Jane Doe Street 13, 2284 Town": what it does, then who with its address
		if m := reNameBeforeAddress.FindStringSubmatch(rest); m != nil {
			if name := strings.TrimSpace(m[1]); len(strings.Fields(name)) <= maxListNameWords {
				return name, len(label) + 2, true
			}
		}
	}
	cut := -1
	for _, sep := range []string{" – ", " - ", " — ", ": ", " (", ", "} {
		if i := strings.Index(item, sep); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 && !whole {
		return "", 0, false
	}
	if cut < 0 {
		cut = len(item)
	}
	name := strings.TrimSpace(item[:cut])
	if rest := strings.TrimLeft(item[cut:], " –—-:(,"); startsWithOrg(rest) {
		return "", 0, false // "Rezeptdienst: Example Deutschland GmbH, …": the label of the company's service
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > maxListNameWords || utf8.RuneCountInString(name) > maxListName {
		return "", 0, false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && w != "&" {
			return "", 0, false
		}
	}
	if possessives[strings.ToLower(words[0])] {
		return "", 0, false // "Ihre IP-Adresse", "Your account": data, not a name
	}
	if strings.Contains(strings.ToLower(name), "cookie") {
		return "", 0, false // "Session-Cookies: …", "Persistent cookies – …": a kind of cookie
	}
	if occasionLeads[strings.ToLower(words[0])] {
		// "With Your Instructors: …", "For Advertising: …", "After
		// Aggregation: …": the occasion of a disclosure, set in capitals
		return "", 0, false
	}
	lower := " " + strings.ToLower(name) + " "
	if containsAny(lower, kindWords) {
		// a kind with an example: "Interaktive Workshop-Tools, z.B. Conceptboard"
		name, off, ok := exampleName(item[cut:])
		return name, cut + off, ok
	}
	if len(words) == 1 && commonWords[strings.TrimSpace(lower)] || isPlaceName(name) || namesCircumstance(words) || recordFieldLabel(words) {
		return "", 0, false
	}
	return name, 0, true
}

// occasionLeads open a label that names the occasion or way of a
// disclosure, not who receives it.
var occasionLeads = wordSet("with", "for", "after", "to", "from", "by", "via", "upon", "mit", "für", "nach", "bei", "zur", "zum")

// circumstanceWords label the occasion of a disclosure, not who receives
// it: a sharing chapter's run-in items "Business Transfers: If we are
// involved in a merger …", "Legal Requirements: If required to do so by law
// …", "With your consent: …".
var circumstanceWords = wordSet("transfer", "transfers", "requirement", "requirements", "obligation", "obligations",
	"merger", "mergers", "acquisition", "acquisitions", "reorganisation", "reorganization", "enforcement",
	"compliance", "consent", "reasons", "purposes", "circumstances", "successors", "anforderungen",
	"verpflichtungen", "pflichten", "einwilligung", "unternehmensverkauf", "umstrukturierung")

// namesCircumstance: a word of the label names the occasion of a disclosure.
func namesCircumstance(words []string) bool {
	for _, w := range words {
		if circumstanceWords[strings.ToLower(strings.Trim(w, ".,:;"))] {
			return true
		}
	}
	return false
}

// recordFieldLabel: every word of a list item's label is a word of the
// field labels a notice gives under each recipient ("- Purpose: Processing
// payments securely", "- Information Shared: Name, …"; the lexicons'
// record_field_words).
func recordFieldLabel(words []string) bool {
	for _, w := range words {
		if !titles().recordFields[strings.ToLower(strings.Trim(w, ".,:;"))] {
			return false
		}
	}
	return len(words) > 0
}

// reNameBeforeAddress is a name followed by its postal address: a comma,
// then a postcode and a town within the next few words.
var reNameBeforeAddress = lazy(`^(\p{Lu}[\p{L}\d.&'’ -]{1,50}?),\s[^:;]{0,60}?\b\d{4,5}\s+\p{Lu}`)

// startsWithOrg: s opens with the name of a company with its legal form, or
// with a service the catalogue knows.
func startsWithOrg(s string) bool {
	head := s
	if len(head) > maxListName {
		head = strings.ToValidUTF8(head[:maxListName], "")
	}
	if ms := vendorCatalogue().mentions(head); len(ms) > 0 && ms[0].start == 0 {
		return true // "Videokonferenzsystem: Zoom - San Jose …": a catalogue service after its kind
	}
	org := orgIn(s)
	return org != "" && strings.HasPrefix(s, org)
}

// reExample is the example after a kind of provider in a list item: "z.B.
// Conceptboard", "e.g. Miro", "such as Trello", "etwa Padlet".
var reExample = lazy(`^[\s,:(–-]*(?i:z\.\s?b\.|e\.\s?g\.|such as|like|etwa|beispielsweise|wie)[\s:]+(\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,2})`)

// exampleName is the provider given as an example after a kind, with its
// offset in rest.
func exampleName(rest string) (string, int, bool) {
	m := reExample.FindStringSubmatchIndex(rest)
	if m == nil {
		return "", 0, false
	}
	return strings.TrimRight(rest[m[2]:m[3]], "."), m[2], true
}

// A sentence that shares data "with" or passes it "to" several providers
// names them in a row: "… may share it with UsePod, OpenRouter, Xiaomi MiMo,
// AceData, OpenServ, or the model provider you select". Three or more names
// in a row after such a verb are recipients, also without a legal form or a
// catalogue entry (R-NOFORM); the row ends at the first item that is no name.

// reSharedWith ends with the verb of a data flow and its "with" or "to".
var reSharedWith = newKWAtWord(`(?i)\b(?:shares?|shared|sharing|disclose[sd]?|pass(?:es|ed)?|transfers?|transferred|send|sent|forward(?:s|ed)?|geben|gibt|übermitteln|übermittelt)\b[^.;:]{0,40}?\b(?:with|to|an|mit)\s+`,
	"shar", "disclos", "pass", "transfer", "send", "sent", "forward", "geben", "gibt", "übermittel")

// rePostcodeItem is the item that ends a postal address written in a row
// ("… should be sent to Data Protection Officer, Example Council, Town Hall,
// Oakford, AB12 3CD"): a British postcode, or a continental one before its
// town. The names before it are the lines of the address, not recipients.
var rePostcodeItem = lazy(`^\s*(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu})`)

// minSharedNames is the least number of names in such a row.
const minSharedNames = 3

// sharedWithNames finds the names in a row after a data-flow verb.
func sharedWithNames(d *docView) []orgCand {
	var out []orgCand
	for si, s := range d.sents {
		sv := d.sv(si)
		if strings.Count(sv.lower, ",") < minSharedNames-1 {
			continue
		}
		loc := reSharedWith.findS(sv)
		if loc == nil {
			continue
		}
		var row []orgCand
		postal := false
		for _, it := range splitInlineItems(d.sentText(s)[loc[1]:], s.start+loc[1]) {
			name := it.name
			if k := strings.IndexAny(name, ".;("); k >= 0 {
				name = strings.TrimSpace(name[:k]) // its description, or the sentence's end
			}
			if !rowName(name) {
				postal = rePostcodeItem.MatchString(it.name)
				break
			}
			start := it.start + strings.Index(d.text[it.start:], name)
			row = append(row, orgCand{name: name, start: start, end: start + len(name)})
		}
		if len(row) >= minSharedNames && !postal {
			out = append(out, row...)
		}
	}
	return out
}

// rowName: a name of one to three capitalised words that is an
// organisation's, not a kind of provider, a pronoun or an ordinary word.
func rowName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return appositiveName(name)
}
