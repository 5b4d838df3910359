package model

import (
	"fmt"
	"slices"
	"strings"
)

// Finding severities, most urgent first. `dpodesk check` exits 1 on any high finding.
const (
	FindingHigh = "high"
	FindingWarn = "warn"
	FindingInfo = "info"
)

// Finding rules, as shown in `dpodesk check --json` and documented in docs/vocabularies.md.
const (
	RuleRequestOverdue        = "request-overdue"
	RuleRequestDueSoon        = "request-due-soon"
	RuleExtensionNotTold      = "extension-not-told-in-time"
	RuleActivityMissingFields = "activity-missing-fields"
	RuleConsentNoWithdrawal   = "consent-without-withdrawal"
	RuleArt9NoCondition       = "art9-without-condition"
	RuleDPIAUndecided         = "dpia-undecided"
	RuleProcessorWithoutDPA   = "processor-without-dpa"
	RuleProcessorReviewDue    = "processor-review-due"
	RuleActivityReviewDue     = "activity-review-due"
	RuleTransferNoSafeguard   = "transfer-without-safeguard"
	RulePrivacyShield         = "privacy-shield"
)

// Finding is one compliance problem across the registers, shared by the dashboard,
// `dpodesk check` and the importer's review.
type Finding struct {
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
	Kind     string `json:"kind"` // activity, processor, request
	RecordID uint64 `json:"record_id"`
	Label    string `json:"label"` // the record's name or ref
	// Text is Message unformatted, for faces that show it in German.
	Text Msg `json:"-"`
}

// MessageIn is the finding's message in lang.
func (f Finding) MessageIn(lang string) string {
	if f.Text.Format == "" {
		return f.Message
	}
	return f.Text.In(lang)
}

// newFinding builds a finding with its message in English and unformatted.
func newFinding(sev, rule, kind string, id uint64, label, format string, args []any) Finding {
	m := M(format, args...)
	return Finding{Severity: sev, Rule: rule, Message: m.In("en"), Text: m, Kind: kind, RecordID: id, Label: label}
}

// daysMsg is Days as a message: "3 days", "3 Tage".
func daysMsg(n int) Msg {
	if n == 1 || n == -1 {
		return M("%d day", n)
	}
	return M("%d days", n)
}

// CheckInput is what Check reads. Deadline is the workspace's deadline engine
// (DeadlineRules.Deadline); without it no request is checked.
type CheckInput struct {
	Activities []Activity
	Processors []Processor
	Requests   []Request
	Deadline   func(Request) Deadline
	Today      Date
}

// Check runs every rule and returns the findings ordered by severity, rule, label
// and record, so repeated runs print the same list.
func Check(in CheckInput) []Finding {
	var fs []Finding
	for _, r := range in.Requests {
		fs = append(fs, checkRequest(r, in)...)
	}
	for _, a := range in.Activities {
		fs = append(fs, checkActivity(a, in.Today)...)
	}
	for _, p := range in.Processors {
		fs = append(fs, checkProcessor(p, in.Today)...)
	}
	slices.SortFunc(fs, compareFindings)
	return fs
}

var severityRank = map[string]int{FindingHigh: 0, FindingWarn: 1, FindingInfo: 2}

// SeverityRank orders severities, most urgent first (high 0, warn 1, info 2);
// every list of findings sorts by it.
func SeverityRank(sev string) int { return severityRank[sev] }

func compareFindings(a, b Finding) int {
	if c := severityRank[a.Severity] - severityRank[b.Severity]; c != 0 {
		return c
	}
	if c := strings.Compare(a.Rule, b.Rule); c != 0 {
		return c
	}
	if c := strings.Compare(a.Label, b.Label); c != 0 {
		return c
	}
	if c := strings.Compare(a.Kind, b.Kind); c != 0 {
		return c
	}
	switch {
	case a.RecordID < b.RecordID:
		return -1
	case a.RecordID > b.RecordID:
		return 1
	}
	return strings.Compare(a.Message, b.Message)
}

// RequestOpen reports whether a request still needs an answer.
func RequestOpen(r Request) bool {
	switch r.Status {
	case "completed", "refused", "withdrawn":
		return false
	}
	return true
}

func checkRequest(r Request, in CheckInput) []Finding {
	if !RequestOpen(r) || in.Deadline == nil {
		return nil
	}
	label := r.Ref
	if label == "" {
		label = fmt.Sprintf("request %d", r.ID)
	}
	f := func(sev, rule, format string, args ...any) Finding {
		return newFinding(sev, rule, "request", r.ID, label, format, args)
	}
	dl := in.Deadline(r)
	var fs []Finding
	left := dl.DaysLeft(in.Today)
	what := M("due")
	if !dl.OnClock {
		what = M("due by its service level")
	}
	switch RequestUrgency(r, dl, in.Today) {
	case UrgencyOverdue:
		fs = append(fs, f(FindingHigh, RuleRequestOverdue, N("%s is %s overdue (%s %s)"), label, daysMsg(-left), what, dl.Due))
	case UrgencyDueSoon:
		fs = append(fs, f(FindingWarn, RuleRequestDueSoon, N("%s is due in %s (%s)"), label, daysMsg(left), dl.Due))
	}
	if dl.Extended {
		if msg := lateExtension(r, dl.FirstDue, in.Today); msg.Format != "" {
			fs = append(fs, f(FindingHigh, RuleExtensionNotTold, "%s: %s", label, msg))
		}
	}
	return fs
}

