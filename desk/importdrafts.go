package desk

import (
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
		Services: rc.Category, DPA: model.DPA{Status: "none"}}
	if p.Role == "" {
		p.Role = "processor"
	}
	if rc.DPAMentioned {
		// the policy says a DPA exists; its date is for the DPO to record
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

func draftActivity(ra policy.Activity) *model.Activity {
	act := &model.Activity{Name: ra.Title, Status: model.StatusDraft, Purposes: ra.Purposes,
		LegalBases: ra.LegalBases, DataCategories: ra.DataCategories, Recipients: ra.Recipients}
	if ra.Retention != "" {
		act.Retention = []model.Retention{{Category: "all data of this activity", Period: ra.Retention}}
	}
	act.Source = firstEvidence([]model.Evidence{ra.Evidence})
	return act
}

func mergeActivity(act, draft *model.Activity) {
	act.Purposes = union(act.Purposes, draft.Purposes, "")
	act.LegalBases = union(act.LegalBases, draft.LegalBases, "")
	act.DataCategories = union(act.DataCategories, draft.DataCategories, "")
	act.Recipients = union(act.Recipients, draft.Recipients, "")
	if len(act.Retention) == 0 {
		act.Retention = draft.Retention
	}
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
