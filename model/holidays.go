package model

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/ar"
	"github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/au"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/bg"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/ch"
	"github.com/rickar/cal/v2/cz"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/es"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/gr"
	"github.com/rickar/cal/v2/hr"
	"github.com/rickar/cal/v2/ie"
	"github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/jp"
	"github.com/rickar/cal/v2/lt"
	"github.com/rickar/cal/v2/lv"
	"github.com/rickar/cal/v2/mw"
	"github.com/rickar/cal/v2/nc"
	"github.com/rickar/cal/v2/nl"
	"github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/ro"
	"github.com/rickar/cal/v2/ru"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/si"
	"github.com/rickar/cal/v2/sk"
	"github.com/rickar/cal/v2/ua"
	"github.com/rickar/cal/v2/us"
	"github.com/rickar/cal/v2/za"
)

// holidayRegions maps a region code (ISO 3166-1, or ISO 3166-2 for a subdivision)
// to its public holidays as github.com/rickar/cal/v2 defines them, with the
// corrections at the end of this file and those in data/holiday_corrections.toml. Countries the library does not
// know (FI, PT, HU, LU, EE, CY, MT, IS, LI) are absent rather than guessed.
var holidayRegions = map[string][]*cal.Holiday{
	"DE": de.Holidays, "DE-BW": de.HolidaysBW, "DE-BY": de.HolidaysBY,
	"DE-BE": deBerlin(), "DE-BB": de.HolidaysBB, "DE-HB": reformationFrom2018(de.HolidaysHB),
	"DE-HH": reformationFrom2018(de.HolidaysHH), "DE-HE": de.HolidaysHE,
	"DE-MV": deMecklenburg(), "DE-NI": reformationFrom2018(de.HolidaysNI),
	"DE-NW": de.HolidaysNW, "DE-RP": de.HolidaysRP, "DE-SL": de.HolidaysSL,
	"DE-SN": de.HolidaysSN, "DE-ST": de.HolidaysST,
	"DE-SH": reformationFrom2018(de.HolidaysSH), "DE-TH": de.HolidaysTH,

	"GB-ENG": gbEnglandWales(), "GB-WLS": gbEnglandWales(),
	"GB-SCT": gbScotland(), "GB-NIR": gbNorthernIreland(),

	"CH": swissCommon(), "CH-ZH": ch.HolidaysZH, "CH-BE": ch.HolidaysBE, "CH-LU": ch.HolidaysLU,
	"CH-UR": ch.HolidaysUR, "CH-SZ": ch.HolidaysSZ, "CH-OW": ch.HolidaysOW, "CH-NW": ch.HolidaysNW,
	"CH-GL": ch.HolidaysGL, "CH-ZG": ch.HolidaysZG, "CH-FR": ch.HolidaysFR, "CH-SO": ch.HolidaysSO,
	"CH-BS": ch.HolidaysBS, "CH-BL": ch.HolidaysBL, "CH-SH": ch.HolidaysSH, "CH-AR": ch.HolidaysAR,
	"CH-AI": ch.HolidaysAI, "CH-SG": ch.HolidaysSG, "CH-GR": ch.HolidaysGR, "CH-AG": ch.HolidaysAG,
	"CH-TG": ch.HolidaysTG, "CH-VD": ch.HolidaysVD, "CH-TI": ch.HolidaysTI, "CH-VS": ch.HolidaysVS,
	"CH-NE": ch.HolidaysNE, "CH-GE": ch.HolidaysGE, "CH-JU": ch.HolidaysJU,

	"AT": at.Holidays, "BE": be.Holidays, "BG": bg.Holidays, "CZ": cz.Holidays, "DK": dk.Holidays,
	"ES": es.Holidays, "FR": fr.Holidays, "GR": gr.Holidays, "HR": hr.Holidays, "IE": ie.Holidays,
	"IT": it.Holidays, "LT": lt.Holidays, "LV": lv.Holidays, "NL": nl.Holidays, "NO": no.Holidays,
	"PL": pl.Holidays, "RO": ro.Holidays, "SE": se.Holidays, "SI": si.Holidays, "SK": sk.Holidays,

	"AR": ar.Holidays, "BR": br.Holidays, "CA": ca.Holidays, "JP": jp.Holidays, "MW": mw.Holidays,
	"NC": nc.Holidays, "NZ": nz.Holidays, "RU": ru.Holidays, "UA": ua.Holidays, "US": us.Holidays,
	"ZA":     za.Holidays,
	"AU-ACT": au.HolidaysACT, "AU-NSW": au.HolidaysNSW, "AU-NT": au.HolidaysNT, "AU-QLD": au.HolidaysQLD,
	"AU-SA": au.HolidaysSA, "AU-TAS": au.HolidaysTAS, "AU-VIC": au.HolidaysVIC, "AU-WA": au.HolidaysWA,
}

