package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const e2ePass = "correct horse battery"

// TestTUIPicker: with two workspaces and none named, dpodesk starts on the
// picker; an encrypted workspace asks for its passphrase there, and "Switch
// workspace" in the palette goes back to the picker.
func TestTUIPicker(t *testing.T) {
	e := newEnv(t)
	withoutPassphrase(e)
	e.ok("workspace", "create", "alpha")
	if r := e.runWith([]string{"DPODESK_PASSPHRASE=" + e2ePass}, "workspace", "create", "vault", "--encrypt"); r.code != 0 {
		t.Fatalf("creating vault: %d %s", r.code, r.stderr)
	}
	s := startTmux(t, e)
	scr := s.waitFor("choose a workspace")
	for _, want := range []string{"alpha", "vault", "encrypted", "plain"} {
		if !strings.Contains(scr, want) {
			t.Fatalf("picker does not show %q:\n%s", want, scr)
		}
	}
	s.typeText("vau")
	s.keys("Enter")
	s.waitFor(`Workspace "vault" is encrypted.`)
	s.typeText("not the passphrase")
	s.keys("Enter")
	scr = s.waitFor(`wrong passphrase for workspace "vault"`)
	if strings.Contains(scr, "not the passphrase") {
		t.Fatalf("the passphrase shows in clear:\n%s", scr)
	}
	s.typeText(e2ePass)
	s.keys("Enter")
	s.waitFor("1 Dashboard")
	s.waitFor("dpodesk · vault")

	s.keys("C-k")
	s.waitFor("Commands")
	s.typeText("switch")
	s.waitFor("Switch workspace")
	s.keys("Enter")
	scr = s.waitFor("choose a workspace")
	if i, j := strings.Index(scr, "vault"), strings.Index(scr, "alpha"); i < 0 || j < 0 || i > j {
		t.Fatalf("the picker does not list vault, opened last, first:\n%s", scr)
	}
	s.typeText("alpha")
	s.keys("Enter")
	s.waitFor("dpodesk · alpha")
	s.quit()

	data, err := os.ReadFile(filepath.Join(e.home, "data", "dpodesk", "recent.json"))
	if err != nil || !strings.Contains(string(data), `"alpha"`) || !strings.Contains(string(data), `"vault"`) {
		t.Fatalf("recent.json: %v %s", err, data)
	}
}

// TestTUIPickerQuit: leaving the picker opens nothing and exits 0.
func TestTUIPickerQuit(t *testing.T) {
	e := newEnv(t)
	e.ok("workspace", "create", "alpha")
	e.ok("workspace", "create", "beta")
	s := startTmux(t, e)
	s.waitFor("choose a workspace")
	s.quit()
}

// TestTUIOnlyWorkspaceEncrypted: a single encrypted workspace opens without a
// list, but its passphrase is still asked inside the interface.
func TestTUIOnlyWorkspaceEncrypted(t *testing.T) {
	e := newEnv(t)
	withoutPassphrase(e)
	if r := e.runWith([]string{"DPODESK_PASSPHRASE=" + e2ePass}, "workspace", "create", "default", "--encrypt"); r.code != 0 {
		t.Fatalf("creating the encrypted default: %d %s", r.code, r.stderr)
	}
	s := startTmux(t, e)
	s.waitFor(`Workspace "default" is encrypted.`)
	s.typeText(e2ePass)
	s.keys("Enter")
	s.waitFor("dpodesk · default")
	s.quit()
}

// withoutPassphrase drops $DPODESK_PASSPHRASE inherited from the test's own
// environment, so the interface has to ask.
func withoutPassphrase(e *env) {
	vars := e.vars[:0:0]
	for _, v := range e.vars {
		if !strings.HasPrefix(v, "DPODESK_PASSPHRASE=") {
			vars = append(vars, v)
		}
	}
	e.vars = vars
}

// TestTUIPickerCreate: n in the picker creates a workspace and opens it.
func TestTUIPickerCreate(t *testing.T) {
	e := newEnv(t)
	e.ok("workspace", "create", "alpha")
	e.ok("workspace", "create", "beta")
	s := startTmux(t, e)
	s.waitFor("choose a workspace")
	s.keys("n")
	s.waitFor("Name:")
	s.typeText("gamma")
	s.keys("Enter")
	s.waitFor("Encrypt it with a passphrase? y/n")
	s.keys("n")
	s.waitFor("dpodesk · gamma")
	s.quit()
	if out := e.ok("workspace", "list"); !strings.Contains(out, "gamma") {
		t.Fatalf("gamma is not listed:\n%s", out)
	}
}
