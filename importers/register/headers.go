package register

import (
	"regexp"
	"strings"
	"unicode"
)

// synonyms map normalised headers (see normalize) to fields, per kind. They cover
// dpodesk's own exports in both languages and the wording of common register
// templates (GDD, Bitkom, DSK, ICO). A header not listed stays unmapped and is
// shown in the dry run.
var synonyms = map[string]map[string][]string{
	KindActivities: {
		"id":                      {"id", "nr", "lfd nr", "nummer", "no"},
		"name":                    {"processing activity", "activity", "name", "name of the processing", "processing operation", "verarbeitungstätigkeit", "tätigkeit", "bezeichnung", "bezeichnung der verarbeitungstätigkeit", "verfahren", "name der verarbeitung"},
		"description":             {"description", "beschreibung", "kurzbeschreibung"},
		"controller":              {"controller", "verantwortlicher", "verantwortliche stelle"},
		"dpo":                     {"data protection officer", "dpo", "datenschutzbeauftragter", "datenschutzbeauftragte", "datenschutzbeauftragte r"},
		"joint_controllers":       {"joint controllers", "joint controller", "gemeinsam verantwortliche", "gemeinsam verantwortlicher"},
		"representative":          {"representative", "vertreter"},
		"purposes":                {"purpose", "purposes", "purposes of the processing", "purpose of processing", "zweck", "zwecke", "zwecke der verarbeitung", "zweck der verarbeitung", "zweckbestimmung"},
		"legal_bases":             {"legal basis", "legal bases", "lawful basis", "rechtsgrundlage", "rechtsgrundlagen", "rechtsgrundlage der verarbeitung"},
		"art9_conditions":         {"art 9 conditions", "art 9 condition", "art 9 2 conditions", "bedingungen nach art 9 abs 2", "art 9 bedingung", "bedingung art 9", "ausnahme art 9"},
		"data_subjects":           {"data subjects", "categories of data subjects", "data subject categories", "betroffene", "betroffene personen", "kategorien betroffener personen", "betroffenengruppen", "kategorien der betroffenen"},
		"data_categories":         {"categories of personal data", "personal data", "data categories", "personal data categories", "datenkategorien", "kategorien personenbezogener daten", "personenbezogene daten", "kategorien von daten"},
		"recipients":              {"recipients", "categories of recipients", "recipient categories", "empfänger", "kategorien von empfängern", "empfängerkategorien"},
		"processors":              {"processors", "processor", "auftragsverarbeiter", "dienstleister"},
		"independent_controllers": {"independent controllers recipients", "independent controllers", "eigenständig verantwortliche empfänger", "eigenständig verantwortliche"},
		"transfers":               {"third country transfers", "transfers", "transfers to third countries", "drittlandübermittlung", "drittlandübermittlungen", "übermittlungen in drittländer", "übermittlung in drittländer", "drittland"},
		"retention":               {"retention", "retention period", "retention periods", "time limits for erasure", "deletion period", "löschfrist", "löschfristen", "speicherdauer", "aufbewahrungsfrist", "fristen für die löschung"},
		"toms":                    {"technical and organisational measures", "technical and organizational measures", "toms", "tom", "security measures", "technische und organisatorische maßnahmen"},
		"data_source":             {"data source", "source", "datenquelle", "herkunft der daten", "datenherkunft"},
		"owner":                   {"owner", "business owner", "fachverantwortlich", "fachbereich", "verantwortliche abteilung", "verantwortlich"},
		"systems":                 {"systems", "systeme", "it systeme", "anwendungen", "software"},
		"dpia":                    {"dpia", "dpia decision", "dpia required", "dsfa", "dsfa entscheidung", "dsfa erforderlich"},
		"next_review":             {"next review", "review date", "nächste überprüfung", "wiedervorlage", "nächste prüfung"},
		"status":                  {"status"},
	},
	KindProcessors: {
		"id":                 {"id", "nr", "lfd nr"},
		"name":               {"processor", "name", "service provider", "vendor", "auftragsverarbeiter", "dienstleister", "auftragnehmer"},
		"legal_entity":       {"legal entity", "company", "rechtsträger", "firma", "unternehmen"},
		"role":               {"role", "rolle"},
		"services":           {"services", "service", "leistungen", "leistung", "gegenstand des auftrags"},
		"country":            {"country", "country of the seat", "seat", "sitzland", "land", "sitz"},
		"address":            {"address", "anschrift", "adresse"},
		"contact":            {"contact", "kontakt", "ansprechpartner"},
		"dpo_contact":        {"dpo contact", "kontakt datenschutzbeauftragter", "datenschutzbeauftragter"},
		"dpa_status":         {"dpa status", "dpa", "status av vertrag", "av vertrag", "avv"},
		"dpa_signed":         {"dpa signed on", "dpa signed", "av vertrag unterzeichnet am", "avv unterzeichnet", "unterzeichnet am"},
		"dpa_next_review":    {"dpa next review", "av vertrag nächste prüfung", "nächste prüfung", "next review"},
		"countries":          {"processing countries", "countries", "verarbeitungsländer", "länder", "verarbeitungsorte"},
		"transfer_mechanism": {"transfer mechanism", "übermittlungsgrundlage", "garantie", "garantien"},
		"sub_processors":     {"sub processors", "subprocessors", "unterauftragsverarbeiter", "subunternehmer"},
		"data_categories":    {"categories of personal data", "data categories", "datenkategorien", "kategorien personenbezogener daten"},
		"subject_categories": {"categories of data subjects", "data subjects", "betroffene", "kategorien betroffener personen"},
		"certifications":     {"certifications", "zertifizierungen", "zertifikate"},
		"status":             {"status"},
	},
	KindRequests: {
		"ref":           {"reference", "ref", "aktenzeichen", "az", "zeichen"},
		"type":          {"type", "request type", "art", "art des antrags", "recht", "betroffenenrecht"},
		"subject":       {"data subject", "subject", "name", "betroffene person", "betroffener", "antragsteller"},
		"contact":       {"contact", "kontakt", "e mail", "email"},
		"channel":       {"channel", "eingangsweg", "kanal"},
		"received":      {"received", "date received", "received on", "eingegangen", "eingang", "eingangsdatum", "datum"},
		"jurisdiction":  {"jurisdiction", "rechtsordnung"},
		"status":        {"status"},
		"outcome":       {"outcome", "ergebnis"},
		"due":           {"due", "frist", "deadline", "due date"},
		"days_left":     {"days left", "tage übrig", "resttage"},
		"extended":      {"extended", "verlängert"},
		"deadline_rule": {"deadline rule", "fristberechnung"},
	},
}

