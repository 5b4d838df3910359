package policy

import (
	"testing"
)

// The fixtures of this file were written for the seventh round: patterns of
// notices from a further development set of real policies.

// A UK firm names itself through its trading name ("Brightwell is a trading
// name of Hollin Vale LTD, … with its registered office at …"); the address
// is what follows "registered office at". Under a "Who we are" entry of a
// table of contents the next entries are titles, never the controller's name:
// with no name in the text the controller stays empty (C-HEADNAME).
func TestControllerTradingNameAndContents(t *testing.T) {
	r := fixtureReport(t, "controller-trading-name.txt")
	if r.Controller.Name != "Hollin Vale LTD" || r.Controller.Address != "4 Mill Lane, Leeds LS1 4AB" {
		t.Errorf("controller %q at %q, want Hollin Vale LTD at 4 Mill Lane, Leeds LS1 4AB", r.Controller.Name, r.Controller.Address)
	}
	if r := fixtureReport(t, "controller-contents-entry.txt"); r.Controller.Name != "" {
		t.Errorf("controller %q, want none: a contents entry is no name", r.Controller.Name)
	}
}
