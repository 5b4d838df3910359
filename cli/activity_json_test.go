package cli

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// testStrings are plain strings and strings every JSON encoder must escape.
var testStrings = []string{"", "access", "Zoë Ångström", "<b>&</b>", "日本語", "€ 20 → 2026-01-05", "del \x7f",
	"csi \u009b31m", "§ 4 ° C", `say "hi"`, `back\slash`, "tab\tnew\nline", "bad \xff utf8", "line\u2028sep",
	"bell\a", "para\u2029sep"}

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
