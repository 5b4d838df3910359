package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A new user's register, entirely in the interface: the organisation on the
// Settings page, a US processor under SCCs and an independent controller, an
// activity using both; the record exported as Markdown with X, and the Art. 15
// letter drafted from the request (key L) stating the transfer and its
// mechanism and not calling the independent controller a processor.
func TestTUIRegisterNewUser(t *testing.T) {
	e := newEnv(t)
	s := startTUI(t, e)
	// to presses key and waits until the focused field's title (after the
	// "┃ " marker and any Art. 30 point such as "(a) ") contains field
	to := func(key, field string) {
		t.Helper()
		s.keys(key)
		for range 50 {
			for _, l := range strings.Split(s.screen(), "\n") {
				if strings.Contains(l, "┃ ") && strings.Contains(l, field) {
					return
				}
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("the field %q was never focused:\n%s", field, s.screen())
	}

	s.keys("8")
	s.waitFor("Settings")
	to("e", "Controller")
	s.typeText("Muster GmbH")
	to("Enter", "Address")
	s.typeText("Hauptstr. 1, 10115 Berlin")
	to("Enter", "E-mail")
	to("Enter", "Phone")
	to("Enter", "Representative")
	to("Enter", "DPO")
	s.typeText("Dr. Erika Daten")
	to("Enter", "mail")
	s.typeText("dpo@muster.example")
	s.enterUntilGone("Organisation  (esc", 30)
	s.waitFor("Muster GmbH")

	s.keys("4")
	to("n", "Processor")
	s.typeText("Helpdesk Cloud")
	to("Enter", "Legal entity")
	s.typeText("Helpdesk Cloud Inc.")
	to("Enter", "Role")
	to("Enter", "Contact")
	to("Enter", "Country")
	s.typeText("United States")
	s.enterUntilGone("┃ Country", 3)
	for range 12 {
		if strings.Contains(s.screen(), "┃ Transfer mechanism") {
			break
		}
		s.keys("Enter")
		time.Sleep(150 * time.Millisecond)
	}
	s.keys("Right", "Right", "Right")
	s.waitFor("Standard contractual clauses")
	s.enterUntilGone("New processor", 12)
	s.waitFor("Helpdesk Cloud")

	to("n", "Processor")
	s.typeText("PayFast")
	to("Enter", "Legal entity")
	to("Enter", "Role")
	s.keys("Right", "Right", "Right")
	s.waitFor("Independent controller")
	to("Enter", "Contact")
	to("Enter", "Country")
	s.typeText("NL")
	s.enterUntilGone("New processor", 16)
	s.waitFor("PayFast")

	s.keys("2")
	to("n", "Processing activity")
	s.typeText("Customer support")
	for range 6 {
		if strings.Contains(s.screen(), "┃ (b) Purposes") {
			break
		}
		s.keys("Enter")
		time.Sleep(150 * time.Millisecond)
	}
	s.typeText("answering customers")
	to("Enter", "Legal bases")
	s.keys("Down", "x") // contract
	for range 12 {
		if strings.Contains(s.screen(), "┃ Processors") {
			break
		}
		s.keys("Enter")
		time.Sleep(150 * time.Millisecond)
	}
	s.keys("x", "Down", "x")
	to("Enter", "Transfers")
	s.typeText("United States: Helpdesk Cloud Inc.: scc")
	s.enterUntilGone("New activity", 30)
	s.waitFor("Customer support")

	out := filepath.Join(e.home, "ropa.md")
	time.Sleep(500 * time.Millisecond)            // a last Enter may still be on its way to the list
	if strings.Contains(s.screen(), "esc back") { // it opened the record
		s.keys("Escape")
		s.waitGone("esc back")
	}
	s.keys("X")
	s.waitFor("Export a register")
	for range 5 {
		if strings.Contains(s.screen(), "┃ File") {
			break
		}
		s.keys("Enter")
		time.Sleep(150 * time.Millisecond)
	}
	s.typeText(out)
	s.enterUntilGone("Export a register", 3)
	// The file is the proof: the status line saying so may already have made
	// way for a page a late Enter opened on a slow machine.
	var md []byte
	for range 100 {
		if b, err := os.ReadFile(out); err == nil && len(b) > 0 {
			md = b
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if md == nil {
		t.Fatalf("no export written to %s; the screen shows:\n%s", out, s.screen())
	}
	for _, w := range []string{"Muster GmbH", "Dr. Erika Daten", "United States (US): Helpdesk Cloud Inc. – Standard contractual clauses"} {
		if !strings.Contains(string(md), w) {
			t.Errorf("the exported record lacks %q:\n%s", w, md)
		}
	}
	s.quit()

	ref := strings.TrimSpace(e.ok("request", "add", "--type", "access", "--subject", "Anna Schmidt", "--received", e.today()))
	s = startTUI(t, e)
	s.keys("3")
	s.waitFor("Anna Schmidt")
	s.keys("Down", "Enter")
	s.waitFor(ref)
	s.keys("L")
	s.waitFor("Draft a letter")
	for range 6 {
		s.keys("Down")
	}
	s.enterUntilGone("Draft a letter", 4)
	s.waitFor("Information under Art. 15")
	s.keys("Escape")
	s.waitGone("Information under Art. 15")
	s.quit()
	letter := e.ok("request", "letter", ref, "--kind", "access")
	for _, w := range []string{"United States (US): Helpdesk Cloud Inc. – Standard contractual clauses",
		"(not on our behalf): PayFast", "Muster GmbH", "dpo@muster.example"} {
		if !strings.Contains(letter, w) {
			t.Errorf("the letter lacks %q:\n%s", w, letter)
		}
	}
	if strings.Contains(letter, "(Art. 28 GDPR): Helpdesk Cloud, PayFast") || strings.Contains(letter, "We do not transfer") {
		t.Errorf("the letter misstates the register:\n%s", letter)
	}
}
