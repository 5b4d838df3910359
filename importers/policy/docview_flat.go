package policy

import (
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// A policy kept in program source and read through its text rendition, or a
// page whose headings all carry one style, comes with every section at one
// level: "Kontaktformular", then "Rechtsgrundlage", "Speicherdauer" beside
// it rather than under it. nestFlatSections rebuilds the two levels such a
// text shows (S-FLAT):
//
//   - a section with no text of its own heads the sections after it
//     ("Website-Nutzung & Server-Logs" over "Automatisch erhobene Daten"), up
//     to the next such section or the next general title;
//   - facet titles ("Rechtsgrundlage", "Zweck der Verarbeitung",
//     "Speicherdauer") belong to the section before them.
//
// Documents whose sections have levels of their own are left as they are.
func nestFlatSections(secs []model.Section, text string) []model.Section {
	if len(secs) < minFlatSections || !allOneLevel(secs) {
		return secs
	}
	base := secs[0].Level
	classes := make([]titleClass, len(secs))
	for i, s := range secs {
		classes[i] = classifyTitle(s.Title)
	}
	levels := make([]int, len(secs))
	head := -1 // the section without text of its own that heads the ones after it
	for i, s := range secs {
		levels[i] = base
		empty := i+1 < len(secs) && strings.TrimSpace(text[s.HeadingEnd:secs[i+1].HeadingStart]) == ""
		switch {
		case empty && !classes[i].facet:
			head = i
		case head >= 0 && (i == head+1 || !classes[i].general && !classes[i].subtree || classes[i].facet):
			// the first section after a head is its content, whatever its title
			levels[i] = base + 1
		default:
			head = -1
		}
	}
	// facets one level below the section they follow
	for i := 1; i < len(secs); i++ {
		if !classes[i].facet {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			if !classes[k].facet {
				if levels[k] >= levels[i] && !classes[k].general {
					levels[i] = levels[k] + 1
				}
				break
			}
			if levels[k] > levels[i] {
				levels[i] = levels[k] // a run of facets shares the level of the first
			}
		}
	}
	// a general title right under a head and followed by facets ("Automatisch
	// erhobene Daten" under "Website-Nutzung & Server-Logs", then
	// "Rechtsgrundlage") only labels the head's content: it becomes the
	// head's own text
	keep := secs[:0:0]
	var kept []int
	for i, s := range secs {
		if i > 0 && i+1 < len(secs) && levels[i] > levels[i-1] && classes[i].general && !classes[i].facet && classes[i+1].facet &&
			strings.TrimSpace(text[secs[i-1].HeadingEnd:s.HeadingStart]) == "" {
			continue
		}
		keep, kept = append(keep, s), append(kept, levels[i])
	}
	return relevel(keep, kept)
}

// minFlatSections: a short text with a few headings at one level is simply
// a flat notice; nesting is worth trying only with several sections.
const minFlatSections = 6

func allOneLevel(secs []model.Section) bool {
	for _, s := range secs[1:] {
		if s.Level != secs[0].Level {
			return false
		}
	}
	return true
}

// relevel gives the sections new levels and recomputes their parents and
// ends: a section ends where the last section of its subtree ends.
func relevel(secs []model.Section, levels []int) []model.Section {
	out := make([]model.Section, len(secs))
	copy(out, secs)
	for i := range out {
		out[i].Level = levels[i]
		out[i].Parent = -1
		for k := i - 1; k >= 0; k-- {
			if levels[k] < levels[i] {
				out[i].Parent = k
				break
			}
		}
		last := i // the last section of its subtree ends it
		for last+1 < len(out) && levels[last+1] > levels[i] {
			last++
		}
		out[i].End = secs[last].End
	}
	return out
}
