package importers

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dpodesk/dpodesk/internal/lazyre"
	"github.com/dpodesk/dpodesk/model"
)

// Numbering patterns, compiled once. Each captures the number and the title.
var (
	// (the dash before the blank: "11.1 - Billbee" is titled "Billbee", not "- Billbee";
	// a legal-template service sets a bar: "1 | INTRODUCTION")
	reArabic    = lazyre.New(`^(\d{1,2}(?:\.\d{1,2}){0,5})(\.?)(?:[\s\p{Zs}]*[-–)|][\s\p{Zs}]+|[\s\p{Zs}]+)(\S.*)$`)
	reRoman     = lazyre.New(`^([IVXL]{1,6})[.)][\s\p{Zs}]+(\S.*)$`)
	reLetter    = lazyre.New(`^([a-z])\)[\s\p{Zs}]+(\S.*)$`)
	reLetterDot = lazyre.New(`^([a-z])\.[\s\p{Zs}]+(\p{Lu}.*)$`)
	// a second abbreviation after "z." / "u." is an abbreviation such as
	// "z. Hd." (for the attention of), "z. B.", "u. A.", not a lettered heading
	reAbbrevWord = lazyre.New(`^\p{L}{1,2}\.(?:[\s\p{Zs}]|$)`)
	reParen      = lazyre.New(`^\(([ivx]{1,5}|[a-z]|\d{1,2})\)[\s\p{Zs}]+(\S.*)$`)
	reParagraph  = lazyre.New(`^(§[\s\p{Zs}]*\d{1,3}[a-z]?)\.?[\s\p{Zs}]+(\S.*)$`)
	reTocEntry   = lazyre.New(`(?:\.{3,}|…+|\t+|\s{3,}|\.\s*\.\s*\.)\s*\d{1,3}$`)
	rePhoneOrZip = lazyre.New(`\+?\d[\d ()/–-]{6,}\d|\b\d{4,5}\s+\p{Lu}|\d{3,}`)
	// a street and its number, the name of a person hyphenated into it
	// ("Willi-Hörter-Platz 1", "Konrad-Adenauer-Straße 12", "Mill Road 4")
	reStreetLine = lazyre.New(`(?i)(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|street|road|lane|avenue)\s*\d+\s*[a-z]?$`)
	reKeyValue   = lazyre.New(`^[\p{L} ]{2,24}:[\s\p{Zs}]*\S`)
	// a company name at the end of the line, or before its address
	// ("Example Ireland Limited, Harbour Quay 5, Dublin 2, Ireland")
	reLegalForm = lazyre.New(`(?i)\b(gmbh|ag|inc\.?|ltd\.?|llc|b\.v\.|aps|s\.a\.|limited|corporation|e\.v\.)(?:$|,)`)
)

// reHouseNumber is a street line of an English-speaking address: a house
// number without a mark and capitalised words ending in a kind of street
// ("4 Grand Canal Square", "10 Earlsfort Terrace", "221B Baker Street").
var reHouseNumber = lazyre.New(`^\d{1,4}[A-Za-z]?[\s\p{Zs}]+(?:\p{Lu}[\p{L}'’.-]*[\s\p{Zs}]+){0,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Square|Terrace|Court|Place|Drive|Way|Close|Quay|Row|Crescent|Gardens|Parade|Walk|Mews|Yard|Wharf|Boulevard|Blvd)\.?$`)

// houseNumberLine: the line is such a street line.
func houseNumberLine(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9' && reHouseNumber.MatchString(s)
}

