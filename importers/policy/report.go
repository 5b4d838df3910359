// Package policy extracts the GDPR facts of a privacy policy — controller, DPO,
// supervisory authority, legal bases, rights, recipients, transfers, retention
// periods and processing activities — from an imported document. Every fact keeps
// the passage it was taken from, so a reviewer can check it against the source.
//
// Extract is pure: it reads only the document and the embedded vendor catalogue.
package policy

import (
	"github.com/dpodesk/dpodesk/model"
)

// Report is the result of extracting one document; its JSON form is the import
// report that `dpodesk import --json` prints.
type Report struct {
	Source               string      `json:"source"`
	Format               string      `json:"format"`
	Language             string      `json:"language"`
	SHA256               string      `json:"sha256"`
	Controller           Party       `json:"controller"`
	DPO                  Party       `json:"dpo"`
	Representative       Party       `json:"representative"` // the controller's Art. 27 representative
	SupervisoryAuthority string      `json:"supervisory_authority"`
	AuthorityEvidence    []Evidence  `json:"supervisory_authority_evidence,omitempty"`
	ThirdCountryTransfer bool        `json:"third_country_transfer"`
	TransferEvidence     []Evidence  `json:"transfer_evidence,omitempty"`
	LegalBases           []string    `json:"legal_bases"`
	LegalBasisEvidence   []Citation  `json:"legal_basis_evidence,omitempty"`
	Rights               []string    `json:"rights"`
	RightsEvidence       []Citation  `json:"rights_evidence,omitempty"`
	Recipients           []Recipient `json:"recipients"`
	Retention            []Retention `json:"retention"`
	Activities           []Activity  `json:"activities"`
	Findings             []Finding   `json:"findings"`
}

// Evidence is where a fact was found: a section path, byte offsets into the
// document text and the sentence itself.
type Evidence = model.Evidence

// Party is the controller or the data protection officer.
type Party struct {
	Name     string     `json:"name"`
	Email    string     `json:"email"`
	Address  string     `json:"address,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Citation ties a code (a legal basis such as "6.1.f", or a right) to its passage.
type Citation struct {
	Code     string   `json:"code"`
	Evidence Evidence `json:"evidence"`
}

// Recipient is a named organisation that receives personal data.
type Recipient struct {
	Name         string     `json:"name"`
	LegalEntity  string     `json:"legal_entity"`
	Aliases      []string   `json:"aliases"`
	Country      string     `json:"country"`
	Role         string     `json:"role"`
	Safeguard    string     `json:"safeguard"`
	DPAMentioned bool       `json:"dpa_mentioned"`
	Category     string     `json:"category,omitempty"`
	Known        bool       `json:"catalogued"` // found through the vendor catalogue
	Evidence     []Evidence `json:"evidence"`
}

// Retention is one retention rule: a period (days = 0 when it is tied to an event
// rather than fixed) and the data it applies to.
type Retention struct {
	Text      string   `json:"text"`
	Days      int      `json:"days"`
	AppliesTo string   `json:"applies_to"`
	Section   string   `json:"section"`
	Evidence  Evidence `json:"evidence"`
}

// Activity is a processing activity suggested from one section of the policy.
type Activity struct {
	Title          string   `json:"title"`
	Section        string   `json:"section"`
	Purposes       []string `json:"purposes"`
	LegalBases     []string `json:"legal_bases"`
	DataCategories []string `json:"data_categories"`
	Recipients     []string `json:"recipients"`
	Retention      string   `json:"retention"`
	Evidence       Evidence `json:"evidence"`
}

// Finding is something a DPO should act on.
type Finding struct {
	Severity string     `json:"severity"` // info, warn, high
	Rule     string     `json:"rule"`
	Message  string     `json:"message"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Extract reads the facts of one document. It never fails: what it cannot find is
// left empty.
func Extract(doc model.Document) Report {
	d := newDocView(doc)
	r := Report{
		Source: doc.Name, Format: doc.Format, SHA256: doc.SHA256,
		Language: d.lang,
	}
	// The extractors run as tasks on every core (runTasks): all only read
	// the prepared view, and each lazy cache is filled by one of them (basis
	// sections: the legal bases; recipient cues: the recipients). The longest
	// chain comes first: what the recipients are read from and the parties,
	// then the recipients, which need both; the legal bases, retention, the
	// activity search's plan of the sections and the rights fill the cores
	// around it.
	var bases basisSet
	var plan activityPlan
	var sources recipientSources
	const gather, parties = 0, 1
	runTasks([]task{
		gather: {run: func() { sources = gatherRecipientSources(d) }},
		parties: {run: func() {
			r.Controller, r.DPO = findParties(d)
			r.Representative = findRepresentative(d, r.Controller)
			r.SupervisoryAuthority, r.AuthorityEvidence = findAuthority(d)
		}},
		{after: []int{gather, parties}, run: func() {
			r.Recipients = findRecipients(d, r.Controller, r.DPO, r.Representative, sources)
			r.ThirdCountryTransfer, r.TransferEvidence = findTransfers(d, r.Recipients)
		}},
		{run: func() { bases = findLegalBases(d) }},
		{run: func() { r.Retention = findRetention(d) }},
		{run: func() { plan = planActivities(d) }},
		{run: func() { r.Rights, r.RightsEvidence = findRights(d) }},
	})
	r.LegalBases, r.LegalBasisEvidence = bases.codes(), bases.evidence()
	r.Activities = mergeSameTitles(d, dropOwnerTitles(findActivities(d, plan, bases, r.Recipients, r.Retention), r.Controller.Name))
	if clauseAsName(r.Controller.Name) {
		// "Wer" from "Wer verarbeitet Ihre Daten?", "Nor-Tech through the
		// Services" from a sentence: no name is better than this one. It
		// still kept the organisation's own mentions out of the recipients
		// and the activities; the mailbox found beside it stays.
		r.Controller.Name, r.Controller.Address, r.Controller.Evidence = "", "", nil
	}
	r.Findings = findFindings(d, &r, bases)
	if r.Retention == nil {
		r.Retention = []Retention{} // JSON lists, never null
	}
	return r
}
