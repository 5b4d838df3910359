package cli

import (
	"fmt"
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// label is a field's full wording in the configured language, from the
// model's label table that the interface and the exports use too.
func (a *App) label(kind, key string) string { return model.Field(kind, key).Title(a.cfg.Language) }

// fieldPrinter prints the labelled fields of one record in aligned columns.
type fieldPrinter struct {
	a    *App
	kind string
	tw   *tableWriter
}

func (a *App) fields(kind string) *fieldPrinter {
	return &fieldPrinter{a: a, kind: kind, tw: a.newTable(1)}
}

// line prints one labelled field, skipping empty values.
func (f *fieldPrinter) line(key string, value string) {
	if strings.TrimSpace(value) == "" {
		return
	}
	fmt.Fprintf(f.tw, "%s\t%s\n", f.a.label(f.kind, key)+":", model.SafeLine(value))
}

func (f *fieldPrinter) flush() error { return f.tw.Flush() }

func (a *App) labels(kind string, keys []string) string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = model.Label(kind, k, a.cfg.Language)
	}
	return strings.Join(out, "; ")
}

func (a *App) printActivity(act model.Activity) error {
	fmt.Fprintf(a.stdout, "%d  %s\n", act.ID, act.Name)
	if act.Description != "" {
		fmt.Fprintf(a.stdout, "%s\n", act.Description)
	}
	f := a.fields(model.LabelActivity)
	f.line("status", string(act.Status))
	f.line("purposes", strings.Join(act.Purposes, "; "))
	f.line("legal_bases", a.labels("legal_basis", act.LegalBases))
	f.line("art9_conditions", a.labels("art9_condition", act.Art9Conditions))
	f.line("consent_withdrawal", act.ConsentWithdrawal)
	f.line("data_subjects", a.labels("data_subject", act.DataSubjects))
	f.line("data_categories", a.labels("data_category", act.DataCategories))
	f.line("recipients", a.labels("recipient_category", act.Recipients))
	f.line("processors", joinIDs(act.ProcessorIDs))
	var tr []string
	for _, t := range act.Transfers {
		tr = append(tr, fmt.Sprintf("%s %s (%s)", t.Country, t.Recipient, orDash(t.Mechanism)))
	}
	f.line("transfers", strings.Join(tr, "; "))
	var ret []string
	for _, r := range act.Retention {
		ret = append(ret, r.Category+": "+r.Period)
	}
	f.line("retention", firstNonEmpty(strings.Join(ret, "; "), act.RetentionJustification))
	f.line("toms", firstNonEmpty(act.TOMs, act.TOMsJustification))
	f.line("owner", act.Owner)
	f.line("systems", strings.Join(act.Systems, ", "))
	s := model.ScreenDPIA(act)
	f.line("dpia", fmt.Sprintf("%d criteria → %s; decision: %s", s.Count, s.Suggest, orDash(act.DPIA.Decision)))
	f.line("next_review", act.NextReview.String())
	f.line("missing", strings.Join(act.MissingFields(), ", "))
	if act.Source != nil {
		f.line("source", fmt.Sprintf("document %d, section %s", act.Source.DocumentID, act.Source.Section))
	}
	return f.flush()
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
