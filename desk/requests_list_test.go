package desk

import (
	"encoding/json"
	"errors"
	"fmt"
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
// views show, in the same order, whenever it can tell them without a
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
	for _, q := range []RequestQuery{AllRequests, {Type: "erasure", Within: -1}, {Status: "nosuch", Within: -1},
		{Open: true, Within: -1}, {Overdue: true, Within: -1}, {Within: 7}} {
		l, err := d.RequestList(q)
		if err != nil {
			t.Fatal(err)
		}
		var want, got []string
		if err := l.Each(func(v RequestView) error {
			want = append(want, v.Ref+" "+v.Subject+" "+v.Type+" "+v.Status)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		ok, err := l.EachHead(func(r model.Request) error {
			got = append(got, r.Ref+" "+r.Subject+" "+r.Type+" "+r.Status)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if ok != !q.selectsByDeadline() {
			t.Errorf("%+v: EachHead ok = %v", q, ok)
		}
		if ok && fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%+v: heads %d, views %d, or in another order", q, len(got), len(want))
		}
	}
}
