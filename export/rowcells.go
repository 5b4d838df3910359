package export

import (
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// rowCells lays out one row's cells on one backing array of items, so that a
// row of single-item cells costs two allocations instead of one per cell: the
// requests export makes a row for each of 100,000 requests, the record one
// for each of 10,000 activities. Its methods add the cell text, term and date
// make.
type rowCells struct {
	cells []Cell
	items []Item
}

func newRowCells(n int) rowCells {
	return rowCells{cells: make([]Cell, 0, n), items: make([]Item, 0, n)}
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
