// Package pipeline turns a stream of batches into results on every CPU and
// hands the results over in the order the batches came: how the listings and
// exports decode and compute 100,000 requests without holding them all, while
// what they print stays in order.
package pipeline

import (
	"errors"
	"runtime"
	"sync/atomic"
)

// Ordered runs produce, which passes batches to send in order until it returns
// (send says false once the caller has stopped: produce should return then).
// Each batch is turned into a result by work on one of GOMAXPROCS workers, and
// consume gets the results on the caller's goroutine in the order of the
// batches. The first error of work or consume stops production and is returned;
// otherwise produce's error is. At most a few batches per worker are in memory.
func Ordered[In, Out any](produce func(send func(In) bool) error, work func(In) (Out, error), consume func(Out) error) error {
	type job struct {
		in   In
		out  Out
		err  error
		done chan struct{}
	}
	workers := max(runtime.GOMAXPROCS(0), 1)
	queue := make(chan *job, 2*workers) // in order, to the caller
	todo := make(chan *job, 2*workers)  // to the workers, any order
	for range workers {
		go func() {
			for j := range todo {
				j.out, j.err = work(j.in)
				close(j.done)
			}
		}()
	}
	var stop atomic.Bool
	var produced error
	go func() {
		defer close(queue)
		defer close(todo)
		produced = produce(func(in In) bool {
			if stop.Load() {
				return false
			}
			j := &job{in: in, done: make(chan struct{})}
			queue <- j
			todo <- j
			return true
		})
	}()
	var err error
	for j := range queue { // drained to the end, so the producer never blocks
		<-j.done
		if err != nil {
			continue
		}
		if err = j.err; err == nil {
			err = consume(j.out)
		}
		if err != nil {
			stop.Store(true)
		}
	}
	if err == nil {
		err = produced // written before queue was closed
	}
	return err
}

// Each is a consume step that calls fn with every item of each batch, in
// order, stopping at the first error.
func Each[T any](fn func(T) error) func([]T) error {
	return func(batch []T) error {
		for _, t := range batch {
			if err := fn(t); err != nil {
				return err
			}
		}
		return nil
	}
}

// ErrStopped is what a reader's callback returns when Batches.Add says the
// caller has stopped. Ordered then returns the caller's error, never this one.
var ErrStopped = errors.New("pipeline: stopped")

// Batches groups what a reader hands over one item at a time into batches for
// an Ordered producer's send.
type Batches[T any] struct {
	send func([]T) bool
	size int
	cur  []T
}

// NewBatches sends batches of size items to send.
func NewBatches[T any](size int, send func([]T) bool) *Batches[T] {
	return &Batches[T]{send: send, size: size, cur: make([]T, 0, size)}
}

// Add adds t and sends the batch once it is full; ErrStopped once send
// refuses, which the reader's callback returns to end the scan.
func (b *Batches[T]) Add(t T) error {
	b.cur = append(b.cur, t)
	if len(b.cur) < b.size {
		return nil
	}
	full := b.cur
	b.cur = make([]T, 0, b.size)
	if !b.send(full) {
		return ErrStopped
	}
	return nil
}

// Flush sends the last, partial batch.
func (b *Batches[T]) Flush() {
	if len(b.cur) > 0 {
		b.send(b.cur)
		b.cur = nil
	}
}
