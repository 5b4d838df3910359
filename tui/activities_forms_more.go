package tui

import (
	"errors"
	"strings"

	"charm.land/huh/v2"
	"github.com/dpodesk/dpodesk/model"
)

// activityMore are the Art. 30(1) fields beyond the first pages of the form,
// so that the interface sets everything `activity add` can: (a) joint
// controllers and the representative, (e) transfers, the law behind 6.1.c/e,
// Art. 10 data, systems, storage, flags and the last review.
type activityMore struct {
	joint, representative, transfers, lawRef, art10 string
	systems, storage, reviewed                      string
	children, automated                             bool
}

func newActivityMore(a model.Activity) *activityMore {
	return &activityMore{joint: joinList(a.JointControllers), representative: a.Representative,
		transfers: transfersNotation(a.Transfers), lawRef: a.LawReference, art10: a.Art10Basis,
		systems: joinList(a.Systems), storage: a.StorageLocation, reviewed: formDate(a.LastReviewed),
		children: a.Children, automated: a.AutomatedDecision}
}

func (m *activityMore) apply(a *model.Activity) {
	a.JointControllers, a.Representative = splitList(m.joint), strings.TrimSpace(m.representative)
	a.Transfers, a.LawReference, a.Art10Basis = parseTransfers(m.transfers, a.Transfers), strings.TrimSpace(m.lawRef), strings.TrimSpace(m.art10)
	a.Systems, a.StorageLocation, a.LastReviewed = splitList(m.systems), strings.TrimSpace(m.storage), parseOptionalDate(m.reviewed)
	a.Children, a.AutomatedDecision = m.children, m.automated
}

// transfersNotation writes transfers in the model's notation, one per "; ".
func transfersNotation(ts []model.Transfer) string {
	var out []string
	for _, t := range ts {
		out = append(out, strings.TrimRight(strings.Join([]string{t.Country, t.Recipient, t.Mechanism}, ": "), ": "))
	}
	return strings.Join(out, "; ")
}

// parseTransfers reads "US: Acme Inc: scc; CH: Bank AG" (model.ParseTransfer
// for each), taking country names as well as codes and keeping the recorded
// documentation and TIA of a transfer that stays.
func parseTransfers(s string, old []model.Transfer) []model.Transfer {
	var out []model.Transfer
	for _, part := range strings.Split(s, ";") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		t := model.ParseTransfer(part)
		t.Country = countryCode(t.Country)
		t.Mechanism = model.NormalizeMechanism(t.Mechanism)
		for _, o := range old {
			if o.Country == t.Country && o.Recipient == t.Recipient {
				t.Documentation, t.TIAReference = o.Documentation, o.TIAReference
			}
		}
		out = append(out, t)
	}
	return out
}

// validTransfers checks each transfer's country and mechanism at the field.
func validTransfers(s string) error {
	for _, part := range strings.Split(s, ";") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		t := model.ParseTransfer(part)
		if err := validCountry(t.Country); err != nil || strings.TrimSpace(t.Country) == "" {
			if err == nil {
				err = errors.New(ft("name the country first: COUNTRY: RECIPIENT: MECHANISM"))
			}
			return err
		}
		if m := model.NormalizeMechanism(t.Mechanism); m != "" {
			if _, ok := model.LookupTerm(model.VocabTransferMechanism, m); !ok {
				return errors.New(ft("%s is not a transfer mechanism: use adequacy, dpf, scc, bcr, derogation or other", strings.TrimSpace(t.Mechanism)))
			}
		}
	}
	return nil
}

// moreGroups are the form pages for activityMore.
func moreGroups(m *activityMore, lang string) []*huh.Group {
	return []*huh.Group{
		huh.NewGroup(
			huh.NewInput().Title(fieldLabel("transfers", lang)+ft(" (COUNTRY: RECIPIENT: MECHANISM; …)")).Description(ft("e.g. US: Acme Inc: scc; CH: Bank AG: adequacy")).
				Value(&m.transfers).Validate(validTransfers),
			huh.NewInput().Title(fieldLabel("joint_controllers", lang)+ft(" (separate with ;)")).Value(&m.joint),
			huh.NewInput().Title(fieldLabel("representative", lang)).Value(&m.representative),
			huh.NewInput().Title(fieldLabel("law_reference", lang)).Value(&m.lawRef),
			huh.NewInput().Title(fieldLabel("art10_basis", lang)).Value(&m.art10),
		),
		huh.NewGroup(
			huh.NewInput().Title(fieldLabel("systems", lang)+ft(" (separate with ;)")).Value(&m.systems),
			huh.NewInput().Title(fieldLabel("storage_location", lang)).Value(&m.storage),
			localConfirm().Title(fieldLabel("children", lang)).Value(&m.children).Inline(true),
			localConfirm().Title(fieldLabel("automated_decision", lang)).Value(&m.automated).Inline(true),
			huh.NewInput().Title(fieldLabel("last_reviewed", lang)+" ("+dateHint()+")").Value(&m.reviewed).Validate(validOptionalDate),
		),
	}
}
