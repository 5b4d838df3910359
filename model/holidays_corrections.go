package model

import (
	_ "embed"
	"fmt"
	"sync"
	"time"

	"github.com/BurntSushi/toml"
)

// HolidayCorrection is one row of data/holiday_corrections.toml: a day the
// holiday library gets wrong for a region, with the law that says so.
type HolidayCorrection struct {
	Region string     `toml:"region" json:"region"`
	Name   string     `toml:"name" json:"name"`
	Month  time.Month `toml:"month" json:"month"`
	Day    int        `toml:"day" json:"day"`
	From   int        `toml:"from" json:"from"`
	To     int        `toml:"to" json:"to,omitempty"` // 0: every year since From
	Source string     `toml:"source" json:"source"`
	Tag    string     `toml:"tag" json:"tag"`
	Remove bool       `toml:"-" json:"remove"`
}

func (c HolidayCorrection) appliesIn(y int) bool { return y >= c.From && (c.To == 0 || y <= c.To) }

//go:embed data/holiday_corrections.toml
var holidayCorrectionsTOML string

// loadHolidayCorrections reads the embedded corrections once; a broken file
// fails every test, so it panics.
var loadHolidayCorrections = sync.OnceValue(func() map[string][]HolidayCorrection {
	m, err := parseHolidayCorrections(holidayCorrectionsTOML)
	if err != nil {
		panic(fmt.Errorf("holiday corrections data: %w", err))
	}
	return m
})

// parseHolidayCorrections reads corrections by region, checking each row: a
// known region, a real day, a source.
func parseHolidayCorrections(text string) (map[string][]HolidayCorrection, error) {
	var f struct {
		Add    []HolidayCorrection `toml:"add"`
		Remove []HolidayCorrection `toml:"remove"`
	}
	md, err := toml.Decode(text, &f)
	if err != nil {
		return nil, err
	}
	if u := md.Undecoded(); len(u) > 0 {
		return nil, fmt.Errorf("unknown key %s", u[0])
	}
	for i := range f.Remove {
		f.Remove[i].Remove = true
	}
	out := map[string][]HolidayCorrection{}
	for _, c := range append(f.Remove, f.Add...) { // removals first: a day moved within a year is removed, then added
		if _, ok := holidayRegions[c.Region]; !ok {
			return nil, fmt.Errorf("%s %d-%02d: unknown region %q", c.Name, c.Month, c.Day, c.Region)
		}
		if c.Month < 1 || c.Month > 12 || c.Day < 1 || c.Day > 31 || c.From == 0 || (c.To != 0 && c.To < c.From) {
			return nil, fmt.Errorf("%s %s: month %d, day %d, years %d..%d is not a day", c.Region, c.Name, c.Month, c.Day, c.From, c.To)
		}
		if c.Source == "" {
			return nil, fmt.Errorf("%s %s: a correction needs its source", c.Region, c.Name)
		}
		out[c.Region] = append(out[c.Region], c)
	}
	return out, nil
}

// HolidayCorrections lists the corrections of a region, removals first.
func HolidayCorrections(region string) []HolidayCorrection {
	return append([]HolidayCorrection(nil), loadHolidayCorrections()[region]...)
}

// correct applies the region's corrections to one computed year.
func (hy *holidayYear) correct(corrections []HolidayCorrection, y int) {
	for _, c := range corrections {
		if !c.appliesIn(y) || time.Date(y, c.Month, c.Day, 0, 0, 0, 0, time.UTC).Day() != c.Day {
			continue
		}
		if c.Remove {
			hy[c.Month-1][c.Day-1] = ""
		} else if hy[c.Month-1][c.Day-1] == "" {
			hy[c.Month-1][c.Day-1] = c.Name
		}
	}
}
