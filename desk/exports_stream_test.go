package desk

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/dpodesk/dpodesk/model"
)

// The record of processing activities in CSV is written as it is read; it must
// give the bytes of the export rendered whole, and leave out and count the
// same entries, for every scope and language — with drafts, retired entries,
// a link to a deleted processor, activities that fill every field the export
// shows, and records large enough to fill the reader's batches early in the
// register. The streamed export reads the activities' rows, the rendered one
// their records.
func TestStreamedActivitiesCSVMatchesTheRenderedExport(t *testing.T) {
	d := testDesk(t, time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC))
	if _, err := d.LoadDemo(context.Background(), 3000, nil); err != nil {
		t.Fatal(err)
	}
	rows, err := d.ActivityRows()
	if err != nil || len(rows) < 300 {
		t.Fatalf("the demo made %d activities (%v); the test needs batches of them", len(rows), err)
	}
	for i, r := range rows {
		a, err := d.GetActivity(r.ID)
		if err != nil {
			t.Fatal(err)
		}
		switch i % 7 {
		case 1:
			a.Status = model.StatusDraft
		case 2:
			a.Status = model.StatusRetired
		case 3:
			a.ProcessorIDs = append(a.ProcessorIDs, 999_999) // no such processor
		case 4:
			// records that fill a batch's buffer before its 256 rows, and one
			// larger than a whole buffer (128 KB)
			n := 150
			if i == 4 {
				n = 7_000
			}
			a.Description = strings.Repeat("Beschreibung, lang. ", n)
		case 5:
			// every field the export shows, as an activity row carries them
			a.JointControllers, a.Representative = []string{"Müller & Söhne GmbH", "Ölwerk \"Nord\" e.K."}, "Rep; Ltd."
			a.Art9Conditions, a.DataSource, a.Systems = []string{"9.2.h"}, "third_party", []string{"CRM", "Mail, intern"}
			a.Transfers = []model.Transfer{{Country: "US", Recipient: "Vendor Inc.", Mechanism: "dpf"}, {Country: "IN", Mechanism: "scc", TIAReference: "TIA-7"}}
			a.Retention = append(a.Retention, model.Retention{Category: "Logs", Period: "90 Tage", Days: 90})
			a.RetentionJustification, a.TOMs, a.TOMsJustification = "", "", "covered by the group policy"
			a.DPIA = model.DPIAScreening{Criteria: []string{"sensitive", "large_scale"}, Decision: "required", Reference: "DPIA-3"}
			a.Source = &model.Evidence{Section: "4.e", Start: 10, End: 40, Quote: "wir speichern"}
		default:
			continue
		}
		if err := d.ws.UpdateActivity(&a); err != nil { // as stored, without the checks of a form
			t.Fatal(err)
		}
	}
	ropa := RegisterExports[0]
	for _, lang := range []string{"en", "de"} {
		for _, statuses := range [][]string{nil, {"all"}, {"draft", "retired"}} {
			got, want := exportBothWays(t, d, ropa, "csv", lang, "", statuses)
			if !bytes.Equal(got, want) {
				t.Errorf("%s %v: the streamed CSV differs from the rendered one (%d bytes, want %d)", lang, statuses, len(got), len(want))
			}
		}
	}
}

// The interface's export form writes through ExportTo into the file: the
// streamed registers and the rendered ones arrive whole, with the note of what
// was left out.
func TestExportFileWritesWhatExportScopedRenders(t *testing.T) {
	d := demoWithStatus(t, 300, 0, model.StatusDraft)
	dir := t.TempDir()
	for _, tc := range []struct{ register, format string }{{"ropa", "csv"}, {"requests", "csv"}, {"ropa", "md"}, {"processors", "json"}} {
		path := filepath.Join(dir, tc.register+"."+tc.format)
		note, err := d.ExportFile(context.Background(), tc.register, tc.format, "en", path, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(RegisterExports, func(r RegisterExport) bool { return r.Name == tc.register })
		opts, _ := d.ExportOptions(tc.format, "en", path)
		want, left, err := d.ExportScoped(context.Background(), RegisterExports[i], opts, DefaultExportStatuses)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s %s: the file differs from the rendered export (%d bytes, want %d)", tc.register, tc.format, len(got), len(want))
		}
		if note != left.Line("status %s") {
			t.Errorf("%s %s: note %q, want %q", tc.register, tc.format, note, left.Line("status %s"))
		}
		if tc.register == "ropa" && !strings.Contains(note, "1 draft activity") {
			t.Errorf("ropa: note %q does not count the draft", note)
		}
	}
}

