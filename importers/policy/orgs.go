package policy

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// legalFormAlternatives are the legal forms that end an organisation's name.
const legalFormAlternatives = `((?:GmbH|SE|AG|UG) & Co\.? KGa?A?|GmbH|gGmbH|AG|SE|eG|e\.G\.|KGaA|KG|UG \(haftungsbeschränkt\)|UG|e\.\s?V\.|eV\.|Inc\.?|Incorporated|Ltd\.?|LTD\.?|Limited|LLC|L\.L\.C\.|LLP|PLC|plc|Corp\.|Corporation|B\.\s?V\.?|BV|N\.\s?V\.|ApS|A/S|AB|Oyj|Oy|OÜ|SIA|UAB|Kft\.?|Zrt\.?|Lda\.?|Ltda\.?|S\.A\.|S\.A\.S\.|SAS|SARL|S\.à\.? ?r\.l\.(?: et Cie,? S\.C\.A\.)?|S\.r\.l\.|S\.L\.|S\.p\.A\.|Sp\. z o\.o\.|Pty\.? Ltd\.?|Pte\.? Ltd\.?|Unlimited Company|UC|DAC|GbR|OHG|PartG mbB|PartG|e\.\s?K\.|e\.\s?U\.|AöR|KdöR|d\.o\.o\.|PBC|SA|S\.a\.r\.l\.(?: et Cie,? S\.C\.A\.)?|S\.C\.A\.|sp\. z o\.o\.|L\.P\.|S\.L\.U\.|SLU|SL|Srl|SpA|mbH|m\.b\.H\.|GesmbH|Ges\.m\.b\.H\.|spol\. s r\.\s?o\.|s\.\s?r\.\s?o\.|a\.\s?s\.|Community Interest Company|CIC|Segregated Portfolio Company|SPC|ASA|AS)`

// Legal forms that end an organisation's name. Found first (orgs_forms.go),
// then the name is read backwards word by word, so the cost is one pass over
// the text.
var (
	// words that end the backward walk: generic nouns in front of a name
	orgStopWords = map[string]bool{
		"the": true, "der": true, "die": true, "das": true, "des": true, "dem": true, "den": true, "by": true,
		"von": true, "vom": true, "of": true, "from": true, "is": true, "ist": true, "and": true, "und": true,
		"or": true, "oder": true, "with": true, "mit": true, "a": true, "an": true, "ein": true, "eine": true,
		"einer": true, "to": true, "an die": true, "for": true, "für": true, "at": true, "bei": true, "in": true,
		"im": true, "on": true, "über": true, "via": true, "as": true, "als": true, "provider": true, "firma": true,
		"anbieter": true, "anbieters": true, "dienstanbieter": true, "diensteanbieter": true, "dienstleister": true, "dienstleisters": true, "unternehmen": true,
		"unternehmens": true, "company": true, "tochtergesellschaft": true, "subsidiary": true,
		"tool": true, "plugin": true, "operator": true,
		"betreiber": true, "betreiberin": true, "we": true, "wir": true, "our": true, "unser": true, "unsere": true,
		// "We're Example Clinic Ltd ('we', 'us')"
		"we're": true, "we’re": true, "we've": true, "we’ve": true,
		"unserer": true, "its": true, "seine": true, "their": true, "ihre": true, "this": true, "diese": true,
		"dieser": true, "hereinafter": true, "sowie": true, "bzw": true, "e.g": true, "z.b": true, "such": true,
		"namely": true, "nämlich": true, "also": true, "auch": true, "all": true, "alle": true, "parent": true,
		"muttergesellschaft": true, "gesellschaft": true, "controller": true, "verantwortliche": true,
		"processor": true, "auftragsverarbeiter": true, "sub-processor": true, "hosting": true, "hoster": true,
		"vendor": true, "lieferant": true, "cloud-anwendung": true, "plattform": true, "platform": true, "uses": true,
		"use": true, "nutzt": true, "verwendet": true, "setzt": true, "einsatz": true, "dienst": true, "dienstes": true,
		"mr": true, "ms": true, "herr": true, "frau": true, "beauftragt": true, "commissioned": true, "called": true,
		"named": true, "genannt": true, "sog": true, "so-called": true, "through": true, "durch": true, "zu": true,
		"zur": true, "zum": true, "name": true, "address": true, "adresse": true, "anschrift": true, "contact": true,
		// conjunctions that open a sentence before a name ("If Example Ltd
		// fails to …", "Wenn die Example GmbH …")
		"if": true, "unless": true, "when": true, "while": true, "whether": true, "because": true, "although": true,
		"wenn": true, "falls": true, "sofern": true, "soweit": true, "weil": true, "ob": true, "obwohl": true,
	}
)

