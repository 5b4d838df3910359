package export

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// The parts of the Art. 15 letter that state facts about the processing. Each
// statement is derived from the register; where the register does not say, the
// letter carries a [[TODO]] rather than a reassuring sentence nobody checked.

// day writes a date in the configured layout, or the language's usual form.
func (l *letter) day(d model.Date) string { return letterDay(d, l.in.Lang, l.in.DateLayout) }

func letterDay(d model.Date, lang, layout string) string {
	switch {
	case layout != "":
		return d.Time().Format(layout)
	case strings.EqualFold(lang, "de"):
		return fmt.Sprintf("%02d.%02d.%d", d.Day, d.Month, d.Year)
	}
	return d.String()
}

// sender is the controller's block at the head of a letter.
func sender(o model.Organisation, tx letterText) string {
	lines := []string{orTodo(o.Name, tx.TodoController)}
	for _, v := range []string{o.Address, o.Phone, o.Email} {
		if strings.TrimSpace(v) != "" {
			lines = append(lines, v)
		}
	}
	return strings.Join(lines, "  \n") + "\n\n"
}

// authority names the competent supervisory authority with its address.
func authority(o model.Organisation, tx letterText) string {
	if strings.TrimSpace(o.Authority) == "" {
		return todo(tx.TodoAuthority)
	}
	return o.Authority + ", " + orTodo(o.AuthorityAddress, tx.TodoAuthorityAddress)
}

// dpoContact is how the data subject reaches the DPO.
func dpoContact(o model.Organisation, tx letterText) string {
	c := joinNonEmpty(", ", o.DPOName, o.DPOEmail, o.DPOAddress)
	if o.DPOEmail == "" && o.DPOAddress == "" {
		c = joinNonEmpty(", ", c, todo(tx.TodoDPOContact))
	}
	return c
}

// linked returns the processors the chosen activities link to, each once, in
// the order first linked. A processor deleted since it was linked is left out:
// the register export flags it, a letter to the data subject is no place for it.
func (l *letter) linked() []model.Processor {
	byID := map[uint64]model.Processor{}
	for _, p := range l.in.Processors {
		byID[p.ID] = p
	}
	seen := map[uint64]bool{}
	var out []model.Processor
	for _, a := range l.in.Activities {
		for _, id := range a.ProcessorIDs {
			if p, ok := byID[id]; ok && !seen[id] {
				seen[id] = true
				out = append(out, p)
			}
		}
	}
	return out
}

func (l *letter) recipients() {
	l.heading(l.tx.Recipients)
	var keys, joint []string
	for _, a := range l.in.Activities {
		keys = append(keys, a.Recipients...)
		joint = append(joint, a.JointControllers...)
	}
	items := uniq(terms(model.VocabRecipientCategory, keys, l.lang()))
	var processors, controllers []string
	for _, p := range l.linked() {
		switch p.Role {
		case "independent_controller":
			controllers = append(controllers, p.Name)
		case "joint_controller":
			joint = append(joint, p.Name)
		default: // processor, sub_processor, or a role not yet recorded
			processors = append(processors, p.Name)
		}
	}
	for _, g := range []struct {
		label string
		names []string
	}{{l.tx.Processors, processors}, {l.tx.Controllers, controllers}, {l.tx.JointControllers, joint}} {
		if names := uniqStrings(g.names); len(names) > 0 {
			items = append(items, g.label+": "+strings.Join(names, ", "))
		}
	}
	if len(items) == 0 {
		l.para(l.tx.NoRecipients)
		return
	}
	l.bullets(items)
}

// source states where the data came from, per activity, as recorded.
func (l *letter) source() {
	l.heading(l.tx.Source)
	var other, unknown []string
	fromSubject := 0
	for _, a := range l.in.Activities {
		switch a.DataSource {
		case "data_subject":
			fromSubject++
		case "":
			unknown = append(unknown, "**"+a.Name+"**: "+todo(l.tx.TodoSource))
		default:
			other = append(other, "**"+a.Name+"**: "+model.Label(model.VocabDataSource, a.DataSource, l.lang()))
		}
	}
	if fromSubject > 0 && fromSubject == len(l.in.Activities) {
		l.para(l.tx.SourceSubject)
		return
	}
	if fromSubject > 0 {
		var names []string
		for _, a := range l.in.Activities {
			if a.DataSource == "data_subject" {
				names = append(names, a.Name)
			}
		}
		l.para(fmt.Sprintf(l.tx.SourceSubjectSome, strings.Join(names, ", ")))
	}
	if len(other) > 0 {
		l.para(l.tx.SourceOther)
		l.bullets(other)
	}
	if len(unknown) > 0 {
		l.bullets(unknown)
	}
	if len(l.in.Activities) == 0 {
		l.para(todo(l.tx.TodoSource))
	}
}

