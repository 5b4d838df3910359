package model

import (
	"encoding/json"
	"testing"
)

func TestAuditDiff(t *testing.T) {
	before := Processor{ID: 3, Name: "Stripe", Country: "IE", DPA: DPA{Status: "requested"}, Version: 1}
	after := before
	after.DPA.Status, after.Version, after.Countries = "signed", 2, []string{"IE", "US"}
	b, _ := json.Marshal(before)
	a, _ := json.Marshal(after)
	changed, unchanged := AuditEntry{Before: b, After: a}.Diff()
	want := []FieldChange{{"countries", "", "IE; US"}, {"dpa.status", "requested", "signed"}, {"version", "1", "2"}}
	if len(changed) != len(want) {
		t.Fatalf("changed = %+v", changed)
	}
	for i := range want {
		if changed[i] != want[i] {
			t.Errorf("change %d = %+v, want %+v", i, changed[i], want[i])
		}
	}
	found := false
	for _, u := range unchanged {
		found = found || u.Field == "name" && u.After == "Stripe"
		if u.Field == "dpa.signed_on" || u.Field == "dpa" {
			t.Errorf("an empty field is listed: %+v", u)
		}
	}
	if !found {
		t.Errorf("unchanged name missing: %+v", unchanged)
	}
	created, _ := AuditEntry{After: a}.Diff()
	if len(created) == 0 || created[0].Before != "" {
		t.Errorf("a created record: %+v", created)
	}
}
