package policy

import (
	"strings"
)

// A sentence states a third-country transfer when it names a destination outside
// the EU/EEA together with sending, storing or processing, and is not a denial.
var (
	reThirdCountry = newKW(`(?i)third countr|drittl(?:and|änder)|drittstaat|outside (?:of )?(?:the )?(?:EU\b|EEA\b|European|UK\b|United Kingdom)|au(?:ß|ss)erhalb (?:des (?:raumes|raums|gebietes|gebiets) )?(?:der |des )?(?:schweiz und (?:der |des )?)?(?:EU\b|EWR\b|europäischen)|\b(?:USA\b|U\.S\.(?:A\.)?)|united states|vereinigte(?:n)? staaten|\bUS[- ]servers?|servers? in the US\b|\b(?:international(?:e)? (?:transfer|übermittlung)|countr(?:y|ies) (?:that (?:do|does) not (?:offer|provide|ensure|have)|without (?:an )?adequate|not recogni[sz]ed as)|länder(?:n)? ohne (?:ein )?angemessen)`, "countr", "länder", "third countr", "dritt", "outside", "außerhalb", "ausserhalb", "usa", "u.s.", "united states", "vereinigte", "us-server", "us server", "in the us", "international")
	reTransferVerb = newKW(`(?i)transfer|transmi|\bpass(?:es|ed|ing)?\b|sent\b|sends?\b|process(?:es|ed|ing)?\b|stor(?:e|es|ed|ing)\b|hosted|hosting|(?:may be|is|are|will be) (?:situated|located)\b|server|übermitt|übertrag|verarbeit|gespeichert|speicher|weitergeleitet|weitergegeben|übersandt|access`, "transfer", "transmi", "pass", "sent", "send", "process", "stor", "host", "situated", "located", "server", "übermitt", "übertrag", "verarbeit", "gespeichert", "speicher", "weitergeleitet", "weitergegeben", "übersandt", "access")
	reDenial       = newKW(`(?i)\b(?:(?:no|not|never|nicht|keine?|none)\b[^.]{0,60}(?:transfer|übermitt|übertrag|third countr|drittl|outside|außerhalb)|(?:only|ausschließlich|exclusively|nur)\b[^.]{0,40}(?:within|innerhalb)|\bfindet (?:\S+ ){0,3}?nicht statt\b|\bdoes not take place\b`+
		// the denial after its subject: "Eine Übermittlung in Drittländer ist
		// nicht geplant", "A transfer to third countries is not intended"
		`|\b(?:ist|sind|wird|werden|is|are)\s+(?:\S+\s+)?(?:nicht|not)\s+(?:geplant|vorgesehen|beabsichtigt|planned|intended|envisaged|foreseen)\b)`,
		"no", "not", "never", "nicht", "kein", "none", "only", "ausschließlich", "exclusively", "nur")
)

// reInTheUS is "in the US" written with capitals, which the case-insensitive
// patterns cannot tell from the pronoun.
var reInTheUS = lazy(`\b(?:in|to|into) the US\b`)

// findTransfers reports whether the text says data is or may be transferred
// outside the EU/EEA, with the sentences that say so. A recipient with a transfer
// safeguard also counts: the safeguard exists for such a transfer.
func findTransfers(d *docView, recs []Recipient) (bool, []Evidence) {
	var ev []Evidence
	for si, s := range d.sents {
		sv := d.sv(si)
		loc := reThirdCountry.findS(sv)
		if loc == nil && strings.Contains(sv.txt, " US") {
			loc = reInTheUS.FindStringIndex(sv.txt)
		}
		if loc == nil || !reTransferVerb.matchS(sv) || reDenial.matchS(sv) || isQuestion(sv.txt) {
			continue
		}
		if from := rightsFrom(d, si); from == 0 || from > 0 && from < loc[0] {
			continue // the explanation of a right ("… you have the right to be informed of the safeguards")
		}
		ev = append(ev, d.evidence(s.start+loc[0], s.start+loc[1]))
		if len(ev) == 5 {
			break
		}
	}
	if len(ev) == 0 {
		for _, r := range recs {
			if r.Safeguard != "" && r.Safeguard != "consent" && len(r.Evidence) > 0 {
				ev = append(ev, r.Evidence[0])
				break
			}
		}
	}
	return len(ev) > 0, ev
}

// isQuestion: a question ("Werden Daten in Drittländer übermittelt?", a FAQ
// heading) says nothing; the answer below it does.
func isQuestion(s string) bool { return strings.HasSuffix(strings.TrimSpace(s), "?") }
