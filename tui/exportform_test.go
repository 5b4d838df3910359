package tui

import (
	tea "charm.land/bubbletea/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The export dialog exports active entries unless told otherwise, and says how
// many drafts it left out; choosing draft as well includes them.
func TestExportDialogStatuses(t *testing.T) {
	s := openStore(t)
	seed(t, s) // "Video surveillance" is a draft
	dir := t.TempDir()
	h := newHarness(t, s, testOptions(t))
	h.send(tea.WindowSizeMsg{Width: 200, Height: 40}) // the status line holds the whole note
	active := filepath.Join(dir, "active.md")
	h.keys("X", "enter", "enter", "enter")
	h.contains("Entries (activities and processors)", "Drafts and retired entries stay out")
	h.keys("enter", "type:"+active, "enter")
	h.contains("exported ropa to "+active, "left out 1 draft activity (exported: active); to include it, export with status active,draft")
	data, err := os.ReadFile(active)
	if err != nil || strings.Contains(string(data), "Video surveillance") || !strings.Contains(string(data), "Payroll") {
		t.Fatalf("the default export holds a draft or misses an active entry: %v\n%s", err, data)
	}
	both := filepath.Join(dir, "both.md")
	h.keys("X", "enter", "enter", "enter", "down", "space", "enter", "type:"+both, "enter")
	h.contains("exported ropa to " + both)
	data, err = os.ReadFile(both)
	if err != nil || !strings.Contains(string(data), "Video surveillance") || !strings.Contains(string(data), "Entries included") {
		t.Fatalf("draft chosen but not exported: %v\n%s", err, data)
	}
}
