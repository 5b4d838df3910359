package store

import (
	"bytes"
	"context"
	"slices"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/y"
	"golang.org/x/sync/errgroup"
)

// EachOrderedRowConcurrently hands fn every request's row, as EachOrderedRow
// does and in one snapshot, but from workers goroutines at once, each reading
// its own stretches of the keys, and so in no order. It is for a pass that
// only folds the rows (the widths of the request table), which one reader
// held up: reading the 31 MB of rows at 100,000 requests is most of such a
// pass. worker (0 ≤ worker < workers) says which goroutine calls, so fn can
// keep its state per goroutine without a lock; raw is valid only during the
// call. ready is as for EachOrderedRow.
func (w *Workspace) EachOrderedRowConcurrently(workers int, fn func(worker int, raw []byte) error) (ready bool, err error) {
	workers = max(workers, 1)
	return w.viewIndexed(func(txn *badger.Txn) error {
		stretches := make(chan keyStretch)
		g, ctx := errgroup.WithContext(context.Background())
		g.Go(func() error {
			defer close(stretches)
			for _, s := range splitKeys(w.db, prefixOrderedRow, stretchesPerWorker*workers) {
				select {
				case stretches <- s:
				case <-ctx.Done():
					return nil
				}
			}
			return nil
		})
		for k := range workers {
			g.Go(func() error {
				for s := range stretches {
					if err := scanStretch(ctx, txn, prefixOrderedRow, s, func(v []byte) error { return fn(k, v) }); err != nil {
						return err
					}
				}
				return nil
			})
		}
		return g.Wait()
	})
}

// stretchesPerWorker: the stretches cut at table ends differ in size, so
// there are several per worker, and a worker that finishes a small one takes
// the next instead of waiting on another's large one.
const stretchesPerWorker = 4

// keyStretch is the keys from from (inclusive) to to (exclusive; nil: to the
// end of the prefix).
type keyStretch struct{ from, to []byte }

// splitKeys cuts the keys under prefix into at most n stretches that cover
// them all, where the workspace's tables end: a cheap guess at stretches of
// similar size that needs no reading.
func splitKeys(db *badger.DB, prefix []byte, n int) []keyStretch {
	var ends [][]byte
	for _, t := range db.Tables() {
		ends = append(ends, y.ParseKey(t.Right))
	}
	return stretchesBetween(prefix, ends, n)
}

// stretchesBetween cuts the keys under prefix at those of ends that lie under
// it, into at most n stretches (n-1 cuts, evenly spread over ends) that cover
// every key under prefix once, in key order.
func stretchesBetween(prefix []byte, ends [][]byte, n int) []keyStretch {
	var cuts [][]byte
	for _, e := range ends {
		if bytes.HasPrefix(e, prefix) && len(e) > len(prefix) {
			cuts = append(cuts, e)
		}
	}
	slices.SortFunc(cuts, bytes.Compare)
	cuts = slices.CompactFunc(cuts, bytes.Equal)
	if n = max(n, 1); len(cuts) > n-1 {
		picked := make([][]byte, 0, n-1)
		for i := 1; i < n; i++ {
			picked = append(picked, cuts[i*len(cuts)/n])
		}
		cuts = slices.CompactFunc(picked, bytes.Equal)
	}
	out := make([]keyStretch, 0, len(cuts)+1)
	from := prefix
	for _, c := range cuts {
		out = append(out, keyStretch{from, c})
		from = c
	}
	return append(out, keyStretch{from, nil})
}

// scanStretch calls fn with the value of every key of s under prefix, in key
// order, until ctx ends.
func scanStretch(ctx context.Context, txn *badger.Txn, prefix []byte, s keyStretch, fn func(v []byte) error) error {
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: prefix})
	defer it.Close()
	n := 0
	for it.Seek(s.from); it.Valid(); it.Next() {
		item := it.Item()
		if s.to != nil && bytes.Compare(item.Key(), s.to) >= 0 {
			return nil
		}
		if err := item.Value(fn); err != nil {
			return err
		}
		if n++; n%256 == 0 && ctx.Err() != nil {
			return nil // another worker failed; its error is the one returned
		}
	}
	return nil
}
