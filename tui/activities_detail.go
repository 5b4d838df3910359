package tui

import (
	"fmt"
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// activityDetail shows every Art. 30(1) field of one activity, its problems and
// the DPIA screening with the model's suggestion and the recorded decision.
type activityDetail struct {
	textPane
	a model.Activity
}

func newActivityDetail(st *Styles, o Options, a model.Activity, procs *procData) *activityDetail {
	d := &activityDetail{a: a}
	d.render = func(w int) string { return renderActivity(st, o, a, procs, w) }
	return d
}

func vocabList(kind string, keys []string, lang string) string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = model.Label(kind, k, lang)
	}
	return strings.Join(out, "; ")
}

func renderActivity(st *Styles, o Options, a model.Activity, procs *procData, w int) string {
	f := &fieldWriter{st: st, lang: o.Lang, width: w}
	lang := o.Lang
	f.line(st.Section.Render(a.Name) + "  " + st.Accent.Render("["+model.StatusLabel(string(a.Status), lang)+"]"))
	f.field("description", a.Description)
	f.section("Art. 30(1)")
	f.field("joint_controllers", joinList(a.JointControllers))
	f.field("representative", a.Representative)
	f.field("purposes", joinList(a.Purposes))
	f.field("legal_bases", vocabList(model.VocabLegalBasis, a.LegalBases, lang))
	f.field("art9_conditions", vocabList(model.VocabArt9Condition, a.Art9Conditions, lang))
	f.field("data_subjects", vocabList(model.VocabDataSubject, a.DataSubjects, lang))
	f.field("data_categories", vocabList(model.VocabDataCategory, a.DataCategories, lang))
	f.field("recipients", vocabList(model.VocabRecipientCategory, a.Recipients, lang))
	f.field("processors", processorNames(a.ProcessorIDs, procs))
	f.field("transfers", transfersText(a.Transfers, lang))
	f.field("retention", retentionShown(a.Retention, lang))
	if len(a.Retention) == 0 {
		f.field("retention_justification", a.RetentionJustification)
	}
	f.field("toms", a.TOMs)
	if a.TOMs == "" {
		f.field("toms_justification", a.TOMsJustification)
	}
	f.section("Bases and documentation")
	f.field("art10_basis", a.Art10Basis)
	f.field("national_basis", a.NationalBasis)
	f.field("law_reference", a.LawReference)
	f.field("legitimate_interest", a.LegitimateInterest)
	f.field("consent_withdrawal", a.ConsentWithdrawal)
	f.field("terminal_access", a.TerminalAccess)
	f.section("Operations")
	f.field("data_source", model.Label(model.VocabDataSource, a.DataSource, lang))
	f.field("systems", joinList(a.Systems))
	f.field("storage_location", a.StorageLocation)
	f.field("owner", a.Owner)
	f.field("access_roles", joinList(a.AccessRoles))
	f.field("flags", activityFlags(a, lang))
	f.field("privacy_notice", a.PrivacyNotice)
	f.field("links", joinList(a.Links))
	f.field("last_reviewed", o.fmtDate(a.LastReviewed))
	f.field("next_review", o.fmtDate(a.NextReview))
	if a.Source != nil {
		f.field("source", trf(lang, "section %s: %q", a.Source.Section, a.Source.Quote))
	}
	renderDPIA(f, a, o)
	renderProblems(f, a.Validate())
	f.line("")
	f.line(st.Muted.Render(tr(lang, "e edit · s DPIA screening · d delete · h history · ↑/↓ scroll · esc back")))
	return f.String()
}

func renderDPIA(f *fieldWriter, a model.Activity, o Options) {
	s := model.ScreenDPIA(a)
	f.section("DPIA screening (WP248 rev.01)")
	sug := trf(o.Lang, "%s — %d criteria met", keyed(o.Lang, "dpia:", string(s.Suggest)), s.Count)
	if len(s.Mandatory) > 0 {
		sug += tr(o.Lang, "; Art. 35(3) case ") + strings.Join(s.Mandatory, ", ")
	}
	f.field("dpia_suggestion", sug)
	met := map[string]bool{}
	for _, c := range s.Criteria {
		met[c] = true
	}
	implied := map[string]bool{}
	for _, c := range s.Implied {
		implied[c] = true
	}
	for _, t := range model.WP248Criteria() {
		box := "[ ]"
		if met[t.Key] {
			box = "[x]"
		}
		note := ""
		if implied[t.Key] {
			note = f.st.Muted.Render(tr(o.Lang, "  (implied by the record)"))
		}
		f.line("  " + box + " " + t.Label(o.Lang) + note)
	}
	for _, r := range s.ReasonsIn(o.Lang) {
		f.line(f.st.Muted.Render("  · " + r))
	}
	decision := a.DPIA.Decision
	if decision == "" {
		decision = f.st.Warn.Render(tr(o.Lang, "not decided — press s to record a decision"))
	} else {
		decision = model.Label(model.VocabDPIADecision, decision, o.Lang)
		if !a.DPIA.DecidedOn.IsZero() {
			decision += " (" + o.fmtDate(a.DPIA.DecidedOn) + ")"
		}
	}
	f.field("dpia", decision)
	f.field("dpia_reason", a.DPIA.Reason)
	f.field("dpia_reference", a.DPIA.Reference)
}

func renderProblems(f *fieldWriter, ps []model.Problem) {
	if len(ps) == 0 {
		return
	}
	f.section(fieldLabel("problems", f.lang))
	for _, p := range ps {
		s := f.st.Warn
		if p.Severity == model.SeverityError {
			s = f.st.Danger
		}
		f.line("  " + s.Render(tr(f.lang, p.Severity)) + " " + fieldLabel(p.Field, f.lang) + ": " + p.MessageIn(f.lang))
	}
}

func processorNames(ids []uint64, procs *procData) string {
	var names []string
	for _, id := range ids {
		if i, ok := procs.byID[id]; ok {
			names = append(names, procs.rows[i].Name)
		} else {
			names = append(names, fmt.Sprintf("#%d", id))
		}
	}
	return joinList(names)
}

func transfersText(ts []model.Transfer, lang string) string {
	var out []string
	for _, t := range ts {
		mech := t.Mechanism
		if n := model.NormalizeMechanism(mech); n != "" {
			mech = model.M("%s", model.Bilingual{EN: mech, DE: model.Label(model.VocabTransferMechanism, n, "de")}).In(lang)
		}
		out = append(out, fmt.Sprintf("%s → %s (%s)", t.Recipient, countryShown(t.Country, lang), mech))
	}
	return joinList(out)
}

// retentionText is the retention as a form field takes it back: keys.
func retentionText(rs []model.Retention) string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Category+": "+r.Period)
	}
	return joinList(out)
}

// retentionShown is the retention with the categories' labels in lang.
func retentionShown(rs []model.Retention, lang string) string {
	var out []string
	for _, r := range rs {
		out = append(out, keyShown(model.VocabDataCategory, r.Category, lang)+": "+r.Period)
	}
	return joinList(out)
}

func activityFlags(a model.Activity, lang string) string {
	var fl []string
	if a.Children {
		fl = append(fl, tr(lang, "children's data"))
	}
	if a.AutomatedDecision {
		fl = append(fl, tr(lang, "automated decisions"))
	}
	if a.Exempt305 {
		fl = append(fl, tr(lang, "Art. 30(5) exemption recorded"))
	}
	return strings.Join(fl, "; ")
}