// parseNumbered splits "4.1.2. Title" into number, title and numbering style.
func parseNumbered(s string) (num, title, style string) {
	if rest, ok := strings.CutPrefix(s, "| "); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		s = rest // "| 1.1 Important information": the bar that sets off a sub-heading's number
	}
	if m := reArabic.FindStringSubmatch(s); m != nil {
		depth := strings.Count(m[1], ".") + 1
		return m[1], m[3], "arabic:" + itoa(depth)
	}
	if m := reRoman.FindStringSubmatch(s); m != nil {
		return m[1], m[2], "roman"
	}
	if m := reLetter.FindStringSubmatch(s); m != nil {
		return m[1] + ")", m[2], "letter"
	}
	if m := reLetterDot.FindStringSubmatch(s); m != nil && !reAbbrevWord.MatchString(m[2]) {
		return m[1], m[2], "letterdot"
	}
	if m := reParen.FindStringSubmatch(s); m != nil {
		st := "paren-letter"
		if isRomanLower(m[1]) && (len(m[1]) > 1 || m[1] == "i") {
			st = "paren-roman"
		} else if m[1][0] >= '0' && m[1][0] <= '9' {
			st = "paren-digit"
		}
		return "(" + m[1] + ")", m[2], st
	}
	if m := reParagraph.FindStringSubmatch(s); m != nil {
		return strings.Join(strings.Fields(m[1]), " "), m[2], "paragraph"
	}
	return "", "", ""
}

func isRomanLower(s string) bool {
	return strings.Trim(s, "ivx") == ""
}

// numberedHeadingOK rejects numbered list items: long sentences, lines ending like a
// list entry, and items that continue a sentence.
func numberedHeadingOK(lines []srcLine, i int, title string) bool {
	if utf8.RuneCountInString(title) > 170 || len(strings.Fields(title)) > 26 || reQuantity.MatchString(lines[i].text) {
		return false
	}
	if !startsWithLetter(title) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(title)
	if strings.ContainsRune(",;", last) || endsWithConnector(title) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(title)
	if last == '.' && (len(strings.Fields(title)) > 6 || unicode.IsLower(first)) {
		return false // a sentence or a list item, not a heading
	}
	if last == ':' && len(strings.Fields(title)) > maxLabelTitleWords+2 && !(nounTitle(title) && proseAfter(lines, i)) {
		// a numbered paragraph opening a list ("2.1. We process … for the
		// following purposes:"), unless a title in words a form of Art. 13
		// gives ("2. Zwecke, für die personenbezogenen Daten verarbeitet
		// werden:") stands over prose
		return false
	}
	if continuesEnumeration(lines, i) {
		return false
	}
	return nextIsNotContinuation(lines, i)
}

// clauseSubjects open a sentence rather than a title: "We process …:",
// "Wir verarbeiten …:", "Your data …:".
var clauseSubjects = map[string]bool{"we": true, "wir": true, "you": true, "sie": true, "i": true, "ich": true, "our": true,
	"unsere": true, "unser": true, "your": true, "ihre": true, "this": true, "these": true, "dies": true, "diese": true,
	"if": true, "wenn": true, "when": true, "where": true}

// nounTitle: title opens with a word that is no sentence's subject.
func nounTitle(title string) bool {
	return !clauseSubjects[strings.ToLower(firstWord(title))]
}

// proseAfter: the next non-blank line after line i is a sentence of prose.
func proseAfter(lines []srcLine, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].text != "" {
			return proseLine(lines[j].text)
		}
	}
	return false
}

// continuesEnumeration: the text before the line ends an item of a list that
// goes on ("2. Is authorised by … law …, or" over "3. Is based on your
// explicit consent."): the line is the list's next item, not a heading.
func continuesEnumeration(lines []srcLine, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if t := lines[k].text; t != "" {
			last, _ := utf8.DecodeLastRuneInString(t)
			return last == ';' || last == ',' || strings.HasSuffix(t, ", or") || strings.HasSuffix(t, ", and") ||
				strings.HasSuffix(t, "; or") || strings.HasSuffix(t, "; and") || strings.HasSuffix(t, ", oder") ||
				strings.HasSuffix(t, ", und") || strings.HasSuffix(t, "; oder") || strings.HasSuffix(t, "; und")
		}
	}
	return false
}

// reQuantity is a number without a mark before a word in lower case: a
// quantity ("5 years after transaction completion"), not a chapter number.
var reQuantity = lazyre.New(`^\d{1,3}[\s\p{Zs}]+\p{Ll}`)

