package model

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// Counting methods of a jurisdiction's period (see data/jurisdictions.toml).
const (
	CountMonth1182    = "month-1182/71"  // EU: Reg. 1182/71 Art. 3
	CountCalendarMon  = "calendar-month" // UK: corresponding calendar date
	CountCalendarDays = "calendar-days"  // CCPA, LGPD, FADP
)

// Pause policies: how a pause for identity, clarification or a fee affects the clock.
const (
	PauseNone    = "none"
	PausePause   = "pause"
	PauseRestart = "restart"
)

// Jurisdiction is one regime's rules for answering a data subject request. The
// values come from the embedded data/jurisdictions.toml so that a rule can be
// corrected without touching the engine.
type Jurisdiction struct {
	Code             string   `toml:"code" json:"code"`
	Name             string   `toml:"name" json:"name"`
	Law              string   `toml:"law" json:"law"`
	Counting         string   `toml:"counting" json:"counting"`
	Months           int      `toml:"months" json:"months,omitempty"`
	Days             int      `toml:"days" json:"days,omitempty"`
	ExtensionMonths  int      `toml:"extension_months" json:"extension_months,omitempty"`
	ExtensionDays    int      `toml:"extension_days" json:"extension_days,omitempty"`
	ExtensionNotice  string   `toml:"extension_notice" json:"extension_notice,omitempty"`
	PausePolicy      string   `toml:"pause_policy" json:"pause_policy"`
	ClockStart       string   `toml:"clock_start" json:"clock_start"`
	Roll             bool     `toml:"roll" json:"roll"` // weekends and holidays move the last day
	HolidayCountries []string `toml:"holiday_countries" json:"holiday_countries,omitempty"`
	DefaultHolidays  string   `toml:"default_holidays" json:"default_holidays,omitempty"`
	Tag              string   `toml:"tag" json:"tag"` // V, V2 or U: how far the rule is verified
	Sources          []string `toml:"sources" json:"sources"`

	label string // set on load: explanations must not allocate it per request
}

// CanExtend reports whether the regime allows a fixed extension of the period.
func (j Jurisdiction) CanExtend() bool { return j.ExtensionMonths > 0 || j.ExtensionDays > 0 }

// Unverified reports whether the rule set carries the [U] tag.
func (j Jurisdiction) Unverified() bool { return j.Tag == "U" }

// Label is the short name used in explanations: "EU", "UK", "LGPD [U]".
func (j Jurisdiction) Label() string {
	if j.label != "" {
		return j.label
	}
	l := strings.ToUpper(j.Code)
	if j.Unverified() {
		l += " [U]"
	}
	return l
}

// PeriodText describes the base period: "1 month", "45 days".
func (j Jurisdiction) PeriodText() string {
	if j.Counting == CountCalendarDays {
		return plural(j.Days, "day")
	}
	return plural(j.Months, "month")
}

// holidayRegionFor picks the holiday region for a request of this jurisdiction: the
// workspace's region when it belongs to one of the jurisdiction's countries (or the
// jurisdiction names none), otherwise the jurisdiction's default — a German
// workspace's Länder holidays say nothing about a UK request.
func (j Jurisdiction) holidayRegionFor(region string) string {
	if region == "none" {
		return ""
	}
	if region == "" {
		return j.DefaultHolidays
	}
	if len(j.HolidayCountries) == 0 {
		return region
	}
	country, _, _ := strings.Cut(region, "-")
	for _, c := range j.HolidayCountries {
		if c == country {
			return region
		}
	}
	return j.DefaultHolidays
}

//go:embed data/jurisdictions.toml
var jurisdictionsTOML string

var (
	loadJurisdictions = sync.OnceValue(func() []Jurisdiction {
		js, err := parseJurisdictions(jurisdictionsTOML)
		if err != nil {
			panic(err) // the file is embedded: a broken one must fail every test
		}
		return js
	})
)

// parseJurisdictions reads and checks the data file; every mistake names the entry.
func parseJurisdictions(src string) ([]Jurisdiction, error) {
	var f struct {
		Jurisdiction []Jurisdiction `toml:"jurisdiction"`
	}
	md, err := toml.Decode(src, &f)
	if err != nil {
		return nil, fmt.Errorf("jurisdictions data: %w", err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		return nil, fmt.Errorf("jurisdictions data: unknown key %s", u[0])
	}
	seen := map[string]bool{}
	for i, j := range f.Jurisdiction {
		f.Jurisdiction[i].label = j.Label()
		if err := checkJurisdiction(j); err != nil {
			return nil, err
		}
		if seen[j.Code] {
			return nil, fmt.Errorf("jurisdictions data: %q appears twice", j.Code)
		}
		seen[j.Code] = true
	}
	return f.Jurisdiction, nil
}

func checkJurisdiction(j Jurisdiction) error {
	bad := func(what string) error { return fmt.Errorf("jurisdictions data: %q: %s", j.Code, what) }
	switch {
	case j.Code == "" || j.Name == "":
		return bad("code and name are required")
	case j.Counting == CountCalendarDays && j.Days <= 0:
		return bad("calendar-days counting needs days > 0")
	case (j.Counting == CountMonth1182 || j.Counting == CountCalendarMon) && j.Months <= 0:
		return bad("month counting needs months > 0")
	case j.Counting != CountCalendarDays && j.Counting != CountMonth1182 && j.Counting != CountCalendarMon:
		return bad("counting must be month-1182/71, calendar-month or calendar-days")
	case !validPausePolicy(j.PausePolicy) || j.PausePolicy == "":
		return bad("pause_policy must be none, pause or restart")
	case j.Tag != "V" && j.Tag != "V2" && j.Tag != "U":
		return bad("tag must be V, V2 or U")
	}
	return nil
}

func validPausePolicy(p string) bool {
	return p == "" || p == PauseNone || p == PausePause || p == PauseRestart
}

// Jurisdictions returns every jurisdiction of the data file, sorted by code.
func Jurisdictions() []Jurisdiction {
	js := append([]Jurisdiction(nil), loadJurisdictions()...)
	sort.Slice(js, func(a, b int) bool { return js[a].Code < js[b].Code })
	return js
}

// JurisdictionByCode finds a jurisdiction by its code (eu, uk, ccpa, lgpd, ch),
// ignoring case.
func JurisdictionByCode(code string) (Jurisdiction, bool) {
	code = strings.ToLower(strings.TrimSpace(code))
	for _, j := range loadJurisdictions() {
		if j.Code == code {
			return j, true
		}
	}
	return Jurisdiction{}, false
}

// JurisdictionCodes lists the valid codes for error messages and completion.
func JurisdictionCodes() []string {
	var cs []string
	for _, j := range Jurisdictions() {
		cs = append(cs, j.Code)
	}
	return cs
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
