package model

import (
	"fmt"
	"strings"
	"time"
)

// Problem severities: an error blocks saving, a warning is shown beside the record.
const (
	SeverityError = "error"
	SeverityWarn  = "warn"
)

// Problem is one thing wrong with a record, addressed to the DPO: Field is the
// record's JSON field name (with an index for list items), Message says what to do.
type Problem struct {
	Field    string `json:"field"`
	Message  string `json:"message"`
	Severity string `json:"severity"`
	// Text is Message unformatted, for faces that show it in German.
	Text Msg `json:"-"`
}

// MessageIn is the problem's message in lang.
func (p Problem) MessageIn(lang string) string { return p.text().In(lang) }

func (p Problem) text() Msg {
	if p.Text.Format == "" {
		return M("%s", p.Message)
	}
	return p.Text
}

// HasErrors reports whether any problem blocks saving.
func HasErrors(ps []Problem) bool {
	for _, p := range ps {
		if p.Severity == SeverityError {
			return true
		}
	}
	return false
}

type problems []Problem

func (ps *problems) errorf(field, format string, args ...any) {
	m := M(format, args...)
	*ps = append(*ps, Problem{Field: field, Message: m.In("en"), Severity: SeverityError, Text: m})
}

func (ps *problems) warnf(field, format string, args ...any) {
	m := M(format, args...)
	*ps = append(*ps, Problem{Field: field, Message: m.In("en"), Severity: SeverityWarn, Text: m})
}

// missingf reports documentation a record lacks: an error for a record in
// force, a warning for a draft (an import's suggestion), which the DPO
// completes before making it active. Malformed values are errors either way.
func (ps *problems) missingf(draft bool, field, format string, args ...any) {
	if draft {
		ps.warnf(field, format, args...)
		return
	}
	ps.errorf(field, format, args...)
}

// Validate checks an activity against Art. 30(1) and the documentation each legal
// basis needs. Transfers are judged against the adequacy list of today.
func (a Activity) Validate() []Problem { return a.ValidateOn(Today(time.Local)) }

// ValidateOn is Validate with the day the adequacy list is read for.
func (a Activity) ValidateOn(on Date) []Problem {
	var ps problems
	if strings.TrimSpace(a.Name) == "" {
		ps.errorf("name", "give the activity a name")
	}
	bases := a.checkBases(&ps)
	a.checkSpecialData(&ps, bases)
	a.checkBasisDocumentation(&ps, bases)
	a.checkTransfers(&ps, on)
	a.checkWherePossible(&ps)
	a.checkDPIA(&ps)
	return ps
}

// activityBases holds the codes an activity's bases resolve to.
type activityBases struct {
	codes     map[string]bool // "6.1.f", "9.2.a", "BDSG 26" (UK codes without the law)
	art9      bool            // at least one Art. 9(2) condition (or § 22 BDSG)
	bdsg26    bool
	art6Count int
}

func (a Activity) checkBases(ps *problems) activityBases {
	b := activityBases{codes: map[string]bool{}}
	for i, s := range a.LegalBases {
		lb, err := ParseLegalBasis(s)
		field := fmt.Sprintf("legal_bases[%d]", i)
		switch {
		case err != nil:
			ps.errorf(field, "%v", err)
		case lb.IsArt9():
			ps.errorf(field, "%s is an Art. 9(2) condition: record it under Art. 9 conditions, beside an Art. 6(1) basis", lb.Code())
		default:
			b.note(lb)
		}
	}
	for i, s := range a.Art9Conditions {
		lb, err := ParseLegalBasis(s)
		field := fmt.Sprintf("art9_conditions[%d]", i)
		switch {
		case err != nil:
			ps.errorf(field, "%v", err)
		case lb.IsArt6():
			ps.errorf(field, "%s is an Art. 6(1) basis, not an Art. 9(2) condition: record it under legal bases", lb.Code())
		default:
			b.note(lb)
			b.art9 = true
		}
	}
	if a.NationalBasis != "" {
		if lb, err := ParseLegalBasis(a.NationalBasis); err == nil {
			b.note(lb)
		}
	}
	return b
}

func (b *activityBases) note(lb LegalBasis) {
	b.codes[lb.gdprCode()] = true
	if lb.IsArt6() {
		b.art6Count++
	}
	if lb.Law == LawBDSG && lb.Article == "26" {
		b.bdsg26 = true
	}
}

