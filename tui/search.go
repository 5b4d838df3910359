package tui

import "sync"

// Searcher gives the searchable text of every activity and processor, the whole
// record as model defines it. It reads every full record, so the lists call it
// when "/" is first used, never for the first frame.
type Searcher interface {
	SearchTexts() (acts, procs map[uint64]string, err error)
	// RequestSearchDetails adds what the request rows leave out: the
	// contact, the channel and the notes (model.Request.SearchDetail).
	RequestSearchDetails() (map[uint64]string, error)
}

// fullHay is a register's search text: each row's visible text, extended on
// first use with its record's searchable text. Safe from any goroutine.
type fullHay struct {
	once  sync.Once
	hay   []string
	texts func() (map[uint64]string, error)
}

// build joins the row texts with the records' texts; a failed read keeps the
// row texts, so the filter still finds what the table shows.
func (f *fullHay) build(rowHay []string, id func(int) uint64) []string {
	f.once.Do(func() {
		f.hay = rowHay
		if f.texts == nil {
			return
		}
		texts, err := f.texts()
		if err != nil {
			return
		}
		f.hay = joinHay(rowHay, func(i int) string { return texts[id(i)] })
	})
	return f.hay
}

// the lazy haystacks of the two registers
func (d *actData) haystack() []string {
	return d.full.build(d.hay, func(i int) uint64 { return d.rows[i].ID })
}

func (d *procData) haystack() []string {
	return d.full.build(d.hay, func(i int) uint64 { return d.rows[i].ID })
}

// fullHaystack is the request rows' text with each request's whole record
// (contact, notes); the warm-up after the first frame builds only the rows'.
func (d *reqData) fullHaystack() []string {
	return d.full.build(d.haystack(), func(i int) uint64 { return d.rows[i].ID })
}

// joinHay appends each row's extra text to its row text, packed into one
// string per CPU (as haystacks does), so a search walks contiguous memory.
func joinHay(rowHay []string, extra func(int) string) []string {
	hay := make([]string, len(rowHay))
	parallel(len(rowHay), func(lo, hi int) {
		n := 0
		for i := lo; i < hi; i++ {
			n += len(rowHay[i]) + 1 + len(extra(i))
		}
		buf := make([]byte, 0, n)
		ends := make([]int, hi-lo)
		for i := lo; i < hi; i++ {
			buf = append(append(append(buf, rowHay[i]...), 0), extra(i)...)
			ends[i-lo] = len(buf)
		}
		sliceChunk(hay[lo:hi], buf, ends)
	})
	return hay
}
