package export

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/dpodesk/dpodesk/model"
)

func TestExportGoldenDocuments(t *testing.T) {
	reg := fixture(t)
	for _, tc := range []struct {
		name   string
		render func(*bytes.Buffer, Options) error
		format string
		lang   string
	}{
		{"ropa.en.md", func(b *bytes.Buffer, o Options) error { return ROPA(b, reg, o) }, FormatMD, "en"},
		{"ropa.de.md", func(b *bytes.Buffer, o Options) error { return ROPA(b, reg, o) }, FormatMD, "de"},
		{"ropa.en.html", func(b *bytes.Buffer, o Options) error { return ROPA(b, reg, o) }, FormatHTML, "en"},
		{"requests.de.html", func(b *bytes.Buffer, o Options) error { return Requests(b, reg, o) }, FormatHTML, "de"},
		{"processors.en.md", func(b *bytes.Buffer, o Options) error { return Processors(b, reg, o) }, FormatMD, "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.render(&b, opts(t, tc.format, tc.lang)); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.name, b.Bytes())
		})
	}
}

func TestExportDeterministic(t *testing.T) {
	reg := fixture(t)
	for _, f := range []string{FormatCSV, FormatMD, FormatHTML, FormatJSON, FormatXLSX} {
		var a, b bytes.Buffer
		if err := ROPA(&a, reg, opts(t, f, "de")); err != nil {
			t.Fatal(err)
		}
		if err := ROPA(&b, reg, opts(t, f, "de")); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two exports of the same input differ", f)
		}
	}
}

func TestHTMLEscapesRecordText(t *testing.T) {
	var b bytes.Buffer
	if err := ROPA(&b, fixture(t), opts(t, FormatHTML, "en")); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "<admin>") || !strings.Contains(b.String(), "&lt;admin&gt;") {
		t.Error("the TOMs text <admin> was not escaped")
	}
	for _, want := range []string{"@page { size: A4 landscape", "Lindenhof Gartenbedarf GmbH", "Dr. Petra Sommer", "2026-03-10"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
}

// art30Headers are the Art. 30(1) points (a)–(g) as the activities sheet names them.
var art30Headers = map[string][]string{
	"en": {"Controller (30(1)(a))", "Joint controllers (30(1)(a))", "Representative (30(1)(a))", "Data protection officer (30(1)(a))",
		"Purposes (30(1)(b))", "Categories of data subjects (30(1)(c))", "Categories of personal data (30(1)(c))",
		"Categories of recipients (30(1)(d))", "Third-country transfers (30(1)(e))", "Time limits for erasure (30(1)(f))",
		"Technical and organisational measures (30(1)(g))", "Legal bases", "Art. 9(2) conditions", "Processors"},
	"de": {"Verantwortlicher (30(1)(a))", "Datenschutzbeauftragter (30(1)(a))", "Zwecke der Verarbeitung (30(1)(b))",
		"Kategorien betroffener Personen (30(1)(c))", "Kategorien personenbezogener Daten (30(1)(c))",
		"Kategorien von Empfängern (30(1)(d))", "Übermittlungen in Drittländer (30(1)(e))", "Löschfristen (30(1)(f))",
		"Technische und organisatorische Maßnahmen (30(1)(g))", "Rechtsgrundlagen"},
}

func TestWorkbookHasEveryArt30ColumnAndFrozenPanes(t *testing.T) {
	for lang, headers := range art30Headers {
		var b bytes.Buffer
		if err := ROPA(&b, fixture(t), opts(t, FormatXLSX, lang)); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(f.GetSheetList(), ","); got != "activities,processors,requests" {
			t.Fatalf("sheets = %s", got)
		}
		rows, _ := f.GetRows("activities")
		for _, h := range headers {
			if !containsStr(rows[0], h) {
				t.Errorf("%s: activities sheet lacks column %q", lang, h)
			}
		}
		if len(rows) != 5 || rows[1][1] != "Web shop orders" {
			t.Errorf("%s: activities rows = %d, first %v", lang, len(rows), rows[1][:2])
		}
		checkSheet(t, f, "processors", 3, "Hetzner")
		checkSheet(t, f, "requests", 3, "R-2026-0001")
		f.Close()
	}
}

func checkSheet(t *testing.T, f *excelize.File, sheet string, n int, first string) {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) != n || !containsStr(rows[1], first) {
		t.Errorf("%s sheet: %d rows, want %d with %q (%v)", sheet, len(rows), n, first, err)
	}
	p, err := f.GetPanes(sheet)
	if err != nil || !p.Freeze || p.YSplit != 1 || p.XSplit < 1 {
		t.Errorf("%s sheet: panes %+v not frozen below the header (%v)", sheet, p, err)
	}
}

func TestRequestsSheetHasComputedDueDate(t *testing.T) {
	var b bytes.Buffer
	if err := Requests(&b, fixture(t), opts(t, FormatCSV, "en")); err != nil {
		t.Fatal(err)
	}
	// Received Thu 2026-03-05: one month later is Sun 2026-04-05, Easter Monday is
	// no holiday without a region, so the deadline rolls to Mon 2026-04-06.
	if !strings.Contains(b.String(), "2026-04-06") {
		t.Errorf("due date missing:\n%s", b.String())
	}
}

