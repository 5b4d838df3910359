package desk

import (
	"slices"
	"strings"

	"github.com/dpodesk/dpodesk/importers/policy"
	"github.com/dpodesk/dpodesk/model"
)

// roleOf maps the importer's recipient roles onto the processor register's roles.
var roleOf = map[string]string{
	"processor": "processor", "third_party": "independent_controller",
	"joint_controller": "joint_controller", "unknown": "processor",
}

// mechanismOf maps the importer's transfer safeguards onto register mechanisms;
// consent to a transfer is an Art. 49(1)(a) derogation.
var mechanismOf = map[string]string{
	"adequacy": "adequacy", "scc": "scc", "dpf": "dpf", "bcr": "bcr", "consent": "derogation", "other": "other",
}

func draftProcessor(rc policy.Recipient) *model.Processor {
	p := &model.Processor{Name: rc.Name, LegalEntity: rc.LegalEntity, Aliases: rc.Aliases, Status: model.StatusDraft,
		Role: roleOf[rc.Role], Country: rc.Country, TransferMechanism: mechanismOf[rc.Safeguard],
		Services: rc.Category, DPA: model.DPA{Status: "unknown"}}
	if p.Role == "" {
		p.Role = "processor"
	}
	if rc.DPAMentioned {
		// the policy says a DPA exists; the draft says signed, and the DPO
		// records its date before making the processor active
		p.DPA.Status = "signed"
	}
	if rc.Country != "" {
		p.Countries = []string{rc.Country}
	}
	p.Source = firstEvidence(rc.Evidence)
	return p
}

// mergeProcessor adds what a draft says and the register lacks; it never
// overwrites what the DPO recorded.
func mergeProcessor(p, draft *model.Processor) {
	if p.DPA.Status == "" || p.DPA.Status == "unknown" {
		p.DPA.Status = draft.DPA.Status
	}
	p.Aliases = union(p.Aliases, append([]string{draft.LegalEntity}, draft.Aliases...), p.Name)
	if p.Country == "" {
		p.Country = draft.Country
	}
	if p.TransferMechanism == "" {
		p.TransferMechanism = draft.TransferMechanism
	}
	if p.LegalEntity == "" {
		p.LegalEntity = draft.LegalEntity
	}
}

// draftActivity turns a suggested activity into a draft the validator
// accepts: codes and keys where the rules expect them (model.Activity.Normalize)
// and, for consent, the withdrawal route the policy states.
func draftActivity(ra policy.Activity, withdrawal string) *model.Activity {
	act := &model.Activity{Name: ra.Title, Status: model.StatusDraft, Purposes: ra.Purposes,
		LegalBases: ra.LegalBases, DataCategories: ra.DataCategories, Recipients: ra.Recipients}
	if ra.Retention != "" {
		act.Retention = []model.Retention{{Category: "all data of this activity", Period: ra.Retention}}
	}
	act.Source = firstEvidence([]model.Evidence{ra.Evidence})
	act.Normalize()
	if slices.Contains(act.LegalBases, "6.1.a") || slices.Contains(act.Art9Conditions, "9.2.a") {
		act.ConsentWithdrawal = withdrawal
	}
	return act
}

// withdrawalRoute is the passage where the policy says how consent is
// withdrawn, or "" when it does not say.
func withdrawalRoute(r policy.Report) string {
	for _, c := range r.RightsEvidence {
		if c.Code == "withdraw_consent" && strings.TrimSpace(c.Evidence.Quote) != "" {
			return strings.TrimSpace(c.Evidence.Quote)
		}
	}
	return ""
}

// mergeActivity adds what a draft says and the record lacks. Purposes are the
// DPO's wording: once a record has any, a re-imported policy's sentences are
// not appended again, however the DPO has reworded them.
func mergeActivity(act, draft *model.Activity) {
	if len(act.Purposes) == 0 {
		act.Purposes = draft.Purposes
	}
	act.LegalBases = union(act.LegalBases, draft.LegalBases, "")
	act.Art9Conditions = union(act.Art9Conditions, draft.Art9Conditions, "")
	act.DataCategories = union(act.DataCategories, draft.DataCategories, "")
	act.Recipients = union(act.Recipients, draft.Recipients, "")
	if len(act.Retention) == 0 {
		act.Retention = draft.Retention
	}
	if strings.TrimSpace(act.ConsentWithdrawal) == "" {
		act.ConsentWithdrawal = draft.ConsentWithdrawal
	}
	act.Normalize()
}

// firstEvidence copies the first passage; its DocumentID is set once the store
// has given the document its ID (merger.resolve).
func firstEvidence(ev []model.Evidence) *model.Evidence {
	if len(ev) == 0 {
		return nil
	}
	e := ev[0]
	return &e
}

// union appends the new values the list lacks (case-insensitively), skipping
// empty values and the record's own name.
func union(have, add []string, self string) []string {
	seen := map[string]bool{lower(self): true, "": true}
	for _, h := range have {
		seen[lower(h)] = true
	}
	for _, v := range add {
		if !seen[lower(v)] {
			have = append(have, v)
			seen[lower(v)] = true
		}
	}
	return have
}

func lower(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
