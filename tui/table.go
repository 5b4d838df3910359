package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/tui/internal/widget"
)

// column describes one table column. Flex columns share the width left over after
// the fixed ones, so larger terminals show more of names and purposes.
type column struct {
	title string
	width int // fixed width, or the minimum for a flex column
	flex  int // share of the spare width; 0 for a fixed column
	right bool
	// want is the width the column's usual content needs ("7 missing DPIA?");
	// a wider terminal grows a column to it, and to its title, before the
	// flex columns take the rest.
	want int
}

// need is how much wider than its minimum the column wants to be.
func (c column) need() int {
	return max(c.want, ansi.StringWidth(c.title)) - c.width
}

// table renders a window of a large row set. It never walks all rows while
// drawing: the page keeps its rows in display order, the table keeps the indices
// that pass the filter and draws only height of them, caching the rendered lines.
type table struct {
	st     *Styles
	cols   []column
	widths []int
	cells  func(src int) []string               // cell texts of a source row
	style  func(src int) (lipgloss.Style, bool) // optional colour of a source row
	total  int                                  // source rows
	view   []int32                              // source indices shown, in order; nil = all
	cursor int                                  // position in the view
	offset int                                  // first visible position
	width  int
	height int // visible data rows
	cache  map[int32]string
	header string
}

func newTable(st *Styles, cols []column, cells func(int) []string) *table {
	return &table{st: st, cols: cols, cells: cells, cache: map[int32]string{}}
}

// setRows points the table at a new source of n rows and drops any filter.
func (t *table) setRows(n int) {
	t.total, t.view = n, nil
	t.invalidate()
	t.clamp()
}

// setView shows only the given source indices (a filter result).
func (t *table) setView(v []int32) {
	t.view = v
	t.cursor, t.offset = 0, 0
	t.clamp()
}

func (t *table) invalidate() {
	clear(t.cache)
	t.header = ""
}

func (t *table) len() int {
	if t.view == nil {
		return t.total
	}
	return len(t.view)
}

// src maps a view position to the source row index.
func (t *table) src(pos int) int {
	if t.view == nil {
		return pos
	}
	return int(t.view[pos])
}

// selected returns the source index under the cursor, or -1 when empty.
func (t *table) selected() int {
	if t.len() == 0 {
		return -1
	}
	return t.src(t.cursor)
}

// selectSource moves the cursor to a source row if it is visible in the view.
func (t *table) selectSource(src int) {
	for pos := 0; pos < t.len(); pos++ {
		if t.src(pos) == src {
			t.cursor = pos
			t.clamp()
			return
		}
	}
}

func (t *table) setSize(w, h int) {
	if w != t.width {
		t.width = w
		t.layout()
		t.invalidate()
	}
	t.height = max(h-1, 1) // one line for the header
	t.clamp()
}

func (t *table) layout() {
	t.widths = make([]int, len(t.cols))
	spare, need := t.width-2, 0 // two cells for the cursor gutter
	for i, c := range t.cols {
		t.widths[i] = c.width
		spare -= c.width + 1
		need += max(c.need(), 0)
	}
	// Short columns get what their content needs first, when that leaves at
	// least as much again for the flex columns: at 80 columns the names keep
	// the room, at 120 and more nothing is cut that would fit. A column grown
	// to its content takes no share of the rest.
	grown := need > 0 && spare >= 2*need
	if grown {
		for i, c := range t.cols {
			t.widths[i] += max(c.need(), 0)
		}
		spare -= need
	}
	share := func(c column) int {
		if grown && c.want > 0 {
			return 0
		}
		return c.flex
	}
	flex := 0
	for _, c := range t.cols {
		flex += share(c)
	}
	if spare <= 0 || flex == 0 {
		return
	}
	left := spare
	for i, c := range t.cols {
		if f := share(c); f > 0 {
			add := spare * f / flex
			t.widths[i] += add
			left -= add
		}
	}
	for i := len(t.cols) - 1; i >= 0 && left > 0; i-- {
		if share(t.cols[i]) > 0 {
			t.widths[i] += left
			break
		}
	}
}

func (t *table) move(delta int) {
	t.cursor += delta
	t.clamp()
}

func (t *table) top()    { t.cursor = 0; t.clamp() }
func (t *table) bottom() { t.cursor = t.len() - 1; t.clamp() }
func (t *table) page(d int) {
	t.move(d * t.height)
}

// scroll moves the window without moving the cursor off screen (mouse wheel).
func (t *table) scroll(delta int) {
	t.offset += delta
	t.offset = min(t.offset, max(t.len()-t.height, 0))
	t.offset = max(t.offset, 0)
	t.cursor = min(max(t.cursor, t.offset), t.offset+t.height-1)
	t.clamp()
}

func (t *table) clamp() {
	n := t.len()
	t.cursor = min(t.cursor, n-1)
	t.cursor = max(t.cursor, 0)
	if t.cursor < t.offset {
		t.offset = t.cursor
	}
	if t.height > 0 && t.cursor >= t.offset+t.height {
		t.offset = t.cursor - t.height + 1
	}
	t.offset = max(min(t.offset, n-t.height), 0)
}

// rowAt returns the view position of a click y lines below the table's top
// (the header is line 0).
func (t *table) rowAt(y int) (int, bool) {
	pos := t.offset + y - 1
	if y < 1 || pos >= t.len() || y > t.height {
		return 0, false
	}
	return pos, true
}

// View draws the header and exactly height rows.
func (t *table) View() string {
	var b strings.Builder
	if t.header == "" {
		titles := make([]string, len(t.cols))
		for i, c := range t.cols {
			titles[i] = c.title
		}
		t.header = t.st.TableHeader.Render("  " + t.line(titles))
	}
	b.WriteString(t.header)
	end := min(t.offset+t.height, t.len())
	for pos := t.offset; pos < end; pos++ {
		b.WriteByte('\n')
		b.WriteString(t.row(pos))
	}
	for i := end - t.offset; i < t.height; i++ {
		b.WriteByte('\n')
	}
	return b.String()
}

func (t *table) row(pos int) string {
	src := t.src(pos)
	if pos == t.cursor {
		return t.st.Selected.Render("> " + t.line(t.cells(src)))
	}
	if s, ok := t.cache[int32(src)]; ok {
		return s
	}
	s := "  " + t.line(t.cells(src))
	if t.style != nil {
		if st, ok := t.style(src); ok {
			s = st.Render(s)
		}
	}
	t.cache[int32(src)] = s
	return s
}

// line pads or cuts each cell to its column width.
func (t *table) line(cells []string) string {
	var b strings.Builder
	b.Grow(t.width)
	for i, w := range t.widths {
		if i > 0 {
			b.WriteByte(' ')
		}
		c := ""
		if i < len(cells) {
			// a cell shows stored text, which a data subject may have typed:
			// its control characters never reach the terminal
			c = model.SafeLine(cells[i])
		}
		b.WriteString(widget.Fit(c, w, t.cols[i].right))
	}
	return b.String()
}
