package policy

import (
	"runtime"
	"sync"
)

// task is one piece of an extraction; after lists the tasks (by their place)
// whose results it reads.
type task struct {
	run   func()
	after []int
}

// runTasks runs tasks on as many goroutines as there are cores (the caller's
// among them, at most one per task). Each goroutine takes the first task, in
// the order given, whose tasks before it are done: order the tasks of the
// longest chain first, so that the chain starts at once and the short tasks
// fill the cores around it. It returns when all are done.
func runTasks(tasks []task) {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	started := make([]bool, len(tasks))
	done := make([]bool, len(tasks))
	unstarted := len(tasks)
	ready := func(i int) bool {
		for _, a := range tasks[i].after {
			if !done[a] {
				return false
			}
		}
		return true
	}
	work := func() {
		mu.Lock()
		defer mu.Unlock()
		for unstarted > 0 {
			i := 0
			for i < len(tasks) && (started[i] || !ready(i)) {
				i++
			}
			if i == len(tasks) {
				cond.Wait() // the rest wait for tasks still running
				continue
			}
			started[i] = true
			unstarted--
			mu.Unlock()
			tasks[i].run()
			mu.Lock()
			done[i] = true
			cond.Broadcast()
		}
	}
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(tasks)) - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
}
