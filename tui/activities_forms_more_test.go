package tui

import (
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/model"
)

// The activity form sets what `activity add` sets: transfers (with a country
// name), joint controllers, systems and the automated-decision flag.
func TestActivityFormCompleteEntry(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, testOptions(t))
	h.keys("2", "n", "type:Support desk")
	for range 20 {
		if strings.Contains(h.plain(), "Transfers (COUNTRY") {
			break
		}
		h.keys("enter")
	}
	h.keys("type:United States: Helpdesk Inc: scc", "enter", "type:Partner GmbH", "enter", "enter", "enter", "enter")
	h.keys("type:Zendesk; Jira", "enter", "enter", "enter", "y")
	h.enterThrough()
	a, ok := findActivity(t, s, "Support desk")
	if !ok {
		t.Fatalf("not saved (%s):\n%s", h.r.status.text, h.plain())
	}
	want := model.Transfer{Country: "US", Recipient: "Helpdesk Inc", Mechanism: "scc"}
	if len(a.Transfers) != 1 || a.Transfers[0] != want {
		t.Errorf("transfers %+v", a.Transfers)
	}
	if strings.Join(a.JointControllers, ",") != "Partner GmbH" || strings.Join(a.Systems, ",") != "Zendesk,Jira" {
		t.Errorf("joint %v systems %v", a.JointControllers, a.Systems)
	}
	if !a.AutomatedDecision {
		t.Error("automated decision not set")
	}
}

func TestTransferFieldRefusesUnknownCountry(t *testing.T) {
	if err := validTransfers("Atlantis: X: scc"); err == nil {
		t.Error("Atlantis accepted")
	}
	if err := validTransfers("US: X: magic"); err == nil {
		t.Error("unknown mechanism accepted")
	}
	if err := validTransfers("Schweiz: Bank AG; US: Acme, Inc.: SCCs"); err != nil {
		t.Error(err)
	}
}
