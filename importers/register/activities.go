package register

import (
	"fmt"
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// readActivity builds an activity from one row and lists every cell it could not
// read, so one pass shows the DPO all that needs fixing in the row.
func readActivity(r row) (ActivityRecord, []string) {
	a := model.Activity{
		Name: r.get("name"), Description: r.get("description"), Representative: r.get("representative"),
		JointControllers: splitText(r.get("joint_controllers")), Purposes: splitText(r.get("purposes")),
		DataSubjects:   termKeys(model.VocabDataSubject, r.get("data_subjects")),
		DataCategories: termKeys(model.VocabDataCategory, r.get("data_categories")),
		Recipients:     termKeys(model.VocabRecipientCategory, r.get("recipients")),
		Owner:          r.get("owner"), Systems: splitText(r.get("systems")),
	}
	var errs []string
	fail := func(err error) {
		if err != nil {
			errs = append(errs, err.Error())
		}
	}
	if a.Name == "" {
		errs = append(errs, "the name is empty: every activity needs a name")
	}
	fail(readBases(&a, r.get("legal_bases")+"\n"+r.get("art9_conditions")))
	fail(readTransfers(&a, r.get("transfers")))
	readRetention(&a, r.get("retention"))
	if why, ok := justification(r.get("toms")); ok {
		a.TOMsJustification = why
	} else {
		a.TOMs = r.get("toms")
	}
	if src := r.get("data_source"); src != "" {
		a.DataSource = src
		if t, ok := model.MatchTerm(model.VocabDataSource, src); ok {
			a.DataSource = t.Key
		}
	}
	var err error
	a.DPIA.Decision, err = dpiaDecision(r.get("dpia"))
	fail(err)
	a.NextReview, err = parseDate(r.get("next_review"), "next review")
	fail(err)
	a.Status, err = recordStatus(r.get("status"))
	fail(err)
	return ActivityRecord{Row: r.num, Activity: a, Processors: append(splitText(r.get("processors")), splitText(r.get("independent_controllers"))...)}, errs
}

// readBases sorts every basis into Art. 6 and national bases or Art. 9(2)
// conditions, whichever column it was written in, stored as canonical codes.
func readBases(a *model.Activity, cell string) error {
	var bad []string
	known := func(v string) bool { _, err := legalBasis(v); return err == nil }
	for _, v := range splitItems(cell, known) {
		b, err := legalBasis(v)
		if err != nil {
			bad = append(bad, fmt.Sprintf("%q", v))
			continue
		}
		if b.IsArt9() {
			a.Art9Conditions = appendNew(a.Art9Conditions, b.Code())
		} else {
			a.LegalBases = appendNew(a.LegalBases, b.Code())
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("cannot read the legal basis %s: write one per line such as 6.1.b, Art. 6(1)(f) GDPR or Art. 6 Abs. 1 lit. a DSGVO", strings.Join(bad, ", "))
	}
	return nil
}

func appendNew(list []string, v string) []string {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

// readTransfers reads "United States (US): Zendesk, Inc. – EU-US Data Privacy
// Framework (TIA 2025-03)" as the export writes it, and the shorter "US: Zendesk –
// SCC" or plain "US" people type.
func readTransfers(a *model.Activity, cell string) error {
	for _, v := range splitText(cell) {
		t, err := transfer(v)
		if err != nil {
			return err
		}
		a.Transfers = append(a.Transfers, t)
	}
	return nil
}

func transfer(v string) (model.Transfer, error) {
	var t model.Transfer
	rest, mech := v, ""
	for _, sep := range []string{" – ", " — ", " - "} {
		if i := strings.LastIndex(v, sep); i >= 0 {
			rest, mech = v[:i], v[i+len(sep):]
			break
		}
	}
	if m := lastParens.FindStringSubmatchIndex(mech); m != nil && mech != "" {
		t.Documentation = strings.TrimSpace(mech[m[2]:m[3]])
		mech = strings.TrimSpace(mech[:m[0]])
	}
	place, recipient, _ := strings.Cut(rest, ":")
	iso, err := country(place)
	if err != nil {
		return t, fmt.Errorf("transfer %q: %v", v, err)
	}
	t.Country, t.Recipient, t.Mechanism = iso, strings.TrimSpace(recipient), mechanism(mech)
	return t, nil
}

// readRetention reads "category: period" values; a value without a colon or
// equals sign is a period for the whole activity.
func readRetention(a *model.Activity, cell string) {
	if why, ok := justification(strings.TrimSpace(cell)); ok {
		a.RetentionJustification = why
		return
	}
	for _, v := range splitText(cell) {
		cat, period, ok := strings.Cut(v, ": ")
		if !ok {
			cat, period, ok = strings.Cut(v, "=")
		}
		if !ok {
			a.Retention = append(a.Retention, model.Retention{Period: v})
			continue
		}
		a.Retention = append(a.Retention, model.Retention{Category: strings.TrimSpace(cat), Period: strings.TrimSpace(period)})
	}
}

// dpiaDecision reads the decision by key or label, and the yes/no many
// registers use for "DPIA required".
func dpiaDecision(v string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "yes", "ja", "y", "x":
		return "required", nil
	case "no", "nein", "n":
		return "not_required", nil
	}
	return strictTerm(model.VocabDPIADecision, v, "DPIA decision")
}
