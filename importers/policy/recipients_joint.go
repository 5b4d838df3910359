package policy

import (
	"strings"
)

// A notice for a project run by several partners lists them as joint
// controllers in the form of a grant agreement's list of beneficiaries: one
// numbered item per partner, its name in capitals with its short name in
// brackets, then its registration and seat ("(3) UNIVERSITA DEGLI STUDI DI
// ROMA LA SAPIENZA (UROMA), 80209930587, established in Piazzale Aldo Moro
// 5, ROMA 00185, Italy"). Such names carry no legal form, and each partner
// is a recipient of the data the others collect.

// reJointItem is one partner's item: its number, its name in capitals and
// its short name in brackets.
var reJointItem = lazy(`(?m)^\s*\(?\d{1,2}[).]\s+(\p{Lu}[\p{Lu}\p{N} .,'’&/-]{3,120}?)\s+\(([\p{Lu}\p{N}-]{2,12})\)`)

// maxJointReach bounds how far after the line that introduces them the
// partners' items are read, in bytes.
const maxJointReach = 8000

// jointControllerItems finds the partners listed after a line that names
// joint controllers.
func jointControllerItems(d *docView) []orgCand {
	var out []orgCand
	seen := map[int]bool{}
	for _, cue := range []string{"joint controllers", "gemeinsam verantwortliche"} {
		for from := 0; ; {
			k := strings.Index(d.lowerText[from:], cue)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(cue)
			end := min(len(d.text), at+maxJointReach)
			for _, m := range reJointItem.FindAllStringSubmatchIndex(d.text[at:end], -1) {
				start, stop := at+m[2], at+m[3]
				if seen[start] {
					continue
				}
				seen[start] = true
				if name := strings.TrimRight(d.text[start:stop], " ,-"); partnerRecord(d, name, stop) {
					out = append(out, orgCand{name: name, start: start, end: start + len(name)})
				}
			}
		}
	}
	return out
}

// partnerRecord: name, of two words or more, is followed by its seat
// ("established in …", "mit Sitz in …"), as a partner's record is.
func partnerRecord(d *docView, name string, stop int) bool {
	after := d.lowerText[stop:min(len(d.text), stop+300)]
	return len(strings.Fields(name)) >= 2 && (strings.Contains(after, "established") || strings.Contains(after, "sitz"))
}