// nextIsNotContinuation: a heading is never followed by a line starting lower-case
// that continues it (that is a wrapped list item).
func nextIsNotContinuation(lines []srcLine, i int) bool {
	for j := i + 1; j < len(lines) && j <= i+1; j++ {
		t := lines[j].text
		if t == "" {
			return true
		}
		r, _ := utf8.DecodeRuneInString(t)
		if unicode.IsLower(r) && !strings.HasPrefix(t, "a)") {
			_, _, st := parseNumbered(t)
			return st != ""
		}
	}
	return true
}

// connectorWords join a line to the next: a line ending in one is cut off.
var connectorWords = wordSetOf("or", "and", "oder", "und", "of", "the", "to", "for", "in", "der", "die", "das", "zu", "von")

func endsWithConnector(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 0 && connectorWords[f[len(f)-1]]
}

// clauseCutWords are the connectors and the prepositions and conjunctions
// that never end a title, in German and English; a pronoun or a verb such
// as "are" may ("Who we are").
var clauseCutWords = withConnectors(wordSetOf("wenn", "soweit", "sofern", "falls", "dass", "weil", "ob", "über",
	"mit", "bei", "für", "auf", "an", "nach", "durch", "gegen", "unter", "den", "dem", "des", "ein", "eine", "einer", "einem",
	"if", "whether", "because", "unless", "than", "an"))

// endsWithFunctionWord: the line ends in a word that opens what follows
// (clauseCutWords): "Eine Übermittlung Ihrer Daten an Dritte erfolgt nur,
// wenn" over the conditions is prose, not a title.
func endsWithFunctionWord(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 0 && clauseCutWords[f[len(f)-1]]
}

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || r == '"' || r == '“' || r == '„'
}

// isTitleLine decides whether an unnumbered line is a short title: it is short,
// starts upper-case, carries no sentence punctuation at its end, is not an address
// or contact line, and sits between a break and body text.
func isTitleLine(lines []srcLine, i int, afterHeading bool) bool {
	t := lines[i].text
	n := utf8.RuneCountInString(t)
	if n < 3 || n > maxTitleLen && !(n <= maxCompoundTitleLen && compoundTitle(t)) || len(strings.Fields(t)) > maxTitleWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if last == ':' && labelTitle(lines, i) {
		return breakBefore(lines, i) && !looksLikeData(t)
	}
	if strings.ContainsRune(".,;:", last) || endsWithFunctionWord(t) || strings.Contains(t, "@") ||
		strings.Contains(t, "://") || strings.HasPrefix(strings.ToLower(t), "www.") || pointsToLink(t) || opensClauseWithVerb(t) || endsSentenceWithin(t) {
		return false
	}
	if !(afterHeading || breakBefore(lines, i)) || !bodyAfter(lines, i, 2) || continuesOnNextLine(lines, i) ||
		opensClause(lines, i) || parallelItems(lines, i) {
		return false
	}
	return !looksLikeData(t)
}

// opensClauseWithVerb: a line of minClauseWords words or more opens with a
// subject and its verb ("Diese Website verwendet nur technisch notwendige
// Cookies für die ordnungsgemäße", "We use cookies to remember your
// choices and to"): the first line of a sentence that a text rendition
// wrapped, not a title, which names its topic.
func opensClauseWithVerb(t string) bool {
	// the first word first: most lines open otherwise, and they need not be
	// lower-cased and split
	w := strings.TrimLeftFunc(t, unicode.IsSpace)
	if i := strings.IndexFunc(w, unicode.IsSpace); i >= 0 {
		w = w[:i]
	}
	if !verbSubjects[strings.ToLower(w)] {
		return false
	}
	f := strings.Fields(strings.ToLower(t))
	if len(f) < minClauseWords {
		return false
	}
	return clauseVerbs[f[1]] || clauseVerbs[f[2]] // minClauseWords > 2
}

// minClauseWords is the fewest words of a line read as a clause's opening:
// "Wir verwenden Cookies" may head a chapter.
const minClauseWords = 6

