package export

import (
	"io"
	"strconv"

	"github.com/dpodesk/dpodesk/model"
)

// RequestColumns are the columns of the requests register. The due dates are
// computed by the deadline rules at export time, never stored.
var RequestColumns = []Column{
	{Key: "ref", Kind: model.LabelRequest},
	{Key: "type", Kind: model.LabelRequest},
	{Key: "subject", Kind: model.LabelRequest},
	{Key: "contact", Kind: model.LabelRequest},
	{Key: "channel", Kind: model.LabelRequest},
	{Key: "received", Kind: model.LabelRequest},
	{Key: "jurisdiction", Kind: model.LabelRequest},
	{Key: "status", Kind: model.LabelRequest},
	{Key: "outcome", Kind: model.LabelRequest},
	{Key: "due", Kind: model.LabelRequest},
	{Key: "days_left", Kind: model.LabelRequest},
	{Key: "urgency", Kind: model.LabelRequest},
	{Key: "extended", Kind: model.LabelRequest},
	{Key: "deadline_rule", Kind: model.LabelRequest, Wide: true},
}

// RequestTable lays the requests out in RequestColumns order with their deadlines.
func RequestTable(reg Register, opts Options) Table {
	t := Table{Kind: "requests", Columns: RequestColumns,
		Title: pick(opts.Lang, "Data subject requests", "Anträge betroffener Personen")}
	today := model.DateOf(opts.Now)
	for _, r := range reg.Requests {
		t.Rows = append(t.Rows, requestRow(r, opts, today))
	}
	return t
}

func requestRow(r model.Request, opts Options, today model.Date) []Cell {
	lang := opts.Lang
	d := opts.Rules.Deadline(r)
	typ := Cell{{Text: r.Type, Key: r.Type}}
	if rt, ok := model.RequestTypeByKey(r.Type); ok {
		typ = Cell{{Text: rt.Label(lang), Key: rt.Key}}
	}
	var daysLeft Cell
	if r.IsOpen() {
		daysLeft = text(strconv.Itoa(d.DaysLeft(today)))
	}
	return []Cell{
		text(r.Ref), typ, text(r.Subject), text(r.Contact), term(model.VocabChannel, r.Channel, lang),
		text(r.Received.Format("2006-01-02")), text(r.Jurisdiction), text(model.StatusLabel(r.Status, lang)),
		text(r.Outcome), date(d.Due), daysLeft, urgencyCell(model.RequestUrgency(r, d, today), lang),
		text(yesNo(d.Extended, lang)), text(model.ExplanationIn(d.Explanation, lang)),
	}
}

func yesNo(b bool, lang string) string {
	if b {
		return pick(lang, "yes", "ja")
	}
	return pick(lang, "no", "nein")
}

// Requests renders the requests register in opts.Format.
func Requests(w io.Writer, reg Register, opts Options) error {
	return write(w, RequestTable(reg, opts), reg, opts)
}

// RequestsCSV writes the requests register as CSV while each hands the
// requests over one at a time: the bytes of Requests in FormatCSV without
// holding the register in memory.
func RequestsCSV(w io.Writer, each func(func(model.Request) error) error, opts Options) error {
	cw, err := startCSV(w, RequestColumns, opts)
	if err != nil {
		return err
	}
	today := model.DateOf(opts.Now)
	err = each(func(r model.Request) error { return writeCSVRow(cw, requestRow(r, opts, today)) })
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// urgencyCell is where the request stands by the model's one rule, with the
// key for machine-readable formats.
func urgencyCell(u model.Urgency, lang string) Cell {
	return Cell{{Text: u.Label(lang), Key: u.String()}}
}
