package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// Date is a calendar day without a time or zone. Statutory periods are counted in
// whole days, so deadlines, review dates and DPA dates are Dates, not time.Time.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateLayout is the ISO 8601 form every Date is written and read in.
const DateLayout = "2006-01-02"

// ParseDate reads YYYY-MM-DD and rejects impossible days such as 2025-02-30.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date: use YYYY-MM-DD, e.g. 2025-03-05", s)
	}
	return DateOf(t), nil
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// Today returns the current calendar day in loc.
func Today(loc *time.Location) Date { return DateOf(time.Now().In(loc)) }

// Time returns midnight UTC of the day; used only for arithmetic and comparison.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// IsZero reports whether d is the zero Date (no date recorded).
func (d Date) IsZero() bool { return d.Year == 0 && d.Month == 0 && d.Day == 0 }

// String formats d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if d.Year < 0 || d.Month < 0 || d.Day < 0 { // no valid date: written as fmt writes it
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	var b [10]byte // listings write 100,000s of dates: without fmt
	return string(appendDate(b[:0], d))
}

// Weekday returns the day of the week.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// AddDays returns d moved by n calendar days.
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// DaysUntil returns the number of calendar days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.Time().Sub(d.Time()).Hours() / 24) }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.Time().Before(e.Time()) }

// After reports whether d is later than e.
func (d Date) After(e Date) bool { return d.Time().After(e.Time()) }

// In JSON a Date is "YYYY-MM-DD", or "" for the zero Date: encoding/json
// writes it with MarshalText (a MarshalJSON would have its output parsed
// again, for each of the dates a listing of 10,000 entries prints).

// UnmarshalJSON reads "YYYY-MM-DD" or "".
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if n := len(b); n >= 2 && b[0] == '"' && b[n-1] == '"' && bytes.IndexByte(b, '\\') < 0 {
		s = string(b[1 : n-1]) // a string without escapes, as dates are written
	} else if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == "" {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalText and UnmarshalText let Dates appear in TOML data files.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads "YYYY-MM-DD" or "".
func (d *Date) UnmarshalText(b []byte) error { return d.UnmarshalJSON([]byte(`"` + string(b) + `"`)) }

// AddMonths returns the same-numbered day n months later, or that month's last day
// where it has no such day (Reg. 1182/71 Art. 3(2)(c)): 01-31 + 1 → 02-28 or 02-29.
func (d Date) AddMonths(n int) Date {
	m := int(d.Month) - 1 + n
	y := d.Year + m/12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	day := d.Day
	// Day 0 of the following month is the last day of this one.
	if last := time.Date(y, time.Month(m+2), 0, 0, 0, 0, 0, time.UTC).Day(); day > last {
		day = last
	}
	return Date{y, time.Month(m + 1), day}
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e, without the
// detour through time.Time that Before and After take.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return sign(d.Year - e.Year)
	case d.Month != e.Month:
		return sign(int(d.Month) - int(e.Month))
	}
	return sign(d.Day - e.Day)
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// epochDay counts days since 1970-01-01 in the proleptic Gregorian calendar
// (H. Hinnant's days_from_civil); the deadline engine runs on integers.
func (d Date) epochDay() int {
	y, m := d.Year, int(d.Month)
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// dateOfEpochDay is the inverse of epochDay (civil_from_days).
func dateOfEpochDay(z int) Date {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return Date{y, time.Month(m), day}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// shift is AddDays on integers, for the deadline engine's hot path.
func (d Date) shift(n int) Date { return dateOfEpochDay(d.epochDay() + n) }

// fastWeekday is Weekday on integers: 1970-01-01 was a Thursday.
func (d Date) fastWeekday() time.Weekday {
	return time.Weekday(((d.epochDay()+4)%7 + 7) % 7)
}

// appendDay writes "Sat 2025-04-05".
func appendDay(b []byte, d Date) []byte {
	b = append(b, d.fastWeekday().String()[:3]...)
	b = append(b, ' ')
	return appendDate(b, d)
}

// appendDate writes YYYY-MM-DD without fmt.
func appendDate(b []byte, d Date) []byte {
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

func appendPadded(b []byte, n, width int) []byte {
	var buf [12]byte
	i := len(buf)
	for n > 0 || i > len(buf)-width {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, buf[i:]...)
}