// lateExtension explains an extension the data subject was not told about within
// the first period (Art. 12(3)), or an empty Msg when it was told in time.
func lateExtension(r Request, firstDue, today Date) Msg {
	for _, e := range r.Events {
		if e.Kind != "extend" {
			continue
		}
		switch {
		case e.Notified.IsZero() && today.After(firstDue):
			return M("the extension was not recorded as told to the data subject by %s", firstDue)
		case !e.Notified.IsZero() && e.Notified.After(firstDue):
			return M("the data subject was told of the extension on %s, after the first deadline %s", e.Notified, firstDue)
		}
	}
	return Msg{}
}

func checkActivity(a Activity, today Date) []Finding {
	if a.Status == StatusRetired {
		return nil
	}
	f := func(sev, rule, format string, args ...any) Finding {
		return newFinding(sev, rule, "activity", a.ID, a.Name, format, args)
	}
	var fs []Finding
	if m := a.MissingFields(); len(m) > 0 {
		fs = append(fs, f(FindingWarn, RuleActivityMissingFields, N("missing Art. 30(1) fields: %s"), strings.Join(m, ", ")))
	}
	var ps problems
	b := a.checkBases(&ps)
	ps = nil
	a.checkBasisDocumentation(&ps, b)
	a.checkSpecialData(&ps, b)
	for _, p := range ps {
		switch p.Field {
		case "consent_withdrawal":
			fs = append(fs, f(FindingHigh, RuleConsentNoWithdrawal, "%s", p.text()))
		case "art9_conditions":
			fs = append(fs, f(FindingHigh, RuleArt9NoCondition, "%s", p.text()))
		}
	}
	if Review(a.Status, a.NextReview, today) == ReviewOverdue {
		fs = append(fs, f(FindingWarn, RuleActivityReviewDue, N("review was due on %s"), a.NextReview))
	}
	if s := ScreenDPIA(a); s.Suggest == DPIARequired && a.DPIA.Decision == "" {
		fs = append(fs, f(FindingWarn, RuleDPIAUndecided, N("%d WP248 criteria met and no DPIA decision recorded"), s.Count))
	}
	for _, t := range a.Transfers {
		fs = append(fs, transferFindings(f, t.Recipient, t.Country, t.Mechanism, t.Documentation, today)...)
	}
	return fs
}

func checkProcessor(p Processor, today Date) []Finding {
	if p.Status == StatusRetired {
		return nil
	}
	f := func(sev, rule, format string, args ...any) Finding {
		return newFinding(sev, rule, "processor", p.ID, p.Name, format, args)
	}
	var fs []Finding
	switch {
	case ProcessorNeedsDPA(p.Role, p.DPA.Status, p.Status) && p.DPA.Status == "unknown":
		fs = append(fs, f(FindingWarn, RuleProcessorWithoutDPA, N("not known whether a data processing agreement (Art. 28(3)) is signed: find out and record its status")))
	case ProcessorNeedsDPA(p.Role, p.DPA.Status, p.Status):
		fs = append(fs, f(FindingHigh, RuleProcessorWithoutDPA, N("no signed data processing agreement (Art. 28(3)); status: %s"),
			Bilingual{Label(VocabDPAStatus, orNone(p.DPA.Status), "en"), Label(VocabDPAStatus, orNone(p.DPA.Status), "de")}))
	case p.Role == "sub_processor" && p.DPA.Status != "signed":
		fs = append(fs, f(FindingInfo, RuleProcessorWithoutDPA, N("no signed sub-processing agreement on record (Art. 28(4))")))
	}
	if Review(p.Status, p.DPA.NextReview, today) == ReviewOverdue {
		fs = append(fs, f(FindingWarn, RuleProcessorReviewDue, N("DPA review was due on %s"), p.DPA.NextReview))
	}
	for _, c := range p.Countries {
		fs = append(fs, transferFindings(f, p.Name, c, p.TransferMechanism, "", today)...)
	}
	for _, s := range p.SubProcessors {
		if s.Country != "" {
			fs = append(fs, transferFindings(f, s.Name, s.Country, s.Mechanism, "", today)...)
		}
	}
	return fs
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

type findingFunc func(sev, rule, format string, args ...any) Finding

// transferFindings reports Privacy Shield (recorded as mechanism or mentioned in the
// documentation) and transfers that lack a legal ground. An unknown country code is
// a validation error, not a finding.
func transferFindings(f findingFunc, recipient, country, mechanism, doc string, today Date) []Finding {
	var fs []Finding
	to := Bilingual{country, country}
	if c, ok := Country(country); ok {
		to = Bilingual{c.EN, c.Name("de")}
	}
	if recipient != "" {
		to = Bilingual{recipient + " (" + to.EN + ")", recipient + " (" + to.DE + ")"}
	}
	m := NormalizeMechanism(mechanism)
	if m == "privacy_shield" || mentionsPrivacyShield(mechanism) || mentionsPrivacyShield(doc) {
		fs = append(fs, f(FindingHigh, RulePrivacyShield, N("transfer to %s relies on Privacy Shield, invalid since CJEU C-311/18 (16 Jul 2020)"), to))
	}
	if _, ok := Country(country); ok && TransferNeedsSafeguard(country, m, today) {
		fs = append(fs, f(FindingHigh, RuleTransferNoSafeguard, N("transfer to %s has no adequacy decision and no safeguard recorded"), to))
	}
	return fs
}
