package store

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
)

// Stretches cover every key under the prefix once, in key order, whatever
// table ends there are (inside the prefix, outside it, repeated, none) and
// however few stretches are asked for.
func TestStretchesCoverThePrefixOnce(t *testing.T) {
	prefix := []byte("ix/request/order/")
	rng := rand.New(rand.NewPCG(7, 8))
	key := func() []byte { return fmt.Appendf(append([]byte(nil), prefix...), "%04d", rng.IntN(1000)) }
	for trial := range 500 {
		var ends [][]byte
		for range rng.IntN(12) {
			switch rng.IntN(4) {
			case 0:
				ends = append(ends, []byte("ix/request/due/x"), []byte("zz"), prefix) // outside, or the bare prefix
			default:
				ends = append(ends, key())
			}
		}
		var keys [][]byte
		for range 200 {
			keys = append(keys, key())
		}
		slices.SortFunc(keys, bytes.Compare)
		keys = slices.CompactFunc(keys, bytes.Equal)
		n := 1 + rng.IntN(8)
		ss := stretchesBetween(prefix, ends, n)
		if len(ss) > n {
			t.Fatalf("trial %d: %d stretches, at most %d asked", trial, len(ss), n)
		}
		var got [][]byte
		for i, s := range ss {
			if i == 0 && !bytes.Equal(s.from, prefix) || i > 0 && !bytes.Equal(s.from, ss[i-1].to) || (s.to == nil) != (i == len(ss)-1) {
				t.Fatalf("trial %d: stretches %q do not join up", trial, ss)
			}
			for _, k := range keys {
				if bytes.Compare(k, s.from) >= 0 && (s.to == nil || bytes.Compare(k, s.to) < 0) {
					got = append(got, k)
				}
			}
		}
		if !slices.EqualFunc(got, keys, bytes.Equal) {
			t.Fatalf("trial %d: stretches %q hold %d of the %d keys, or out of order", trial, ss, len(got), len(keys))
		}
	}
}

// EachOrderedRowConcurrently hands over the rows EachOrderedRow does, each
// once, over stretches cut at the workspace's tables and at stretches cut
// between the rows themselves; an error of fn ends it with that error.
func TestEachOrderedRowConcurrentlyReadsEveryRowOnce(t *testing.T) {
	w := openTest(t)
	must(t, w.SetDueRule(testDueRule(t, "DE-BY")))
	for i := range 300 {
		r := sampleRequest(fmt.Sprint("subject ", i))
		r.Received = r.Received.AddDate(0, 0, -i%40)
		must(t, w.CreateRequest(r))
	}
	var want [][]byte
	if ready, err := w.EachOrderedRow(func(raw []byte) error { want = append(want, bytes.Clone(raw)); return nil }); err != nil || !ready {
		t.Fatalf("ordered rows not read (ready %v): %v", ready, err)
	}
	collect := func(workers int) [][]byte {
		var mu sync.Mutex
		var got [][]byte
		ready, err := w.EachOrderedRowConcurrently(workers, func(_ int, raw []byte) error {
			mu.Lock()
			defer mu.Unlock()
			got = append(got, bytes.Clone(raw))
			return nil
		})
		if err != nil || !ready {
			t.Fatalf("%d workers: not read (ready %v): %v", workers, ready, err)
		}
		slices.SortFunc(got, bytes.Compare)
		return got
	}
	sorted := slices.SortedFunc(slices.Values(want), bytes.Compare)
	for _, workers := range []int{1, 2, 5} {
		if got := collect(workers); !slices.EqualFunc(got, sorted, bytes.Equal) {
			t.Fatalf("%d workers: %d rows, want the %d of EachOrderedRow", workers, len(got), len(want))
		}
	}

	// stretches cut between the rows, as many tables would cut them
	var keys [][]byte
	must(t, w.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefixOrderedRow})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			keys = append(keys, it.Item().KeyCopy(nil))
		}
		return nil
	}))
	ss := stretchesBetween(prefixOrderedRow, keys, 7)
	if len(ss) != 7 {
		t.Fatalf("%d stretches of the rows' keys, want 7", len(ss))
	}
	var got [][]byte
	must(t, w.view(func(txn *badger.Txn) error {
		for _, s := range ss {
			if err := scanStretch(t.Context(), txn, prefixOrderedRow, s, func(v []byte) error { got = append(got, bytes.Clone(v)); return nil }); err != nil {
				return err
			}
		}
		return nil
	}))
	if !slices.EqualFunc(got, want, bytes.Equal) {
		t.Fatalf("seven stretches read %d rows, want the %d of EachOrderedRow in its order", len(got), len(want))
	}

	stop := errors.New("stop")
	if _, err := w.EachOrderedRowConcurrently(2, func(int, []byte) error { return stop }); !errors.Is(err, stop) {
		t.Fatalf("an error of fn ended with %v", err)
	}
}
