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
	t := requestTableHead(opts.Lang)
	today := model.DateOf(opts.Now)
	for _, r := range reg.Requests {
		row := newRowCells(len(RequestColumns))
		requestRow(&row, r, opts, today)
		t.Rows = append(t.Rows, row.cells)
	}
	return t
}

// requestTableHead is the request table without rows.
func requestTableHead(lang string) Table {
	return Table{Kind: "requests", Columns: RequestColumns,
		Title: pick(lang, "Data subject requests", "Anträge betroffener Personen")}
}

func requestRow(row *rowCells, r model.Request, opts Options, today model.Date) {
	lang := opts.Lang
	d := opts.Rules.Deadline(r)
	row.text(r.Ref)
	if rt, ok := model.RequestTypeByKey(r.Type); ok {
		row.item(Item{Text: rt.Label(lang), Key: rt.Key})
	} else {
		row.item(Item{Text: r.Type, Key: r.Type})
	}
	row.text(r.Subject)
	row.text(r.Contact)
	row.term(model.VocabChannel, r.Channel, lang)
	row.text(r.Received.Format("2006-01-02"))
	row.text(r.Jurisdiction)
	row.text(model.StatusLabel(r.Status, lang))
	row.text(r.Outcome)
	row.date(d.Due)
	// days left: while the clock is stopped, what will remain (as every face shows)
	if left, ok := opts.Rules.DaysLeftGiven(r, d, today); ok {
		row.text(strconv.Itoa(left))
	} else {
		row.empty()
	}
	// where the request stands by the model's one rule, with the key for
	// machine-readable formats
	u := model.RequestUrgency(r, d, today)
	row.item(Item{Text: u.Label(lang), Key: u.String()})
	row.text(yesNo(d.Extended, lang))
	row.text(model.ExplanationIn(d.Explanation, lang))
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

// RequestsCSV streams the requests register as CSV: the bytes Requests
// gives in CSV for the same requests in the same (ID) order. each reads the
// requests and hands fn, in order, what line appended of each; line may run
// on other goroutines (it computes the deadline and encodes the row), so the
// export's work is spread over every CPU and only the writing is in order.
func RequestsCSV(w io.Writer, each func(line func(dst []byte, r model.Request) ([]byte, error), fn func([]byte) error) error, opts Options) error {
	today := model.DateOf(opts.Now)
	return streamCSV(w, RequestColumns, opts, func(row *rowCells, r model.Request) { requestRow(row, r, opts, today) }, each)
}
