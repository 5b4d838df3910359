package tui

import "sync"

// Searcher gives the searchable text of every activity and processor, the whole
// record as model defines it. It reads every full record, so the lists call it
// when "/" is first used, never for the first frame.
type Searcher interface {
	SearchTexts() (acts, procs map[uint64]string, err error)
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
		hay := make([]string, len(rowHay))
		for i := range rowHay {
			hay[i] = rowHay[i] + "\x00" + texts[id(i)]
		}
		f.hay = hay
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