// isNameWord: w is a word that can be part of an organisation's name: a
// letter or digit, then letters, digits and the marks names hold
// ("Müller & Söhne", "C.H.", "O’Neil", "Dr.-Ing.", "Google+").
func isNameWord(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) && (i == 0 || !strings.ContainsRune(".&'’+-", r)) {
			return false
		}
	}
	return w != ""
}

// orgCand is an organisation named with its legal form.
type orgCand struct {
	name       string // as written, with the legal form
	start, end int
	// the name is an item of a list of those who receive data, so that a
	// group's bare word ("Google") is the recipient itself
	item bool
}

// legalFormStarts are the first words of the legal forms: a word is looked up in
// this set before the legal-form expression runs at its position.
var legalFormStarts = map[string]bool{"GmbH": true, "gGmbH": true, "AG": true, "SE": true, "KG": true, "KGaA": true,
	"UG": true, "AS": true, "ASA": true, "eG": true, "e.V": true, "e.": true, "eV": true, "e.G": true, "Inc": true, "Incorporated": true, "Ltd": true, "LTD": true,
	"Limited": true, "LLC": true, "L.L.C": true, "LLP": true, "PLC": true, "plc": true, "Corp": true,
	"Corporation": true, "B.V": true, "B.": true, "BV": true, "N.V": true, "N.": true, "ApS": true, "A/S": true,
	"AB": true, "Oy": true, "S.A": true, "S.A.S": true, "SAS": true, "SARL": true, "S.à": true, "S.r.l": true,
	"S.L": true, "SL": true, "SLU": true, "S.p.A": true, "Sp": true, "Pty": true, "Pte": true, "Unlimited": true, "UC": true, "DAC": true,
	// partnerships, sole traders (the German e.K., the Austrian e.U.) and
	// public-law bodies of German-speaking countries, and forms written
	// without dots or in lower case elsewhere
	"GbR": true, "OHG": true, "PartG": true, "e.K": true, "e.U": true, "AöR": true, "KdöR": true, "d.o.o": true, "PBC": true,
	"SA": true, "S.a.r.l": true, "S.C.A": true, "sp": true, "L.P": true, "S.L.U": true, "Srl": true, "SpA": true,
	// the Austrian and older German spellings of a limited company after
	// "Gesellschaft" ("Rechtsanwaltsgesellschaft m.b.H.", "Beispiel GesmbH")
	"mbH": true, "m.b.H": true, "GesmbH": true, "Ges.m.b.H": true,
	// Czech and Slovak companies: limited ("s.r.o.", "spol. s r.o.") and
	// joint-stock ("a.s.")
	"s.r.o": true, "spol": true, "a.s": true,
	// a British community interest company
	"Community": true, "CIC": true,
	// a Cayman Islands fund company whose portfolios are kept apart
	"Segregated": true, "SPC": true,
	// Finnish, Estonian, Latvian, Lithuanian, Hungarian and Portuguese
	// companies ("Oyj", "OÜ", "SIA", "UAB", "Kft.", "Zrt.", "Lda.", "Ltda.")
	"Oyj": true, "OÜ": true, "SIA": true, "UAB": true, "Kft": true, "Zrt": true, "Lda": true, "Ltda": true,
	// the first word of a form written with an inner space ("e. V.", "B. V."),
	// as it is looked up: without its final dot
	"e": true, "B": true, "N": true}

// legalFormFirstBytes are the first bytes of legalFormStarts.
var legalFormFirstBytes = func() (t [256]bool) {
	for w := range legalFormStarts {
		t[w[0]] = true
	}
	return t
}()

// findOrgs lists organisations named with a legal form, in text order. It walks
// the words once and tries the legal-form expression only where a word can start
// one.
func findOrgs(text string) []orgCand {
	var out []orgCand
	lastEnd := 0
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && !isSpaceByte(text[j]) {
			j++
		}
		// a word whose first byte starts no legal form is not trimmed and looked up
		w := text[i:j]
		if w != "" && legalFormFirstBytes[w[0]] {
			w = strings.TrimRight(w, ".,;:)\"”'’")
		} else {
			w = ""
		}
		if i >= lastEnd && legalFormStarts[w] && (!upperWordForms[w] || afterMixedCaseWord(text, i)) {
			if e := legalFormEnd(text, i); e >= 0 {
				out = appendOrg(out, text, i, e)
				lastEnd = e
			}
		}
		for j < len(text) && isSpaceByte(text[j]) {
			j++
		}
		if j == i {
			j++
		}
		i = j
	}
	return out
}

// upperWordForms are legal forms spelt like an English word in capitals
// (the Norwegian "AS"): one counts only after a word in mixed case
// ("Example AS", not "COOKIES SUCH AS"). "LTD", the register's capitals,
// too: a heading in capitals holds no name.
var upperWordForms = wordSet("AS", "ASA", "LTD")

