package model

import (
	"strings"
	"testing"
)

func TestJurisdictionsData(t *testing.T) {
	tests := []struct {
		code, counting, policy string
		months, days           int
		extend, roll           bool
		tag                    string
	}{
		{"eu", CountMonth1182, PausePause, 1, 0, true, true, "V"},
		{"uk", CountCalendarMon, PauseRestart, 1, 0, true, true, "V2"},
		{"ccpa", CountCalendarDays, PauseNone, 0, 45, true, false, "V2"},
		{"lgpd", CountCalendarDays, PauseNone, 0, 15, false, false, "U"},
		{"ch", CountCalendarDays, PauseNone, 0, 30, false, false, "U"},
	}
	if n := len(Jurisdictions()); n != len(tests) {
		t.Errorf("%d jurisdictions, want %d", n, len(tests))
	}
	for _, tc := range tests {
		j, ok := JurisdictionByCode(strings.ToUpper(tc.code))
		if !ok {
			t.Fatalf("%s missing", tc.code)
		}
		if j.Counting != tc.counting || j.PausePolicy != tc.policy || j.Months != tc.months || j.Days != tc.days ||
			j.CanExtend() != tc.extend || j.Roll != tc.roll || j.Tag != tc.tag || len(j.Sources) == 0 {
			t.Errorf("%s: got %+v", tc.code, j)
		}
	}
}

func TestParseJurisdictionsRejects(t *testing.T) {
	tests := []struct{ src, errHas string }{
		{"[[jurisdiction]]\ncode = \"x\"\nname = \"X\"\ncounting = \"weeks\"\npause_policy = \"none\"\ntag = \"U\"\n", "counting must be"},
		{"[[jurisdiction]]\ncode = \"x\"\nname = \"X\"\ncounting = \"calendar-days\"\npause_policy = \"none\"\ntag = \"U\"\n", "days > 0"},
		{"[[jurisdiction]]\ncode = \"x\"\nname = \"X\"\ncounting = \"calendar-days\"\ndays = 3\npause_policy = \"often\"\ntag = \"U\"\n", "pause_policy"},
		{"[[jurisdiction]]\ncode = \"x\"\nname = \"X\"\ncounting = \"calendar-days\"\ndays = 3\npause_policy = \"none\"\ntag = \"U\"\ncolour = 1\n", "unknown key"},
	}
	for _, tc := range tests {
		if _, err := parseJurisdictions(tc.src); err == nil || !strings.Contains(err.Error(), tc.errHas) {
			t.Errorf("error %v, want %q", err, tc.errHas)
		}
	}
}

func TestRequestTypes(t *testing.T) {
	tests := []struct {
		key, article string
		onClock      bool
	}{
		{"access", "Art. 15", true}, {"rectification", "Art. 16", true}, {"erasure", "Art. 17", true},
		{"restriction", "Art. 18", true}, {"notification", "Art. 19", true}, {"portability", "Art. 20", true},
		{"objection", "Art. 21", true}, {"automated_decision", "Art. 22", true}, {"consent_withdrawal", "Art. 7(3)", false},
	}
	if n := len(RequestTypes()); n != len(tests) {
		t.Errorf("%d request types, want %d", n, len(tests))
	}
	for _, tc := range tests {
		rt, ok := RequestTypeByKey(tc.key)
		if !ok || rt.Article != tc.article || rt.OnClock != tc.onClock || rt.Label("de") == "" || rt.Label("en") == "" {
			t.Errorf("%s: got %+v", tc.key, rt)
		}
	}
}
