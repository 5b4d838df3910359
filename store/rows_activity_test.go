package store

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// randomActivity fills every field of an activity, nested ones included, with
// random values: texts with quotes, non-ASCII and control characters, empty
// and long lists, and times in UTC, in the local zone and in other offsets.
func randomActivity(rng *rand.Rand) model.Activity {
	var a model.Activity
	fillVaried(rng, reflect.ValueOf(&a).Elem())
	return a
}

var randomZones = []*time.Location{time.UTC, time.Local, time.FixedZone("", 2*3600), time.FixedZone("", -(5*3600 + 1800))}

func fillVaried(rng *rand.Rand, v reflect.Value) {
	switch {
	case v.Type() == reflect.TypeFor[time.Time]():
		if rng.IntN(5) > 0 {
			t := time.Unix(rng.Int64N(4e9), rng.Int64N(1e9))
			v.Set(reflect.ValueOf(t.In(randomZones[rng.IntN(len(randomZones))])))
		}
		return
	case v.Type() == reflect.TypeFor[model.Date]():
		if rng.IntN(5) > 0 {
			v.Set(reflect.ValueOf(model.Date{Year: 1990 + rng.IntN(60), Month: time.Month(1 + rng.IntN(12)), Day: 1 + rng.IntN(28)}))
		}
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(randomText(rng))
	case reflect.Bool:
		v.SetBool(rng.IntN(2) == 1)
	case reflect.Int, reflect.Int64:
		v.SetInt(rng.Int64N(2_000_000) - 1_000_000)
	case reflect.Uint64:
		v.SetUint(rng.Uint64() >> rng.IntN(64))
	case reflect.Slice:
		n := rng.IntN(4)
		if n == 0 {
			return
		}
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			fillVaried(rng, s.Index(i))
		}
		v.Set(s)
	case reflect.Pointer:
		if rng.IntN(2) == 0 {
			return
		}
		p := reflect.New(v.Type().Elem())
		fillVaried(rng, p.Elem())
		v.Set(p)
	case reflect.Struct:
		for i := range v.NumField() {
			fillVaried(rng, v.Field(i))
		}
	default:
		panic(fmt.Sprintf("fillVaried: no rule for %s", v.Type()))
	}
}

func randomText(rng *rand.Rand) string {
	parts := []string{"", "Müller", `"quoted"`, `back\slash`, "line\nbreak", "\x1b[2J", "Art. 6(1)(f)", "日本", "scc", "US", "6.1.b", "  "}
	var b strings.Builder
	for range rng.IntN(4) {
		b.WriteString(parts[rng.IntN(len(parts))])
	}
	return b.String()
}

