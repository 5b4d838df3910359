package policy

import (
	"slices"
	"strings"
)

// Policies laid out as a matrix (a chapter per facet — purposes, recipients,
// storage — with the same per-feature sub-headings under each) describe one
// processing under several headings of the same title. Activities whose titles
// are equal, ignoring case, punctuation and numbering, are one activity: the
// first keeps its place and takes the others' bases, purposes, data
// categories, recipients and retention. Equal titles under two chapters that
// each name a product or an offer ("Credit card payments" under the cloud and
// under the on-premises edition) stay two activities.
func mergeSameTitles(d *docView, acts []Activity) []Activity {
	first := map[string]int{}
	chapters := chapterCache{d: d, facet: map[int]bool{}}
	out := acts[:0]
	var stems [][]string // of each activity kept, computed once
	for _, a := range acts {
		k := strings.Trim(padded(stripNumbering(a.Title)), " .?!:")
		i, seen := first[k]
		exact := seen
		ws := stemSet(a.Title)
		if !seen && k != "" {
			// a title in other words is the same processing told twice (an
			// overview and its details), whichever chapters hold them
			i, seen = sameWordsAs(stems, ws)
		}
		if !seen || k == "" || exact && chapters.apart(out[i], a) {
			first[k] = len(out)
			out = append(out, a)
			stems = append(stems, ws)
			continue
		}
		m := &out[i]
		m.LegalBases = unionSorted(m.LegalBases, a.LegalBases)
		m.DataCategories = unionKeepOrder(m.DataCategories, a.DataCategories)
		m.Recipients = unionKeepOrder(m.Recipients, a.Recipients)
		if len(m.Purposes) == 0 {
			m.Purposes = a.Purposes
		}
		if m.Retention == "" {
			m.Retention = a.Retention
		}
	}
	return out
}

// chapterCache classifies each ancestor chapter once.
type chapterCache struct {
	d     *docView
	facet map[int]bool
}

// apart: the two activities sit in different chapters that name something of
// their own — the nearest ancestor of each that is neither a general chapter
// nor a facet (recipients, storage, purposes, scope).
func (c chapterCache) apart(a, b Activity) bool {
	ca, cb := c.ownChapter(a.Evidence.Start), c.ownChapter(b.Evidence.Start)
	return ca >= 0 && cb >= 0 && ca != cb
}

// ownChapter is the nearest ancestor of the section at pos that is neither
// general nor a facet, or -1.
func (c chapterCache) ownChapter(pos int) int {
	s := c.d.sectionAt(pos)
	if s < 0 {
		return -1
	}
	for p := c.d.secs[s].Parent; p >= 0 && p < s; p = c.d.secs[p].Parent {
		f, ok := c.facet[p]
		if !ok {
			f = isFacetChapter(c.d.secs[p].Title)
			c.facet[p] = f
		}
		if !f {
			return p
		}
	}
	return -1
}

// isFacetChapter: a chapter that gives one facet of several processings
// (purposes, legal bases, recipients, storage, scope) or general information,
// rather than naming a processing, product or offer of its own.
func isFacetChapter(t string) bool {
	c := classifyTitle(t)
	return c.general || c.facet || isPurposeChapter(t) || containsAny(padded(t), titles().ScopeChapterWords)
}

// stripNumbering drops a leading section number or letter ("4.2", "B)", "iii.").
func stripNumbering(title string) string {
	f := strings.Fields(title)
	if len(f) > 1 && len(f[0]) <= 6 && strings.ContainsAny(f[0], ".)0123456789") && !strings.ContainsAny(f[0][:1], "(") {
		return strings.Join(f[1:], " ")
	}
	return title
}

func unionSorted(a, b []string) []string {
	out := unionKeepOrder(a, b)
	slices.Sort(out)
	return out
}

func unionKeepOrder(a, b []string) []string {
	out := append([]string{}, a...)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// Titles that say the same in other words: "When you make a report" and,
// in a later overview of the same processing, "Making a report";
// "Subscribing to alerts" after "When you subscribe to an alert by e-mail".
// Their content words, stemmed, are the same, or those of one title (at
// least minSharedStems of them) are all in the other.
const minSharedStems = 2

// titleStopWords carry no content; "with" and "without", "mit" and "ohne"
// do ("use with / without registration" are two activities).
var titleStopWords = wordSet("when", "you", "your", "we", "our", "us", "a", "an", "the", "to", "by", "of", "for", "on",
	"in", "and", "or", "via", "from", "at", "is", "are", "do", "how", "what", "this", "that", "if", "wenn", "sie",
	"ihre", "ihr", "ihrer", "wir", "unsere", "unser", "unserer", "der", "die", "das", "den", "dem", "des", "ein",
	"eine", "einer", "zu", "zur", "zum", "von", "vom", "für", "und", "oder", "bei", "beim", "per", "über", "auf", "im", "an")

// stemSet lists the stemmed content words of a title.
func stemSet(title string) []string {
	var out []string
	for _, w := range strings.Fields(strings.Trim(padded(stripNumbering(title)), " ")) {
		w = strings.Trim(w, ".-/&")
		if w == "" || titleStopWords[w] || w == "e-mail" || w == "email" {
			continue // "by e-mail" says how, not what
		}
		for _, suf := range []string{"ungen", "ung", "ing", "en", "er", "es", "e", "s"} {
			if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
				w = strings.TrimSuffix(w, suf)
				break
			}
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// sameWordsAs finds an earlier activity (given by the stems of its title)
// whose title has the same content words as ws.
func sameWordsAs(stems [][]string, ws []string) (int, bool) {
	if len(ws) < minSharedStems {
		return 0, false
	}
	for i, os := range stems {
		if len(os) < minSharedStems {
			continue
		}
		small, big := ws, os
		if len(small) > len(big) {
			small, big = big, small
		}
		if !slices.ContainsFunc(small, func(w string) bool { return !slices.Contains(big, w) }) {
			return i, true
		}
	}
	return 0, false
}
