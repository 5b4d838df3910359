package register

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// germanCSV is a register as a German office keeps it: semicolons, Windows-1252,
// its own headers and a title line above them.
const germanCSV = "Verzeichnis von Verarbeitungstätigkeiten;;;;;;\n" +
	"Lfd. Nr.;Bezeichnung der Verarbeitungstätigkeit;Zwecke der Verarbeitung;Rechtsgrundlage;Kategorien betroffener Personen;Kategorien personenbezogener Daten;Empfänger;Löschfrist;Drittland;Bemerkung\n" +
	"1;Bewerbermanagement;Auswahl von Bewerbern;Art. 6 Abs. 1 lit. b DSGVO, § 26 BDSG;Bewerber;Identitäts- und Stammdaten, Lebenslauf;Fachabteilung;6 Monate nach Absage;;intern\n" +
	"2;Videoüberwachung;Schutz vor Diebstahl;berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO);\"Besucher\nBeschäftigte\";Bilddaten;Auftragsverarbeiter;Aufnahmen=72 Stunden;USA: Acme Inc. – SCC;\n"

func TestGermanHeadersSemicolonsAndWindows1252(t *testing.T) {
	data, err := charmap.Windows1252.NewEncoder().Bytes([]byte(germanCSV))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Read("vvt.csv", data, KindActivities, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Source != "CSV (;), Windows-1252" || p.HeaderRow != 2 {
		t.Errorf("source %q, header row %d", p.Source, p.HeaderRow)
	}
	want := map[string]string{"Lfd. Nr.": "id", "Bezeichnung der Verarbeitungstätigkeit": "name", "Zwecke der Verarbeitung": "purposes",
		"Rechtsgrundlage": "legal_bases", "Kategorien betroffener Personen": "data_subjects", "Löschfrist": "retention",
		"Kategorien personenbezogener Daten": "data_categories", "Empfänger": "recipients", "Drittland": "transfers", "Bemerkung": ""}
	for _, m := range p.Columns {
		if w, ok := want[m.Header]; !ok || w != m.Field {
			t.Errorf("header %q → %q, want %q", m.Header, m.Field, w)
		}
	}
	if !reflect.DeepEqual(p.Unmapped, []string{"Bemerkung"}) {
		t.Errorf("unmapped = %v", p.Unmapped)
	}
	if len(p.Problems) > 0 || len(p.Activities) != 2 {
		t.Fatalf("problems %v, %d activities", p.Problems, len(p.Activities))
	}
	a := p.Activities[0].Activity
	check(t, "bases", a.LegalBases, []string{"6.1.b", "BDSG 26"})
	check(t, "subjects", a.DataSubjects, []string{"applicants"})
	check(t, "data", a.DataCategories, []string{"identity", "Lebenslauf"}) // free text kept
	check(t, "retention", a.Retention[0].Period, "6 Monate nach Absage")
	v := p.Activities[1].Activity
	check(t, "bases", v.LegalBases, []string{"6.1.f"})
	check(t, "subjects", v.DataSubjects, []string{"visitors", "employees"})
	check(t, "retention", v.Retention[0].Category+"|"+v.Retention[0].Period, "Aufnahmen|72 Stunden")
	check(t, "transfer", v.Transfers[0].Country+"|"+v.Transfers[0].Recipient+"|"+v.Transfers[0].Mechanism, "US|Acme Inc.|scc")
	if p.Activities[1].Row != 4 {
		t.Errorf("row = %d, want 4", p.Activities[1].Row)
	}
}

func TestUnreadableRowsAreReportedWithNumberAndReason(t *testing.T) {
	csv := "Name,Purpose,Legal basis,DPIA,Next review,Status\n" +
		"Payroll,paying salaries,6.1.b,no,2026-09-01,active\n" +
		",missing name,6.1.c,,,\n" +
		"CRM,sales,Art. 15 GDPR,maybe,someday,archived\n" +
		"payroll,duplicate,6.1.b,,,\n"
	p, err := Read("r.csv", []byte(csv), KindActivities, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Activities) != 2 || len(p.Problems) != 3 {
		t.Fatalf("activities %d, problems %+v", len(p.Activities), p.Problems)
	}
	for i, want := range []struct {
		row   int
		parts []string
	}{
		{3, []string{"name is empty"}},
		{4, []string{`"Art. 15 GDPR"`, `DPIA decision "maybe"`, `"someday" is not a date`, `status "archived"`}},
		{5, []string{`"payroll" is already used in row 2`}},
	} {
		pr := p.Problems[i]
		if pr.Row != want.row {
			t.Errorf("problem %d row %d, want %d", i, pr.Row, want.row)
		}
		for _, part := range want.parts {
			if !strings.Contains(pr.Reason, part) {
				t.Errorf("row %d reason %q lacks %q", pr.Row, pr.Reason, part)
			}
		}
	}
}

func TestXLSXPicksTheSheetNamedLikeTheKind(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"Notes", "x"})
	f.NewSheet("Auftragsverarbeiter")
	f.SetSheetRow("Auftragsverarbeiter", "A1", &[]any{"Auftragsverarbeiter", "Sitzland", "Status AV-Vertrag", "Verarbeitungsländer", "Unterauftragsverarbeiter"})
	f.SetSheetRow("Auftragsverarbeiter", "A2", &[]any{"Zendesk", "Vereinigte Staaten", "unterzeichnet", "US, IE", "AWS (Hosting, US)"})
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	p, err := Read("vendors.xlsx", b.Bytes(), KindProcessors, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Source, "Auftragsverarbeiter") || len(p.Problems) > 0 || len(p.Processors) != 1 {
		t.Fatalf("source %q, problems %v", p.Source, p.Problems)
	}
	pr := p.Processors[0].Processor
	check(t, "country", pr.Country, "US")
	check(t, "countries", pr.Countries, []string{"US", "IE"})
	check(t, "sub", pr.SubProcessors[0].Name+"|"+pr.SubProcessors[0].Service+"|"+pr.SubProcessors[0].Country, "AWS|Hosting|US")
	if pr.DPA.Status != "signed" && pr.DPA.Status != "" {
		t.Errorf("dpa status = %q", pr.DPA.Status)
	}
}