// afterMixedCaseWord: the word before byte i has a capital and a small letter.
func afterMixedCaseWord(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \t")
	prev := before[strings.LastIndexAny(before, " \n\t(„\"")+1:]
	return strings.ToLower(prev) != prev && strings.ToUpper(prev) != prev
}

// nameNouns are generic nouns that stop the backward walk in front of a name
// ("the hosting provider …") but also end many names ("Cloudberry Hosting
// GmbH", "Example Company Ltd", "Beispiel Gesellschaft mbH").
var nameNouns = wordSet("hosting", "company", "platform", "plattform", "gesellschaft", "tool", "cloud")

// inNameNoun: w, a capitalised name noun at k, follows a capitalised word that
// is no stop word, so it is part of the name (R-LEGALFORM).
func inNameNoun(text string, k int, w string) bool {
	if r, _ := utf8.DecodeRuneInString(w); !nameNouns[strings.ToLower(w)] || !unicode.IsUpper(r) {
		return false
	}
	before := strings.TrimRight(text[:k], " ")
	if len(before) == len(text[:k]) {
		return false // no space: a line start or punctuation
	}
	prev := before[strings.LastIndexAny(before, " \n\t(„\"")+1:]
	r, _ := utf8.DecodeRuneInString(prev)
	return prev != "" && unicode.IsUpper(r) && !orgStopWords[strings.ToLower(prev)] && isNameWord(prev)
}

// appendOrg reads the name before the legal form [fs, fe) and adds the organisation.
func appendOrg(out []orgCand, text string, fs, fe int) []orgCand {
	start := walkBack(text, fs)
	if start < 0 {
		return out
	}
	if rePartnershipForm.MatchString(text[fs:fe]) {
		start = partnersBefore(text, start)
	}
	name := strings.Trim(strings.TrimSpace(text[start:fe]), " ,„\"“”*")
	name = reCopyrightLead.ReplaceAllString(name, "") // "© 2025 Example GmbH"
	if utf8.RuneCountInString(name) < 4 {
		return out
	}
	return append(out, orgCand{name: name, start: start, end: fe})
}

// rePartnershipForm is the form of a partnership, whose name joins its
// partners' names with "und" ("Müller und Schmidt GbR", "Das Example Jana
// Beispiel und Kemal Muster Schulbegleitung GbR").
var rePartnershipForm = lazy(`^(?:GbR|OHG|PartG(?: mbB)?)$`)

// maxPartnerWords bounds the name words of one partner before an "und".
const maxPartnerWords = 4

// partnersBefore extends a partnership's name that starts at start over
// the partners named before it, each joined by "und", "and" or "&": up to
// maxPartnerWords capitalised words each, on the same line.
func partnersBefore(text string, start int) int {
	for {
		before := strings.TrimRight(text[:start], " ")
		rest, ok := "", false
		for _, j := range []string{" und", " and", " &"} {
			if r, found := strings.CutSuffix(before, j); found {
				rest, ok = strings.TrimRight(r, " "), true
			}
		}
		if !ok {
			return start
		}
		k := len(rest)
		for words := 0; words < maxPartnerWords && k > 0 && rest[k-1] != '\n'; words++ {
			i := strings.LastIndexAny(rest[:k], " \n") + 1
			w := rest[i:k]
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !isNameWord(w) || orgStopWords[strings.ToLower(w)] {
				break
			}
			k = i
			for k > 0 && rest[k-1] == ' ' {
				k--
			}
		}
		for k < len(rest) && rest[k] == ' ' {
			k++
		}
		if k == len(rest) {
			return start // no name before the "und"
		}
		start = k
	}
}

