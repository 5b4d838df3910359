package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A DPO imports a policy from the Documents page, accepts every suggestion,
// merges, and finds the drafts in the register from the command line.
func TestTUIImportReview(t *testing.T) {
	e := newEnv(t)
	path := filepath.Join(e.home, "bakery-policy.md")
	// the fictional bakery's policy of the application layer's import tests
	policy, err := os.ReadFile(filepath.Join("..", "..", "desk", "testdata", "bakery-policy.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(policy), "%s", "", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startTUI(t, e)
	s.keys("5")
	s.waitFor("Press i to import")
	s.keys("i")
	s.waitFor("File:")
	s.typeText("~/bakery-pol")
	s.keys("Tab")
	s.waitFor("bakery-policy.md")
	s.keys("Enter")
	s.waitFor("Review bakery-policy.md")
	s.waitFor("»")
	s.keys("A")
	s.waitFor("0 pending")
	s.keys("m")
	s.waitFor("y yes")
	s.keys("y")
	s.waitFor("stored bakery-policy.md: 2 activities")
	s.waitFor("Documents  1 of 1")
	s.quit()

	var acts []struct {
		Name       string `json:"name"`
		Status     string `json:"status"`
		Processors int    `json:"processors"`
	}
	if err := json.Unmarshal([]byte(e.ok("activity", "list", "--json")), &acts); err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, a := range acts {
		names[a.Name] = true
		if a.Status != "draft" || a.Processors == 0 {
			t.Errorf("%s: status %s, %d processors; want a draft linked to its processor", a.Name, a.Status, a.Processors)
		}
	}
	if len(acts) != 2 || !names["Newsletter"] || !names["Online orders"] {
		t.Fatalf("activities after the import: %+v", acts)
	}
}