// HolidayRegions returns every valid region code, sorted.
func HolidayRegions() []string {
	rs := make([]string, 0, len(holidayRegions))
	for r := range holidayRegions {
		rs = append(rs, r)
	}
	sort.Strings(rs)
	return rs
}

// Calendar answers "is this a working day?" for one region. Holidays are computed
// once per year and kept in a day table, so a check is an array lookup: the TUI
// computes deadlines for 100,000 requests at start.
type Calendar struct {
	region string
	label  string // "holidays DE-BE" or "weekends only", for explanations
	list   []*cal.Holiday
	mu     sync.RWMutex
	years  map[int]*holidayYear
}

// holidayYear holds the holiday name of each day of one year ("" = none).
type holidayYear [12][31]string

var calendars sync.Map // region → *Calendar, shared because a Calendar only caches

// NewCalendar returns the calendar of region ("DE-BE", "GB-ENG", "FR"); "" or
// "none" means weekends only. Calendars are shared and safe for concurrent use.
func NewCalendar(region string) (*Calendar, error) {
	region = strings.ToUpper(strings.TrimSpace(region))
	if region == "NONE" {
		region = ""
	}
	if c, ok := calendars.Load(region); ok {
		return c.(*Calendar), nil
	}
	list, ok := holidayRegions[region]
	if !ok && region != "" {
		return nil, fmt.Errorf("unknown holiday region %q: use a code such as DE-BE, GB-ENG or FR, "+
			"or none for weekends only (dpodesk holidays lists them all)", region)
	}
	label := "weekends only"
	if region != "" {
		label = "holidays " + region
	}
	c, _ := calendars.LoadOrStore(region, &Calendar{region: region, label: label, list: list, years: map[int]*holidayYear{}})
	return c.(*Calendar), nil
}

// Region returns the region code, or "" for weekends only.
func (c *Calendar) Region() string { return c.region }

// Holiday returns the name of the public holiday on d, if any.
func (c *Calendar) Holiday(d Date) (name string, ok bool) {
	if c.region == "" || d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 {
		return "", false
	}
	name = c.year(d.Year)[d.Month-1][d.Day-1]
	return name, name != ""
}

// IsWorkingDay reports whether d is neither a Saturday, a Sunday nor a holiday.
func (c *Calendar) IsWorkingDay(d Date) bool {
	if wd := d.fastWeekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	_, hol := c.Holiday(d)
	return !hol
}

// NextWorkingDay returns d itself when it is a working day, else the next one.
func (c *Calendar) NextWorkingDay(d Date) Date {
	for !c.IsWorkingDay(d) {
		d = d.shift(1)
	}
	return d
}

func (c *Calendar) year(y int) *holidayYear {
	c.mu.RLock()
	hy := c.years[y]
	c.mu.RUnlock()
	if hy != nil {
		return hy
	}
	hy = computeYear(c.list, y)
	hy.correct(loadHolidayCorrections()[c.region], y)
	c.mu.Lock()
	if old := c.years[y]; old != nil {
		hy = old
	} else {
		c.years[y] = hy
	}
	c.mu.Unlock()
	return hy
}

// computeYear marks both the actual and the observed day of each holiday: where a
// holiday on a weekend is made up on the Monday (UK), the Monday is not a working day.
func computeYear(list []*cal.Holiday, y int) *holidayYear {
	var hy holidayYear
	mark := func(t time.Time, name string) {
		if t.IsZero() || t.Year() != y || hy[t.Month()-1][t.Day()-1] != "" {
			return
		}
		hy[t.Month()-1][t.Day()-1] = name
	}
	for _, h := range list {
		if h.Type != cal.ObservancePublic && h.Type != cal.ObservanceBank && h.Type != cal.ObservanceUnknown {
			continue // religious or school days do not close offices
		}
		actual, observed := h.Calc(y)
		mark(actual, h.Name)
		if !observed.Equal(actual) {
			mark(observed, h.Name+" (substitute)")
		}
	}
	return &hy
}

// swissCommon is what every canton observes: the intersection of the cantonal lists.
// The library's ch.Holidays is the union of all cantons, which would move deadlines
// over days that are working days in most of the country.
func swissCommon() []*cal.Holiday {
	cantons := [][]*cal.Holiday{ch.HolidaysZH, ch.HolidaysBE, ch.HolidaysLU, ch.HolidaysUR,
		ch.HolidaysSZ, ch.HolidaysOW, ch.HolidaysNW, ch.HolidaysGL, ch.HolidaysZG, ch.HolidaysFR,
		ch.HolidaysSO, ch.HolidaysBS, ch.HolidaysBL, ch.HolidaysSH, ch.HolidaysAR, ch.HolidaysAI,
		ch.HolidaysSG, ch.HolidaysGR, ch.HolidaysAG, ch.HolidaysTG, ch.HolidaysVD, ch.HolidaysTI,
		ch.HolidaysVS, ch.HolidaysNE, ch.HolidaysGE, ch.HolidaysJU}
	var common []*cal.Holiday
	for _, h := range ch.Holidays {
		if inAll(h, cantons) {
			common = append(common, h)
		}
	}
	return common
}

