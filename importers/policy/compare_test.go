package policy

import (
	"reflect"
	"testing"
)

func TestCompare(t *testing.T) {
	old := Report{
		LegalBases: []string{"6.1.a", "6.1.f"},
		Recipients: []Recipient{{Name: "Mailchimp", LegalEntity: "The Rocket Science Group LLC"}, {Name: "Hotjar"}},
		Retention:  []Retention{{Text: "30 days", AppliesTo: "server logs"}},
	}
	tests := []struct {
		name  string
		cur   Report
		want  Changes
		lines int
	}{
		{"unchanged, recipient under its legal entity", Report{
			LegalBases: []string{"6.1.f", "6.1.a"},
			Recipients: []Recipient{{Name: "The Rocket Science Group LLC"}, {Name: "Hotjar"}},
			Retention:  []Retention{{Text: "30 days", AppliesTo: "server logs"}},
		}, Changes{}, 0},
		{"recipient swapped, basis added, retention changed, transfer started", Report{
			LegalBases:           []string{"6.1.a", "6.1.b", "6.1.f"},
			Recipients:           []Recipient{{Name: "Mailchimp"}, {Name: "Brevo"}},
			Retention:            []Retention{{Text: "14 days", AppliesTo: "server logs"}},
			ThirdCountryTransfer: true,
		}, Changes{
			RecipientsAdded: []string{"Brevo"}, RecipientsRemoved: []string{"Hotjar"},
			BasesAdded:     []string{"6.1.b"},
			RetentionAdded: []string{"14 days (server logs)"}, RetentionRemoved: []string{"30 days (server logs)"},
			TransferChanged: true, Transfer: true,
		}, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(old, tt.cur)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Compare = %+v\nwant      %+v", got, tt.want)
			}
			if got.Empty() != (tt.lines == 0) || len(got.Lines()) != tt.lines {
				t.Errorf("Empty=%v Lines=%q, want %d lines", got.Empty(), got.Lines(), tt.lines)
			}
		})
	}
}
