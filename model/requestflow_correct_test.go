package model

import (
	"strings"
	"testing"
	"time"
)

func TestCorrect(t *testing.T) {
	now := mustDate(t, "2026-04-01").Time().Add(9 * time.Hour)
	rules := mustRules(t, "none", "", "")
	base := func() Request {
		r, err := NewRequest("access", "Erika", "", "email", "eu", mustDate(t, "2026-03-10").Time())
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Pause("identity", mustDate(t, "2026-03-12"), now); err != nil {
			t.Fatal(err)
		}
		return r
	}
	tests := []struct {
		name   string
		c      Correction
		errHas string
		due    string
	}{
		{"earlier receipt moves the deadline", Correction{Received: mustDate(t, "2026-03-02").Time()}, "", "2026-04-02"},
		{"type off the clock", Correction{Type: "consent_withdrawal"}, "", "2026-03-17"},
		{"jurisdiction", Correction{Jurisdiction: "CCPA"}, "", "2026-04-24"},
		{"receipt after the question", Correction{Received: mustDate(t, "2026-03-13").Time()}, "its pause is dated 2026-03-12", ""},
		{"unknown type", Correction{Type: "gossip"}, "unknown request type", ""},
		{"unknown jurisdiction", Correction{Jurisdiction: "mars"}, "unknown jurisdiction", ""},
		{"nothing", Correction{Type: "access"}, "nothing to correct", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := base()
			before := r
			err := r.Correct(tc.c, now)
			if tc.errHas != "" {
				if err == nil || !strings.Contains(err.Error(), tc.errHas) {
					t.Fatalf("error %v, want %q", err, tc.errHas)
				}
				if r.Type != before.Type || r.Jurisdiction != before.Jurisdiction || !r.Received.Equal(before.Received) {
					t.Errorf("a refused correction changed the request")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d := rules.Deadline(r); d.Due.String() != tc.due {
				t.Errorf("due %s, want %s (%s)", d.Due, tc.due, d.Explanation)
			}
		})
	}
}
