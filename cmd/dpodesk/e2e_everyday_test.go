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
