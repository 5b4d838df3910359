package policy

import (
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
	"unternehmen", "versicherung", "druckerei", "agentur", "prüfer", "gericht", "post ", "dienste", "firmen"}

// possessives open an item that names data, not an organisation.
var possessives = wordSet("your", "our", "their", "its", "ihre", "ihr", "ihres", "unsere", "unser", "deine", "dein")

// providerListItems finds the names of the items of provider lists.
func providerListItems(d *docView) []orgCand {
	var out []orgCand
	inList := false
	for pos := 0; pos < len(d.text); {
		end := strings.IndexByte(d.text[pos:], '\n')
		if end < 0 {
			end = len(d.text)
		} else {
			end += pos
		}
		line := strings.TrimSpace(d.text[pos:end])
		switch {
		case strings.HasSuffix(line, ":"):
			inList = introducesProviders(d.lowerText[pos:end])
		case line == "":
		case inList && itemLineRE.MatchString(line):
			lead := len(d.text[pos:end]) - len(strings.TrimLeft(d.text[pos:end], " \t"))
			m := itemLineRE.FindString(line)
			if name, ok := listItemName(line[len(m):]); ok {
				at := pos + lead + len(m)
				out = append(out, orgCand{name: name, start: at, end: at + len(name)})
			}
		default:
			inList = false
		}
		pos = end + 1
	}
	return out
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
	return len(lower) <= maxListIntro && containsAny(lower, providerListWords)
}

// listItemName is the name an item starts with, before a dash, colon,
// bracket or comma that leads to its description.
func listItemName(item string) (string, bool) {
	cut := -1
	for _, sep := range []string{" – ", " - ", " — ", ": ", " (", ", "} {
		if i := strings.Index(item, sep); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		return "", false
	}
	name := strings.TrimSpace(item[:cut])
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > maxListNameWords || utf8.RuneCountInString(name) > maxListName {
		return "", false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && w != "&" {
			return "", false
		}
	}
	if possessives[strings.ToLower(words[0])] {
		return "", false // "Ihre IP-Adresse", "Your account": data, not a name
	}
	lower := strings.ToLower(name) + " "
	if containsAny(lower, kindWords) || len(words) == 1 && commonWords[strings.TrimSpace(lower)] || isPlaceName(name) {
		return "", false
	}
	return name, true
}
