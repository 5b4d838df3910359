package policy

import (
	"strings"
)

// A section about the services a site uses often has no sub-headings and gives
// one paragraph to each service: "We use YouTube to embed videos …", then
// "For webinars we use ClickMeeting …". Each paragraph that names, in its
// opening, a service not named before in the section describes a processing
// of its own and becomes an activity named after the service (consecutive
// services of one category, such as two social networks, are one activity).
// The section, when it says little before its first service, is no activity
// itself.

// minServiceParas is the least number of paragraphs, each introducing a
// different service, that make a section a list of services: two may be one
// processing with a main and a fallback provider.
const minServiceParas = 3

// maxServiceIntro is the length of text before the first service paragraph up
// to which the section is only an introduction to its services, in bytes.
const maxServiceIntro = 400

// maxServiceLead is how far into a paragraph, in bytes, the service it is
// about is named: a paragraph about a service names it in its opening
// sentence, one that names it later only mentions it.
const maxServiceLead = 200

var paraBreakRE = lazy(`\n[ \t]*\n`)

// serviceGroup is a run of paragraphs about services of one category.
type serviceGroup struct {
	names      []string
	category   string
	start, end int
}

// serviceParagraphs splits the text of section si up to end into groups of
// service paragraphs, or returns nil when it is no list of services. intro is
// the text before the first group.
func (d *docView) serviceParagraphs(si, end int, recs []Recipient) (groups []serviceGroup, intro int) {
	if !containsAny(padded(d.secs[si].Title), titles().ServiceChapterWords) {
		return nil, 0
	}
	start := d.secs[si].Start
	seen := map[string]bool{}
	pos := start
	for pos < end {
		pe := end
		if loc := paraBreakRE.FindStringIndex(d.text[pos:end]); loc != nil {
			pe = pos + loc[0]
		}
		if r := firstIntroduced(recs, pos, min(pe, pos+maxServiceLead), seen); r != nil {
			seen[r.Name] = true
			if n := len(groups); n > 0 && r.Category != "" && groups[n-1].category == r.Category {
				groups[n-1].names = append(groups[n-1].names, r.Name)
				groups[n-1].end = pe
			} else {
				groups = append(groups, serviceGroup{names: []string{r.Name}, category: r.Category, start: pos, end: pe})
			}
		} else if n := len(groups); n > 0 {
			groups[n-1].end = pe // more on the same service
		}
		pos = pe
		for pos < end && (d.text[pos] == '\n' || d.text[pos] == ' ' || d.text[pos] == '\t') {
			pos++
		}
	}
	if len(groups) < minServiceParas {
		return nil, 0
	}
	return groups, groups[0].start - start
}

// firstIntroduced is the recipient first mentioned in [start, end), not yet
// introduced by an earlier paragraph of the section.
func firstIntroduced(recs []Recipient, start, end int, seen map[string]bool) *Recipient {
	var best *Recipient
	bestAt := end
	for i := range recs {
		if seen[recs[i].Name] {
			continue
		}
		for _, e := range recs[i].Evidence {
			if e.Start >= start && e.Start < bestAt {
				best, bestAt = &recs[i], e.Start
			}
		}
	}
	return best
}

// serviceActivities turns the service groups of section si into activities.
func (d *docView) serviceActivities(si int, groups []serviceGroup, bases basisSet, recs []Recipient, rets []Retention) []Activity {
	out := make([]Activity, 0, len(groups))
	for _, g := range groups {
		a := d.activity(si, g.start, g.end, bases, recs, rets)
		a.Title = strings.Join(g.names, ", ")
		a.Evidence = d.evidence(g.start, g.end)
		out = append(out, a)
	}
	return out
}
