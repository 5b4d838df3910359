package policy

import "testing"

// The fixtures of this file were written for the twelfth round: the
// scalars a DPO copies into the organisation record.

// "In this notice, references to ‘we’ or ‘us’ means …" defines the
// controller with single quotes; the mailbox of a "[Membership
// Secretary](mailto:…)" link is its contact (C-CUEVOCAB).
func TestControllerWeInSingleQuotes(t *testing.T) {
	wantController(t, map[string][2]string{
		"controller-we-single-quotes-en.md": {"Kestrel Archers", "members@kestrel-archers.example"},
	})
}

// A model notice writes "Diese Datenschutz-Information gilt für die
// Datenverarbeitung durch" on a line of its own over the practice's name:
// the line introduces the name and is none (C-FALSECUE).
func TestControllerBelowAppliesToProcessingBy(t *testing.T) {
	r := fixtureReport(t, "controller-applies-to-processing-by-de.md")
	wantControllerAt(t, r, "Logopädische Gemeinschaftspraxis Weidenau Marten & Ilse", "Am Lindenhang 7, 57000 Musterstadt")
}

// A name that is an ordinary word names its authority only beside its
// country or short name: "Datenschutzbehörden verlangen …" and "bei jeder
// Datenschutzbehörde" are no Austrian authority; a model text's misspelt
// "Landesbeauftrage" and "Information Commissioners Office" are found and
// reported by the office's own name; the churches' supervisors are named
// for church bodies (D-AUTHORITY).
func TestAuthorityWordsAndChurchSupervisors(t *testing.T) {
	wantEach(t, "authority", map[string][]string{
		"authority-generic-behoerde-de.md": {"Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg"},
		"authority-generic-only-de.md":     {""},
		"authority-austria-dsb-de.md":      {"Datenschutzbehörde"},
		"authority-commissioners-en.md":    {"Information Commissioner's Office (ICO)"},
		"authority-church-catholic-de.md":  {"Diözesandatenschutzbeauftragte des Bistums Weidenfels"},
		"authority-church-centre-de.md":    {"Katholisches Datenschutzzentrum Frankfurt/M."},
		"authority-church-ekd-de.md":       {"Beauftragte für den Datenschutz der EKD"},
	}, func(r Report) []string { return []string{r.SupervisoryAuthority} })
}
