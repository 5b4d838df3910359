package tui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dpodesk/dpodesk/tui/internal/widget"
)

func TestFit(t *testing.T) {
	cases := []struct {
		in    string
		w     int
		right bool
		want  string
	}{
		{"abc", 5, false, "abc  "}, {"abc", 5, true, "  abc"}, {"abcdef", 4, false, "abc…"},
		{"Chloé Martin", 6, false, "Chloé…"}, {"日本語", 4, false, "日… "}, {"x", 0, false, ""},
	}
	for _, c := range cases {
		got := widget.Fit(c.in, c.w, c.right)
		if got != c.want || ansi.StringWidth(got) != c.w {
			t.Errorf("widget.Fit(%q, %d) = %q (width %d), want %q", c.in, c.w, got, ansi.StringWidth(got), c.want)
		}
	}
}

// The table draws only the rows in its window, whatever the total.
func TestTableWindow(t *testing.T) {
	st := NewStyles(true)
	calls := 0
	tb := newTable(&st, []column{{title: "N", width: 8}, {title: "Name", width: 10, flex: 1}}, func(i int) []string {
		calls++
		return []string{strconv.Itoa(i), "row " + strconv.Itoa(i)}
	})
	tb.setRows(100_000)
	tb.setSize(40, 11)
	out := tb.View()
	if n := strings.Count(out, "\n") + 1; n != 11 {
		t.Fatalf("%d lines, want 11", n)
	}
	if calls != 10 {
		t.Fatalf("rendered %d rows for a window of 10", calls)
	}
	tb.bottom()
	out = ansi.Strip(tb.View())
	if !strings.Contains(out, "> 99999") {
		t.Fatalf("bottom row not selected:\n%s", out)
	}
	calls = 0
	tb.move(-1)
	tb.View()
	if calls != 2 {
		t.Fatalf("a cursor move re-rendered %d rows, want 2 (the old and new selection)", calls)
	}
	tb.setView([]int32{5, 7, 9})
	if tb.len() != 3 || tb.selected() != 5 {
		t.Fatalf("filtered view: len %d selected %d", tb.len(), tb.selected())
	}
	if pos, ok := tb.rowAt(2); !ok || pos != 1 {
		t.Fatalf("rowAt(2) = %d %v", pos, ok)
	}
}

func TestSearch(t *testing.T) {
	hay := []string{"r-1\x00anna schmidt", "r-2\x00ben okafor", "r-3\x00anna berg"}
	if got := search(hay, "anna", nil, nil); len(got) != 2 {
		t.Fatalf("anna: %v", got)
	}
	if got := search(hay, "anna berg", nil, nil); len(got) != 1 || got[0] != 2 {
		t.Fatalf("all words must match: %v", got)
	}
	if got := search(hay, "", nil, nil); got != nil {
		t.Fatalf("empty query must mean every row: %v", got)
	}
	if got := search(hay, "", func(i int) bool { return i == 1 }, nil); len(got) != 1 {
		t.Fatalf("scope: %v", got)
	}
	if got := search(hay, "anna s", nil, []int32{0, 2}); len(got) != 1 || got[0] != 0 {
		t.Fatalf("narrowing from a previous result: %v", got)
	}
}