func (a Activity) checkSpecialData(ps *problems, b activityBases) {
	var art9, art10 []string
	for _, t := range specialCategories(a.DataCategories) {
		if t.Article == "10" {
			art10 = append(art10, t.EN)
		} else {
			art9 = append(art9, t.EN)
		}
	}
	draft := a.Status == StatusDraft
	if len(art9) > 0 && !b.art9 {
		ps.missingf(draft, "art9_conditions", "%s is special category data (Art. 9(1)): record an Art. 9(2) condition, e.g. 9.2.b for employment or 9.2.a for explicit consent", strings.Join(art9, ", "))
	}
	if len(art9) > 0 && b.art6Count == 0 && len(a.LegalBases) > 0 {
		ps.warnf("legal_bases", "Art. 9 data needs an Art. 6(1) basis as well as the Art. 9(2) condition")
	}
	if len(art10) > 0 && strings.TrimSpace(a.Art10Basis) == "" {
		ps.missingf(draft, "art10_basis", "criminal convictions and offences data (Art. 10) needs a basis in Union or Member State law: name it")
	}
}

func (a Activity) checkBasisDocumentation(ps *problems, b activityBases) {
	if (b.codes["6.1.a"] || b.codes["9.2.a"]) && strings.TrimSpace(a.ConsentWithdrawal) == "" {
		ps.missingf(a.Status == StatusDraft, "consent_withdrawal", "consent must be as easy to withdraw as to give (Art. 7(3)): describe how data subjects withdraw it")
	}
	if (b.codes["6.1.c"] || b.codes["6.1.e"]) && strings.TrimSpace(a.LawReference) == "" {
		ps.warnf("law_reference", "Art. 6(1)(c) and (e) rest on a law (Art. 6(3)): name the provision")
	}
	if b.codes["6.1.f"] && strings.TrimSpace(a.LegitimateInterest) == "" {
		ps.warnf("legitimate_interest", "legitimate interests need a balancing record: the interest, why processing is necessary, and why it outweighs the data subjects' interests")
	}
	if b.bdsg26 && !b.codes["6.1.b"] && !b.codes["6.1.c"] {
		ps.warnf("legal_bases", "§ 26 BDSG may not be a valid basis after CJEU C-34/21 (30 Mar 2023): pair it with Art. 6(1)(b) or (c)")
	}
}

func (a Activity) checkTransfers(ps *problems, on Date) {
	for i, t := range a.Transfers {
		field := fmt.Sprintf("transfers[%d]", i)
		checkTransfer(ps, a.Status == StatusDraft, field+".country", field+".mechanism", t.Country, t.Mechanism, on)
		if mentionsPrivacyShield(t.Documentation) && NormalizeMechanism(t.Mechanism) != "privacy_shield" {
			ps.errorf(field+".documentation", "the documentation relies on Privacy Shield, invalid since CJEU C-311/18 (16 Jul 2020)")
		}
	}
}

// checkTransfer is shared by activities and processors.
func checkTransfer(ps *problems, draft bool, cField, mField, country, mechanism string, on Date) {
	if strings.TrimSpace(country) == "" {
		ps.missingf(draft, cField, "name the country the data goes to")
		return
	}
	c, ok := Country(country)
	if !ok {
		ps.errorf(cField, "%q is not an ISO 3166 country code: use two letters such as US, CH, IN", country)
		return
	}
	m := NormalizeMechanism(mechanism)
	switch {
	case m == "privacy_shield":
		ps.errorf(mField, "Privacy Shield is invalid since CJEU C-311/18 (16 Jul 2020): use the Data Privacy Framework (if the importer is certified) or SCCs")
	case m != "" && !knownTerm(VocabTransferMechanism, m):
		ps.errorf(mField, "%q is not a transfer mechanism: use one of %s", mechanism, keyList(VocabTransferMechanism))
	case TransferNeedsSafeguard(c.ISO2, m, on):
		ps.missingf(draft, mField, "%s has no adequacy decision covering this transfer: record a safeguard (SCCs, BCRs, DPF for certified US importers) or an Art. 49 derogation", c.EN)
	}
}

func (a Activity) checkWherePossible(ps *problems) {
	if len(a.Retention) == 0 && strings.TrimSpace(a.RetentionJustification) == "" {
		ps.warnf("retention", "no retention periods (Art. 30(1)(f)): record them, or why they cannot be fixed yet")
	}
	if strings.TrimSpace(a.TOMs) == "" && strings.TrimSpace(a.TOMsJustification) == "" {
		ps.warnf("toms", "no security measures described (Art. 30(1)(g)): summarise them, or record why not")
	}
}

func (a Activity) checkDPIA(ps *problems) {
	for i, c := range a.DPIA.Criteria {
		if !knownTerm(VocabWP248, c) {
			ps.errorf(fmt.Sprintf("dpia.criteria[%d]", i), "%q is not a WP248 criterion: use one of %s", c, keyList(VocabWP248))
		}
	}
	if d := a.DPIA.Decision; d != "" && !knownTerm(VocabDPIADecision, d) {
		ps.errorf("dpia.decision", "%q is not a DPIA decision: use one of %s", d, keyList(VocabDPIADecision))
	}
}

