package desk

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// TestEachEncodedEqualsEach: EachEncoded reuses the rows, decodings and
// encodings of one batch for the next, so over several batches every
// encoding must still be that of its own view, in display order, and an
// error of fn must stop it.
func TestEachEncodedEqualsEach(t *testing.T) {
	now := time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)
	d := testDesk(t, now)
	types := []string{"access", "erasure", "objection", "consent_withdrawal"}
	const n = 3*listBatch + 17 // several batches and a partial one
	for i := range n {
		received := model.ReceivedOnDay(model.DateOf(now.AddDate(0, 0, -(i*7)%120)), time.UTC)
		r, err := model.NewRequest(types[i%len(types)], fmt.Sprintf("Subject %d with a name of some length", i),
			fmt.Sprintf("s%d@example.org", i), "email", "eu", received)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.CreateRequest(&r); err != nil {
			t.Fatal(err)
		}
	}
	enc := func(dst []byte, v RequestView) ([]byte, error) {
		b, err := json.Marshal(v)
		return append(dst, b...), err
	}
	for _, q := range []RequestQuery{AllRequests, {Overdue: true, Within: -1}} {
		l, err := d.RequestList(q)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		if err := l.Each(func(v RequestView) error {
			b, err := json.Marshal(v)
			want = append(want, string(b))
			return err
		}); err != nil {
			t.Fatal(err)
		}
		var got []string
		if err := EachEncoded(l, enc, func(b []byte) error { got = append(got, string(b)); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || len(want) == 0 {
			t.Fatalf("query %+v: %d encodings, %d views", q, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("query %+v, element %d:\n got %s\nwant %s", q, i, got[i], want[i])
			}
		}
	}

	l, err := d.RequestList(AllRequests)
	if err != nil {
		t.Fatal(err)
	}
	stop, seen := errors.New("stop"), 0
	err = EachEncoded(l, enc, func([]byte) error {
		if seen++; seen == listBatch+3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || seen != listBatch+3 {
		t.Fatalf("stopping: %v after %d elements, want the stop after %d", err, seen, listBatch+3)
	}
}

// TestEachHeadSelectsAsEach: a list's heads are those of the requests its
// views show (in any order), whenever it can tell them without a
// deadline; a list that selects by deadline says it cannot.
func TestEachHeadSelectsAsEach(t *testing.T) {
	now := time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)
	d := testDesk(t, now)
	types := []string{"access", "erasure", "objection"}
	for i := range 2*listBatch + 9 {
		received := model.ReceivedOnDay(model.DateOf(now.AddDate(0, 0, -(i*11)%90)), time.UTC)
		r, err := model.NewRequest(types[i%len(types)], fmt.Sprintf("Subject %d", i), "", "email", "eu", received)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.CreateRequest(&r); err != nil {
			t.Fatal(err)
		}
	}
	queries := []RequestQuery{AllRequests, {Type: "erasure", Within: -1}, {Status: "nosuch", Within: -1},
		{Open: true, Within: -1}, {Overdue: true, Within: -1}, {Within: 7}}
	for _, indexed := range []bool{true, false} {
		if !indexed { // the rows are then read, selected and sorted in memory
			if err := d.ws.SetDueRule(nil); err != nil {
				t.Fatal(err)
			}
		}
		for _, q := range queries {
			checkHeads(t, d, q, indexed)
		}
	}
}

func checkHeads(t *testing.T, d *Desk, q RequestQuery, indexed bool) {
	t.Helper()
	l, err := d.RequestList(q)
	if err != nil {
		t.Fatal(err)
	}
	if l.ordered != indexed {
		t.Fatalf("%+v: list read in due order %v, want %v", q, l.ordered, indexed)
	}
	var want, got []string
	if err := l.Each(func(v RequestView) error {
		want = append(want, v.Ref+" "+v.Subject+" "+v.Type+" "+v.Status)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	ok, err := l.EachHead(3, func(_ int, r model.Request) error {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, r.Ref+" "+r.Subject+" "+r.Type+" "+r.Status)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if ok != (!indexed || !q.selectsByDeadline()) {
		t.Errorf("%+v: EachHead ok = %v", q, ok)
	}
	slices.Sort(want)
	slices.Sort(got)
	if ok && !slices.Equal(got, want) {
		t.Errorf("%+v: heads %d, views %d, or other ones", q, len(got), len(want))
	}
}
