package model

import (
	"fmt"
	"slices"
	"strings"
)

// DeadlineSettings are a workspace's own deadline rules: its jurisdiction, the
// region whose public holidays count, the extension mode and the pause policy.
// They belong to the workspace, not to the configuration, so a consultant's
// clients in Bavaria, Saxony and the UK keep their own calendars, and editing
// the configuration never moves a workspace's deadlines. A workspace created
// before they existed has them empty and uses the configuration's until they
// are set.
type DeadlineSettings struct {
	Jurisdiction  string `json:"jurisdiction,omitempty"`
	Holidays      string `json:"holidays,omitempty"` // region, e.g. "DE-BY"; "none" for weekends only
	ExtensionMode string `json:"extension_mode,omitempty"`
	PausePolicy   string `json:"pause_policy,omitempty"`
}

// IsZero says the workspace has no settings of its own yet.
func (s DeadlineSettings) IsZero() bool { return s == DeadlineSettings{} }

// Or fills the settings s leaves empty from def (the configuration's).
func (s DeadlineSettings) Or(def DeadlineSettings) DeadlineSettings {
	pick := func(a, b string) string {
		if a != "" {
			return a
		}
		return b
	}
	return DeadlineSettings{Jurisdiction: pick(s.Jurisdiction, def.Jurisdiction), Holidays: pick(s.Holidays, def.Holidays),
		ExtensionMode: pick(s.ExtensionMode, def.ExtensionMode), PausePolicy: pick(s.PausePolicy, def.PausePolicy)}
}

// Rules are the deadline rules the settings give.
func (s DeadlineSettings) Rules() (DeadlineRules, error) {
	if s.Jurisdiction != "" {
		if _, ok := JurisdictionByCode(s.Jurisdiction); !ok {
			return DeadlineRules{}, fmt.Errorf("unknown jurisdiction %q: use one of %s", s.Jurisdiction, strings.Join(JurisdictionCodes(), ", "))
		}
	}
	return NewDeadlineRules(s.Holidays, s.ExtensionMode, s.PausePolicy)
}

// FindAuthority finds a supervisory authority by its region code ("DE-BY",
// "FR"), short name ("BayLDA", "CNIL") or full name, ignoring case.
func FindAuthority(s string) (Authority, bool) {
	q := strings.TrimSpace(s)
	if a, ok := AuthorityFor(q); ok {
		return a, true
	}
	for _, a := range loadAuthorities() {
		if strings.EqualFold(a.Short, q) || strings.EqualFold(a.Name, q) {
			return a, true
		}
	}
	return Authority{}, false
}

// ValidateOrganisation checks what an organisation record may not hold.
func ValidateOrganisation(o Organisation) error {
	if _, err := o.Deadlines.Rules(); err != nil {
		return err
	}
	for field, v := range map[string]string{"e-mail": o.Email, "DPO e-mail": o.DPOEmail} {
		if v != "" && !strings.Contains(v, "@") {
			return fmt.Errorf("the %s %q is not an e-mail address", field, v)
		}
	}
	return nil
}

// contactFields are the organisation's contact fields an imported policy can
// offer, by their keys in the label table (kind organisation).
func (o *Organisation) contactFields() []struct {
	key string
	v   *string
} {
	return []struct {
		key string
		v   *string
	}{{"controller", &o.Name}, {"address", &o.Address}, {"email", &o.Email}, {"representative", &o.Representative},
		{"dpo_name", &o.DPOName}, {"dpo_email", &o.DPOEmail}, {"dpo_address", &o.DPOAddress}, {"authority", &o.Authority}}
}

// ContactValue is the value of a contact field by its label key ("dpo_email").
func (o Organisation) ContactValue(key string) string {
	for _, f := range o.contactFields() {
		if f.key == key {
			return *f.v
		}
	}
	return ""
}

// FillFrom fills the organisation's empty contact fields (controller, its
// Art. 27 representative, DPO, supervisory authority) with what found states, never replacing what the
// DPO entered: an imported policy offers its parties, it does not overrule
// the register. It returns the keys of the fields it filled, in the label
// table's terms (controller, dpo_email, …). An authority found is named as the
// authorities data file names it, with its region.
func (o Organisation) FillFrom(found Organisation) (Organisation, []string) {
	var filled []string
	offered := found.contactFields()
	for i, f := range o.contactFields() {
		if v := strings.TrimSpace(*offered[i].v); *f.v == "" && v != "" {
			*f.v = v
			filled = append(filled, f.key)
		}
	}
	if slices.Contains(filled, "authority") {
		o.AuthorityRegion, o.AuthorityAddress = found.AuthorityRegion, found.AuthorityAddress
		if o.AuthorityRegion == "" {
			if a, ok := FindAuthority(o.Authority); ok {
				o.Authority, o.AuthorityRegion = a.Name, a.Region
			}
		}
	}
	return o, filled
}
