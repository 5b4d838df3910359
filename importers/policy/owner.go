package policy

import (
	"strings"
)

// Many notices name their controller nowhere near a cue: the opening sentence
// has the organisation as its subject ("Example Studio Ltd designs houses.")
// or the closing contact section gives its name and address. Left unread, the
// controller's own name, found by its legal form, is listed as a recipient.
// These fallbacks run only when no other reader found a controller.

// maxOpening bounds the opening in which a subject is taken as the owner, in
// bytes: later sentences that open with a company speak of its vendors.
const maxOpening = 1500

// contactTitleWords mark the title of a contact section.
var contactTitleWords = []string{" contact", "kontakt", "get in touch", "reach us", "how to reach"}

// ownerController is the organisation the opening sentences have as subject,
// or else the first one a contact section names that is no vendor of the
// catalogue ("We use the Zendesk ticket system … by Zendesk, Inc." in a
// customer-service section names the tool, not the controller).
func ownerController(d *docView, dpoName string) (string, []Evidence) {
	if name, at := openingSubject(d); name != "" {
		return name, []Evidence{d.evidence(at, at+len(name))}
	}
	for _, s := range d.secs {
		title := padded(s.Title)
		if !containsAny(title, contactTitleWords) || reDPOCue.is(s.Title) {
			continue
		}
		for _, o := range findOrgs(d.text[s.HeadingEnd:s.End]) {
			if len(vendorCatalogue().mentions(o.name)) > 0 {
				continue // the ticket system or chat the section says is used, a vendor's
			}
			if dpoName == "" || !strings.Contains(o.name, dpoName) && !strings.Contains(dpoName, o.name) {
				at := s.HeadingEnd + o.start
				return o.name, []Evidence{d.evidence(at, at+len(o.name))}
			}
		}
		if host, at := siteLineOverAddress(d.text, s.HeadingEnd, s.End); host != "" {
			return host, []Evidence{d.evidence(at, at+len(host))}
		}
	}
	return "", nil
}

// reSiteLine is a line that is the site's address alone
// ("http://example.com", "www.example.co.uk").
var reSiteLine = lazy(`^(?:https?://)?(?:www\.)?([\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,})/?$`)

// maxSiteBoxLines bounds the lines of a contact box read for the site's
// line and the address under it.
const maxSiteBoxLines = 8

// siteLineOverAddress reads a US generator's contact box ("you may contact
// us using the information below." over "http://example.com", "20 Bridge
// Street", "Cambridge, CB2 1UF"), which names the business by its site
// alone: the host name over an address line is the controller's name.
func siteLineOverAddress(text string, from, to int) (string, int) {
	host, at := "", -1
	n := 0
	for pos := from; pos < to && n < maxSiteBoxLines; n++ {
		end := min(lineEnd(text, pos), to)
		line := strings.TrimSpace(text[pos:end])
		switch m := reSiteLine.FindStringSubmatchIndex(line); {
		case m != nil && host == "":
			lead := strings.Index(text[pos:end], line)
			host, at = line[m[2]:m[3]], pos+lead+m[2]
		case host != "" && isAddressLine(line):
			return host, at
		}
		pos = end + 1
	}
	return "", -1
}

// openingSubject finds a sentence of the opening that starts with an
// organisation with a legal form, and returns its name and offset.
func openingSubject(d *docView) (string, int) {
	for si, s := range d.sents {
		if s.start > maxOpening {
			break
		}
		if d.subHeadingAt(s.start) {
			continue // "QuickFile Ltd" under "Data processors": the section on a vendor
		}
		txt := d.sentText(s)
		lead := reLeadArticle.FindString(txt)
		orgs := findOrgs(txt)
		if len(orgs) > 0 && orgs[0].start == len(lead) && !reDPOCue.matchS(d.sv(si)) && !inDPOContext(d, s.start) {
			// not the officer's box either ("Sie erreichen den
			// Datenschutzbeauftragten unter:" over "Example GmbH", …)
			name, cut := withoutNoticeWord(orgs[0].name)
			return name, s.start + orgs[0].start + cut
		}
	}
	return "", 0
}

// reNoticeWordLead is the word of a notice's title that a page's heading
// sets before the organisation ("Datenschutz Musikschule Example UG"):
// the name starts after it. A firm whose name opens with "Datenschutz"
// ("Datenschutz Nord GmbH") keeps it when only one name word follows.
var reNoticeWordLead = lazy(`^(?:Datenschutz(?:erklärung|hinweise|information(?:en)?)?|Privacy (?:Policy|Notice)|Impressum)\s+\p{Lu}`)

// withoutNoticeWord returns the name without a leading notice word, and
// how many bytes were cut.
func withoutNoticeWord(name string) (string, int) {
	m := reNoticeWordLead.FindStringIndex(name)
	if m == nil {
		return name, 0
	}
	at := m[1] - 1
	if len(strings.Fields(stripLegalForm(name[at:]))) < 2 {
		return name, 0
	}
	return name[at:], at
}

// mostNamedOrganisation is the organisation with a legal form a notice
// names most often, when it names it at least minOwnNameMentions times and
// at least twice as often as any other: a club's notice with no contact box
// speaks of "des Schachklub Example e.V." throughout, a vendor it uses is
// named in a section or two. Vendors of the catalogue are never taken.
func mostNamedOrganisation(d *docView) (string, []Evidence) {
	count := map[string]int{}
	first := map[string]int{}
	for _, o := range findOrgs(d.text) {
		if _, ok := first[o.name]; !ok {
			first[o.name] = o.start
		}
		count[o.name]++
	}
	best, n, second := "", 0, 0
	for name, c := range count {
		switch {
		case c > n || c == n && first[name] < first[best]:
			best, n, second = name, c, n
		case c > second:
			second = c
		}
	}
	if n < minOwnNameMentions || n < 2*second || len(vendorCatalogue().mentions(best)) > 0 {
		return "", nil
	}
	return best, []Evidence{d.evidence(first[best], first[best]+len(best))}
}
