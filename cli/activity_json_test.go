package cli

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// testStrings are plain strings and strings every JSON encoder must escape.
var testStrings = []string{"", "access", "Zoë Ångström", "<b>&</b>", "日本語", "€ 20 → 2026-01-05", "del \x7f",
	"csi \u009b31m", "§ 4 ° C", `say "hi"`, `back\slash`, "tab\tnew\nline", "bad \xff utf8", "line\u2028sep",
	"bell\a", "para\u2029sep", `Zoë "hi"`, `日本 \ x`, "Ü\x1b[2J", "ß\x7f"}

func randomActivityRow(rng *rand.Rand, pick func() string) model.ActivityRow {
	list := func() []string {
		switch rng.IntN(4) {
		case 0:
			return nil
		case 1:
			return []string{}
		}
		out := make([]string, 1+rng.IntN(3))
		for i := range out {
			out[i] = pick()
		}
		return out
	}
	r := model.ActivityRow{ID: rng.Uint64N(1 << 40), Name: pick(), Status: model.RecordStatus(pick()),
		Purposes: pick(), LegalBases: list(), Processors: rng.IntN(40), Missing: list(), DPIAOpen: rng.IntN(2) == 0}
	if rng.IntN(4) > 0 {
		r.NextReview = model.Date{Year: 2020 + rng.IntN(10), Month: time.Month(1 + rng.IntN(12)), Day: 1 + rng.IntN(28)}
	}
	zones := []*time.Location{time.UTC, time.FixedZone("", 3600), time.FixedZone("", -5*3600-1800)}
	if rng.IntN(6) > 0 {
		r.UpdatedAt = time.Unix(rng.Int64N(2e9), rng.Int64N(1e9)*int64(rng.IntN(2))).In(zones[rng.IntN(len(zones))])
	}
	if rng.IntN(200) == 0 {
		r.UpdatedAt = time.Date(10000+rng.IntN(5), 1, 1, 0, 0, 0, 0, time.UTC) // JSON cannot hold it
	}
	return r
}

// TestActivityElementJSON holds appendActivityElement to encoding/json's
// bytes on random rows: lists nil, empty and full, dates and times present or
// zero, strings that need escaping, a year past 9999.
func TestActivityElementJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	pick := func() string { // one string in 60 needs escaping: most rows take the direct path
		if rng.IntN(60) == 0 {
			return testStrings[9+rng.IntN(len(testStrings)-9)]
		}
		return testStrings[rng.IntN(9)]
	}
	direct := 0
	for i := range 3000 {
		r := randomActivityRow(rng, pick)
		got, safe, err := appendActivityElement(nil, r)
		want := ""
		if y := r.UpdatedAt.Year(); y > 9999 {
			if err == nil {
				t.Fatalf("row %d: a year past 9999 encoded without an error:\n%s", i, got)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		b, err := appendJSONElement(nil, r)
		if err != nil {
			t.Fatal(err)
		}
		want = string(b)
		if string(got) != want {
			t.Fatalf("row %d: appendActivityElement wrote\n%s\nencoding/json writes\n%s", i, got, want)
		}
		if safe && string(safeChunk(got)) != string(got) {
			t.Fatalf("row %d: said safe, but the output filter changes\n%s", i, got)
		}
		if slices.IndexFunc(append([]string{r.Name, string(r.Status), r.Purposes}, append(r.LegalBases, r.Missing...)...),
			func(s string) bool { return !plainJSON(s) }) < 0 {
			direct++
		}
	}
	if direct < 1000 {
		t.Fatalf("only %d of 3000 rows took the direct path; the test would not see its errors", direct)
	}
}

// TestActivityElementKnowsEveryField fails when ActivityRow gains a field:
// appendActivityElement must then write it too (and this list be updated).
func TestActivityElementKnowsEveryField(t *testing.T) {
	known := []string{"ID", "Name", "Status", "Purposes", "LegalBases", "Processors", "NextReview", "Missing",
		"DPIAOpen", "UpdatedAt"}
	var exported []string
	for f := range reflect.TypeFor[model.ActivityRow]().Fields() {
		if f.IsExported() {
			exported = append(exported, f.Name)
		}
	}
	if !slices.Equal(exported, known) {
		t.Errorf("ActivityRow has the fields %v; appendActivityElement writes %v", exported, known)
	}
}

// TestActivityTableAsTabwriter holds the activity table to what
// text/tabwriter (padding 2) prints from the same cells: names of several
// widths in bytes and runes, empty cells, control characters shown as
// their pictures.
func TestActivityTableAsTabwriter(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	names := []string{"", "Payroll", "Zoë Ångström’s long processing name", "日本語", "tab\there", "nul\x00", "x"}
	for trial := range 50 {
		rows := make([]model.ActivityRow, rng.IntN(30))
		for i := range rows {
			rows[i] = randomActivityRow(rng, func() string { return names[rng.IntN(len(names))] })
			rows[i].Status = model.RecordStatus([]string{"draft", "active", "retired"}[rng.IntN(3)])
		}
		var want bytes.Buffer
		tw := tabwriter.NewWriter(&want, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNAME\tSTATUS\tLEGAL BASES\tPROCESSORS\tNEXT REVIEW\tMISSING")
		for _, r := range rows {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\t%s\n", r.ID, model.SafeLine(r.Name), r.Status,
				model.SafeLine(strings.Join(r.LegalBases, ",")), r.Processors, r.NextReview, model.SafeLine(strings.Join(r.Missing, ",")))
		}
		if err := tw.Flush(); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := (&App{stdout: &got}).printActivityTable(rows); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Fatalf("trial %d: the table reads\n%s\ntabwriter prints\n%s", trial, got.String(), want.String())
		}
	}
}