func TestRequestsRegister(t *testing.T) {
	csv := "Aktenzeichen;Art;Betroffene Person;Eingegangen;Status;Frist\n" +
		"A-1;Auskunft;Anna Schmidt;05.03.2026;erledigt;2026-04-07\n" +
		"A-2;Telepathie;Jonas Weber;;;\n"
	p, err := Read("dsr.csv", []byte(csv), KindRequests, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Requests) != 1 || len(p.Problems) != 1 || p.Problems[0].Row != 3 {
		t.Fatalf("requests %d, problems %+v", len(p.Requests), p.Problems)
	}
	r := p.Requests[0].Request
	check(t, "request", r.Type+"|"+r.Subject+"|"+r.Status+"|"+r.Outcome+"|"+r.Received.Format("2006-01-02"),
		"access|Anna Schmidt|completed|fulfilled|2026-03-05")
	for _, part := range []string{`"Telepathie"`, "date received is empty"} {
		if !strings.Contains(p.Problems[0].Reason, part) {
			t.Errorf("reason %q lacks %q", p.Problems[0].Reason, part)
		}
	}
}

func TestSplitKeepsBracketsAndLabelsWithCommas(t *testing.T) {
	got := termKeys("art9_condition", "Health or social care, occupational medicine; 9.2.b")
	check(t, "labels", got, []string{"9.2.h", "9.2.b"})
	check(t, "split", split("a (b, c), d\ne", true), []string{"a (b, c)", "d", "e"})
	check(t, "text", splitText("one, two; three"), []string{"one, two", "three"})
}

func TestNoHeaderIsAnError(t *testing.T) {
	if _, err := Read("x.csv", []byte("Foo,Bar\n1,2\n"), KindActivities, Options{}); err == nil || !strings.Contains(err.Error(), "Processing activity") {
		t.Errorf("err = %v", err)
	}
	if _, err := Read("x.csv", []byte("a,b\n"), "things", Options{}); err == nil {
		t.Error("an unknown kind was accepted")
	}
}

func check(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s = %#v, want %#v", what, got, want)
	}
}
