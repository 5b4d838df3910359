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

// The copy of an activity decodes to what its JSON record decodes to, field
// by field (the comparison is of the JSON of both, so zones count).
func TestActivityCopyRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 30))
	dec := NewActivityDecoder()
	for i := range 3000 {
		a := randomActivity(rng)
		var got model.Activity
		dec.Recycle()
		if err := dec.Decode(encodeActivityCopy(&a), &got); err != nil {
			t.Fatalf("activity %d: %v", i, err)
		}
		nilEmpty(reflect.ValueOf(&got).Elem())
		gotJSON, _ := json.Marshal(got)
		if want := jsonForm(t, a); string(gotJSON) != want {
			t.Fatalf("activity %d:\n got %s\nwant %s", i, gotJSON, want)
		}
	}
}

// A damaged copy is an error, never a panic or a half-read activity: every
// truncation, a longer copy, and lengths the copy cannot hold.
func TestActivityCopyDamaged(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	dec := NewActivityDecoder()
	for range 200 {
		a := randomActivity(rng)
		cp := encodeActivityCopy(&a)
		var got model.Activity
		for n := 1; n < len(cp); n++ {
			if err := dec.Decode(cp[:n], &got); err == nil {
				t.Fatalf("a copy cut to %d of %d bytes decoded", n, len(cp))
			}
		}
		if err := dec.Decode(append(cp[:len(cp):len(cp)], 0), &got); err == nil {
			t.Fatal("a copy with a byte too many decoded")
		}
		bad := append([]byte(nil), cp...)
		bad[1+rng.IntN(len(bad)-1)] = 0xff
		_ = dec.Decode(bad, &got) // may decode to other values; must not panic
	}
	huge := []byte{activityCopyV1, 1, 0, 0, 0, 0x80, 0x80, 0x80, 0x80, 0x10}
	var got model.Activity
	if err := dec.Decode(huge, &got); err == nil {
		t.Fatal("a copy claiming a 4 GB list decoded")
	}
}

// asSchema1 makes w a workspace as a dpodesk of schema 1 left it: no copies.
func asSchema1(t *testing.T, w *Workspace) {
	t.Helper()
	must(t, w.db.Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefixActivityCopy})
		var keys [][]byte
		for it.Rewind(); it.Valid(); it.Next() {
			keys = append(keys, it.Item().KeyCopy(nil))
		}
		it.Close()
		for _, k := range keys {
			if err := txn.Delete(k); err != nil {
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

func schemaOf(t *testing.T, w *Workspace) (schema uint64, copies int) {
	t.Helper()
	must(t, w.view(func(txn *badger.Txn) (err error) {
		copies = countKeys(txn, prefixActivityCopy)
		schema, err = readUint(txn, keySchema)
		return err
	}))
	return schema, copies
}

// A workspace of schema 1, without copies, reads the same activities from
// their records, passes the check read-only and read-write, opens read-only
// unchanged, and is migrated to schema 2, with a copy of every activity, by
// its next read-write open.
func TestActivitiesOfSchema1(t *testing.T) {
	w := openTest(t)
	rng := rand.New(rand.NewPCG(11, 12))
	var want []string
	for i := range 40 {
		a := randomActivity(rng)
		a.Name = fmt.Sprintf("Activity %02d %s", i, a.Name)
		must(t, w.CreateActivity(&a))
		got, err := w.GetActivity(a.ID)
		must(t, err)
		want = append(want, jsonForm(t, got))
	}
	if got := readAllActivities(t, w); !reflect.DeepEqual(got, want) {
		t.Fatalf("read from the copies:\n%v\nwant\n%v", got, want)
	}
	asSchema1(t, w)
	if got := readAllActivities(t, w); !reflect.DeepEqual(got, want) {
		t.Fatalf("read from the records:\n%v\nwant\n%v", got, want)
	}
	rep, err := w.Check(context.Background())
	must(t, err)
	if len(rep.Problems) != 0 {
		t.Fatalf("check of schema 1: %q", rep.Problems)
	}

	dir := w.Dir()
	must(t, w.Close())
	opts := testOptions(t, dir)
	opts.ReadOnly, opts.Create = true, false
	ro, err := Open(opts)
	must(t, err)
	if schema, copies := schemaOf(t, ro); schema != 1 || copies != 0 {
		t.Fatalf("a read-only open changed the workspace: schema %d, %d copies", schema, copies)
	}
	if got := readAllActivities(t, ro); !reflect.DeepEqual(got, want) {
		t.Fatal("a read-only open reads other activities")
	}
	must(t, ro.Close())

	rw, err := Open(testOptions(t, dir))
	must(t, err)
	t.Cleanup(func() { rw.Close() })
	if schema, copies := schemaOf(t, rw); schema != SchemaVersion || copies != 40 {
		t.Fatalf("after a read-write open: schema %d, %d copies", schema, copies)
	}
	if got := readAllActivities(t, rw); !reflect.DeepEqual(got, want) {
		t.Fatal("the copies the migration wrote read other activities")
	}
	rep, err = rw.Check(context.Background())
	must(t, err)
	if len(rep.Problems) != 0 {
		t.Fatalf("check after the migration: %q", rep.Problems)
	}
}

// A copy that differs from its record, a missing copy and a copy without a
// record are found by the check; a deleted activity takes its copy along.
func TestCheckFindsActivityCopyProblems(t *testing.T) {
	for name, c := range map[string]struct {
		edit func(txn *badger.Txn, a model.Activity) error
		want string
	}{
		"stale": {func(txn *badger.Txn, a model.Activity) error {
			a.Transfers = []model.Transfer{{Country: "US", Mechanism: "dpf"}} // only in the copy
			return txn.Set(idKey(prefixActivityCopy, a.ID), encodeActivityCopy(&a))
		}, "its copy differs from the record"},
		"missing": {func(txn *badger.Txn, a model.Activity) error {
			return txn.Delete(idKey(prefixActivityCopy, a.ID))
		}, "has no copy"},
		"stray": {func(txn *badger.Txn, a model.Activity) error {
			a.ID = 999
			return txn.Set(idKey(prefixActivityCopy, a.ID), encodeActivityCopy(&a))
		}, "2 activity copies for 1 records"},
	} {
		t.Run(name, func(t *testing.T) {
			w := openTest(t)
			a := model.Activity{Name: "Payroll", Purposes: []string{"paying salaries"}, LegalBases: []string{"6.1.b"}}
			must(t, w.CreateActivity(&a))
			stored, err := w.GetActivity(a.ID)
			must(t, err)
			must(t, w.db.Update(func(txn *badger.Txn) error { return c.edit(txn, stored) }))
			rep, err := w.Check(context.Background())
			wantErr(t, err, ErrCorrupt)
			if !strings.Contains(strings.Join(rep.Problems, "\n"), c.want) {
				t.Fatalf("problems %q do not say %q", rep.Problems, c.want)
			}
		})
	}
	w := openTest(t)
	a := model.Activity{Name: "Payroll"}
	must(t, w.CreateActivity(&a))
	must(t, w.DeleteActivity(a.ID))
	if _, copies := schemaOf(t, w); copies != 0 {
		t.Fatalf("%d copies after the delete", copies)
	}
}
