package policy

import "strings"

// reRegionalBank is a German savings or cooperative bank, which is named by
// its kind and its region without a legal form: "Sparkasse Vest
// Recklinghausen", "VR-Bank Muldental", "Volksbank Mittelhessen eG". The
// prefilter words are its kinds, in lower case.
var reRegionalBank = newKW(`\b(?:(?:Kreis|Stadt)?[Ss]parkasse|Volksbank|Raiffeisenbank|Volks- und Raiffeisenbank|VR[- ]?Bank|Sparda-Bank|PSD Bank)(?:[ -]\p{Lu}[\p{L}-]*)+(?: eG)?\b`,
	"sparkasse", "volksbank", "raiffeisenbank", "vr-bank", "vr bank", "vrbank", "sparda-bank", "psd bank")

// bankFlowWords say that data go to the bank: a club passes its members'
// bank details on to collect the fees.
var bankFlowWords = []string{"weitergeleitet", "weitergegeben", "übermittelt", "beitragseinzug", "lastschrift", "einzug der"}

// regionalBanks finds such banks named where data go to them ("Die Daten
// der Bankverbindung der Mitglieder werden zum Zwecke des Beitragseinzugs an
// das Bankinstitut (VR-Bank Muldental) weitergeleitet"). A bank named for
// the controller's own account (an imprint's "Bankverbindung") receives no
// personal data and is left out.
func regionalBanks(d *docView) []orgCand {
	var out []orgCand
	for si, s := range d.sents {
		sv := d.sv(si)
		if !reRegionalBank.mayS(sv) || !containsAny(sv.lower, bankFlowWords) {
			continue
		}
		for _, m := range reRegionalBank.findAllS(sv) {
			name := strings.TrimSpace(sv.txt[m[0]:m[1]])
			out = append(out, orgCand{name: name, start: s.start + m[0], end: s.start + m[0] + len(name)})
		}
	}
	return out
}