// reCopyrightLead is the copyright sign and year before a name in a
// footer's notice ("© 2025 Example GmbH", "© 202 6 Example Ltd" as a PDF
// spaces it), or a section's number before the name that opens it ("16.4
// Example Ltd operates …"): never part of the name.
var reCopyrightLead = lazy(`^(?:(?:©|\(c\)|copyright)\s*)?(?:\d[\d.,]*\s+)+`)

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// walkBack reads up to four name words before the legal form at pos and returns
// where the name starts, or -1 when no name precedes it. A name word starts with
// a capital or a digit, except the one right before the form, which may be a
// lower-case brand ("nordwind GmbH").
func walkBack(text string, pos int) int {
	i := pos
	start := -1
	for n := 0; n < 5; n++ {
		j := i
		for j > 0 && (text[j-1] == ' ' || text[j-1] == ',') {
			if text[j-1] == ',' && n > 0 && !strings.HasSuffix(text[:j-1], "-") {
				return start // a comma ends the name, but not after "Forschungs-,"
			}
			j--
		}
		if n == 0 && j > 0 && text[j-1] == ')' {
			if open := placeInBrackets(text, j); open >= 0 {
				start, i = open, open // "Init7 (Schweiz) AG": the country is part of the name
				continue
			}
		}
		k := j
		for k > 0 && j-k < 80 {
			r, sz := utf8.DecodeLastRuneInString(text[:k])
			if unicode.IsSpace(r) || strings.ContainsRune(",;:()\"„“”*«»", r) {
				break
			}
			k -= sz
		}
		raw := text[k:j]
		w := strings.TrimRight(raw, ".")
		if n > 0 && w != raw && len(w) > 2 && !abbreviations[strings.ToLower(w)] {
			return start // "… in the USA. Example Inc." — the word ends a sentence
		}
		if w == "&" {
			start, i = k, k
			continue
		}
		if w == "" || !isNameWord(w) || orgStopWords[strings.ToLower(w)] && !inNameNoun(text, k, w) &&
			!afterOrgHead(text, k, w) && !inCompoundEllipsis(text, k, w) && !joinsLineName(text, k, w) {
			return start
		}
		r, _ := utf8.DecodeRuneInString(w)
		if n > 0 && !unicode.IsUpper(r) && !unicode.IsDigit(r) && w != "&" && !afterOrgHead(text, k, w) &&
			!inCompoundEllipsis(text, k, w) && !joinsLineName(text, k, w) && !camelBrand(w) {
			return start
		}
		start, i = k, k
		if k > 0 && text[k-1] == '\n' {
			return start
		}
	}
	return start
}

// placeInBrackets: the text before end closes a bracket that holds a
// country or region only, right before a legal form ("Init7 (Schweiz) AG",
// "Google (Schweiz) GmbH"); it returns where the bracket opens, or -1.
func placeInBrackets(text string, end int) int {
	if end < 2 || text[end-1] != ')' {
		return -1
	}
	open := strings.LastIndexByte(text[max(0, end-maxPlaceInBrackets):end-1], '(')
	if open < 0 {
		return -1
	}
	open += max(0, end-maxPlaceInBrackets)
	if inner := text[open+1 : end-1]; inner == "" || strings.ContainsAny(inner, "()\n") || !isPlaceName(inner) {
		return -1
	}
	return open
}

// maxPlaceInBrackets bounds such a bracket, in bytes.
const maxPlaceInBrackets = 40

// camelBrand: w opens with a small letter before a capital, as brands are
// written ("ePrivacy Holding GmbH", "iCloud", "eBay"), not a common word.
func camelBrand(w string) bool {
	rs := []rune(w)
	return len(rs) >= 3 && unicode.IsLower(rs[0]) && unicode.IsUpper(rs[1])
}

// joinsLineName: w is "und" or "and" between two capitalised words, the
// first of which opens its line: a line that is a name ("Traum und
// Verantwortung e.V., München" under "Verantwortlicher") is one name up to
// its legal form, not a name after a conjunction.
func joinsLineName(text string, k int, w string) bool {
	if w != "und" && w != "and" {
		return false
	}
	before := strings.TrimRight(text[:k], " ")
	if len(before) == len(text[:k]) {
		return false
	}
	ls := strings.LastIndexByte(before, '\n') + 1
	prev := before[ls:]
	r, _ := utf8.DecodeRuneInString(prev)
	return prev != "" && !strings.ContainsAny(prev, " \t") && unicode.IsUpper(r) && isNameWord(prev) &&
		!orgStopWords[strings.ToLower(prev)]
}

// inCompoundEllipsis: w is "und" or "oder" after a German word cut short by
// a hyphen, whose ending the next word supplies ("Forschungs-, Entwicklungs-
// und Großprojektberatung GmbH"): the words form one name.
func inCompoundEllipsis(text string, k int, w string) bool {
	if w != "und" && w != "oder" {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(text[:k], " "), "-")
}

// afterOrgHead: w, a small word of names ("für", "of", "for"), follows a
// capitalised word that ends with an organisation's head noun, so it joins
// the name ("Institut für Angewandte Informatik e. V.", "Institute for
// Applied Optics Ltd"); the head words and the small words are lexicon
// classes.
func afterOrgHead(text string, k int, w string) bool {
	t := titles()
	if !slices.Contains(t.NameInnerWords, strings.ToLower(w)) || w == "und" || w == "and" {
		return false
	}
	before := strings.TrimRight(text[:k], " ")
	prev := before[strings.LastIndexAny(before, " \t\n(„\"")+1:]
	r, _ := utf8.DecodeRuneInString(prev)
	if !unicode.IsUpper(r) {
		return false
	}
	lower := strings.ToLower(prev)
	for _, h := range t.OrganisationHeadWords {
		if strings.HasSuffix(lower, h) {
			return true
		}
	}
	return false
}
