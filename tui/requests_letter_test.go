package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// L on a request drafts the chosen letter through the desk's DraftLetter, shows it
// and saves it to the file named; o reopens a closed request with a reason.
func TestLetterPreviewSaveAndReopen(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	o := testOptions(t)
	var asked []string
	s.draftLetter = func(ref, kind, lang string) (string, error) {
		asked = append(asked, ref, kind, lang)
		return "# Your request: our decision\n\n[[TODO: the reasons]]\n", nil
	}
	h := newHarness(t, s, o)
	h.keys("3", "L", "down", "down", "down", "enter", "enter") // identity → refusal, English
	if strings.Join(asked, " ") != "R-2026-0001 refusal en" {
		t.Fatalf("drafted %v, want R-2026-0001 refusal en", asked)
	}
	h.contains("Draft: R-2026-0001-refusal.en.md", "Your request: our decision", "[[TODO: the reasons]]")
	path := filepath.Join(t.TempDir(), "refusal.md")
	h.keys("s", "ctrl+u")
	for _, r := range path {
		h.keys(string(r))
	}
	h.keys("enter")
	if b, err := os.ReadFile(path); err != nil || !strings.Contains(string(b), "our decision") {
		t.Fatalf("saved letter %q: %v; screen:\n%s", b, err, h.plain())
	}

	h.keys("c", "enter", "enter", "enter", "enter")
	if r, _ := findRequest(t, s, "Anna Schmidt"); r.IsOpen() {
		t.Fatal("not closed")
	}
	h.keys("o", "type:outcome entered for the wrong person", "enter")
	r, _ := findRequest(t, s, "Anna Schmidt")
	if !r.IsOpen() || r.Events[len(r.Events)-1].Reason != "outcome entered for the wrong person" {
		t.Fatalf("not reopened: %+v", r)
	}
}
