package store

import (
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
	// In any order, with a deleted ID and repeats: what RequestRows holds for each.
	byID := map[uint64]model.Request{}
	for _, r := range rows {
		byID[r.ID] = r
	}
	ids := []uint64{700, 1, 2, 5, 3, 699, 350, 351, 352, 10, 10, 9999, 4}
	var seen []uint64
	must(t, w.RequestRowsOf(ids, func(r model.Request) error {
		if !reflect.DeepEqual(r, byID[r.ID]) {
			t.Fatalf("row %d differs from RequestRows", r.ID)
		}
		seen = append(seen, r.ID)
		return nil
	}))
	if want := []uint64{700, 1, 2, 3, 699, 350, 351, 352, 10, 10, 4}; !reflect.DeepEqual(seen, want) {
		t.Fatalf("RequestRowsOf gave %v, want %v", seen, want)
	}
}
