package main

import (
	"strings"
	"testing"
)

// lines returns the data lines of a table printed by a list verb.
func dataLines(out string) []string {
	ls := strings.Split(strings.TrimSpace(out), "\n")
	if len(ls) <= 1 {
		return nil
	}
	return ls[1:]
}

// --grep searches the whole record, as "/" does in the interface.
func TestListGrepSearchesTheWholeRecord(t *testing.T) {
	e := newEnv(t)
	e.ok("--db", e.home+"/ws", "demo")
	cases := []struct {
		verb, query string
		want        int
		one         string
	}{
		{"activity", "personio", 4, "Recruiting"},
		{"activity", "consent", 6, "Newsletter"},
		{"activity", "employees", 7, "Payroll"},
		{"processor", "payroll", 2, "Lohnbüro Meyer"},
		{"processor", "united states", 3, "Cloudflare"},
	}
	for _, c := range cases {
		out := e.ok("--db", e.home+"/ws", c.verb, "list", "--grep", c.query)
		if got := len(dataLines(out)); got != c.want || !strings.Contains(out, c.one) {
			t.Errorf("%s list --grep %q: %d rows, want %d with %q:\n%s", c.verb, c.query, got, c.want, c.one, out)
		}
	}
}

// A processor in use is refused before the confirmation question, with the
// activities that use it and the fix; nothing is deleted.
func TestDeleteProcessorInUseCLI(t *testing.T) {
	e := newEnv(t)
	db := e.home + "/ws"
	e.ok("--db", db, "demo")
	r := e.run("--db", db, "processor", "delete", "Personio")
	if r.code == 0 || !strings.Contains(r.stderr, `processor "Personio" is used by 4 activities: Payroll, Personnel files, Sick leave and occupational health, Recruiting`) ||
		!strings.Contains(r.stderr, "retired") || strings.Contains(r.stdout+r.stderr, "delete processor") {
		t.Fatalf("delete of a processor in use: exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	e.ok("--db", db, "processor", "show", "Personio")
}

// export ropa holds the active activities unless told otherwise and says how
// many it left out; --status takes repeated values and comma lists.
func TestExportROPAStatus(t *testing.T) {
	e := newEnv(t)
	db := e.home + "/ws"
	e.ok("--db", db, "demo")
	e.ok("--db", db, "activity", "add", "--name", "Draft idea", "--status", "draft")
	e.ok("--db", db, "activity", "edit", "Visitor Wi-Fi", "--status", "retired")
	r := e.run("--db", db, "export", "ropa", "--format", "md")
	if r.code != 0 || strings.Contains(r.stdout, "Draft idea") || strings.Contains(r.stdout, "Visitor Wi-Fi") ||
		!strings.Contains(r.stdout, "Payroll") || !strings.Contains(r.stdout, "Entries included") {
		t.Fatalf("default export: exit %d\n%s", r.code, r.stdout)
	}
	want := "left out 1 draft and 1 retired activities (exported: active); to include them, export with --status active,draft,retired"
	if !strings.Contains(r.stderr, want) {
		t.Errorf("stderr does not say what was left out: %q", r.stderr)
	}
	for _, args := range [][]string{{"--status", "active,draft"}, {"--status", "active", "--status", "draft"}} {
		out := e.ok(append([]string{"--db", db, "export", "ropa", "--format", "json"}, args...)...)
		if !strings.Contains(out, "Draft idea") || strings.Contains(out, "Visitor Wi-Fi") {
			t.Errorf("export %v: drafts missing or retired present", args)
		}
	}
	if out := e.ok("--db", db, "export", "ropa", "--format", "csv", "--status", "all"); !strings.Contains(out, "Visitor Wi-Fi") {
		t.Error("--status all left out the retired activity")
	}
	if r := e.run("--db", db, "export", "ropa", "--status", "current"); r.code == 0 || !strings.Contains(r.stderr, `status "current": use active, draft, retired or all`) {
		t.Errorf("a wrong status: exit %d, %q", r.code, r.stderr)
	}
	// DHL Paket and PayPal are independent controllers of the web shop orders
	md := e.ok("--db", db, "export", "ropa", "--format", "md")
	i := strings.Index(md, "## Web shop orders")
	if block := md[i : i+strings.Index(md[i+3:], "\n## ")]; !strings.Contains(block, "**Independent controllers (recipients):**\n  - PayPal\n  - DHL Paket") {
		t.Errorf("independent controllers not apart:\n%s", block)
	}
}

// demo --remove takes out the demo's records in one journal entry and leaves
// the user's; while a user's activity uses a demo processor it removes nothing.
func TestDemoRemove(t *testing.T) {
	e := newEnv(t)
	db := e.home + "/ws"
	e.ok("--db", db, "demo")
	e.ok("--db", db, "processor", "add", "--name", "Our vendor")
	id := strings.TrimSpace(e.ok("--db", db, "activity", "add", "--name", "Ours", "--purpose", "pay", "--basis", "6.1.b", "--processor", "5"))
	if r := e.run("--db", db, "demo", "--remove"); r.code == 0 || !strings.Contains(r.stderr, "add --yes to confirm") {
		t.Fatalf("remove without --yes and no terminal: exit %d %q", r.code, r.stderr)
	}
	r := e.run("--db", db, "demo", "--remove", "--yes")
	if r.code == 0 || !strings.Contains(r.stderr, `your activity "Ours" uses the demo processor "Personio"`) {
		t.Fatalf("a demo processor in use: exit %d %q", r.code, r.stderr)
	}
	e.ok("--db", db, "activity", "edit", id, "--processor", "")
	out := e.ok("--db", db, "demo", "--remove", "--yes")
	if !strings.Contains(out, "25 activities, 15 processors, 60 requests") {
		t.Fatalf("remove said %q", out)
	}
	if acts := e.ok("--db", db, "activity", "list"); len(dataLines(acts)) != 1 || !strings.Contains(acts, "Ours") {
		t.Errorf("activities after removal:\n%s", acts)
	}
	if procs := e.ok("--db", db, "processor", "list"); len(dataLines(procs)) != 1 || !strings.Contains(procs, "Our vendor") {
		t.Errorf("processors after removal:\n%s", procs)
	}
	if log := e.ok("--db", db, "audit", "list"); strings.Count(log, "demo.remove") != 1 || strings.Contains(log, " delete ") {
		t.Errorf("the journal does not hold one demo.remove entry:\n%s", log)
	}
	e.ok("--db", db, "audit", "verify")
	if r := e.run("--db", db, "demo", "--remove", "--yes"); r.code == 0 || !strings.Contains(r.stderr, "no demo data to remove") {
		t.Errorf("second removal: exit %d %q", r.code, r.stderr)
	}
}
