package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/store"
)

// The vectors of GDPR.md §3.2, through the command line as a DPO would ask.
func TestDeadlineVectorsThroughCLI(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		received, jurisdiction, holidays, mode string
		extended                               bool
		want                                   string
	}{
		{"2025-03-05", "eu", "none", "receipt+3m", false, "2025-04-07"},
		{"2025-03-05", "eu", "none", "receipt+3m", true, "2025-06-05"},
		{"2025-03-05", "eu", "none", "deadline+2m", true, "2025-06-05"},
		{"2025-01-31", "eu", "none", "receipt+3m", false, "2025-02-28"},
		{"2025-01-31", "eu", "none", "receipt+3m", true, "2025-04-30"},
		{"2025-01-31", "eu", "none", "deadline+2m", true, "2025-04-28"},
		{"2024-01-31", "eu", "none", "receipt+3m", false, "2024-02-29"},
		{"2024-01-31", "eu", "none", "receipt+3m", true, "2024-04-30"},
		{"2024-01-31", "eu", "none", "deadline+2m", true, "2024-04-29"},
		{"2025-08-31", "eu", "none", "receipt+3m", false, "2025-09-30"},
		{"2025-08-31", "eu", "none", "receipt+3m", true, "2025-12-01"},
		{"2025-08-31", "eu", "none", "deadline+2m", true, "2025-12-01"},
		{"2026-01-30", "eu", "none", "receipt+3m", false, "2026-03-02"},
		{"2026-01-30", "eu", "none", "receipt+3m", true, "2026-04-30"},
		{"2026-01-30", "eu", "none", "deadline+2m", true, "2026-04-28"},
		{"2024-11-25", "uk", "GB-ENG", "receipt+3m", false, "2024-12-27"},
		{"2025-11-25", "uk", "GB-ENG", "receipt+3m", false, "2025-12-29"},
	}
	for _, tt := range tests {
		args := []string{"deadline", "--received", tt.received, "--jurisdiction", tt.jurisdiction,
			"--holidays", tt.holidays, "--extension-mode", tt.mode}
		if tt.extended {
			args = append(args, "--extended")
		}
		out := e.ok(args...)
		if got := strings.SplitN(out, "\n", 2)[0]; got != tt.want {
			t.Errorf("dpodesk %s\nfirst line %q, want %q (full output %q)", strings.Join(args, " "), got, tt.want, out)
		}
		var js struct{ Due, Explanation string }
		if err := json.Unmarshal([]byte(e.ok(append(args, "--json")...)), &js); err != nil || js.Due != tt.want || js.Explanation == "" {
			t.Errorf("--json for %v: %+v, err %v", args, js, err)
		}
	}
}

func TestDeadlineExplainsRegion(t *testing.T) {
	e := newEnv(t)
	out := e.ok("deadline", "--received", "2025-03-05", "--holidays", "DE-BE")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || lines[0] != "2025-04-07" || !strings.Contains(lines[1], "DE-BE") {
		t.Fatalf("deadline output %q: want the date, then an explanation naming DE-BE", out)
	}
}

func TestRequestLifecycleThroughCLI(t *testing.T) {
	e := newEnv(t)
	ref := strings.TrimSpace(e.ok("request", "add", "--subject", "Erika Muster", "--type", "access",
		"--received", "2025-03-05", "--contact", "erika@example.org"))
	if !strings.HasPrefix(ref, "R-2025-") {
		t.Fatalf("request add printed %q, want a ref like R-2025-0001", ref)
	}
	e.ok("request", "identity", ref)
	e.ok("request", "extend", ref, "--reason", "many systems to search", "--notified", "2025-03-20")
	var v desk.RequestView
	if err := json.Unmarshal([]byte(e.ok("request", "show", ref, "--json")), &v); err != nil {
		t.Fatal(err)
	}
	if !v.Extended || v.Due != "2025-06-05" || v.Status != "identity_check" || v.Explanation == "" {
		t.Errorf("after extend: %+v", v)
	}
	r := e.run("request", "extend", ref, "--reason", "again")
	if r.code == 0 {
		t.Errorf("a second extension was accepted")
	}
	e.ok("request", "close", ref, "--outcome", "fulfilled")
	var list []desk.RequestView
	if err := json.Unmarshal([]byte(e.ok("request", "list", "--open", "--json")), &list); err != nil || len(list) != 0 {
		t.Errorf("open requests after close: %v (err %v)", list, err)
	}
	if err := json.Unmarshal([]byte(e.ok("request", "list", "--json")), &list); err != nil || len(list) != 1 || list[0].Status != "completed" {
		t.Errorf("all requests: %+v (err %v)", list, err)
	}
}

