package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/cli"
)

// A consultant keeps clients in Bavaria and Berlin: the same receipt date
// gives each its own due date where a regional holiday falls (Corpus Christi,
// Thu 4 June 2026, is a holiday in Bavaria only), and editing the
// configuration moves neither.
func TestWorkspacesKeepTheirHolidayRegions(t *testing.T) {
	e := newEnv(t)
	e.writeConfig("holidays = \"DE-NW\"\n")
	e.ok("workspace", "create", "bavaria", "--holidays", "DE-BY")
	e.ok("workspace", "create", "berlin")
	e.ok("-w", "berlin", "organisation", "edit", "--holidays", "DE-BE", "--controller", "Spree Fahrräder GmbH", "--authority", "DE-BE")
	due := func(ws string) string {
		t.Helper()
		e.ok("-w", ws, "request", "add", "--subject", "Ada", "--received", "2026-05-04")
		var rs []struct{ Due, Explanation string }
		if err := json.Unmarshal([]byte(e.ok("-w", ws, "request", "list", "--json")), &rs); err != nil || len(rs) != 1 {
			t.Fatalf("%s: %v %v", ws, err, rs)
		}
		return rs[0].Due + " " + rs[0].Explanation
	}
	if got := due("bavaria"); !strings.HasPrefix(got, "2026-06-05 ") || !strings.Contains(got, "DE-BY") {
		t.Errorf("bavaria: %s", got)
	}
	if got := due("berlin"); !strings.HasPrefix(got, "2026-06-04 ") || !strings.Contains(got, "DE-BE") {
		t.Errorf("berlin: %s", got)
	}

	e.writeConfig("holidays = \"\"\n")
	if got := e.ok("-w", "bavaria", "request", "list", "--json"); !strings.Contains(got, "2026-06-05") {
		t.Errorf("a change of the configuration moved bavaria's deadline: %s", got)
	}
	out := e.ok("-w", "bavaria", "organisation", "edit", "--holidays", "none")
	if !strings.Contains(out, "moved the due date of 1 open request") {
		t.Errorf("a new region does not say how many deadlines moved: %q", out)
	}

	var org struct {
		Name, Authority string
		Deadlines       struct{ Holidays string }
	}
	if err := json.Unmarshal([]byte(e.ok("-w", "berlin", "organisation", "show", "--json")), &org); err != nil {
		t.Fatal(err)
	}
	if org.Name != "Spree Fahrräder GmbH" || !strings.Contains(org.Authority, "Berlin") || org.Deadlines.Holidays != "DE-BE" {
		t.Errorf("organisation %+v", org)
	}
	if r := e.run("-w", "berlin", "organisation", "edit", "--authority", "Atlantis"); r.code != cli.ExitUsage || !strings.Contains(r.stderr, "Atlantis") {
		t.Errorf("an unknown authority: exit %d %q", r.code, r.stderr)
	}
	if r := e.run("-w", "berlin", "organisation", "edit", "--holidays", "XX-YY"); r.code != cli.ExitUsage {
		t.Errorf("an unknown region: exit %d %q", r.code, r.stderr)
	}
}
