package policy

import (
	"runtime"
	"slices"
	"sync"
	"testing"
)

// TestRunTasksRunsEachAfterItsInputs: every task runs once, after the tasks
// it waits for, on one core in the order given (where its inputs allow).
func TestRunTasksRunsEachAfterItsInputs(t *testing.T) {
	for _, procs := range []int{1, 2, 4} {
		old := runtime.GOMAXPROCS(procs)
		for range 200 {
			var mu sync.Mutex
			var order []int
			note := func(i int) func() {
				return func() {
					mu.Lock()
					order = append(order, i)
					mu.Unlock()
				}
			}
			tasks := []task{{run: note(0)}, {run: note(1)}, {run: note(2), after: []int{0, 1}}, {run: note(3)},
				{run: note(4), after: []int{2}}, {run: note(5)}}
			runTasks(tasks)
			if len(order) != len(tasks) {
				t.Fatalf("GOMAXPROCS %d: ran %v", procs, order)
			}
			for i, tk := range tasks {
				for _, a := range tk.after {
					if slices.Index(order, a) > slices.Index(order, i) {
						t.Fatalf("GOMAXPROCS %d: task %d ran before its input %d: %v", procs, i, a, order)
					}
				}
			}
			if procs == 1 && !slices.Equal(order, []int{0, 1, 2, 3, 4, 5}) {
				t.Fatalf("on one core the tasks ran in the order %v", order)
			}
		}
		runtime.GOMAXPROCS(old)
	}
}
