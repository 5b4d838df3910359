package policy

import (
	"strings"
)

// A vendor that is neither in the catalogue nor named with a legal form is
// often given with its own web address: "Nolt (nolt.io)", "Example Forms
// (https://www.exampleforms.com)", "Example Maps, https://examplemaps.net".
// A capitalised name whose letters spell the address's domain is taken as an
// organisation; a domain alone, or one that spells another word, is not.

var reNameWithDomain = lazy(`\b(\p{Lu}[\p{L}\d]*(?:[ .-]\p{Lu}?[\p{L}\d]+){0,2})[ \t]*(?:\(|,[ \t]*|[ \t]+-[ \t]+|:[ \t]*)(?:https?://)?(?:www\.)?([a-z\d][a-z\d-]*)\.[a-z]{2,}\b`)

// nameDomains finds names that spell their own domain in sentences that speak
// of processing or of providers.
func nameDomains(d *docView) []orgCand {
	var out []orgCand
	for si, s := range d.sents {
		sv := d.sv(si)
		if !hasDomainToken(sv.lower) || !domainContext.mayS(sv) && !containsAny(sv.lower, titles().ProcessingWords) {
			continue
		}
		for _, m := range reNameWithDomain.FindAllStringSubmatchIndex(sv.txt, -1) {
			name, domain := sv.txt[m[2]:m[3]], sv.txt[m[4]:m[5]]
			if !spellsDomain(name, domain) || isPlaceName(name) {
				continue
			}
			out = append(out, orgCand{name: name, start: s.start + m[2], end: s.start + m[3]})
		}
	}
	return out
}

// hasDomainToken: a dot inside a word and followed by two letters, as in
// "nolt.io" (the cheap test that spares the expression most sentences).
func hasDomainToken(lower string) bool {
	for i := strings.IndexByte(lower, '.'); i > 0 && i+2 < len(lower); {
		if isAlnumByte(lower[i-1]) && isLowerByte(lower[i+1]) && isLowerByte(lower[i+2]) {
			return true
		}
		k := strings.IndexByte(lower[i+1:], '.')
		if k < 0 {
			return false
		}
		i += k + 1
	}
	return false
}

func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }
func isAlnumByte(c byte) bool { return isLowerByte(c) || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' }

// domainContext: the sentence speaks of a provider or a service (or, tested
// apart, uses a processing verb).
var domainContext = kw{words: []string{"provider", "service", "processor", "host", "vendor", "partner", "behalf",
	"anbieter", "dienst", "auftrag"}}

// spellsDomain: the name without spaces, dots and hyphens, lower-cased, is the
// domain's label ("Help Scout" ~ helpscout, "Nolt" ~ nolt), or its first word
// is and the label adds at most a short suffix ("Example" ~ exampleapp).
func spellsDomain(name, domain string) bool {
	flat := lettersOnly(name)
	if len(flat) < 3 || commonWords[flat] {
		return false
	}
	return flat == domain || strings.HasPrefix(domain, flat) && len(domain)-len(flat) <= 3
}

// A list of providers laid out as cards gives each provider's web address
// as its title line, with its service below: "Sanity.io" over "Content
// management and database services". Such a line, alone on its line in a
// section about sharing or providers, names the provider by the domain's
// label ("Sanity").

// reDomainLine is a line that is only a capitalised domain.
var reDomainLine = lazy(`^[ \t]*(\p{Lu}[\p{L}\d-]{2,30})\.([a-z]{2,6})[ \t]*$`)

// providerSectionWords mark a section (or its parent) about those who
// receive data.
var providerSectionWords = []string{"share", "sharing", "recipient", "provider", "processor", "partner", "vendor",
	"third part", "empfänger", "dienstleister", "auftragsverarbeiter", "weitergabe", "anbieter"}

// domainLines finds the providers named by a domain line in a provider section.
func domainLines(d *docView) []orgCand {
	if !hasDomainToken(d.lowerText) {
		return nil
	}
	var out []orgCand
	for start := 0; start < len(d.text); {
		end := lineEnd(d.text, start)
		line := d.text[start:end]
		// most lines are prose: only a short line without a space can be a domain
		if t := strings.TrimSpace(line); len(t) <= maxDomainLine && strings.IndexByte(t, '.') > 0 && !strings.ContainsRune(t, ' ') {
			if m := reDomainLine.FindStringSubmatchIndex(line); m != nil {
				name := line[m[2]:m[3]]
				if !commonWords[strings.ToLower(name)] && inProviderSection(d, start+m[2]) {
					out = append(out, orgCand{name: name, start: start + m[2], end: start + m[3]})
				}
			}
		}
		start = end + 1
	}
	return out
}

// maxDomainLine is the longest line read as a provider's web address.
const maxDomainLine = 40

// maxCardSections is how many sections back a provider card's chapter title
// may stand: in plain text each card's line is a title of its own, at the
// level of the chapter's.
const maxCardSections = 4

// inProviderSection: the section holding pos, its parent, or one of the few
// sections before it is titled for recipients or providers.
func inProviderSection(d *docView, pos int) bool {
	sec := d.sectionAt(pos)
	if sec >= 0 && d.secs[sec].Parent >= 0 && containsAny(strings.ToLower(d.title(d.secs[sec].Parent)), providerSectionWords) {
		return true
	}
	for i := sec; i >= 0 && i > sec-maxCardSections; i-- {
		if containsAny(strings.ToLower(d.title(i)), providerSectionWords) {
			return true
		}
	}
	return false
}
