package tui

import (
	"strings"
	"testing"
)

// Deleting a processor that activities use is refused with their names and the
// fix, before any "cannot be undone" question; an unused one is asked about.
func TestDeleteProcessorInUse(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("4", "d") // CloudMail GmbH, first by name, used by the newsletter
	flat := strings.Join(strings.Fields(strings.NewReplacer("│", " ", "╭", " ", "╮", " ", "╰", " ", "╯", " ", "─", "").Replace(h.plain())), " ")
	for _, want := range []string{`Not deleted. Processor "CloudMail GmbH" is used by 1 activity: Newsletter.`, "set its status to retired"} {
		if !strings.Contains(flat, want) {
			t.Fatalf("the refusal does not say %q:\n%s", want, h.plain())
		}
	}
	if strings.Contains(flat, "cannot be undone") {
		t.Fatal("a processor in use was offered for deletion")
	}
	h.keys("y", "enter")
	if _, err := s.Desk.Processor("CloudMail GmbH"); err != nil {
		t.Fatalf("the processor in use is gone: %v", err)
	}
	h.keys("down", "d") // PayFast Ltd, used by nothing
	h.contains(`Delete processor "PayFast Ltd"? This cannot be undone.`)
	h.keys("y")
	if _, err := s.Desk.Processor("PayFast Ltd"); err == nil {
		t.Fatal("the unused processor was not deleted")
	}
}
