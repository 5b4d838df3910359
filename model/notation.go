package model

import (
	"fmt"
	"strings"
	"time"
)

// The short notations a DPO types for structured fields, on the command line
// and in the interface's forms: one parser each, so both faces read them alike.

// ParseTransfer reads a third-country transfer written COUNTRY:RECIPIENT:MECHANISM,
// e.g. "US:Acme Inc:dpf"; the recipient and mechanism may be left out.
func ParseTransfer(s string) Transfer {
	p := strings.SplitN(s, ":", 3)
	t := Transfer{Country: strings.ToUpper(strings.TrimSpace(p[0]))}
	if len(p) > 1 {
		t.Recipient = strings.TrimSpace(p[1])
	}
	if len(p) > 2 {
		t.Mechanism = strings.TrimSpace(p[2])
	}
	return t
}

// ParseRetention reads a retention rule written CATEGORY=PERIOD, e.g.
// "invoices=10 years".
func ParseRetention(s string) (Retention, error) {
	cat, period, ok := strings.Cut(s, "=")
	if !ok {
		return Retention{}, fmt.Errorf("%q: write CATEGORY=PERIOD, e.g. \"invoices=10 years\"", s)
	}
	return Retention{Category: strings.TrimSpace(cat), Period: strings.TrimSpace(period)}, nil
}

// ParseClauses reads Art. 28(3) points as letters ("a", "b") or ranges ("a-h").
func ParseClauses(list []string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, c := range list {
		c = strings.ToLower(strings.Trim(c, "() "))
		from, to, isRange := strings.Cut(c, "-")
		if !isRange {
			to = from
		}
		if len(from) != 1 || len(to) != 1 || from < "a" || to > "h" || from > to {
			return nil, fmt.Errorf("%q is not an Art. 28(3) point; use letters a to h, or a range such as a-h", c)
		}
		for r := from[0]; r <= to[0]; r++ {
			out[string(r)] = true
		}
	}
	return out, nil
}

// ParseSubProcessor reads a sub-processor written NAME:SERVICE:COUNTRY:MECHANISM;
// the later parts may be left out.
func ParseSubProcessor(s string) SubProcessor {
	f := strings.SplitN(s, ":", 4)
	for len(f) < 4 {
		f = append(f, "")
	}
	return SubProcessor{Name: strings.TrimSpace(f[0]), Service: strings.TrimSpace(f[1]),
		Country: strings.ToUpper(strings.TrimSpace(f[2])), Mechanism: strings.TrimSpace(f[3])}
}

// ParseReceived reads when a request was received: YYYY-MM-DD (midnight in
// now's zone, or now itself when it is today) or an RFC 3339 timestamp with its
// zone. Empty means now.
func ParseReceived(s string, now time.Time) (time.Time, error) {
	if s == "" {
		return now, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	d, err := ParseDate(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date: use YYYY-MM-DD or a timestamp like 2025-03-05T14:30:00+01:00", s)
	}
	if d == DateOf(now) {
		return now, nil
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, now.Location()), nil
}