func knownTerm(kind, key string) bool {
	_, ok := LookupTerm(kind, key)
	return ok
}

func keyList(kind string) string {
	var ks []string
	for _, t := range Vocabulary(kind) {
		ks = append(ks, t.Key)
	}
	return strings.Join(ks, ", ")
}

func mentionsPrivacyShield(s string) bool {
	return strings.Contains(strings.ToLower(s), "privacy shield")
}

// Validate checks a processor record: who it is, its role, its DPA and where the
// data goes. Transfers are judged against the adequacy list of today.
func (p Processor) Validate() []Problem { return p.ValidateOn(Today(time.Local)) }

// ValidateOn is Validate with the day the adequacy list is read for.
func (p Processor) ValidateOn(on Date) []Problem {
	var ps problems
	if strings.TrimSpace(p.Name) == "" {
		ps.errorf("name", "give the processor a name")
	}
	if !knownTerm(VocabProcessorRole, p.Role) {
		ps.errorf("role", "choose the role: %s", keyList(VocabProcessorRole))
	}
	p.checkDPA(&ps, on)
	p.checkCountries(&ps, on)
	return ps
}

func (p Processor) checkDPA(ps *problems, on Date) {
	d := p.DPA
	if !d.SignedOn.IsZero() && d.SignedOn.After(on) {
		ps.errorf("dpa.signed_on", "the DPA cannot have been signed on %s, after today (%s): give the date it was signed", d.SignedOn, on)
	}
	if !d.SignedOn.IsZero() && !d.NextReview.IsZero() && d.NextReview.Before(d.SignedOn) {
		ps.errorf("dpa.next_review", "the review on %s comes before the signing on %s: give a review date after it", d.NextReview, d.SignedOn)
	}
	if d.Status != "" && !knownTerm(VocabDPAStatus, d.Status) {
		ps.errorf("dpa.status", "%q is not a DPA status: use one of %s", d.Status, keyList(VocabDPAStatus))
	}
	if d.Status == "signed" && d.SignedOn.IsZero() {
		ps.missingf(p.Status == StatusDraft, "dpa.signed_on", "a signed DPA needs the date it was signed")
	}
	if d.Form != "" && !knownTerm(VocabDPAForm, d.Form) {
		ps.errorf("dpa.form", "%q is not a DPA form: use one of %s", d.Form, keyList(VocabDPAForm))
	}
	var missing []string
	for _, t := range Vocabulary(VocabArt28Clause) {
		if d.Clauses != nil && !d.Clauses[t.Key] {
			missing = append(missing, t.Key)
		}
	}
	for k := range d.Clauses {
		if !knownTerm(VocabArt28Clause, k) {
			ps.errorf("dpa.clauses", "%q is not an Art. 28(3) point: use a to h", k)
		}
	}
	if d.Status == "signed" && len(missing) > 0 {
		ps.warnf("dpa.clauses", "the DPA lacks Art. 28(3) points %s", strings.Join(missing, ", "))
	}
}

// checkCountries needs a mechanism for every country outside the EEA without
// adequacy: the seat, the processing countries and each sub-processor's country.
func (p Processor) checkCountries(ps *problems, on Date) {
	if p.Country != "" {
		if _, ok := Country(p.Country); !ok {
			ps.errorf("country", "%q is not an ISO 3166 country code: use two letters such as DE, US", p.Country)
		}
	}
	for i, c := range p.Countries {
		checkTransfer(ps, p.Status == StatusDraft, fmt.Sprintf("countries[%d]", i), "transfer_mechanism", c, p.TransferMechanism, on)
	}
	for i, s := range p.SubProcessors {
		if s.Country != "" {
			f := fmt.Sprintf("sub_processors[%d]", i)
			checkTransfer(ps, p.Status == StatusDraft, f+".country", f+".mechanism", s.Country, s.Mechanism, on)
		}
	}
}

// Plausible receipt dates. A request received before 1970 or after 2100 is a
// typo (year 0000, 1900, 20266), and its deadline would be nonsense.
const (
	firstPlausibleYear = 1970
	lastPlausibleYear  = 2100
)

// CheckReceived refuses a receipt date outside 1970–2100.
func CheckReceived(t time.Time) error {
	if y := t.Year(); y < firstPlausibleYear || y > lastPlausibleYear {
		return fmt.Errorf("received date %s is implausible (before %d or after %d); give the date the request arrived",
			t.Format("2006-01-02"), firstPlausibleYear, lastPlausibleYear)
	}
	return nil
}
