package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// processorDetail shows a processor, its DPA with the Art. 28(3) checklist, its
// sub-processors and the activities that use it.
type processorDetail struct {
	textPane
	p model.Processor
}

func newProcessorDetail(st *Styles, o Options, p model.Processor, acts []model.ActivityRow) *processorDetail {
	d := &processorDetail{p: p}
	d.render = func(w int) string { return renderProcessor(st, o, p, acts, w) }
	return d
}

func renderProcessor(st *Styles, o Options, p model.Processor, acts []model.ActivityRow, w int) string {
	f := &fieldWriter{st: st, lang: o.Lang, width: w}
	lang := o.Lang
	f.line(st.Section.Render(p.Name) + "  " + st.Accent.Render("["+model.StatusLabel(string(p.Status), lang)+"]"))
	f.field("legal_entity", p.LegalEntity)
	f.field("role", model.Label(model.VocabProcessorRole, p.Role, lang))
	f.field("services", p.Services)
	f.field("contact", p.Contact)
	f.field("dpo_contact", p.DPOContact)
	f.field("country", countryShown(p.Country, lang))
	f.field("countries", joinList(p.Countries))
	f.field("transfer_mechanism", model.Label(model.VocabTransferMechanism, p.TransferMechanism, lang))
	f.field("tia_reference", p.TIAReference)
	f.section("Data processing agreement")
	status := model.Label(model.VocabDPAStatus, p.DPA.Status, lang)
	if p.DPA.Status != "signed" {
		status = st.Danger.Render(status)
	}
	f.field("dpa_status", status)
	f.field("dpa_signed", o.fmtDate(p.DPA.SignedOn))
	f.field("dpa_version", p.DPA.Version)
	f.field("dpa_form", model.Label(model.VocabDPAForm, p.DPA.Form, lang))
	f.field("dpa_next_review", o.fmtDate(p.DPA.NextReview))
	f.line(st.Label.Render(tr(lang, "Art. 28(3) clauses:")))
	for _, t := range model.Vocabulary(model.VocabArt28Clause) {
		box := st.Danger.Render("[ ]")
		if p.DPA.Clauses[t.Key] {
			box = st.OK.Render("[x]")
		}
		f.line(fmt.Sprintf("  %s (%s) %s", box, t.Key, t.Label(lang)))
	}
	f.field("authorisation", p.Authorisation)
	if p.NoticeDays > 0 {
		f.field("notice_days", strconv.Itoa(p.NoticeDays))
	}
	f.field("certifications", joinList(p.Certifications))
	if p.BreachNoticeHours > 0 {
		f.field("breach_hours", strconv.Itoa(p.BreachNoticeHours))
	}
	f.field("termination", p.Termination)
	f.section(trf(lang, "Sub-processors (%d)", len(p.SubProcessors)))
	for _, s := range p.SubProcessors {
		f.line("  " + strings.Join(nonEmpty(s.Name, s.Service, s.Country, s.Mechanism, o.fmtDate(s.AddedOn)), " · "))
	}
	f.section(trf(lang, "Linked activities (%d)", len(acts)))
	for _, a := range acts {
		f.line("  " + a.Name + st.Muted.Render("  "+a.Purposes))
	}
	renderProblems(f, p.Validate())
	f.line("")
	f.line(st.Muted.Render(tr(lang, "e edit · d delete · h history · ↑/↓ scroll · esc back")))
	return f.String()
}

func nonEmpty(xs ...string) []string {
	var out []string
	for _, x := range xs {
		if strings.TrimSpace(x) != "" {
			out = append(out, x)
		}
	}
	return out
}
