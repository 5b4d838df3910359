package policy

import (
	"fmt"
	"sort"
	"strings"
)

// Changes is what a newer version of a policy says differently from the older
// one: the facts a DPO must carry into the register after a policy update.
type Changes struct {
	RecipientsAdded   []string `json:"recipients_added"`
	RecipientsRemoved []string `json:"recipients_removed"`
	BasesAdded        []string `json:"legal_bases_added"`
	BasesRemoved      []string `json:"legal_bases_removed"`
	RetentionAdded    []string `json:"retention_added"`
	RetentionRemoved  []string `json:"retention_removed"`
	TransferChanged   bool     `json:"third_country_transfer_changed"`
	Transfer          bool     `json:"third_country_transfer"`
}

// Compare reports what changed from old to cur. Recipients are compared by name,
// legal entity and alias, so a renamed entity of the same service is no change.
func Compare(old, cur Report) Changes {
	var c Changes
	c.RecipientsAdded = missingRecipients(cur.Recipients, old.Recipients)
	c.RecipientsRemoved = missingRecipients(old.Recipients, cur.Recipients)
	c.BasesAdded = difference(cur.LegalBases, old.LegalBases)
	c.BasesRemoved = difference(old.LegalBases, cur.LegalBases)
	c.RetentionAdded = difference(retentionKeys(cur.Retention), retentionKeys(old.Retention))
	c.RetentionRemoved = difference(retentionKeys(old.Retention), retentionKeys(cur.Retention))
	c.TransferChanged = old.ThirdCountryTransfer != cur.ThirdCountryTransfer
	c.Transfer = cur.ThirdCountryTransfer
	return c
}

// Empty reports whether nothing changed.
func (c Changes) Empty() bool {
	return len(c.RecipientsAdded)+len(c.RecipientsRemoved)+len(c.BasesAdded)+len(c.BasesRemoved)+
		len(c.RetentionAdded)+len(c.RetentionRemoved) == 0 && !c.TransferChanged
}

// Lines renders the changes as short lines, additions before removals.
func (c Changes) Lines() []string {
	var out []string
	add := func(prefix, what string, items []string) {
		if len(items) > 0 {
			out = append(out, fmt.Sprintf("%s %s: %s", prefix, what, strings.Join(items, ", ")))
		}
	}
	add("+", "recipients", c.RecipientsAdded)
	add("-", "recipients", c.RecipientsRemoved)
	add("+", "legal bases", c.BasesAdded)
	add("-", "legal bases", c.BasesRemoved)
	add("+", "retention", c.RetentionAdded)
	add("-", "retention", c.RetentionRemoved)
	if c.TransferChanged {
		if c.Transfer {
			out = append(out, "+ now transfers data outside the EU/EEA")
		} else {
			out = append(out, "- no longer mentions transfers outside the EU/EEA")
		}
	}
	return out
}

// missingRecipients lists the names in a that no recipient in b shares a name with.
func missingRecipients(a, b []Recipient) []string {
	known := map[string]bool{}
	for _, r := range b {
		for _, n := range recipientNames(r) {
			known[n] = true
		}
	}
	var out []string
	for _, r := range a {
		found := false
		for _, n := range recipientNames(r) {
			found = found || known[n]
		}
		if !found {
			out = append(out, r.Name)
		}
	}
	sort.Strings(out)
	return out
}

func recipientNames(r Recipient) []string {
	names := []string{strings.ToLower(r.Name)}
	if r.LegalEntity != "" {
		names = append(names, strings.ToLower(r.LegalEntity))
	}
	for _, a := range r.Aliases {
		names = append(names, strings.ToLower(a))
	}
	return names
}

func retentionKeys(rs []Retention) []string {
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		key := r.Text
		if r.AppliesTo != "" {
			key += " (" + r.AppliesTo + ")"
		}
		out = append(out, key)
	}
	return out
}

// difference lists the values of a that are not in b, sorted and unique.
func difference(a, b []string) []string {
	inB := map[string]bool{}
	for _, v := range b {
		inB[v] = true
	}
	seen := map[string]bool{}
	var out []string
	for _, v := range a {
		if !inB[v] && !seen[v] {
			out = append(out, v)
			seen[v] = true
		}
	}
	sort.Strings(out)
	return out
}