// endsSentenceWithin: a sentence ends inside the line and another begins
// ("Funktionsweise der Website. Es werden keine Tracking-Cookies"): the
// line is wrapped prose. The word before the full stop is a word of
// minSentenceWord letters or more, so that an abbreviation ("Dr. Example",
// "Art. 6") does not count.
func endsSentenceWithin(t string) bool {
	for from := 0; ; {
		i := strings.Index(t[from:], ". ")
		if i < 0 {
			return false
		}
		i += from
		from = i + 2
		if from >= len(t) {
			continue
		}
		// the word before the full stop
		before := strings.TrimRightFunc(t[:i], unicode.IsSpace)
		w := before[strings.LastIndexFunc(before, unicode.IsSpace)+1:]
		if utf8.RuneCountInString(w) >= minSentenceWord && allLetters(w) {
			if r, _ := utf8.DecodeRuneInString(t[from:]); unicode.IsUpper(r) {
				return true
			}
		}
	}
}

// minSentenceWord is the fewest letters of the word that ends a sentence
// inside a line.
const minSentenceWord = 4

func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// verbSubjects open a sentence about what the controller or its site does;
// clauseVerbs are the verbs of processing that follow them.
var (
	verbSubjects = wordSetOf("diese", "dieser", "dieses", "unsere", "unser", "wir", "this", "our", "we")
	clauseVerbs  = wordSetOf("verwendet", "verwenden", "nutzt", "nutzen", "setzt", "setzen", "speichert", "speichern",
		"verarbeitet", "verarbeiten", "erhebt", "erheben", "uses", "use", "collects", "collect", "stores", "store",
		"processes", "process")
)

// pointsToLink: the line points to what follows its colon ("Die
// Datenschutzrichtlinie des Anbieters finden Sie hier: Link", "You can
// find their policy here: link"), a sentence whose link a text rendition
// shortened, not a title.
func pointsToLink(t string) bool {
	label, _, ok := strings.Cut(t, ": ")
	if !ok {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(label))
	return strings.HasSuffix(l, " hier") || strings.HasSuffix(l, " here") || strings.HasSuffix(l, " unter")
}

// maxTitleLen is the longest title line in runes; a compound title, a label
// and its topic ("Rechtsgrundlage der Datenverarbeitung: Kontaktmöglichkeit
// über die Internetseite"), may run to maxCompoundTitleLen.
const (
	maxTitleLen         = 90
	maxCompoundTitleLen = 120
	maxTitleLabelWords  = 5
)

// compoundTitle: t is a label of a few words, a colon and a topic, with no
// other mark of a sentence in it.
func compoundTitle(t string) bool {
	label, topic, ok := strings.Cut(t, ": ")
	return ok && len(strings.Fields(label)) <= maxTitleLabelWords && !strings.ContainsAny(label, ".,;") &&
		!strings.ContainsAny(topic, ".,;:!?")
}

// minParallelItems is how many lines around a line must open with its
// first word for the lines to be a list; minItemWords the fewest words of
// such an item: titles in a row that share a word ("Security" over
// "Security measures") are shorter.
const (
	minParallelItems = 2
	minItemWords     = 3
)

// parallelItems: the lines around it, one a paragraph, open with the line's
// own first word and end no sentence ("To deliver our newsletter" over "To
// maintain the security of our website" over "To compile statistics"; "Right
// of Access: …" over "Right to Rectification: …"): the items of a list whose
// marks a text rendition dropped, not a title and its text.
func parallelItems(lines []srcLine, i int) bool {
	first := strings.ToLower(firstWord(lines[i].text))
	if len(strings.Fields(lines[i].text)) < minItemWords {
		return false
	}
	n := 0
	for _, step := range []int{1, -1} { // the items after the line, then those before it
		for j := i + step; j >= 0 && j < len(lines) && n < minParallelItems; j += step {
			t := lines[j].text
			if t == "" {
				continue
			}
			last, _ := utf8.DecodeLastRuneInString(t)
			if strings.ToLower(firstWord(t)) != first || last == '.' || utf8.RuneCountInString(t) > maxTitleLen ||
				len(strings.Fields(t)) < minItemWords {
				break
			}
			n++
		}
	}
	return n >= minParallelItems
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return strings.TrimRight(f[0], ":,")
	}
	return ""
}

