package export

import (
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// rowCells lays out one row's cells on one backing array of items, so that a
// row costs two allocations instead of one per cell, and a streamed export,
// which resets one rowCells for every row, none: the requests export makes a
// row for each of 100,000 requests, the record one for each of 10,000
// activities. Its methods add the cells text, texts, term, terms, legalBases
// and date make.
type rowCells struct {
	cells []Cell
	items []Item
}

func newRowCells(n int) rowCells {
	return rowCells{cells: make([]Cell, 0, n), items: make([]Item, 0, n)}
}

// reset empties the row for the next one, keeping its memory: a streamed
// export lays out every row in the same two arrays. The cells of the row
// before must no longer be in use.
func (b *rowCells) reset() { b.cells, b.items = b.cells[:0], b.items[:0] }

// listFrom adds a cell of the items added since len(items) was start, or an
// empty cell when there are none.
func (b *rowCells) listFrom(start int) {
	if len(b.items) == start {
		b.empty()
		return
	}
	n := len(b.items)
	b.cells = append(b.cells, b.items[start:n:n])
}

// texts adds texts(ss).
func (b *rowCells) texts(ss []string) {
	start := len(b.items)
	b.items = appendTexts(b.items, ss)
	b.listFrom(start)
}

// terms adds terms(kind, keys, lang).
func (b *rowCells) terms(kind string, keys []string, lang string) {
	start := len(b.items)
	b.items = appendTerms(b.items, kind, keys, lang)
	b.listFrom(start)
}

// legalBases adds legalBases(codes, lang).
func (b *rowCells) legalBases(codes []string, lang string) {
	start := len(b.items)
	b.items = appendLegalBases(b.items, codes, lang)
	b.listFrom(start)
}

// item adds a cell of one item.
func (b *rowCells) item(it Item) {
	// should items grow, the cells before keep the old array, which stays valid
	b.items = append(b.items, it)
	n := len(b.items)
	b.cells = append(b.cells, b.items[n-1:n:n])
}

// cell adds a cell made elsewhere (a list).
func (b *rowCells) cell(c Cell) { b.cells = append(b.cells, c) }

// empty adds an empty cell.
func (b *rowCells) empty() { b.cells = append(b.cells, nil) }

// text adds text(s).
func (b *rowCells) text(s string) {
	if strings.TrimSpace(s) == "" {
		b.empty()
		return
	}
	b.item(Item{Text: s})
}

// term adds term(kind, key, lang).
func (b *rowCells) term(kind, key, lang string) {
	if key == "" {
		b.empty()
		return
	}
	b.item(termItem(kind, key, lang))
}

// date adds date(d).
func (b *rowCells) date(d model.Date) {
	if d.IsZero() {
		b.empty()
		return
	}
	b.item(Item{Text: d.String()})
}
