package store

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// The records are written with encoding/json and read with encoding/json/v2
// (decodeOptions): every kind of record, with every field filled with random
// values, reads back as encoding/json reads it.
func TestDecodeReadsWhatEncodingJSONReads(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	kinds := []any{model.Activity{}, model.Processor{}, model.Request{}, model.Organisation{},
		model.Breach{}, model.Document{}, model.AuditEntry{}}
	for _, kind := range kinds {
		typ := reflect.TypeOf(kind)
		for range 300 {
			v := reflect.New(typ)
			fillRandom(rng, v.Elem(), 0)
			raw, err := encode(v.Interface())
			if err != nil {
				t.Fatal(err)
			}
			want, got := reflect.New(typ), reflect.New(typ)
			if err := json.Unmarshal(raw[1:], want.Interface()); err != nil {
				t.Fatalf("%s: encoding/json cannot read its own %s", typ, raw[1:])
			}
			if err := decode(raw, got.Interface()); err != nil {
				t.Fatalf("%s: %v\n%s", typ, err, raw[1:])
			}
			if !reflect.DeepEqual(want.Interface(), got.Interface()) {
				t.Fatalf("%s reads differently:\nencoding/json: %+v\ndecode:        %+v\nfrom %s", typ, want.Elem(), got.Elem(), raw[1:])
			}
		}
	}
}

// fillRandom sets every exported field of v to a random value, leaving some
// empty; strings include control characters, markup and invalid UTF-8.
func fillRandom(rng *rand.Rand, v reflect.Value, depth int) {
	if depth > 6 || rng.IntN(6) == 0 {
		return // the zero value
	}
	switch v.Interface().(type) {
	case time.Time:
		v.Set(reflect.ValueOf(time.Unix(rng.Int64N(4e9), rng.Int64N(1e9)).UTC()))
		return
	case json.RawMessage:
		raws := []string{`{"name":"Ä\u001b"}`, `[1,2]`, `"x"`, `null`}
		v.Set(reflect.ValueOf(json.RawMessage(raws[rng.IntN(len(raws))])))
		return
	case model.Date:
		v.Set(reflect.ValueOf(model.DateOf(time.Date(1990+rng.IntN(60), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC))))
		return
	}
	switch v.Kind() {
	case reflect.String:
		pieces := []string{"a", "Ä", "§ 26", " ", "\n", "\x1b[2J", "\xff", "<b>", `"`, "\\", "\u2028", "Müller"}
		s := ""
		for range rng.IntN(5) {
			s += pieces[rng.IntN(len(pieces))]
		}
		v.SetString(s)
	case reflect.Bool:
		v.SetBool(rng.IntN(2) == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(rng.Int64N(1000) - 500)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(rng.Uint64N(1 << 40))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(rng.IntN(10000)) / 8)
	case reflect.Slice:
		n := rng.IntN(4)
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			fillRandom(rng, s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		for range rng.IntN(3) {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			fillRandom(rng, k, depth+1)
			fillRandom(rng, e, depth+1)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fillRandom(rng, p.Elem(), depth+1)
		v.Set(p)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillRandom(rng, v.Field(i), depth+1)
			}
		}
	}
}

// A record written by hand or by another tool (names in another case, a name
// twice, invalid UTF-8) reads as encoding/json reads it, instead of failing.
func TestDecodeIsAsLenientAsEncodingJSON(t *testing.T) {
	for _, raw := range []string{
		`{"ID":7,"Name":"Orders","STATUS":"active"}`,
		`{"id":7,"name":"first","name":"second"}`,
		"{\"id\":7,\"name\":\"bad \xff byte\"}",
	} {
		var want, got model.Activity
		if err := json.Unmarshal([]byte(raw), &want); err != nil {
			t.Fatal(err)
		}
		if err := decode(append([]byte{codecJSON}, raw...), &got); err != nil {
			t.Fatalf("decode %q: %v", raw, err)
		}
		if !reflect.DeepEqual(want, got) {
			t.Errorf("decode %q:\n got %+v\nwant %+v", raw, got, want)
		}
	}
}
