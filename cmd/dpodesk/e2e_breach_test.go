package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/cli"
)

// breachJSON is the part of `breach show --json` the tests read.
type breachJSON struct {
	ID        uint64    `json:"id"`
	Status    string    `json:"status"`
	AwareAt   time.Time `json:"aware_at"`
	NotifyBy  time.Time `json:"notify_by"`
	HoursLeft float64   `json:"hours_left"`
	Severity  *float64  `json:"severity"`
	Band      string    `json:"band"`
	ClockRule string    `json:"clock_rule"`
	Notice    *struct {
		Reference string `json:"reference"`
	} `json:"notice"`
	Updates []struct {
		Text string `json:"text"`
	} `json:"updates"`
}

func (e *env) breach(db, id string) breachJSON {
	e.t.Helper()
	return decodeBreach(e.t, e.ok("--db", db, "breach", "show", id, "--json"))
}

// decodeBreach reads `breach show --json` and checks that notify_by is exactly
// 72 hours after aware_at.
func decodeBreach(t *testing.T, out string) breachJSON {
	t.Helper()
	var b breachJSON
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatalf("breach show --json: %v\n%s", err, out)
	}
	if got := b.NotifyBy.Sub(b.AwareAt); got != 72*time.Hour {
		t.Fatalf("notify_by is %v after aware_at, want exactly 72h: %s", got, out)
	}
	return b
}

// pastFriday is the Friday at least a day before now (or weeks earlier), at
// hh:mm in Europe/Berlin, written as the CLI takes it.
func pastFriday(t *testing.T, weeksBack int, hhmm string) string {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	d := time.Now().In(loc).AddDate(0, 0, -1)
	for d.Weekday() != time.Friday {
		d = d.AddDate(0, 0, -1)
	}
	return d.AddDate(0, 0, -7*weeksBack).Format("2006-01-02") + " " + hhmm
}

func TestBreachClockAcrossDSTInShowJSON(t *testing.T) {
	e := newEnv(t)
	db := filepath.Join(e.home, "ws")
	for _, c := range []struct{ aware, tz, by string }{
		{"2026-03-27 10:00", "Europe/Berlin", "2026-03-30T11:00:00+02:00"},
		{"2026-10-23 10:00", "Europe/Berlin", "2026-10-26T09:00:00+01:00"},
		{"2026-03-27 16:30", "Europe/London", "2026-03-30T17:30:00+01:00"},
		{"2026-10-23 16:30", "Europe/London", "2026-10-26T15:30:00Z"},
	} {
		id := strings.TrimSpace(e.ok("--db", db, "breach", "add", "--title", "DST "+c.aware+" "+c.tz, "--aware", c.aware, "--tz", c.tz))
		b := e.breach(db, id)
		if got := b.NotifyBy.Format(time.RFC3339); got != c.by {
			t.Errorf("%s %s: notify_by %s, want %s", c.aware, c.tz, got, c.by)
		}
		if !strings.Contains(b.ClockRule, "wall clock") {
			t.Errorf("%s %s: rule %q does not explain the clock change", c.aware, c.tz, b.ClockRule)
		}
	}
}

func TestBreachBadInputChangesNothing(t *testing.T) {
	e := newEnv(t)
	db := filepath.Join(e.home, "ws")
	for _, args := range [][]string{
		{"breach", "add", "--title", "x"},
		{"breach", "add", "--title", "x", "--aware", "2026-03-29 02:30", "--tz", "Europe/Berlin"},
		{"breach", "add", "--title", "x", "--aware", "2026-12-04 16:30", "--tz", "Europe/Nowhere"},
		{"breach", "add", "--title", "x", "--aware", "2026-12-04 16:30", "--activity", "abc"},
	} {
		r := e.run(append([]string{"--db", db}, args...)...)
		if r.code != cli.ExitUsage || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || !strings.HasPrefix(r.stderr, "dpodesk: ") {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and one line", args, r.code, r.stderr)
		}
	}
	r := e.run("--db", db, "breach", "add", "--title", "x", "--aware", "2026-12-04 16:30", "--activity", "7")
	if r.code != cli.ExitFailure || !strings.Contains(r.stderr, "activity 7 does not exist") {
		t.Errorf("missing activity: exit %d %q", r.code, r.stderr)
	}
	if out := e.ok("--db", db, "breach", "list", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("refused input left records: %s", out)
	}
}

