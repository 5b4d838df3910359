package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// A breach found on a Friday afternoon, worked through in the interface:
// recorded, assessed in the form with the severity shown as it is scored,
// decided, the authority notification drafted, the notification recorded with
// its reference, an update added, closed — and found again after a restart.
func TestTUIBreachFridayAfternoon(t *testing.T) {
	e := newEnv(t)
	aware := pastFriday(t, 0, "15:30")
	e.ok("breach", "add", "--title", "Old unreported incident", "--aware", pastFriday(t, 2, "09:00"), "--tz", "Europe/Berlin")
	s := startTUI(t, e)
	s.waitFor("authority deadline passed without notification")
	s.keys("7")
	s.waitFor("Old unreported incident")

	// to moves the form's focus with key and waits until the field is focused,
	// so that what is typed next lands in it
	to := func(key, field string) {
		t.Helper()
		s.keys(key)
		s.waitFor("┃ " + field)
	}
	s.keys("n")
	s.waitFor("┃ Title")
	s.typeText("Payroll export sent to wrong recipient")
	to("Enter", "Time zone")
	s.typeText("Europe/Berlin")
	to("Enter", "Aware at")
	s.typeText(aware)
	to("Enter", "Detected at")
	to("Enter", "Nature")
	s.keys("x")
	to("Enter", "What happened")
	s.typeText("The monthly payroll export was e-mailed to an external address.")
	to("Enter", "Data subjects")
	s.typeText("40")
	s.enterUntilGone("Record a breach", 8)
	s.waitFor("Payroll export sent")

	s.keys("Down", "Enter")
	s.waitFor("Notify authority by")
	s.keys("a")
	s.waitFor("SE = 1 × 0.25 + 0 = 0.25 (low)")
	s.keys("Right", "Right")
	s.waitFor("SE = 3 × 0.25 + 0 = 0.75 (low)")
	to("Tab", "EI ease")
	s.keys("Right", "Right", "Right")
	s.waitFor("SE = 3 × 1 + 0 = 3 (high)")
	to("Tab", "Loss of confidentiality")
	s.keys("Right", "Right")
	s.waitFor("SE = 3 × 1 + 0.5 = 3.5 (high)")
	to("Enter", "Loss of integrity")
	to("Enter", "Loss of availability")
	to("Enter", "Malicious")
	to("Enter", "Rationale")
	s.typeText("salary and bank data of named staff; recipient unknown to us")
	s.keys("Enter")
	s.waitFor("assessed: SE 3.5 (high)")

	s.keys("d")
	s.waitFor("┃ Notify the supervisory authority")
	to("Enter", "Tell the data subjects") // authority: yes, as suggested
	s.keys("Right")                       // subjects: no
	to("Enter", "Art. 34(3) exemption")
	s.keys("Right", "Right") // (b) high risk removed
	to("Enter", "Reasons")
	s.typeText("the recipient deleted the file the same day and confirmed it in writing")
	s.keys("Enter")
	s.waitFor("decided: authority yes, data subjects no")

	s.keys("l")
	s.waitFor("Draft a letter")
	s.keys("Enter")
	s.waitFor("┃ Language")
	s.keys("Enter")
	scr := s.waitFor("Notification of a personal data breach to the supervisory authority")
	if !strings.Contains(scr, "[[TODO:") {
		t.Errorf("the draft marks no missing fact:\n%s", scr)
	}
	s.keys("Escape")
	s.waitFor("Notify authority by")

	s.keys("m")
	s.waitFor("┃ Notified at")
	s.keys("C-u")
	s.typeText(strings.Replace(aware, "15:30", "17:45", 1))
	to("Enter", "Authority's reference")
	s.typeText("LDA-2026-117")
	to("Enter", "Reasons for the delay")
	s.keys("Enter")
	s.waitFor("authority notified LDA-2026-117")

	s.keys("u")
	s.waitFor("┃ Update")
	s.typeText("written deletion confirmation received")
	s.keys("Enter")
	s.waitFor("update: written deletion confirmation received")

	s.keys("x")
	s.waitFor("Close this breach?")
	s.keys("y")
	s.waitFor("[closed]")
	s.quit()

	s2 := startTUI(t, e)
	s2.keys("7")
	s2.waitFor("Payroll export sent")
	s2.keys("/")
	s2.typeText("payroll")
	s2.waitFor("1 of 2")
	s2.keys("Enter", "Enter")
	scr = s2.waitFor("[closed]")
	for _, want := range []string{"SE = 3 × 1 + 0.5 = 3.5 (high)", "Art. 34(3)(b)", "authority notified LDA-2026-117",
		"update: written deletion confirmation received"} {
		if !strings.Contains(scr, want) {
			t.Errorf("after reopening, the breach lacks %q:\n%s", want, scr)
		}
	}
	s2.quit()

	var list []struct {
		ID    uint64 `json:"id"`
		Title string `json:"title"`
	}
	if err := json.Unmarshal([]byte(e.ok("breach", "list", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	for _, b := range list {
		if strings.HasPrefix(b.Title, "Payroll") {
			got := decodeBreach(t, e.ok("breach", "show", strconv.FormatUint(b.ID, 10), "--json"))
			if got.Status != "closed" || got.Notice == nil || got.Notice.Reference != "LDA-2026-117" || len(got.Updates) != 1 {
				t.Errorf("stored breach: %+v", got)
			}
		}
	}
}