// notes explain columns that are recognised but not stored on the record.
var notes = map[string]map[string]string{
	KindActivities: {
		"id":         "ignored: the workspace assigns new ids",
		"controller": "ignored: the controller is the workspace's organisation",
		"dpo":        "ignored: the DPO is the workspace's organisation",
	},
	KindProcessors: {"id": "ignored: the workspace assigns new ids"},
	KindRequests: {
		"ref":           "ignored: the workspace assigns new references",
		"due":           "ignored: computed by the deadline rules",
		"days_left":     "ignored: computed by the deadline rules",
		"extended":      "ignored: an extension is recorded with request extend",
		"deadline_rule": "ignored: computed by the deadline rules",
	},
}

// mapHeaders records the mapping of every header and returns the field of each
// column ("" for unmapped and ignored ones).
func (p *Plan) mapHeaders(headers []string, kind string) []string {
	index := map[string]string{}
	for field, names := range synonyms[kind] {
		for _, n := range names {
			index[n] = field
		}
	}
	fields := make([]string, len(headers))
	for i, h := range headers {
		if strings.TrimSpace(h) == "" {
			continue
		}
		field := index[normalize(h)]
		if field == "" {
			p.Unmapped = append(p.Unmapped, h)
		}
		m := Mapping{Column: i + 1, Header: strings.TrimSpace(h), Field: field, Note: notes[kind][field]}
		p.Columns = append(p.Columns, m)
		if m.Note == "" {
			fields[i] = field
		}
	}
	return fields
}

var parens = regexp.MustCompile(`\([^()]*\)`)

// normalize reduces a header to lower-case words: "Zwecke der Verarbeitung
// (30(1)(b))" and "zwecke_der_verarbeitung" both become "zwecke der verarbeitung",
// and "Art. 9(2) conditions" becomes "art 9 conditions".
func normalize(h string) string {
	h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
	for parens.MatchString(h) {
		h = parens.ReplaceAllString(h, " ")
	}
	h = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return ' '
	}, h)
	return strings.Join(strings.Fields(h), " ")
}

func exampleHeaders(kind string) string {
	switch kind {
	case KindProcessors:
		return `"Processor" or "Auftragsverarbeiter"`
	case KindRequests:
		return `"Data subject" or "Betroffene Person"`
	}
	return `"Processing activity", "Purposes" or "Verarbeitungstätigkeit", "Zwecke der Verarbeitung"`
}