func TestBreachLifecycleCLI(t *testing.T) {
	e := newEnv(t)
	db := filepath.Join(e.home, "ws")
	aware := pastFriday(t, 0, "15:30")
	id := strings.TrimSpace(e.ok("--db", db, "breach", "add", "--title", "Misdirected payroll e-mail", "--aware", aware,
		"--tz", "Europe/Berlin", "--nature", "confidentiality", "--subjects", "40"))
	e.ok("--db", db, "breach", "assess", id, "--dpc", "3", "--ei", "1", "--confidentiality", "0.5", "--rationale", "salary data, named")
	b := e.breach(db, id)
	if b.Severity == nil || *b.Severity != 3.5 || b.Band != "high" || b.Status != "assessed" {
		t.Fatalf("after assess: %+v", b)
	}
	if r := e.run("--db", db, "breach", "decide", id, "--notify-authority", "yes", "--notify-subjects", "no"); r.code != cli.ExitFailure || !strings.Contains(r.stderr, "--reason") {
		t.Fatalf("decision without reasons: exit %d %q", r.code, r.stderr)
	}
	e.ok("--db", db, "breach", "decide", id, "--notify-authority", "yes", "--notify-subjects", "no",
		"--reason", "the recipient confirmed deletion the same day", "--exemption", "b")
	notifyAt := strings.Replace(aware, "15:30", "17:30", 1)
	e.ok("--db", db, "breach", "notify", id, "--at", notifyAt, "--reference", "LDA-2026-117")
	e.ok("--db", db, "breach", "update", id, "--text", "recipient's deletion confirmed in writing")
	letter := e.ok("--db", db, "breach", "letter", id, "--kind", "authority", "--lang", "de")
	for _, want := range []string{"Art. 33 Abs. 3 lit. a", "[[TODO: die zuständige Aufsichtsbehörde]]", "Misdirected payroll e-mail"} {
		if !strings.Contains(letter, want) {
			t.Errorf("authority draft lacks %q:\n%s", want, letter)
		}
	}
	if out := e.ok("--db", db, "export", "breaches", "--format", "json"); !strings.Contains(out, `"LDA-2026-117"`) {
		t.Errorf("export breaches lacks the reference:\n%s", out)
	}
	e.ok("--db", db, "breach", "close", id)
	b = e.breach(db, id)
	if b.Status != "closed" || b.Notice == nil || b.Notice.Reference != "LDA-2026-117" || len(b.Updates) != 1 {
		t.Fatalf("after close: %+v", b)
	}
	if r := e.run("--db", db, "check", "--json"); strings.Contains(r.stdout, `"kind": "breach"`) {
		t.Errorf("a closed, notified breach has findings: %s", r.stdout)
	}
	audit := e.ok("--db", db, "audit", "list", "--json")
	for _, action := range []string{"breach.assess", "breach.decide", "breach.notify", "breach.update", "breach.close"} {
		if !strings.Contains(audit, `"`+action+`"`) {
			t.Errorf("audit lacks %s", action)
		}
	}
}

func TestBreachPastDeadlineIsHighInCheck(t *testing.T) {
	e := newEnv(t)
	db := filepath.Join(e.home, "ws")
	id := strings.TrimSpace(e.ok("--db", db, "breach", "add", "--title", "Ransomware on file server",
		"--aware", pastFriday(t, 2, "16:00"), "--tz", "Europe/Berlin"))
	r := e.run("--db", db, "check", "--json")
	if r.code != cli.ExitFailure {
		t.Fatalf("check exit %d, want 1 (high finding)\n%s", r.code, r.stdout)
	}
	var fs []struct{ Severity, Rule, Kind string }
	if err := json.Unmarshal([]byte(r.stdout), &fs); err != nil {
		t.Fatal(err)
	}
	found := map[string]string{}
	for _, f := range fs {
		if f.Kind == "breach" {
			found[f.Rule] = f.Severity
		}
	}
	if found["breach-deadline-passed"] != "high" || found["breach-not-assessed"] != "warn" {
		t.Fatalf("breach findings: %v", found)
	}
	if b := e.breach(db, id); b.HoursLeft >= 0 {
		t.Errorf("hours_left %v past the deadline", b.HoursLeft)
	}
	if r := e.run("--db", db, "breach", "notify", id, "--reference", "late"); r.code != cli.ExitFailure || !strings.Contains(r.stderr, "--delay-reasons") {
		t.Errorf("late notice without reasons: exit %d %q", r.code, r.stderr)
	}
}

func TestBreachesCarriedByWorkspaceExportAndBackup(t *testing.T) {
	e := newEnv(t)
	e.ok("-w", "src", "workspace", "create", "src")
	e.ok("-w", "src", "breach", "add", "--title", "Stolen laptop", "--aware", "2026-12-04 16:30", "--tz", "Europe/Berlin")
	file := filepath.Join(e.home, "src.json")
	e.ok("-w", "src", "export", "workspace", "-o", file)
	e.ok("import-workspace", file, "--workspace", "moved")
	if out := e.ok("-w", "moved", "breach", "list"); !strings.Contains(out, "Stolen laptop") {
		t.Errorf("import-workspace lost the breach: %s", out)
	}
	backup := filepath.Join(e.home, "src.backup")
	e.ok("-w", "src", "backup", "-o", backup)
	e.ok("-w", "copy", "restore", backup)
	if out := e.ok("-w", "copy", "breach", "list"); !strings.Contains(out, "Stolen laptop") {
		t.Errorf("restore lost the breach: %s", out)
	}
}
