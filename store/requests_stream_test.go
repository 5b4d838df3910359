package store

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/dpodesk/dpodesk/model"
)

// TestStreamingReadsMatchLists checks that the streaming reads give what
// the listing reads give, in the same order, across several decode batches,
// and that an error from the callback stops the stream and is returned.
func TestStreamingReadsMatchLists(t *testing.T) {
	w := openTest(t)
	for i := range 700 {
		must(t, w.CreateRequest(sampleRequest(fmt.Sprintf("subject %d", i))))
	}
	must(t, w.DeleteRequest(5))
	full, err := w.ListRequests(RequestFilter{})
	must(t, err)
	var got []uint64
	must(t, w.EachRequest(func(r model.Request) error {
		if !reflect.DeepEqual(r, full[len(got)]) {
			t.Fatalf("request %d differs from ListRequests", r.ID)
		}
		got = append(got, r.ID)
		return nil
	}))
	if len(got) != len(full) {
		t.Fatalf("EachRequest gave %d requests, ListRequests %d", len(got), len(full))
	}
	boom := errors.New("boom")
	n := 0
	err = w.EachRequest(func(model.Request) error {
		n++
		if n == 300 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) || n != 300 {
		t.Fatalf("after an error at 300: err %v, %d calls", err, n)
	}

	rows, err := w.RequestRows()
	must(t, err)
	i := 0
	must(t, w.EachRequestRow(func(r model.Request) error {
		if !reflect.DeepEqual(r, rows[i]) {
			t.Fatalf("row %d differs from RequestRows", i)
		}
		i++
		return nil
	}))
	if i != len(rows) {
		t.Fatalf("EachRequestRow gave %d rows, RequestRows %d", i, len(rows))
	}
	// The encoded rows, kept and decoded later by one decoder, in another order:
	// what RequestRows holds for each.
	var raws [][]byte
	must(t, w.EachRequestRowEncoded(func(raw []byte) error {
		raws = append(raws, bytes.Clone(raw))
		return nil
	}))
	if len(raws) != len(rows) {
		t.Fatalf("EachRequestRowEncoded gave %d rows, RequestRows %d", len(raws), len(rows))
	}
	dec := NewRequestRowDecoder()
	for i := len(raws) - 1; i >= 0; i-- {
		r, err := dec.Decode(raws[i])
		must(t, err)
		if !reflect.DeepEqual(r, rows[i]) {
			t.Fatalf("decoded row %d differs from RequestRows", i)
		}
	}
}