// The ROPA workbook writes its requests sheet as the requests are read: every
// sheet holds what the workbook rendered whole holds, for every scope, and the
// same entries are left out and counted.
func TestStreamedWorkbookMatchesTheRenderedOne(t *testing.T) {
	d := demoWithStatus(t, 1000, 1, model.StatusRetired)
	ropa := RegisterExports[0]
	for _, statuses := range [][]string{nil, {"all"}, {"retired"}} {
		got, want := exportBothWays(t, d, ropa, "xlsx", "de", "ropa.xlsx", statuses)
		gotBook, wantBook := workbookContent(t, got), workbookContent(t, want)
		if len(gotBook["requests"]) < 1000 {
			t.Fatalf("%v: the requests sheet has %d rows", statuses, len(gotBook["requests"]))
		}
		if !reflect.DeepEqual(gotBook, wantBook) {
			t.Errorf("%v: the streamed workbook differs from the rendered one", statuses)
		}
	}
}

// exportBothWays exports r with the given statuses through ExportTo (got)
// and ExportScoped (want), and fails the test unless both left out and
// counted the same entries.
func exportBothWays(t *testing.T, d *Desk, r RegisterExport, format, lang, out string, statuses []string) (got, want []byte) {
	t.Helper()
	keep, err := ParseRecordStatuses(statuses)
	if err != nil {
		t.Fatal(err)
	}
	opts, err := d.ExportOptions(format, lang, out)
	if err != nil {
		t.Fatal(err)
	}
	want, wantLeft, err := d.ExportScoped(context.Background(), r, opts, keep)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	left, err := d.ExportTo(context.Background(), &buf, r, opts, keep)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(left, wantLeft) {
		t.Errorf("%s %s %v: left out %+v, the rendered export %+v", format, lang, statuses, left, wantLeft)
	}
	return buf.Bytes(), want
}

// workbookContent is every sheet's rows and the workbook's defined names.
func workbookContent(t *testing.T, xlsx []byte) map[string][][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(xlsx))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][][]string{}
	for _, s := range f.GetSheetList() {
		if out[s], err = f.GetRows(s); err != nil {
			t.Fatal(err)
		}
	}
	for _, n := range f.GetDefinedName() {
		out["names"] = append(out["names"], []string{n.Name, n.Scope, n.RefersTo})
	}
	return out
}

// demoWithStatus is a desk with the demo data at scale, its i-th activity
// given status as stored (without the checks of a form).
func demoWithStatus(t *testing.T, scale, i int, status model.RecordStatus) *Desk {
	t.Helper()
	d := testDesk(t, time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC))
	if _, err := d.LoadDemo(context.Background(), scale, nil); err != nil {
		t.Fatal(err)
	}
	rows, err := d.ActivityRows()
	if err != nil {
		t.Fatal(err)
	}
	a, err := d.GetActivity(rows[i].ID)
	if err != nil {
		t.Fatal(err)
	}
	a.Status = status
	if err := d.ws.UpdateActivity(&a); err != nil {
		t.Fatal(err)
	}
	return d
}

// A workbook written to a file keeps its temporary rows beside that file, not
// in the system's temporary directory.
func TestWorkbookTempFilesBesideTheOutput(t *testing.T) {
	d := testDesk(t, time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC))
	out := filepath.Join(t.TempDir(), "exports", "ropa.xlsx")
	opts, err := d.ExportOptions("xlsx", "en", out)
	if err != nil {
		t.Fatal(err)
	}
	if opts.TempDir != filepath.Dir(out) {
		t.Fatalf("temporary files go to %q, want %q", opts.TempDir, filepath.Dir(out))
	}
	if opts, _ := d.ExportOptions("csv", "en", ""); opts.TempDir != "" {
		t.Fatalf("standard output: temporary files go to %q", opts.TempDir)
	}
}