func inAll(h *cal.Holiday, lists [][]*cal.Holiday) bool {
	for _, l := range lists {
		found := false
		for _, x := range l {
			found = found || x == h
		}
		if !found {
			return false
		}
	}
	return true
}

// oneOff is a holiday declared for a single year.
func oneOff(name string, y int, m time.Month, d int) *cal.Holiday {
	return &cal.Holiday{Name: name, Type: cal.ObservancePublic, Month: m, Day: d,
		Func: cal.CalcDayOfMonth, StartYear: y, EndYear: y}
}

// fixedDay is a holiday on a fixed date, made up on a later weekday when it falls on
// a weekend as alt says.
func fixedDay(name string, m time.Month, d int, alt []cal.AltDay) *cal.Holiday {
	return &cal.Holiday{Name: name, Type: cal.ObservanceBank, Month: m, Day: d,
		Func: cal.CalcDayOfMonth, Observed: alt}
}

// with returns a new list: base plus extra, so the library's lists stay untouched.
func with(base []*cal.Holiday, extra ...*cal.Holiday) []*cal.Holiday {
	return append(append([]*cal.Holiday(nil), base...), extra...)
}

// replaced returns base with old swapped for repl.
func replaced(base []*cal.Holiday, old, repl *cal.Holiday) []*cal.Holiday {
	out := with(base)
	for i, h := range out {
		if h == old {
			out[i] = repl
		}
	}
	return out
}

// deBerlin: Frauentag only since 2019 (the library has no start year), and the
// one-off 8 May holidays of 2020 and 2025 (75th and 80th anniversary of liberation).
func deBerlin() []*cal.Holiday {
	frauentag := de.Frauentag.Clone(&cal.Holiday{StartYear: 2019})
	return with(replaced(de.HolidaysBE, de.Frauentag, frauentag),
		oneOff("Tag der Befreiung", 2020, time.May, 8),
		oneOff("Tag der Befreiung", 2025, time.May, 8))
}

// deMecklenburg: Frauentag is a holiday in Mecklenburg-Vorpommern since 2023.
func deMecklenburg() []*cal.Holiday {
	return with(de.HolidaysMV, de.Frauentag.Clone(&cal.Holiday{StartYear: 2023}))
}

// reformationFrom2018: Bremen, Hamburg, Lower Saxony and Schleswig-Holstein made
// Reformation Day a holiday in 2018.
func reformationFrom2018(base []*cal.Holiday) []*cal.Holiday {
	return replaced(base, de.Reformationstag, de.Reformationstag.Clone(&cal.Holiday{StartYear: 2018}))
}

var (
	// Weekend substitution of the UK bank holidays that the library lacks.
	gbNextMonday = []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 1}}
	gbTwoDays    = []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 2}}

	gbStateFuneral = oneOff("State Funeral of Queen Elizabeth II", 2022, time.September, 19)
)

// gbEnglandWales: the library's UK list is the England and Wales list.
func gbEnglandWales() []*cal.Holiday { return with(gb.Holidays, gbStateFuneral) }

// gbScotland: 1 and 2 January (made up on the following weekdays), no Easter Monday,
// summer holiday on the first Monday of August, St Andrew's Day.
func gbScotland() []*cal.Holiday {
	return []*cal.Holiday{
		gb.NewYear.Clone(&cal.Holiday{Observed: gbTwoDays}),
		fixedDay("2nd January", time.January, 2, gbTwoDays),
		gb.GoodFriday, gb.EarlyMay, gb.VEDay, gb.CoronationDay, gb.SpringHoliday,
		gb.SpringHoliday2022, gb.PlatinumJubilee, gbStateFuneral, gb.SummerHolidayScotland,
		fixedDay("St Andrew's Day", time.November, 30, gbNextMonday),
		gb.ChristmasDay, gb.BoxingDay,
	}
}

// gbNorthernIreland: England and Wales plus St Patrick's Day and the Battle of the Boyne.
func gbNorthernIreland() []*cal.Holiday {
	return with(gbEnglandWales(),
		fixedDay("St Patrick's Day", time.March, 17, gbNextMonday),
		fixedDay("Battle of the Boyne", time.July, 12, gbNextMonday))
}
