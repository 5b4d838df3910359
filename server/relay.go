package server

import (
	"io"
	"sync"
)

// relay hands a session's input to one program after another. A Bubble Tea
// program reading the session directly leaves a read pending when it ends, which
// would swallow the first key of the next program (the interface after the
// picker); the relay reads the session alone and gives each program its own pipe.
type relay struct {
	mu  sync.Mutex
	cur *io.PipeWriter
}

func newRelay(src io.Reader) *relay {
	r := &relay{}
	go r.pump(src)
	return r
}

func (r *relay) pump(src io.Reader) {
	buf := make([]byte, 4096)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			r.mu.Lock()
			w := r.cur
			r.mu.Unlock()
			if w != nil {
				w.Write(buf[:n]) // a program that ended has closed its pipe; its keys are dropped
			}
		}
		if err != nil {
			r.mu.Lock()
			if r.cur != nil {
				r.cur.CloseWithError(err)
			}
			r.mu.Unlock()
			return
		}
	}
}

// next is the input of the next program; the returned func ends it.
func (r *relay) next() (io.Reader, func()) {
	pr, pw := io.Pipe()
	r.mu.Lock()
	r.cur = pw
	r.mu.Unlock()
	return pr, func() {
		r.mu.Lock()
		if r.cur == pw {
			r.cur = nil
		}
		r.mu.Unlock()
		pw.Close()
		pr.Close()
	}
}
