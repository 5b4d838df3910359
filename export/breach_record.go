package export

import (
	"fmt"
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// record drafts the internal documentation Art. 33(5) requires for every
// breach: the facts, its effects, the remedial action, and the decisions with
// their reasons, so the authority can verify compliance.
func (d *breachDraft) record() {
	v := d.in.Breach
	d.title("Breach record (Art. 33(5) GDPR)", "Dokumentation einer Datenschutzverletzung (Art. 33 Abs. 5 DSGVO)")
	d.controller()
	d.field(d.t("Status", "Status"), breachStatusLabel(v.Status, d.lang), "")
	d.end()
	d.heading(d.t("Facts", "Sachverhalt"))
	d.facts()
	d.heading(d.t("Effects", "Auswirkungen"))
	d.scope()
	d.field(d.t("Likely consequences", "Wahrscheinliche Folgen"), v.Consequences,
		d.t("the likely consequences", "die wahrscheinlichen Folgen"))
	d.end()
	d.heading(d.t("Remedial action", "Abhilfemaßnahmen"))
	d.measures()
	d.assessment()
	d.decision()
	d.heading(d.t("Timeline", "Verlauf"))
	d.para(model.ClockRuleIn(v.AwareAt.In(v.Zone()), d.lang))
	if len(v.Updates) == 0 {
		d.para(d.t("No updates recorded.", "Keine Nachträge erfasst."))
	}
	d.updates()
}

func (d *breachDraft) assessment() {
	v := d.in.Breach
	d.heading(d.t("Risk assessment (ENISA method)", "Risikobewertung (ENISA-Methode)"))
	a := v.Assessment
	if a == nil {
		d.para(todo(d.t("assess the severity: dpodesk breach assess ID", "Schweregrad bewerten: dpodesk breach assess ID")))
		return
	}
	d.field("DPC", fmt.Sprintf("%d", a.DPC)+reason(a.DPCReason), "")
	d.field("EI", fmt.Sprintf("%g", a.EI)+reason(a.EIReason), "")
	cb := fmt.Sprintf("%g (C %g, I %g, A %g", a.CB(), a.Confidentiality, a.Integrity, a.Availability)
	if a.Malicious {
		cb += d.t(", malicious +0.5", ", böswillig +0,5")
	}
	d.field("CB", cb+")"+reason(a.CBReason), "")
	d.field(d.t("Severity", "Schweregrad"), fmt.Sprintf("SE = %d × %g + %g = %g (%s)", a.DPC, a.EI, a.CB(), a.SE(), bandLabel(a.Band(), d.lang)), "")
	d.field(d.t("Rationale", "Begründung"), a.Rationale, "")
	d.end()
}

func reason(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return " — " + s
}

func (d *breachDraft) decision() {
	v := d.in.Breach
	d.heading(d.t("Decision and notifications", "Entscheidung und Meldungen"))
	dec := v.Decision
	if dec == nil {
		d.para(todo(d.t("record the decision: dpodesk breach decide ID", "Entscheidung erfassen: dpodesk breach decide ID")))
	} else {
		d.field(d.t("Notify the authority (Art. 33)", "Meldung an die Aufsichtsbehörde (Art. 33)"), yesNo(dec.NotifyAuthority, d.lang), "")
		subj := yesNo(dec.NotifySubjects, d.lang)
		if dec.Exemption != "" {
			subj += d.t(", Art. 34(3)("+dec.Exemption+")", ", Art. 34 Abs. 3 lit. "+dec.Exemption)
		}
		d.field(d.t("Tell the data subjects (Art. 34)", "Benachrichtigung der Betroffenen (Art. 34)"), subj, "")
		d.field(d.t("Reasons", "Gründe"), dec.Reason, d.t("the reasons for the decision", "die Gründe der Entscheidung"))
		d.field(d.t("Decided", "Entschieden"), d.when(dec.DecidedAt), "")
	}
	if !v.SubjectsToldAt.IsZero() {
		d.field(d.t("Data subjects told", "Betroffene benachrichtigt"), d.when(v.SubjectsToldAt), "")
	}
	if n := v.Notice; n != nil {
		d.field(d.t("Authority notified", "Behörde gemeldet"), d.when(n.At), "")
		d.field(d.t("Authority reference", "Aktenzeichen der Behörde"), n.Reference, d.t("the authority's reference", "das Aktenzeichen der Behörde"))
		if n.DelayReasons != "" {
			d.field(d.t("Reasons for the delay", "Gründe für die Verzögerung"), n.DelayReasons, "")
		}
	}
	d.end()
}
