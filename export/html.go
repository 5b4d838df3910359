package export

import (
	_ "embed"
	"html/template"
	"io"
	"sync"

	"github.com/dpodesk/dpodesk/model"
)

//go:embed register.html.tmpl
var htmlSource string

// htmlTemplate is parsed on first use: parsing it when the package starts
// was most of the package's start-up work, which every command pays.
var htmlTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("register").Parse(htmlSource))
})

// maxTableColumns is the widest register printed as one table: beyond it the
// columns of an A4 landscape page get too narrow to read, so each record gets a
// section of its own with the fields listed down the page.
const maxTableColumns = 13

type htmlPage struct {
	Lang, Title string
	Header      []headerLine
	Headers     []string
	AsTable     bool
	Records     []htmlRecord
	Empty       string
}

type htmlRecord struct {
	Title  string
	Fields []htmlField
}

type htmlField struct {
	Label string
	Items []string
}

func writeHTML(w io.Writer, t Table, org model.Organisation, opts Options) error {
	p := htmlPage{Lang: langCode(opts.Lang), Title: t.Title, Header: docHeader(org, opts),
		AsTable: len(t.Columns) <= maxTableColumns, Empty: pick(opts.Lang, "No records.", "Keine Einträge.")}
	for _, c := range t.Columns {
		p.Headers = append(p.Headers, c.Header(opts.Lang))
	}
	title := titleColumn(t.Columns)
	for _, row := range t.Rows {
		rec := htmlRecord{Title: model.SafeLine(row[title].Text(" "))}
		for i, c := range t.Columns {
			if i == title && !p.AsTable {
				continue // the section heading already names the record
			}
			f := htmlField{Label: c.Header(opts.Lang)}
			for _, it := range row[i] {
				f.Items = append(f.Items, model.SafeText(it.Text))
			}
			rec.Fields = append(rec.Fields, f)
		}
		p.Records = append(p.Records, rec)
	}
	return htmlTemplate().Execute(w, p)
}