func TestJSONShape(t *testing.T) {
	var b bytes.Buffer
	if err := ROPA(&b, fixture(t), opts(t, FormatJSON, "en")); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Format, Register, Language string
		ExportedAt                 string `json:"exported_at"`
		Version                    int
		Columns                    []struct{ Key, Header string }
		Records                    []map[string]json.RawMessage
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != JSONVersion || len(doc.Columns) != len(ActivityColumns) || len(doc.Records) != 4 {
		t.Fatalf("doc = %+v", doc)
	}
	var bases []Item
	if err := json.Unmarshal(doc.Records[0]["legal_bases"], &bases); err != nil || len(bases) != 2 || bases[0].Key != "6.1.b" {
		t.Errorf("legal_bases = %s (%v)", doc.Records[0]["legal_bases"], err)
	}
	if string(doc.Records[2]["description"]) != `""` {
		t.Errorf("an empty scalar column should be an empty string, got %s", doc.Records[2]["description"])
	}
	if !strings.Contains(string(doc.Records[2]["processors"]), "#9 (deleted)") {
		t.Errorf("a missing processor should be named as deleted: %s", doc.Records[2]["processors"])
	}
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Every sheet of the workbook keeps its layout: every cell of the table as
// text, the header bold on its fill and taller, the body wrapped at the top,
// long-text and list columns wider than codes, and the filter over the whole
// table, in the sheet and as Excel's defined name.
func TestWorkbookLayout(t *testing.T) {
	reg := fixture(t)
	o := opts(t, FormatXLSX, "en")
	var b bytes.Buffer
	if err := ROPA(&b, reg, o); err != nil {
		t.Fatal(err)
	}
	sheetXML := sheetFiles(t, b.Bytes())
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	filters := map[string]string{}
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm._FilterDatabase" {
			filters[d.Scope] = d.RefersTo
		}
	}
	for _, tab := range []Table{ActivityTable(reg, "en"), ProcessorTable(reg, "en"), RequestTable(reg, o)} {
		rows, err := f.GetRows(tab.Kind)
		if err != nil || len(rows) != len(tab.Rows)+1 {
			t.Fatalf("%s: %d rows, want %d (%v)", tab.Kind, len(rows), len(tab.Rows)+1, err)
		}
		for r, row := range tab.Rows {
			for c, cell := range row {
				got := ""
				if c < len(rows[r+1]) {
					got = rows[r+1][c]
				}
				if want := model.SafeCell(cell.Text("\n")); got != want {
					t.Errorf("%s %s: %q, want %q", tab.Kind, cellName(c+1, r+2), got, want)
				}
			}
		}
		for c, col := range tab.Columns {
			name, _ := excelize.ColumnNumberToName(c + 1)
			w, err := f.GetColWidth(tab.Kind, name)
			switch {
			case err != nil:
				t.Fatal(err)
			case col.Wide && w != widthWide, col.List && !col.Wide && w != widthList, w < widthMin || w > widthWide:
				t.Errorf("%s column %s: width %v", tab.Kind, col.Key, w)
			}
		}
		if h, _ := f.GetRowHeight(tab.Kind, 1); h != headerRowHt {
			t.Errorf("%s: header row %v high, want %v", tab.Kind, h, float64(headerRowHt))
		}
		head := cellStyle(t, f, tab.Kind, "A1")
		if head.Font == nil || !head.Font.Bold || len(head.Fill.Color) == 0 || head.Fill.Color[0] != "DDE4EE" || len(head.Border) == 0 {
			t.Errorf("%s: header style %+v", tab.Kind, head)
		}
		if len(tab.Rows) > 0 {
			body := cellStyle(t, f, tab.Kind, cellName(len(tab.Columns), len(tab.Rows)+1))
			if body.Alignment == nil || !body.Alignment.WrapText || body.Alignment.Vertical != "top" {
				t.Errorf("%s: body style %+v", tab.Kind, body)
			}
		}
		ref := "$A$1:$" + colRow(len(tab.Columns), len(tab.Rows)+1)
		if want := fmt.Sprintf("'%s'!%s", tab.Kind, ref); filters[tab.Kind] != want {
			t.Errorf("%s: filter %q, want %q", tab.Kind, filters[tab.Kind], want)
		}
		if want := `<autoFilter ref="` + ref + `">`; !strings.Contains(sheetXML[tab.Kind], want) {
			t.Errorf("%s: the sheet has no %s", tab.Kind, want)
		}
	}
}

// sheetFiles reads the XML of the workbook's sheets by sheet name: sheet1.xml
// is the first sheet made (activities), and so on.
func sheetFiles(t *testing.T, xlsx []byte) map[string]string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(xlsx), int64(len(xlsx)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for i, name := range []string{"activities", "processors", "requests"} {
		rc, err := z.Open(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1))
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[name] = string(b)
	}
	return out
}

// colRow is a cell reference in absolute form without the sheet: $X$10.
func colRow(col, row int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return fmt.Sprintf("%s$%d", name, row)
}

func cellStyle(t *testing.T, f *excelize.File, sheet, cell string) *excelize.Style {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