// automated lists the activities whose record or DPIA screening shows automated
// decisions or scoring; only when none does is it said there are none.
func (l *letter) automated() {
	l.heading(l.tx.Automated)
	var names []string
	for _, a := range l.in.Activities {
		switch {
		case a.AutomatedDecision || slices.Contains(a.DPIA.Criteria, "automated_decision"):
			names = append(names, "**"+a.Name+"**: "+todo(l.tx.TodoLogic))
		case slices.Contains(a.DPIA.Criteria, "evaluation_scoring"):
			names = append(names, "**"+a.Name+"**: "+todo(l.tx.TodoScoring))
		}
	}
	if len(names) == 0 {
		l.para(l.tx.AutomatedNone)
		return
	}
	l.para(l.tx.AutomatedSome)
	l.bullets(names)
}

// transfers states every transfer outside the EEA the register shows: the
// activities' recorded transfers, and the countries of their processors and
// sub-processors, each with its mechanism or a placeholder asking for it.
func (l *letter) transfers() {
	l.heading(l.tx.Transfers)
	items := uniqStrings(l.transferItems())
	if len(items) == 0 {
		l.para(l.tx.TransfersNone)
		return
	}
	l.para(l.tx.TransfersText)
	l.bullets(items)
}

func (l *letter) transferItems() []string {
	var items []string
	recorded := map[string]bool{} // country + recipient already stated
	for _, a := range l.in.Activities {
		for _, t := range a.Transfers {
			recorded[transferKey(t.Country, t.Recipient)] = true
			items = append(items, l.transferLine(t.Country, t.Recipient, t.Mechanism, t.Documentation))
		}
	}
	covered := func(country string, names ...string) bool {
		for _, n := range names {
			if n != "" && recorded[transferKey(country, n)] {
				return true
			}
		}
		return false
	}
	for _, p := range l.linked() {
		countries := append([]string{p.Country}, p.Countries...)
		if strings.TrimSpace(p.Country) == "" && len(p.Countries) == 0 {
			items = append(items, p.Name+": "+todo(l.tx.TodoProcessorCountry))
		}
		for _, c := range uniqStrings(countries) {
			if c == "" || model.IsEEA(c) || covered(c, p.Name, p.LegalEntity) {
				continue
			}
			items = append(items, l.transferLine(c, joinNonEmpty(" / ", p.LegalEntity, p.Name), p.TransferMechanism, ""))
		}
		for _, s := range p.SubProcessors {
			who := fmt.Sprintf(l.tx.SubProcessorOf, s.Name, p.Name)
			switch {
			case strings.TrimSpace(s.Country) == "":
				items = append(items, who+": "+todo(l.tx.TodoProcessorCountry))
			case !model.IsEEA(s.Country) && !covered(s.Country, s.Name):
				items = append(items, l.transferLine(s.Country, who, s.Mechanism, ""))
			}
		}
	}
	return items
}

func transferKey(country, recipient string) string {
	return strings.ToUpper(strings.TrimSpace(country)) + "|" + strings.ToLower(strings.TrimSpace(recipient))
}

// transferLine writes "United States (US): Zendesk, Inc. – Standard contractual
// clauses (2021/914)". Without a recorded mechanism an adequacy decision in
// force for the whole country is stated; otherwise the mechanism is asked for.
func (l *letter) transferLine(country, recipient, mechanism, doc string) string {
	s := countryName(country, l.lang())
	if recipient != "" {
		s += ": " + recipient
	}
	m := model.NormalizeMechanism(mechanism)
	if m == "" {
		if a, ok := model.Adequacy(country, model.DateOf(l.in.Now)); ok && a.Requires == "" {
			m = "adequacy"
		}
	}
	switch {
	case m == "":
		s += " – " + todo(l.tx.TodoSafeguard)
	case m == "privacy_shield":
		s += " – " + model.Label(model.VocabTransferMechanism, m, l.lang()) + " " + todo(l.tx.TodoSafeguard)
	default:
		s += " – " + model.Label(model.VocabTransferMechanism, m, l.lang())
	}
	if doc != "" {
		s += " (" + doc + ")"
	}
	return s
}

// withdrawal states how consent is withdrawn: the route each activity records,
// or a placeholder for an activity that records none.
func (l *letter) withdrawal() {
	var routes []string
	for _, a := range l.in.Activities {
		if consentBased(a) {
			routes = append(routes, "**"+a.Name+"**: "+orTodo(a.ConsentWithdrawal, l.tx.TodoWithdrawal))
		}
	}
	if len(routes) == 0 {
		return
	}
	l.para(l.tx.Withdraw)
	l.bullets(routes)
}

func consentBased(a model.Activity) bool {
	return slices.Contains(a.LegalBases, "6.1.a") || slices.Contains(a.Art9Conditions, "9.2.a")
}

// uniqStrings drops repeats and blanks, keeping the first-seen order.
func uniqStrings(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if k := strings.TrimSpace(s); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}
