package policy

import (
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// Typing the start of a name offers catalogue entries with legal entity,
// country and a proposed transfer mechanism.
func TestSuggestVendors(t *testing.T) {
	on := model.DateOf(time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))
	got := SuggestVendors("mailch", 0, on)
	if len(got) == 0 || got[0].Name != "Mailchimp" || got[0].Country == "" {
		t.Fatalf("mailch: %+v", got)
	}
	if s := SuggestVendors("Bunny", 0, on); len(s) == 0 || s[0].Country != "SI" || s[0].Mechanism != "" {
		t.Errorf("an EEA vendor needs no mechanism: %+v", s)
	}
	if s := SuggestVendors("zoom", 3, on); len(s) == 0 || len(s) > 3 {
		t.Errorf("limit not kept: %+v", s)
	}
	if SuggestVendors("m", 0, on) != nil {
		t.Error("one letter offers the whole catalogue")
	}
	gh := SuggestVendors("github", 1, on)
	if len(gh) != 1 || gh[0].Name != "GitHub" || gh[0].Mechanism != "dpf" || gh[0].DPFAsOf == "" {
		t.Errorf("a US vendor in the DPF: %+v", gh)
	}
}
