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
	{Key: "id", Kind: model.LabelBreach},
	{Key: "title", Kind: model.LabelBreach},
	{Key: "status", Kind: model.LabelBreach},
	{Key: "aware_at", Kind: model.LabelBreach},
	{Key: "notify_by", Kind: model.LabelBreach},
	{Key: "hours_left", Kind: model.LabelBreach},
	{Key: "clock_rule", Kind: model.LabelBreach, Wide: true},
	{Key: "nature", Kind: model.LabelBreach, List: true},
	{Key: "description", Kind: model.LabelBreach, Wide: true},
	{Key: "data_categories", Kind: model.LabelBreach, List: true},
	{Key: "subject_categories", Kind: model.LabelBreach, List: true},
	{Key: "subjects", Kind: model.LabelBreach},
	{Key: "records", Kind: model.LabelBreach},
	{Key: "consequences", Kind: model.LabelBreach, Wide: true},
	{Key: "measures", Kind: model.LabelBreach, Wide: true},
	{Key: "severity", Kind: model.LabelBreach},
	{Key: "band", Kind: model.LabelBreach},
	{Key: "rationale", Kind: model.LabelBreach, Wide: true},
	{Key: "notify_authority", Kind: model.LabelBreach},
	{Key: "notify_subjects", Kind: model.LabelBreach},
	{Key: "decision_reason", Kind: model.LabelBreach, Wide: true},
	{Key: "notified_at", Kind: model.LabelBreach},
	{Key: "reference", Kind: model.LabelBreach},
	{Key: "delay_reasons", Kind: model.LabelBreach, Wide: true},
	{Key: "updates", Kind: model.LabelBreach, List: true, Wide: true},
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
		at(v.AwareAt), at(v.NotifyBy), left, text(model.ClockRuleIn(v.AwareAt.In(v.Zone()), lang)), natures(v.Nature, lang), text(v.Description),
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
func Breaches(w io.Writer, reg Register, opts Options) error {
	return write(w, BreachTable(reg.Breaches, opts.Lang), reg, opts)
}
