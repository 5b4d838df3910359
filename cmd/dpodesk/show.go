package main

import (
	"fmt"
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// fieldLabels names the Art. 30 fields in the configured language for `show`.
var fieldLabels = map[string][2]string{
	"purposes":     {"Purposes (30(1)(b))", "Zwecke (30(1)(b))"},
	"bases":        {"Legal bases", "Rechtsgrundlagen"},
	"art9":         {"Art. 9(2) conditions", "Bedingungen Art. 9(2)"},
	"subjects":     {"Data subjects (30(1)(c))", "Betroffene (30(1)(c))"},
	"data":         {"Personal data (30(1)(c))", "Datenkategorien (30(1)(c))"},
	"recipients":   {"Recipients (30(1)(d))", "Empfänger (30(1)(d))"},
	"processors":   {"Processors", "Auftragsverarbeiter"},
	"transfers":    {"Transfers (30(1)(e))", "Drittlandübermittlungen (30(1)(e))"},
	"retention":    {"Retention (30(1)(f))", "Löschfristen (30(1)(f))"},
	"toms":         {"Measures (30(1)(g))", "TOM (30(1)(g))"},
	"withdrawal":   {"Consent withdrawal", "Widerruf der Einwilligung"},
	"owner":        {"Owner", "Verantwortlich"},
	"systems":      {"Systems", "Systeme"},
	"dpia":         {"DPIA screening", "DSFA-Schwellwertprüfung"},
	"review":       {"Next review", "Nächste Prüfung"},
	"missing":      {"Missing", "Fehlt"},
	"status":       {"Status", "Status"},
	"source":       {"Imported from", "Importiert aus"},
	"legal_entity": {"Legal entity", "Rechtsträger"},
	"role":         {"Role", "Rolle"},
	"country":      {"Country", "Land"},
	"mechanism":    {"Transfer mechanism", "Übermittlungsgrundlage"},
	"dpa":          {"DPA", "AV-Vertrag"},
	"clauses":      {"Art. 28(3) clauses", "Klauseln Art. 28(3)"},
	"subproc":      {"Sub-processors", "Unterauftragsverarbeiter"},
	"activities":   {"Activities", "Verarbeitungstätigkeiten"},
}

func (a *app) label(key string) string {
	l := fieldLabels[key]
	if a.cfg.Language == "de" {
		return l[1]
	}
	return l[0]
}

// line prints one labelled field, skipping empty values.
func (a *app) line(key string, value string) {
	if strings.TrimSpace(value) == "" {
		return
	}
	fmt.Fprintf(a.stdout, "%-30s %s\n", a.label(key)+":", value)
}

func (a *app) labels(kind string, keys []string) string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = model.Label(kind, k, a.cfg.Language)
	}
	return strings.Join(out, "; ")
}

func (a *app) printActivity(act model.Activity) {
	fmt.Fprintf(a.stdout, "%d  %s\n", act.ID, act.Name)
	if act.Description != "" {
		fmt.Fprintf(a.stdout, "%s\n", act.Description)
	}
	a.line("status", string(act.Status))
	a.line("purposes", strings.Join(act.Purposes, "; "))
	a.line("bases", a.labels("legal_basis", act.LegalBases))
	a.line("art9", a.labels("art9_condition", act.Art9Conditions))
	a.line("withdrawal", act.ConsentWithdrawal)
	a.line("subjects", a.labels("data_subject", act.DataSubjects))
	a.line("data", a.labels("data_category", act.DataCategories))
	a.line("recipients", a.labels("recipient_category", act.Recipients))
	a.line("processors", joinIDs(act.ProcessorIDs))
	var tr []string
	for _, t := range act.Transfers {
		tr = append(tr, fmt.Sprintf("%s %s (%s)", t.Country, t.Recipient, orDash(t.Mechanism)))
	}
	a.line("transfers", strings.Join(tr, "; "))
	var ret []string
	for _, r := range act.Retention {
		ret = append(ret, r.Category+": "+r.Period)
	}
	a.line("retention", firstNonEmpty(strings.Join(ret, "; "), act.RetentionJustification))
	a.line("toms", firstNonEmpty(act.TOMs, act.TOMsJustification))
	a.line("owner", act.Owner)
	a.line("systems", strings.Join(act.Systems, ", "))
	s := model.ScreenDPIA(act)
	a.line("dpia", fmt.Sprintf("%d criteria → %s; decision: %s", s.Count, s.Suggest, orDash(act.DPIA.Decision)))
	a.line("review", act.NextReview.String())
	a.line("missing", strings.Join(act.MissingFields(), ", "))
	if act.Source != nil {
		a.line("source", fmt.Sprintf("document %d, section %s", act.Source.DocumentID, act.Source.Section))
	}
}

func joinIDs(ids []uint64) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = fmt.Sprint(id)
	}
	return strings.Join(s, ", ")
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
