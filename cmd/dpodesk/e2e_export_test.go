package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/cli"
	"github.com/xuri/excelize/v2"
)

func TestExportWorkbookEndToEnd(t *testing.T) {
	e := newEnv(t)
	e.ok("demo")
	out := filepath.Join(e.home, "ropa.xlsx")
	e.ok("export", "ropa", "--format", "xlsx", "-o", out, "--lang", "de")
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), ","); got != "activities,processors,requests" {
		t.Fatalf("sheets = %s", got)
	}
	rows, _ := f.GetRows("activities")
	if len(rows) != 26 || !strings.Contains(strings.Join(rows[0], "|"), "Zwecke der Verarbeitung (30(1)(b))") {
		t.Errorf("activities sheet: %d rows, header %v", len(rows), rows[0])
	}
	// the workbook goes back in, one sheet after the other, and once only
	e.ok("workspace", "create", "copy")
	for _, kind := range []string{"processors", "activities", "requests"} {
		want := map[string]string{"processors": "wrote 15 processors", "activities": "wrote 25 activities",
			"requests": "wrote 60 requests"}[kind]
		if got := e.ok("-w", "copy", "import-register", out, "--kind", kind); !strings.Contains(got, want) {
			t.Errorf("import of the %s sheet:\n%s", kind, got)
		}
	}
	if r := e.run("-w", "copy", "import-register", out, "--kind", "activities"); r.code != cli.ExitFailure ||
		!strings.Contains(r.stderr, "imported already") {
		t.Errorf("second import of the activities sheet: exit %d, stderr %s", r.code, r.stderr)
	}
	if r := e.run("export", "ropa", "--format", "xlsx"); r.code != cli.ExitUsage {
		t.Errorf("xlsx to stdout: exit %d, want %d", r.code, cli.ExitUsage)
	}
	if md := e.ok("export", "requests"); !strings.HasPrefix(md, "# Data subject requests") {
		t.Errorf("default markdown starts %q", md[:min(60, len(md))])
	}
}

func TestImportRegisterEndToEnd(t *testing.T) {
	e := newEnv(t)
	e.ok("demo")
	dir := e.home
	procs, ropa := filepath.Join(dir, "p.csv"), filepath.Join(dir, "ropa.csv")
	e.ok("export", "processors", "--format", "csv", "-o", procs)
	e.ok("export", "ropa", "--format", "csv", "-o", ropa, "--lang", "de")
	e.ok("workspace", "create", "client2")

	dry := e.ok("-w", "client2", "import-register", ropa, "--kind", "activities", "--dry-run")
	if !strings.Contains(dry, "Zwecke der Verarbeitung (30(1)(b))") || !strings.Contains(dry, "→ purposes") ||
		!strings.Contains(dry, "dry run: 25 activities") {
		t.Errorf("dry run output:\n%s", dry)
	}
	// Activities name processors the new workspace does not know yet: nothing is written.
	if r := e.run("-w", "client2", "import-register", ropa, "--kind", "activities"); r.code != cli.ExitFailure ||
		!strings.Contains(r.stderr, "import the processors register first") {
		t.Errorf("import before processors: exit %d, stderr %s", r.code, r.stderr)
	}
	e.ok("-w", "client2", "import-register", procs, "--kind", "processors")
	if out := e.ok("-w", "client2", "import-register", ropa, "--kind", "activities"); !strings.Contains(out, "wrote 25 activities") {
		t.Errorf("import output:\n%s", out)
	}
	list := e.ok("-w", "client2", "activity", "list")
	if !strings.Contains(list, "Web shop orders") || !strings.Contains(list, "Payroll") {
		t.Errorf("activity list after import:\n%s", list)
	}
}

func TestImportRegisterWithBadRowWritesNothing(t *testing.T) {
	e := newEnv(t)
	file := filepath.Join(e.home, "bad.csv")
	data := "Name;Zweck;Rechtsgrundlage\nPayroll;Gehälter;6.1.b\nCRM;Vertrieb;Art. 99 DSGVO\n"
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	r := e.run("import-register", file, "--kind", "activities")
	if r.code != cli.ExitFailure || !strings.Contains(r.stdout, "row 3:") || !strings.Contains(r.stderr, "nothing was written") {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", r.code, r.stdout, r.stderr)
	}
	if list := e.ok("activity", "list"); strings.Contains(list, "Payroll") {
		t.Errorf("a readable row was written despite the bad one:\n%s", list)
	}
}

func TestRequestLetterEndToEnd(t *testing.T) {
	e := newEnv(t)
	e.ok("demo")
	ref := strings.TrimSpace(e.ok("request", "add", "--subject", "Erika Muster", "--type", "access", "--received", "2026-03-05"))
	letter := e.ok("request", "letter", ref, "--subjects", "newsletter_subscribers", "--lang", "de")
	for _, want := range []string{"# Auskunft nach Art. 15 DSGVO", "Newsletter", "Brevo", "[[TODO:", "Berliner Beauftragte", ref} {
		if !strings.Contains(letter, want) {
			t.Errorf("letter lacks %q:\n%s", want, letter)
		}
	}
	if strings.Contains(letter, "Payroll") {
		t.Error("letter lists an activity for other data subjects")
	}
}
