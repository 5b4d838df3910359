package export

import (
	"io"
	"strconv"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// BreachColumns are the columns of the breach register (Art. 33(5)). The
// deadline, hours left, severity and band come from model.ViewBreach.
var BreachColumns = []Column{
	{Key: "id", EN: "ID", DE: "ID"},
	{Key: "title", EN: "Breach", DE: "Verletzung"},
	{Key: "status", EN: "Status", DE: "Status"},
	{Key: "aware_at", EN: "Aware", DE: "Kenntnis"},
	{Key: "notify_by", EN: "Notify authority by", DE: "Meldung an die Behörde bis"},
	{Key: "hours_left", EN: "Hours left", DE: "Stunden übrig"},
	{Key: "clock_rule", EN: "Deadline rule", DE: "Fristberechnung", Wide: true},
	{Key: "nature", EN: "Nature", DE: "Art der Verletzung", List: true},
	{Key: "description", EN: "Description", DE: "Beschreibung", Wide: true},
	{Key: "data_categories", EN: "Categories of personal data", DE: "Kategorien personenbezogener Daten", List: true},
	{Key: "subject_categories", EN: "Categories of data subjects", DE: "Kategorien betroffener Personen", List: true},
	{Key: "subjects", EN: "Data subjects (approx.)", DE: "Betroffene Personen (ca.)"},
	{Key: "records", EN: "Records (approx.)", DE: "Datensätze (ca.)"},
	{Key: "consequences", EN: "Likely consequences", DE: "Wahrscheinliche Folgen", Wide: true},
	{Key: "measures", EN: "Measures taken and proposed", DE: "Ergriffene und vorgeschlagene Maßnahmen", Wide: true},
	{Key: "severity", EN: "Severity (ENISA SE)", DE: "Schweregrad (ENISA SE)"},
	{Key: "band", EN: "Band", DE: "Stufe"},
	{Key: "rationale", EN: "Rationale", DE: "Begründung", Wide: true},
	{Key: "notify_authority", EN: "Notify authority", DE: "Meldung an Behörde"},
	{Key: "notify_subjects", EN: "Tell data subjects", DE: "Benachrichtigung Betroffener"},
	{Key: "decision_reason", EN: "Reasons of the decision", DE: "Gründe der Entscheidung", Wide: true},
	{Key: "notified_at", EN: "Notified", DE: "Gemeldet"},
	{Key: "reference", EN: "Authority reference", DE: "Aktenzeichen der Behörde"},
	{Key: "delay_reasons", EN: "Reasons for delay", DE: "Gründe der Verzögerung", Wide: true},
	{Key: "updates", EN: "Updates", DE: "Nachträge", List: true, Wide: true},
}

// BreachTable lays the breaches out in BreachColumns order.
func BreachTable(views []model.BreachView, lang string) Table {
	t := Table{Kind: "breaches", Columns: BreachColumns,
		Title: pick(lang, "Personal data breaches", "Verletzungen des Schutzes personenbezogener Daten")}
	for _, v := range views {
		t.Rows = append(t.Rows, breachRow(v, lang))
	}
	return t
}

const breachTime = "2006-01-02 15:04 MST"

func breachRow(v model.BreachView, lang string) []Cell {
	at := func(t time.Time) Cell {
		if t.IsZero() {
			return nil
		}
		return text(t.In(v.Zone()).Format(breachTime))
	}
	var left, severity, band, rationale Cell
	if v.ClockRunning() {
		left = text(strconv.FormatFloat(v.HoursLeft, 'f', 1, 64))
	}
	if a := v.Assessment; a != nil {
		severity, band, rationale = text(strconv.FormatFloat(a.SE(), 'g', -1, 64)), text(bandLabel(a.Band(), lang)), text(a.Rationale)
	}
	var na, ns, reason Cell
	if d := v.Decision; d != nil {
		na, ns, reason = text(yesNo(d.NotifyAuthority, lang)), text(yesNo(d.NotifySubjects, lang)), text(d.Reason)
	}
	var notified, ref, delay Cell
	if n := v.Notice; n != nil {
		notified, ref, delay = at(n.At), text(n.Reference), text(n.DelayReasons)
	}
	var updates Cell
	for _, u := range v.Updates {
		updates = append(updates, Item{Text: u.At.In(v.Zone()).Format(breachTime) + ": " + u.Text})
	}
	return []Cell{
		text(strconv.FormatUint(v.ID, 10)), text(v.Title), text(breachStatusLabel(v.Status, lang)),
		at(v.AwareAt), at(v.NotifyBy), left, text(v.ClockRule), natures(v.Nature, lang), text(v.Description),
		terms(model.VocabDataCategory, v.DataCategories, lang), terms(model.VocabDataSubject, v.SubjectCategories, lang),
		count(v.Subjects), count(v.Records), text(v.Consequences),
		text(joinNonEmpty("; ", v.MeasuresTaken, v.MeasuresProposed)),
		severity, band, rationale, na, ns, reason, notified, ref, delay, updates,
	}
}

func count(n int) Cell {
	if n == 0 {
		return nil
	}
	return text(strconv.Itoa(n))
}

func natures(keys []string, lang string) Cell {
	var c Cell
	for _, k := range keys {
		c = append(c, Item{Text: natureLabel(k, lang), Key: k})
	}
	return c
}

var natureLabels = map[string][2]string{
	"confidentiality": {"confidentiality", "Vertraulichkeit"},
	"integrity":       {"integrity", "Integrität"},
	"availability":    {"availability", "Verfügbarkeit"},
}

func natureLabel(k, lang string) string {
	if l, ok := natureLabels[k]; ok {
		return pick(lang, l[0], l[1])
	}
	return k
}

var bandLabels = map[string][2]string{
	model.BandLow: {"low", "niedrig"}, model.BandMedium: {"medium", "mittel"},
	model.BandHigh: {"high", "hoch"}, model.BandVeryHigh: {"very high", "sehr hoch"},
}

func bandLabel(b, lang string) string {
	if l, ok := bandLabels[b]; ok {
		return pick(lang, l[0], l[1])
	}
	return b
}

var breachStatusLabels = map[string][2]string{
	model.BreachOpen: {"open", "offen"}, model.BreachAssessed: {"assessed", "bewertet"},
	model.BreachNotified: {"notified", "gemeldet"}, model.BreachNotNotified: {"not notified", "nicht gemeldet"},
	model.BreachClosed: {"closed", "abgeschlossen"},
}

func breachStatusLabel(s, lang string) string {
	if l, ok := breachStatusLabels[s]; ok {
		return pick(lang, l[0], l[1])
	}
	return s
}

// Breaches renders the breach register in opts.Format.
func Breaches(w io.Writer, org model.Organisation, views []model.BreachView, opts Options) error {
	return write(w, BreachTable(views, opts.Lang), Register{Org: org}, opts)
}
