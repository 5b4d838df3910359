package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/desk"
)

// A newcomer's first session: an empty workspace, a request logged through the
// form, extended, then found again with the right due date after a restart.
func TestTUILogExtendAndReopen(t *testing.T) {
	e := newEnv(t)
	s := startTUI(t, e)
	s.waitFor("load the demo")
	s.keys("3")
	s.waitFor("Requests")
	s.keys("n")
	s.waitFor("New request")
	s.typeText("Jane Roe")
	s.enterUntilGone("New request", 10) // every other field keeps its default
	s.waitFor("Jane Roe")
	s.waitFor("R-")
	s.keys("Enter")
	s.waitFor("Timeline")
	s.keys("x")
	s.waitFor("Reason")
	s.typeText("many systems to search")
	s.keys("Enter", "Enter")
	s.waitFor("extended:")
	s.quit()

	want := strings.SplitN(e.ok("deadline", "--received", e.today(), "--extended"), "\n", 2)[0]
	s2 := startTUI(t, e)
	s2.keys("3")
	s2.waitFor("1 of 1")
	s2.keys("/")
	s2.typeText("Jane")
	s2.waitFor("1 of 1")
	s2.keys("Enter", "Enter")
	scr := s2.waitFor("Timeline")
	if !strings.Contains(scr, "Due "+want) || !strings.Contains(scr, "Rule: ") {
		t.Fatalf("after reopening, the request should be due %s with its rule shown:\n%s", want, scr)
	}
	s2.quit()
}

// Filtering narrows the table as the user types, and esc clears the filter.
func TestTUIFilterTable(t *testing.T) {
	e := newEnv(t)
	e.ok("demo")
	e.ok("request", "add", "--subject", "Quentin Filtermann")
	s := startTUI(t, e)
	s.keys("3")
	s.waitFor("61 of 61")
	s.keys("/")
	s.typeText("Filterm")
	scr := s.waitFor("1 of 61")
	if !strings.Contains(scr, "Quentin Filtermann") {
		t.Fatalf("filtered table does not show the match:\n%s", scr)
	}
	s.keys("Escape")
	s.waitFor("61 of 61")
	s.quit()
}

// Deleting asks first: n keeps the record, y removes it.
func TestTUIDeleteWithConfirmation(t *testing.T) {
	e := newEnv(t)
	ref := strings.TrimSpace(e.ok("request", "add", "--subject", "Zoe Deletable"))
	e.ok("request", "add", "--subject", "Kept Person")
	s := startTUI(t, e)
	s.keys("3")
	s.waitFor("2 of 2")
	s.keys("/")
	s.typeText("Zoe")
	s.waitFor("1 of 2")
	s.keys("Enter")
	s.waitFor("filter: Zoe")
	s.keys("d")
	s.waitFor("y yes")
	s.keys("n")
	s.waitFor("not deleted")
	s.keys("d")
	s.waitFor("y yes")
	s.keys("y")
	s.waitFor("0 of 1")
	s.quit()
	var list []desk.RequestView
	if err := json.Unmarshal([]byte(e.ok("request", "list", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Ref == ref {
		t.Fatalf("after deleting %s the workspace holds %+v", ref, list)
	}
}

// A processor recorded with its DPA date is there after a restart.
func TestTUIRecordProcessorWithDPA(t *testing.T) {
	e := newEnv(t)
	s := startTUI(t, e)
	s.keys("4")
	s.waitFor("Processors")
	s.keys("n")
	s.waitFor("New processor")
	s.typeText("Northwind Hosting")
	s.keys("Enter", "Enter", "Enter", "Enter")
	// the form moves its focus in a command of its own: on a loaded machine
	// keys typed before it runs reach the field before (the contact)
	s.waitFor("┃ Country")
	s.typeText("DE")
	s.keys("Enter", "Enter") // services, then the DPA page
	s.waitFor("DPA signed on")
	s.keys("Right", "Right", "Right", "Enter") // DPA status: signed
	s.waitFor("┃ DPA signed on")
	s.typeText("2025-05-01")
	s.enterUntilGone("New processor", 20) // the remaining fields keep their defaults
	s.waitFor("Northwind Hosting")
	s.quit()
	var p struct {
		Name string
		DPA  struct {
			Status   string `json:"status"`
			SignedOn string `json:"signed_on"`
		} `json:"dpa"`
	}
	if err := json.Unmarshal([]byte(e.ok("processor", "show", "Northwind Hosting", "--json")), &p); err != nil {
		t.Fatal(err)
	}
	if p.DPA.Status != "signed" || p.DPA.SignedOn != "2025-05-01" {
		t.Fatalf("processor saved as %+v; want DPA signed on 2025-05-01", p)
	}
}