func TestLateExtensionIsRefused(t *testing.T) {
	e := newEnv(t)
	ref := strings.TrimSpace(e.ok("request", "add", "--subject", "Max Muster", "--received", "2025-03-05"))
	r := e.run("request", "extend", ref, "--reason", "complex", "--notified", "2025-04-20")
	if r.code != 1 || !strings.HasPrefix(r.stderr, "dpodesk: ") || !strings.Contains(r.stderr, "2025-04-07") {
		t.Fatalf("late extension: exit %d, stderr %q; want exit 1 naming the first deadline 2025-04-07", r.code, r.stderr)
	}
	var v desk.RequestView
	if err := json.Unmarshal([]byte(e.ok("request", "show", ref, "--json")), &v); err != nil || v.Extended {
		t.Fatalf("the refused extension changed the request: %+v", v)
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	e := newEnv(t)
	for _, args := range [][]string{
		{"request", "add"},
		{"deadline"},
		{"deadline", "--received", "2025-02-30"},
		{"request", "list", "--due-within", "soon"},
		{"no-such-verb"},
		{"request", "list", "--bogus"},
	} {
		r := e.run(args...)
		if r.code != 2 || !strings.HasPrefix(r.stderr, "dpodesk: ") || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("dpodesk %v: exit %d stderr %q; want exit 2 and one line", args, r.code, r.stderr)
		}
	}
}

func TestSecondProcessGetsBusyExit(t *testing.T) {
	e := newEnv(t)
	e.ok("workspace", "create", "acme")
	dir := strings.TrimSpace(e.ok("workspace", "path", "acme"))
	ws, err := store.Open(store.Options{Name: "acme", Dir: dir, LogDir: filepath.Join(e.home, "logs")})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	r := e.run("--workspace", "acme", "request", "list")
	want := "dpodesk: workspace \"acme\" is open in another dpodesk process\n"
	if r.code != 3 || r.stderr != want {
		t.Fatalf("second process: exit %d stderr %q; want 3 and %q", r.code, r.stderr, want)
	}
}

func TestConfigErrorsStopStartup(t *testing.T) {
	e := newEnv(t)
	tests := []struct{ text, want string }{
		{"jurisdiction = \"eu\"\ncolour = \"red\"\n", `config.toml:2:1: unknown key "colour"`},
		{"language = 5\n", "config.toml:1:1: language: expected a quoted string"},
		{"theme = \n", "config.toml:1:"},
		{"holidays = \"XX-YY\"\n", "config.toml:1:1: holidays"},
		{"[backup]\nkeep = \"many\"\n", "config.toml:2:1: backup.keep"},
	}
	for _, tt := range tests {
		e.writeConfig(tt.text)
		r := e.run("request", "list")
		if r.code != 1 || !strings.Contains(r.stderr, tt.want) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("config %q: exit %d stderr %q; want exit 1 and one line containing %q", tt.text, r.code, r.stderr, tt.want)
		}
	}
	data := filepath.Join(e.home, "data", "dpodesk")
	if isDir(data) {
		t.Errorf("a broken configuration created %s", data)
	}
}

// --due-within is the days ahead, as on the dashboard; overdue requests are
// --overdue's, and a closed request is in neither.
func TestRequestListWindows(t *testing.T) {
	e := newEnv(t)
	today := e.today()
	day, _ := time.Parse("2006-01-02", today)
	soon := strings.TrimSpace(e.ok("request", "add", "--subject", "Soon", "--received", day.AddDate(0, -1, 3).Format("2006-01-02")))
	late := strings.TrimSpace(e.ok("request", "add", "--subject", "Late", "--received", day.AddDate(0, -2, 0).Format("2006-01-02")))
	done := strings.TrimSpace(e.ok("request", "add", "--subject", "Done", "--received", day.AddDate(0, -2, 0).Format("2006-01-02")))
	e.ok("request", "close", done, "--outcome", "fulfilled")
	refs := func(args ...string) string {
		var list []desk.RequestView
		if err := json.Unmarshal([]byte(e.ok(append([]string{"request", "list", "--json"}, args...)...)), &list); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range list {
			out = append(out, r.Ref)
		}
		return strings.Join(out, " ")
	}
	if got := refs("--due-within", "7d"); got != soon {
		t.Errorf("--due-within 7d lists %q, want only %s", got, soon)
	}
	if got := refs("--overdue"); got != late {
		t.Errorf("--overdue lists %q, want only %s", got, late)
	}
}