// jsonForm is an activity as its JSON record gives it back, with empty lists
// as nil: the binary copy does not tell an empty list from none, and nothing
// shows the difference.
func jsonForm(t *testing.T, a model.Activity) string {
	t.Helper()
	var back model.Activity
	if err := decode(mustEncode(t, a), &back); err != nil {
		t.Fatal(err)
	}
	nilEmpty(reflect.ValueOf(&back).Elem())
	out, err := json.Marshal(back)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func mustEncode(t *testing.T, v any) []byte {
	t.Helper()
	b, err := encode(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func nilEmpty(v reflect.Value) {
	switch v.Kind() {
	case reflect.Slice:
		if v.Len() == 0 {
			v.Set(reflect.Zero(v.Type()))
		}
		for i := range v.Len() {
			nilEmpty(v.Index(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			nilEmpty(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Field(i).CanSet() {
				nilEmpty(v.Field(i))
			}
		}
	}
}

// The copy of an activity in its row decodes to what its JSON record decodes
// to, field by field (the comparison is of the JSON of both, so zones count),
// and the table row in front of it to the activity's table row.
func TestActivityCopyRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 30))
	dec := NewActivityDecoder()
	r := newRowReader()
	for i := range 3000 {
		a := randomActivity(rng)
		row := encodeActivityRow(&a)
		var got model.Activity
		dec.Recycle()
		if err := dec.Decode(row, &got); err != nil {
			t.Fatalf("activity %d: %v", i, err)
		}
		nilEmpty(reflect.ValueOf(&got).Elem())
		gotJSON, _ := json.Marshal(got)
		if want := jsonForm(t, a); string(gotJSON) != want {
			t.Fatalf("activity %d:\n got %s\nwant %s", i, gotJSON, want)
		}
		table, err := decodeActivityRow(r, row)
		if err != nil {
			t.Fatal(err)
		}
		if want := a.Row(); fmt.Sprint(table) != fmt.Sprint(want) {
			t.Fatalf("activity %d: table row\n got %+v\nwant %+v", i, table, want)
		}
	}
}

// A damaged row is an error, never a panic or a half-read activity: every
// truncation, a longer row, and lengths the row cannot hold.
func TestActivityCopyDamaged(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	dec := NewActivityDecoder()
	for range 200 {
		a := randomActivity(rng)
		row := encodeActivityRow(&a)
		var got model.Activity
		for n := 1; n < len(row); n++ {
			if err := dec.Decode(row[:n], &got); err == nil {
				t.Fatalf("a row cut to %d of %d bytes decoded", n, len(row))
			}
		}
		if err := dec.Decode(append(row[:len(row):len(row)], 0), &got); err == nil {
			t.Fatal("a row with a byte too many decoded")
		}
		bad := append([]byte(nil), row...)
		bad[1+rng.IntN(len(bad)-1)] = 0xff
		_ = dec.Decode(bad, &got) // may decode to other values; must not panic
	}
	huge := []byte{rowActivityV2, 0x80, 0x80, 0x80, 0x80, 0x10}
	var got model.Activity
	if err := dec.Decode(huge, &got); err == nil {
		t.Fatal("a row claiming a 4 GB table row decoded")
	}
}

// downgradeActivityRows writes the given activities' rows in the first layout,
// as a dpodesk of schema 1 did, and sets schema 1.
func downgradeActivityRows(t *testing.T, w *Workspace, ids ...uint64) {
	t.Helper()
	must(t, w.db.Update(func(txn *badger.Txn) error {
		for _, id := range ids {
			a, err := activities.load(txn, id)
			if err != nil {
				return err
			}
			if err := txn.Set(idKey(prefixActivityRow, id), encodeActivityRowAs(rowActivityV1, &a)); err != nil {
				return err
			}
		}
		return txn.Set(keySchema, u64(1))
	}))
}

func readAllActivities(t *testing.T, w *Workspace) []string {
	t.Helper()
	dec := NewActivityDecoder()
	var out []string
	must(t, w.EachActivityRecord(func(raw []byte) error {
		var a model.Activity
		if err := dec.Decode(raw, &a); err != nil {
			return err
		}
		nilEmpty(reflect.ValueOf(&a).Elem())
		b, _ := json.Marshal(a)
		out = append(out, string(b))
		return nil
	}))
	return out
}

func rowVersions(t *testing.T, w *Workspace) map[byte]int {
	t.Helper()
	n := map[byte]int{}
	must(t, w.view(func(txn *badger.Txn) error {
		return scanRaw(txn, prefixActivityRow, func(_, v []byte) error {
			n[v[0]]++
			return nil
		})
	}))
	return n
}

// A workspace of schema 1, whose rows an older dpodesk wrote, reads the same
// activities from the records of those rows, passes the check, opens
// read-only unchanged, and is migrated to schema 2 by its next read-write
// open, which brings its rows to the current layout.
func TestActivityRowsOfAnOlderLayout(t *testing.T) {
	w := openTest(t)
	rng := rand.New(rand.NewPCG(11, 12))
	var ids []uint64
	var want []string
	for i := range 40 {
		a := randomActivity(rng)
		a.Name = fmt.Sprintf("Activity %02d %s", i, a.Name)
		must(t, w.CreateActivity(&a))
		ids = append(ids, a.ID)
		got, err := w.GetActivity(a.ID)
		must(t, err)
		want = append(want, jsonForm(t, got))
	}
	if got := readAllActivities(t, w); !reflect.DeepEqual(got, want) {
		t.Fatalf("read from the rows:\n%v\nwant\n%v", got, want)
	}
	downgradeActivityRows(t, w, ids[0], ids[7], ids[39])
	if got := readAllActivities(t, w); !reflect.DeepEqual(got, want) {
		t.Fatalf("read from rows of both layouts:\n%v\nwant\n%v", got, want)
	}
	rep, err := w.Check(context.Background())
	must(t, err)
	if len(rep.Problems) != 0 {
		t.Fatalf("check of rows of both layouts: %q", rep.Problems)
	}

	dir := w.Dir()
	must(t, w.Close())
	opts := testOptions(t, dir)
	opts.ReadOnly, opts.Create = true, false
	ro, err := Open(opts)
	must(t, err)
	if n := rowVersions(t, ro); n[rowActivityV1] != 3 {
		t.Fatalf("a read-only open changed the rows: %v", n)
	}
	if got := readAllActivities(t, ro); !reflect.DeepEqual(got, want) {
		t.Fatal("a read-only open reads other activities")
	}
	must(t, ro.Close())

	rw, err := Open(testOptions(t, dir))
	must(t, err)
	t.Cleanup(func() { rw.Close() })
	if n := rowVersions(t, rw); n[rowActivityV1] != 0 || n[rowActivityV2] != 40 {
		t.Fatalf("after a read-write open the rows are %v", n)
	}
	must(t, rw.view(func(txn *badger.Txn) error {
		v, err := readUint(txn, keySchema)
		if v != SchemaVersion {
			t.Errorf("schema after the read-write open = %d", v)
		}
		return err
	}))
	if got := readAllActivities(t, rw); !reflect.DeepEqual(got, want) {
		t.Fatal("the upgraded rows read other activities")
	}
	rep, err = rw.Check(context.Background())
	must(t, err)
	if len(rep.Problems) != 0 {
		t.Fatalf("check after the upgrade: %q", rep.Problems)
	}
}

// A copy in a row that differs from the record is found by the check.
func TestCheckFindsAStaleActivityCopy(t *testing.T) {
	w := openTest(t)
	a := model.Activity{Name: "Payroll", Purposes: []string{"paying salaries"}, LegalBases: []string{"6.1.b"}}
	must(t, w.CreateActivity(&a))
	stored, err := w.GetActivity(a.ID)
	must(t, err)
	stale := stored
	stale.Transfers = []model.Transfer{{Country: "US", Mechanism: "dpf"}} // only in the copy
	must(t, w.db.Update(func(txn *badger.Txn) error {
		return txn.Set(idKey(prefixActivityRow, a.ID), encodeActivityRow(&stale))
	}))
	rep, err := w.Check(context.Background())
	wantErr(t, err, ErrCorrupt)
	if !strings.Contains(strings.Join(rep.Problems, "\n"), "table row differs from the record") {
		t.Fatalf("problems %q", rep.Problems)
	}
}
