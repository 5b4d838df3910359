package tui

import "fmt"

// fieldLabels name every field shown in a detail pane, in English and German.
// The Art. 30(1) point is part of the label so a DPO can map the record to the law.
var fieldLabels = map[string][2]string{
	"name":                    {"Name", "Bezeichnung"},
	"description":             {"Description", "Beschreibung"},
	"status":                  {"Status", "Status"},
	"controller":              {"(a) Controller", "(a) Verantwortlicher"},
	"joint_controllers":       {"(a) Joint controllers", "(a) Gemeinsam Verantwortliche"},
	"representative":          {"(a) Representative", "(a) Vertreter"},
	"purposes":                {"(b) Purposes", "(b) Zwecke"},
	"legal_bases":             {"Legal bases (Art. 6)", "Rechtsgrundlagen (Art. 6)"},
	"art9_conditions":         {"Art. 9(2) conditions", "Art. 9 Abs. 2 Bedingungen"},
	"art10_basis":             {"Art. 10 basis", "Grundlage nach Art. 10"},
	"national_basis":          {"National basis", "Nationale Grundlage"},
	"law_reference":           {"Law reference", "Rechtsvorschrift"},
	"legitimate_interest":     {"Legitimate interest", "Berechtigtes Interesse"},
	"consent_withdrawal":      {"Consent withdrawal", "Widerruf der Einwilligung"},
	"terminal_access":         {"Terminal access (§ 25)", "Endgerätezugriff (§ 25)"},
	"data_subjects":           {"(c) Data subjects", "(c) Betroffene Personen"},
	"data_categories":         {"(c) Data categories", "(c) Datenkategorien"},
	"recipients":              {"(d) Recipients", "(d) Empfänger"},
	"processors":              {"Processors", "Auftragsverarbeiter"},
	"transfers":               {"(e) Transfers", "(e) Übermittlungen"},
	"retention":               {"(f) Retention", "(f) Löschfristen"},
	"retention_justification": {"(f) Why no retention", "(f) Begründung Löschfrist"},
	"toms":                    {"(g) Security measures", "(g) TOM"},
	"toms_justification":      {"(g) Why no measures", "(g) Begründung TOM"},
	"data_source":             {"Data source", "Datenquelle"},
	"systems":                 {"Systems", "Systeme"},
	"storage_location":        {"Storage location", "Speicherort"},
	"owner":                   {"Owner", "Verantwortliche Stelle"},
	"access_roles":            {"Access roles", "Zugriffsrollen"},
	"flags":                   {"Flags", "Merkmale"},
	"privacy_notice":          {"Privacy notice", "Datenschutzhinweis"},
	"links":                   {"Links", "Verweise"},
	"last_reviewed":           {"Last reviewed", "Zuletzt geprüft"},
	"next_review":             {"Next review", "Nächste Prüfung"},
	"updated":                 {"Updated", "Geändert"},
	"source":                  {"Imported from", "Importiert aus"},
	"dpia_suggestion":         {"Suggestion", "Empfehlung"},
	"dpia_criteria":           {"Criteria met", "Erfüllte Kriterien"},
	"dpia_decision":           {"Decision", "Entscheidung"},
	"dpia_reason":             {"Reason", "Begründung"},
	"dpia_reference":          {"DPIA kept at", "DSFA abgelegt unter"},
	"legal_entity":            {"Legal entity", "Rechtsträger"},
	"role":                    {"Role", "Rolle"},
	"contact":                 {"Contact", "Kontakt"},
	"dpo_contact":             {"DPO contact", "Kontakt DSB"},
	"services":                {"Services", "Leistungen"},
	"address":                 {"Address", "Anschrift"},
	"country":                 {"Country", "Land"},
	"countries":               {"Processing countries", "Verarbeitungsländer"},
	"transfer_mechanism":      {"Transfer mechanism", "Übermittlungsgrundlage"},
	"tia_reference":           {"TIA reference", "TIA-Verweis"},
	"dpa_status":              {"DPA status", "AVV-Status"},
	"dpa_signed":              {"DPA signed on", "AVV unterzeichnet am"},
	"dpa_version":             {"DPA version", "AVV-Version"},
	"dpa_form":                {"DPA form", "AVV-Form"},
	"dpa_review":              {"DPA review due", "AVV-Prüfung fällig"},
	"authorisation":           {"Sub-processing", "Unterauftragsvergabe"},
	"notice_days":             {"Notice period (days)", "Einspruchsfrist (Tage)"},
	"certifications":          {"Certifications", "Zertifizierungen"},
	"breach_hours":            {"Breach notice (hours)", "Meldefrist Verletzungen (h)"},
	"termination":             {"At the end", "Bei Vertragsende"},
	"problems":                {"Problems", "Mängel"},
}

func fieldLabel(key, lang string) string {
	l, ok := fieldLabels[key]
	if !ok {
		return key
	}
	if lang == "de" {
		return l[1]
	}
	return l[0]
}

// uiDE translates the table titles and headings of the register pages.
var uiDE = map[string]string{
	"Activities": "Tätigkeiten", "Requests": "Anfragen", "Processors": "Auftragsverarbeiter", "Audit journal": "Protokoll",
	"Name": "Name", "Purposes": "Zwecke", "Legal bases": "Rechtsgrundl.", "Proc": "AV", "Review": "Prüfung",
	"Complete": "Vollständig", "Ref": "Az.", "Subject": "Betroffene/r", "Type": "Art", "Status": "Status",
	"Due": "Frist", "Left": "Tage", "Country": "Land", "Transfer": "Übermittl.", "DPA": "AVV",
	"Review due": "Prüfung", "Role": "Rolle", "Seq": "Nr.", "When": "Zeitpunkt", "Action": "Aktion",
	"Kind": "Art", "Record": "Datensatz",
}

// tr returns the German text for en when lang is "de" and one is known.
func tr(lang, en string) string {
	if lang == "de" {
		if de, ok := uiDE[en]; ok {
			return de
		}
	}
	return en
}

// translate puts the list's title and column headers into lang.
func (l *listView) translate(lang string) {
	l.title = tr(lang, l.title)
	for i := range l.tbl.cols {
		l.tbl.cols[i].title = tr(lang, l.tbl.cols[i].title)
	}
	l.tbl.invalidate()
}

// count writes "1 activity" or "3 activities".
func count(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
