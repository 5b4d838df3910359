package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/model"
)

// Activities and processors through add, edit, show, delete: citations are
// stored in canonical form, invalid records are refused with the field named,
// and an activity links to its processor.
func TestRegisterVerbsThroughCLI(t *testing.T) {
	e := newEnv(t)
	pid := strings.TrimSpace(e.ok("processor", "add", "--name", "Brevo", "--legal-entity", "Sendinblue GmbH",
		"--country", "de", "--dpa-status", "signed", "--dpa-signed", "2024-05-01", "--clauses", "a-d,e,f-h"))
	aid := strings.TrimSpace(e.ok("activity", "add", "--name", "Newsletter", "--purpose", "sending the newsletter",
		"--basis", "Art. 6 Abs. 1 lit. a DSGVO", "--withdrawal", "unsubscribe link", "--subjects", "newsletter_subscribers",
		"--data", "contact", "--recipients", "processors", "--processor", pid, "--retention", "e-mail address=until unsubscribed",
		"--toms", "TLS, access control"))

	var act model.Activity
	if err := json.Unmarshal([]byte(e.ok("activity", "show", "Newsletter", "--json")), &act); err != nil {
		t.Fatal(err)
	}
	if act.LegalBases[0] != "6.1.a" || len(act.ProcessorIDs) != 1 || len(act.MissingFields()) != 0 {
		t.Errorf("stored activity %+v: want basis 6.1.a, one processor, nothing missing", act)
	}
	out := e.ok("processor", "show", "Sendinblue GmbH")
	if !strings.Contains(out, "Newsletter") || !strings.Contains(out, "DE") || strings.Contains(out, "✗") {
		t.Errorf("processor show by legal entity should list the linked activity and country:\n%s", out)
	}

	r := e.run("activity", "add", "--name", "Sick notes", "--purpose", "absence", "--basis", "6.1.c", "--data", "health")
	if r.code != 1 || !strings.Contains(r.stderr, "art9_conditions") {
		t.Errorf("Art. 9 data without a condition: exit %d stderr %q", r.code, r.stderr)
	}
	if r := e.run("activity", "edit", aid); r.code != 2 {
		t.Errorf("edit without a field: exit %d, want 2", r.code)
	}
	e.ok("activity", "edit", aid, "--purpose", "sending the newsletter", "--purpose", "measuring opens")
	if err := json.Unmarshal([]byte(e.ok("activity", "show", aid, "--json")), &act); err != nil || len(act.Purposes) != 2 || act.Version != 2 {
		t.Errorf("after edit: %+v (err %v)", act, err)
	}
	if r := e.run("activity", "delete", aid); r.code != 2 {
		t.Errorf("delete without --yes off a terminal: exit %d, want 2", r.code)
	}
	e.ok("activity", "delete", aid, "--yes")
	e.ok("processor", "delete", pid, "--yes")
	if out := e.ok("activity", "list", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("activities after delete: %s", out)
	}
}
