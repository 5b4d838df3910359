package policy

import "strings"

// A notice often opens with a heading that is its author's name ("Consulate
// Recruitment Ltd.", "The Example Trust Privacy Policy") and an introduction
// under it; such a section describes no processing of its own.

// ownerTitleTails are the words a title may add to the controller's name and
// still only name the notice.
var ownerTitleTails = []string{"privacypolicy", "privacynotice", "privacystatement", "dataprotectionnotice",
	"datenschutzerklärung", "datenschutzhinweise", "datenschutzinformationen"}

// reShortForm is a short form in brackets after a name.
var reShortForm = lazy(`\([^()]{1,12}\)`)

// maxOwnerTitlePlace bounds, in letters, a place name after the controller's
// name in such a title ("… e.V. Weimar").
const maxOwnerTitlePlace = 12

// dropOwnerTitles removes the activities whose title names only the
// controller.
func dropOwnerTitles(acts []Activity, controller string) []Activity {
	name := lettersOnly(controller)
	if len(name) < minOwnerTitleName {
		return acts
	}
	out := acts[:0:0]
	for _, a := range acts {
		if !ownerTitle(a.Title, name) {
			out = append(out, a)
		}
	}
	return out
}

// minOwnerTitleName keeps short names ("ACME", "Kite") from matching
// titles by chance.
const minOwnerTitleName = 6

// ownerTitle: title is the controller's name, in letters only, perhaps after
// "the" and before "privacy policy" or a place.
func ownerTitle(title, name string) bool {
	title = reShortForm.ReplaceAllString(title, "") // "… Gemeinde (KjG) Dossenheim": the short form is the name's
	t := strings.TrimPrefix(lettersOnly(title), "the")
	for _, tail := range ownerTitleTails {
		t = strings.TrimSuffix(t, tail)
	}
	rest, ok := strings.CutPrefix(t, name)
	return ok && len(rest) <= maxOwnerTitlePlace
}
