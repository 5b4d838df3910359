package pipeline

import (
	"errors"
	"slices"
	"testing"
	"time"
)

// Results come back in the order of the batches, whichever worker finishes first.
func TestOrderedKeepsOrder(t *testing.T) {
	var got []int
	err := Ordered(func(send func(int) bool) error {
		for i := range 200 {
			if !send(i) {
				return nil
			}
		}
		return nil
	}, func(i int) (int, error) {
		time.Sleep(time.Duration((200-i)%7) * 100 * time.Microsecond) // later batches often finish first
		return i * i, nil
	}, func(v int) error {
		got = append(got, v)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range got {
		if v != i*i {
			t.Fatalf("result %d is %d, want %d", i, v, i*i)
		}
	}
	if len(got) != 200 {
		t.Fatalf("%d results, want 200", len(got))
	}
}

// A failing consumer stops production and its error is returned; nothing after
// it is consumed.
func TestOrderedStopsOnError(t *testing.T) {
	boom := errors.New("boom")
	var got []int
	sent := 0
	err := Ordered(func(send func(int) bool) error {
		for i := range 1_000_000 {
			if !send(i) {
				return errors.New("stopped")
			}
			sent++
		}
		return nil
	}, func(i int) (int, error) { return i, nil }, func(v int) error {
		if v == 10 {
			return boom
		}
		got = append(got, v)
		return nil
	})
	if !errors.Is(err, boom) {
		t.Fatalf("error %v, want boom", err)
	}
	if !slices.Equal(got, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}) || sent > 1000 {
		t.Fatalf("consumed %v, sent %d: production went on", got, sent)
	}
}

// A work error is returned like a consumer's; produce's own error when all else went well.
func TestOrderedErrors(t *testing.T) {
	bad := errors.New("bad batch")
	err := Ordered(func(send func(int) bool) error { send(1); send(2); return nil },
		func(i int) (int, error) {
			if i == 2 {
				return 0, bad
			}
			return i, nil
		}, func(int) error { return nil })
	if !errors.Is(err, bad) {
		t.Fatalf("work error: got %v", err)
	}
	read := errors.New("read failed")
	err = Ordered(func(send func(int) bool) error { send(1); return read },
		func(i int) (int, error) { return i, nil }, func(int) error { return nil })
	if !errors.Is(err, read) {
		t.Fatalf("produce error: got %v", err)
	}
}

func TestBatchesGroupAndStop(t *testing.T) {
	var got [][]int
	b := NewBatches(3, func(batch []int) bool { got = append(got, batch); return len(got) < 2 })
	for i := range 5 {
		if err := b.Add(i); err != nil {
			t.Fatalf("item %d: %v", i, err)
		}
	}
	b.Flush()
	if len(got) != 2 || !slices.Equal(got[0], []int{0, 1, 2}) || !slices.Equal(got[1], []int{3, 4}) {
		t.Fatalf("batches %v, want [0 1 2] [3 4]", got)
	}
	b = NewBatches(1, func([]int) bool { return false })
	if err := b.Add(7); !errors.Is(err, ErrStopped) {
		t.Fatalf("a refused batch gave %v, want ErrStopped", err)
	}
}