// clauseOpeners open a conditional or temporal clause: a line they open that
// runs on into the next line without a blank between ("If we receive a report
// about your behaviour under our" over "Code of Conduct , we may keep") is
// the first line of a wrapped sentence, not a title.
var clauseOpeners = map[string]bool{"if": true, "when": true, "where": true, "whenever": true, "once": true,
	"wenn": true, "falls": true, "sofern": true, "soweit": true, "sobald": true}

func opensClause(lines []srcLine, i int) bool {
	t := lines[i].text
	f := strings.Fields(strings.ToLower(t))
	return len(f) > 0 && clauseOpeners[f[0]] && !strings.HasSuffix(t, "?") &&
		i+1 < len(lines) && lines[i+1].text != ""
}

// maxLabelTitleWords bounds a title written as a label ("Eingebundene
// Inhalte:", "Google Analytics:"); a longer line with a colon introduces a
// list or a quotation.
const maxLabelTitleWords = 4

// labelTitle: a short line ending in a colon over a paragraph of prose is the
// title of what follows, as notices written without heading markup put them.
// A colon line over a list, a short line or another label is a lead-in.
func labelTitle(lines []srcLine, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].text != "" {
			return isLabelTitle(lines[i].text, lines[j].text)
		}
	}
	return false
}

// isLabelTitle: t, a label of a few words ending in a colon, stands over
// next, a line of prose: a sentence of some length that starts upper-case.
func isLabelTitle(t, next string) bool {
	if !strings.HasSuffix(t, ":") || len(strings.Fields(t)) > maxLabelTitleWords || utf8.RuneCountInString(t) > maxLabelTitleLen {
		return false
	}
	return proseLine(next)
}

// proseLine: the line is prose, a sentence of some length that starts
// upper-case.
func proseLine(next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	last, _ := utf8.DecodeLastRuneInString(next)
	return unicode.IsUpper(r) && utf8.RuneCountInString(next) >= minLabelBody && strings.Count(next, " ") >= 8 &&
		(strings.ContainsRune(".!?", last) || strings.Contains(next, ". "))
}

// maxLabelTitleLen is the longest label title in runes; minLabelBody the
// shortest line of prose under it.
const (
	maxLabelTitleLen = 50
	minLabelBody     = 60
)

// continuesOnNextLine: the line right below, with no blank line between,
// starts in lower case: the sentence was wrapped ("We process your personal
// data based on the following legal" over "grounds under GDPR:").
func continuesOnNextLine(lines []srcLine, i int) bool {
	if i+1 >= len(lines) || lines[i+1].text == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(lines[i+1].text)
	return unicode.IsLower(r)
}

// looksLikeData tells an address, phone, company or contents line from a title.
// Most lines fail the byte tests, so the expressions run on few of them: this
// function sits on the path of every short line of every document.
func looksLikeData(t string) bool {
	if strings.ContainsAny(t, "0123456789") && (rePhoneOrZip.MatchString(t) || isTocEntry(t) || reStreetLine.MatchString(t)) {
		return true
	}
	if strings.IndexByte(t, ':') > 0 && reKeyValue.MatchString(t) {
		return true
	}
	return reLegalForm.MatchString(t) || isCountryName(t)
}

// isCountryName: the line is only a country's English or German name, which
// ends an address ("66969 Lemberg" over "Deutschland"); it is no title.
func isCountryName(t string) bool {
	_, ok := model.FindCountry(t)
	return ok && len(strings.TrimSpace(t)) > 2 // "DE" alone is a code, as FindCountry reads it
}

// breakBefore: the previous line is blank, the start of the text, or the end of a
// sentence — not a list introduction ending with a colon and not another short line.
func breakBefore(lines []srcLine, i int) bool {
	if i == 0 || lines[i-1].text == "" {
		return true
	}
	p := lines[i-1].text
	last, _ := utf8.DecodeLastRuneInString(p)
	if last == ':' {
		return false
	}
	if strings.ContainsRune(".!?\")”", last) && utf8.RuneCountInString(p) > 40 {
		return true
	}
	return utf8.RuneCountInString(p) > 100
}

