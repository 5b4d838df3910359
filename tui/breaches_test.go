package tui

import (
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

// breachHarness opens the interface with two breaches: one whose deadline has
// passed and one due at 15:30 CET on the test's Monday (5 hours after testNow).
func breachHarness(t *testing.T) (*harness, *desk.Desk, [2]uint64) {
	t.Helper()
	s := openStore(t)
	o := testOptions(t)
	d := s.Desk
	var ids [2]uint64
	for i, c := range []struct{ title, aware string }{
		{"Laptop stolen from car", "2026-02-27 15:30"},
		{"Old ransomware case", "2026-02-20 10:00"},
	} {
		aware, err := model.ParseBreachTime(c.aware, "Europe/Berlin")
		if err != nil {
			t.Fatal(err)
		}
		got, err := d.AddBreach(model.Breach{Title: c.title, AwareAt: aware, TZ: "Europe/Berlin"})
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = got.ID
	}
	return newHarness(t, s, o), d, ids
}

func TestBreachesListMostUrgentFirst(t *testing.T) {
	h, _, _ := breachHarness(t)
	h.keys("7")
	h.contains("Breaches", "Old ransomware case", "Laptop stolen", "5 h left", "168 h over", "not assessed")
	screen := h.plain()
	if strings.Index(screen, "Old ransomware case") > strings.Index(screen, "Laptop stolen") {
		t.Errorf("the passed deadline is not listed first:\n%s", screen)
	}
	h.keys("1")
	h.contains("Breaches  2 open of 2", "authority deadline passed without notification", `notify the authority of "Laptop stolen from car"`)
}

func TestBreachAssessFormShowsSeverityLive(t *testing.T) {
	h, d, ids := breachHarness(t)
	h.keys("7", "down", "enter")
	h.contains("Laptop stolen from car", "Mon 2026-03-02 15:30 CET", "not assessed")
	h.keys("a")
	h.contains("SE = 1 × 0.25 + 0 = 0.25 (low)")
	h.keys("right", "right") // DPC 3 financial
	h.contains("SE = 3 × 0.25 + 0 = 0.75 (low)")
	h.keys("tab", "right", "right") // EI 0.75
	h.contains("SE = 3 × 0.75 + 0 = 2.25 (medium)", "notify the authority (Art. 33)")
	h.keys("tab", "right", "right") // confidentiality 0.5
	h.contains("SE = 3 × 0.75 + 0.5 = 2.75 (medium)")
	h.keys("tab", "tab", "tab", "left", "enter") // integrity, availability unchanged; malicious yes
	h.contains("SE = 3 × 0.75 + 1 = 3.25 (high)", "tell the data subjects")
	h.keys("type:bank details of named customers, taken on purpose", "enter")
	got, err := d.Breach(ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if got.Assessment == nil || got.Assessment.SE() != 3.25 || !got.Assessment.Malicious || got.Status != model.BreachAssessed {
		t.Fatalf("stored assessment: %+v (status %s)\n%s", got.Assessment, got.Status, h.plain())
	}
	h.contains("SE = 3 × 0.75 + 1 = 3.25 (high)", "assessed: SE 3.25 (high)")
}

func TestBreachDecideNeedsReasonsAndNotifyRecords(t *testing.T) {
	h, d, ids := breachHarness(t)
	h.keys("7", "down", "enter", "d")
	h.contains("Notify the supervisory authority")
	// not assessed: the suggestion is to notify the authority, not the subjects;
	// moving on without reasons is refused
	h.keys("enter", "enter", "enter", "enter")
	h.contains("needs its reasons")
	h.keys("type:risk to the subjects is low: disk encrypted", "enter")
	got, _ := d.Breach(ids[0])
	if got.Decision == nil || !got.Decision.NotifyAuthority || got.Decision.NotifySubjects {
		t.Fatalf("decision: %+v\n%s", got.Decision, h.plain())
	}
	h.keys("m")
	h.contains("Deadline", "aware Fri 2026-02-27 15:30 CET + 72 h")
	h.keys("enter", "type:LDA-2026-9", "enter", "enter")
	got, _ = d.Breach(ids[0])
	if got.Notice == nil || got.Notice.Reference != "LDA-2026-9" || got.Status != model.BreachNotified {
		t.Fatalf("notice: %+v\n%s", got.Notice, h.plain())
	}
	h.keys("l", "enter", "enter")
	h.contains("Notification of a personal data breach", "[[TODO:")
	h.keys("esc")
	h.contains("authority notified LDA-2026-9")
}
