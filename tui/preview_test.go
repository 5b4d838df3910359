package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// On a wide terminal the selected request is previewed beside the table and
// follows the cursor.
func TestWidePreview(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.send(tea.WindowSizeMsg{Width: 160, Height: 30})
	h.keys("3")
	h.contains("│ R-2026-0001  Anna Schmidt", "10 days overdue")
	h.keys("down")
	h.contains("│ R-2026-0002  Ben Okafor", "1 day left", "ben@example.org")
	for _, l := range strings.Split(h.plain(), "\n") {
		if w := len([]rune(l)); w > 160 {
			t.Fatalf("line of %d cells: %q", w, l)
		}
	}
	// A click in the preview pane does not move the table's cursor.
	h.send(tea.MouseClickMsg{X: 120, Y: 4, Button: tea.MouseLeft})
	h.contains("│ R-2026-0002  Ben Okafor")
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if strings.Contains(h.plain(), "│ R-2026") {
		t.Fatal("preview shown at 80 columns")
	}
}

func TestGermanHeadersAndDateFormat(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	o := testOptions(t)
	o.Lang, o.DateFormat = "de", "02.01.2006"
	h := newHarness(t, s, o)
	h.keys("3")
	h.contains("Anfragen  4 von 4", "Betroffene/r", "Frist", "20.02.2026")
	h.keys("enter")
	h.contains("Eingegangen: 20.01.2026 10:00")
}
