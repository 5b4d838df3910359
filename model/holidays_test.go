package model

import (
	"slices"
	"strings"
	"testing"
)

func TestHolidays(t *testing.T) {
	tests := []struct {
		region, day string
		want        bool
		nameHas     string
	}{
		{"DE-BE", "2025-04-18", true, "Karfreitag"},
		{"DE-BE", "2025-04-21", true, "Ostermontag"},
		{"DE-BE", "2025-05-29", true, "Christi Himmelfahrt"},
		{"DE-BE", "2025-06-09", true, "Pfingstmontag"},
		{"DE-BY", "2025-06-19", true, "Fronleichnam"},
		{"DE-BE", "2025-06-19", false, ""},
		{"DE-BY", "2024-05-30", true, "Fronleichnam"},
		{"DE-SN", "2025-10-31", true, "Reformationstag"},
		{"DE-SN", "2025-11-19", true, "Buß- und Bettag"},
		{"DE-BY", "2025-10-31", false, ""},
		{"DE-BY", "2025-08-15", false, ""}, // only in Catholic-majority municipalities
		{"DE-SL", "2025-08-15", true, "Mariä Himmelfahrt"},
		{"DE-BE", "2024-03-08", true, "Frauentag"},
		{"DE-BE", "2018-03-08", false, ""}, // a holiday since 2019
		{"DE-MV", "2023-03-08", true, "Frauentag"},
		{"DE-MV", "2022-03-08", false, ""},
		{"DE-BE", "2025-05-08", true, "Tag der Befreiung"},
		{"DE-BE", "2024-05-08", false, ""},
		{"DE-NI", "2018-10-31", true, "Reformationstag"},
		{"DE-BW", "2025-01-06", true, "Heilige Drei Könige"},
		{"DE-BE", "2025-01-06", false, ""},
		{"DE-TH", "2025-09-20", true, "Weltkindertag"},
		{"GB-SCT", "2025-12-01", true, "St Andrew's Day (substitute)"},
		{"GB-ENG", "2025-12-01", false, ""},
		{"GB-SCT", "2025-01-02", true, "2nd January"},
		{"GB-ENG", "2025-01-02", false, ""},
		{"GB-SCT", "2023-01-03", true, "New Year's Day (substitute)"},
		{"GB-SCT", "2025-04-21", false, ""},
		{"GB-ENG", "2025-04-21", true, "Easter Monday"},
		{"GB-SCT", "2025-08-04", true, "Summer Bank Holiday"},
		{"GB-SCT", "2025-08-25", false, ""},
		{"GB-WLS", "2025-08-25", true, "Summer Bank Holiday"},
		{"GB-NIR", "2025-03-17", true, "St Patrick's Day"},
		{"GB-NIR", "2025-07-14", true, "Battle of the Boyne (substitute)"},
		{"GB-ENG", "2022-09-19", true, "State Funeral"},
		{"GB-ENG", "2021-12-27", true, "Christmas Day (substitute)"},
		{"GB-ENG", "2021-12-28", true, "Boxing Day (substitute)"},
		{"FR", "2025-07-14", true, ""},
		{"IE", "2025-03-17", true, ""},
		{"IT", "2025-06-02", true, ""},
		{"AT", "2025-12-08", true, "Mariä Empfängnis"},
		{"CH", "2025-08-01", true, "Bundesfeiertag"},
		{"CH", "2025-03-19", false, ""}, // Josefstag is cantonal
		{"none", "2025-12-25", false, ""},
	}
	for _, tc := range tests {
		c, err := NewCalendar(tc.region)
		if err != nil {
			t.Fatal(err)
		}
		name, ok := c.Holiday(mustDate(t, tc.day))
		if ok != tc.want || !strings.Contains(name, tc.nameHas) {
			t.Errorf("%s %s: holiday %v %q, want %v %q", tc.region, tc.day, ok, name, tc.want, tc.nameHas)
		}
	}
}

func TestIsWorkingDay(t *testing.T) {
	c, _ := NewCalendar("DE-BE")
	tests := []struct {
		day  string
		want bool
	}{
		{"2025-04-04", true}, {"2025-04-05", false}, {"2025-04-06", false}, {"2025-04-18", false}, {"2025-12-24", true},
	}
	for _, tc := range tests {
		if got := c.IsWorkingDay(mustDate(t, tc.day)); got != tc.want {
			t.Errorf("%s: working day %v, want %v", tc.day, got, tc.want)
		}
	}
}

func TestHolidayRegions(t *testing.T) {
	regions := HolidayRegions()
	want := []string{"DE", "DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV", "DE-NI",
		"DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH", "GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR",
		"FR", "AT", "NL", "BE", "CH", "CH-ZH", "IT", "ES", "IE", "DK", "SE", "NO", "PL", "CZ", "SK", "SI", "HR",
		"LV", "LT", "RO", "BG", "GR", "US", "BR"}
	for _, w := range want {
		if !slices.Contains(regions, w) {
			t.Errorf("region %s missing", w)
		}
	}
	for _, r := range []string{"", "none", "NONE", "de-be"} {
		if _, err := NewCalendar(r); err != nil {
			t.Errorf("NewCalendar(%q): %v", r, err)
		}
	}
	_, err := NewCalendar("DE-XX")
	if err == nil || !strings.Contains(err.Error(), "unknown holiday region \"DE-XX\"") || !strings.Contains(err.Error(), "none") {
		t.Errorf("unknown region error: %v", err)
	}
}