// bodyAfter: the next non-blank line reads as prose (a long line, or a sentence),
// or is itself a title with prose after it (a heading directly above a sub-heading);
// depth bounds that look-ahead.
func bodyAfter(lines []srcLine, i, depth int) bool {
	for j := i + 1; j < len(lines); j++ {
		t := lines[j].text
		if t == "" {
			continue
		}
		n := utf8.RuneCountInString(t)
		if _, _, st := parseNumbered(t); st != "" && n < 100 {
			return false
		}
		last, _ := utf8.DecodeLastRuneInString(t)
		if n >= 60 || (n >= 6 && strings.ContainsRune(".!?:", last)) {
			return true
		}
		if wrappedProse(lines, j) {
			return true
		}
		return depth > 0 && n <= 90 && !strings.ContainsRune(",;", last) && bodyAfter(lines, j, depth-1)
	}
	return false
}

// dropTableOfContents removes table-of-contents entries: lines ending in a page
// number, the contents heading itself, and a run of three or more headings with no
// body between them whose titles all come back later in the text.
func dropTableOfContents(lines []srcLine, heads []heading) []heading {
	var kept []heading
	for _, h := range heads {
		if isTocEntry(lines[h.line].text) || isContentsTitle(h.title) {
			continue
		}
		kept = append(kept, h)
	}
	return dropRepeatedRun(lines, kept)
}

// isTocEntry: the line ends in a page number after dots, tabs or spaces. A
// match ends the line with a digit, so the expression, which would try every
// position of a long line, runs only on lines that end in one.
func isTocEntry(t string) bool {
	return t != "" && '0' <= t[len(t)-1] && t[len(t)-1] <= '9' && reTocEntry.MatchString(t)
}

func isContentsTitle(t string) bool {
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "inhaltsverzeichnis", "inhalt", "table of contents", "contents", "content", "übersicht", "overview":
		return true
	}
	return false
}

// dropRepeatedRun finds runs of consecutive headings (only blank lines between) and
// drops a run when every title in it appears again as a later heading.
func dropRepeatedRun(lines []srcLine, heads []heading) []heading {
	later := make(map[string]int, len(heads))
	for _, h := range heads {
		later[strings.ToLower(h.title)]++
	}
	var out []heading
	for i := 0; i < len(heads); {
		j := i + 1
		inRun := map[string]bool{strings.ToLower(heads[i].title): true}
		for j < len(heads) && onlyBlankBetween(lines, heads[j-1].line, heads[j].line) &&
			!inRun[strings.ToLower(heads[j].title)] { // a title seen again starts the text itself
			inRun[strings.ToLower(heads[j].title)] = true
			j++
		}
		if j-i >= 3 && allRepeat(heads[i:j], later) {
			for _, h := range heads[i:j] {
				later[strings.ToLower(h.title)]--
			}
			i = j
			continue
		}
		out = append(out, heads[i:j]...)
		i = j
	}
	return out
}

func onlyBlankBetween(lines []srcLine, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if lines[k].text != "" {
			return false
		}
	}
	return true
}

func allRepeat(run []heading, count map[string]int) bool {
	for _, h := range run {
		if count[strings.ToLower(h.title)] < 2 {
			return false
		}
	}
	return true
}

// maxWrappedLines bounds the lines of a hard-wrapped paragraph read as one.
const maxWrappedLines = 12

// wrappedProse: the lines from j to the next blank line are one sentence or
// more, hard-wrapped at short widths as template sources keep them ("If you
// pay us through our payment providers" over "Stripe or" over "GoCardless ,"
// over "they will process …"): together they run long and end a sentence.
func wrappedProse(lines []srcLine, j int) bool {
	n, k := 0, j
	for ; k < len(lines) && k < j+maxWrappedLines && lines[k].text != ""; k++ {
		n += utf8.RuneCountInString(lines[k].text) + 1
	}
	if k-j < 2 || n < 80 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(lines[k-1].text)
	return strings.ContainsRune(".!?", last)
}
