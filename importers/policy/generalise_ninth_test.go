package policy

import "testing"

// The fixtures of this file were written for the ninth round: patterns of
// notices from a tenth development set of real policies.

// A common German model notice numbers the items of its lists "(1)", "(2)",
// … one a line between blank lines, after "Folgende Daten werden hierbei
// erhoben:"; the items are no sections, and the last one must not swallow
// the text after the list (S-LISTHEAD). Its rights chapter spells out every
// article, with lettered sub-sections under "Recht auf Löschung" ("Information
// an Dritte", "Ausnahmen"): nothing under a rights chapter is an activity,
// also where that chapter is most of the document (A-GEN).
func TestNumberedListItemsAndRightsChapter(t *testing.T) {
	r := fixtureReport(t, "paren-list-items-de.txt")
	wantTitles(t, r, []string{"Bereitstellung der Website und Erstellung von Logfiles", "Bestellformular für Torten"})
	r = fixtureReport(t, "rights-chapter-long-de.md")
	wantTitles(t, r, []string{"Kontaktformular"})
}
