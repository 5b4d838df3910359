package model

import (
	"fmt"
	"sort"
)

// RequestStats are the figures a DPO reports to management (Art. 38(3)) about
// the requests received in a period: per month and type, the share answered on
// time, the median days to reply, extensions and refusals.
type RequestStats struct {
	From        Date         `json:"from"`
	To          Date         `json:"to"`
	Received    int          `json:"received"`
	Months      []MonthCount `json:"months"`  // every month of the period, empty ones too
	ByType      []TypeCount  `json:"by_type"` // in the order of the request types
	Open        int          `json:"open"`
	Closed      int          `json:"closed"`
	OnTime      int          `json:"on_time"` // closed requests answered on or before their due date
	Late        int          `json:"late"`
	NoReplyDay  int          `json:"no_reply_day"`  // closed without a recorded reply day: neither on time nor late
	OnTimeShare float64      `json:"on_time_share"` // OnTime / (OnTime + Late), 0 when none
	MedianDays  float64      `json:"median_days"`   // calendar days from receipt to reply, closed requests
	Extended    int          `json:"extended"`      // requests with a recorded extension
	Refused     int          `json:"refused"`       // closed as refused
	Withdrawn   int          `json:"withdrawn"`     // closed as withdrawn by the data subject
	OverdueOpen int          `json:"overdue_open"`  // open and past their due date on To
}

// MonthCount is the number of requests received in one month, per type.
type MonthCount struct {
	Month  string      `json:"month"` // 2026-03
	Total  int         `json:"total"`
	ByType []TypeCount `json:"by_type,omitempty"`
}

// TypeCount is a number of requests of one type.
type TypeCount struct {
	Type  string `json:"type"`
	Count int    `json:"count"`
}

// Stats counts the requests received from from through to, both inclusive.
// Whether a reply was on time is measured by ReplyOf: the reply day against the
// deadline in force.
func (r DeadlineRules) Stats(reqs []Request, from, to Date) RequestStats {
	s := RequestStats{From: from, To: to}
	months := map[string]map[string]int{}
	types := map[string]int{}
	var days []int
	for _, q := range reqs {
		day := DateOf(q.Received)
		if day.Before(from) || day.After(to) {
			continue
		}
		s.Received++
		m := fmt.Sprintf("%04d-%02d", day.Year, int(day.Month))
		if months[m] == nil {
			months[m] = map[string]int{}
		}
		months[m][q.Type]++
		types[q.Type]++
		if q.IsExtended() {
			s.Extended++
		}
		if q.IsOpen() {
			s.Open++
			if r.Deadline(q).Due.Before(to) {
				s.OverdueOpen++
			}
			continue
		}
		// a request closed before replies were recorded has an outcome but no reply day
		rep, replied := r.ReplyOf(q)
		if !replied {
			rep.Outcome = q.Outcome
		}
		s.count(rep, replied, &days)
	}
	s.Months = monthCounts(from, to, months)
	s.ByType = typeCounts(types)
	if n := s.OnTime + s.Late; n > 0 {
		s.OnTimeShare = float64(s.OnTime) / float64(n)
	}
	s.MedianDays = median(days)
	return s
}

func (s *RequestStats) count(rep Reply, replied bool, days *[]int) {
	s.Closed++
	switch rep.Outcome {
	case "refused":
		s.Refused++
	case "withdrawn":
		s.Withdrawn++
	}
	if !replied {
		s.NoReplyDay++
		return
	}
	if rep.OnTime {
		s.OnTime++
	} else {
		s.Late++
	}
	*days = append(*days, rep.DaysToReply)
}

// monthCounts lists every month from from to to, so a chart shows the quiet
// months as well.
func monthCounts(from, to Date, months map[string]map[string]int) []MonthCount {
	out := []MonthCount{}
	for y, m := from.Year, int(from.Month); y < to.Year || (y == to.Year && m <= int(to.Month)); {
		key := fmt.Sprintf("%04d-%02d", y, m)
		mc := MonthCount{Month: key, ByType: typeCounts(months[key])}
		for _, t := range mc.ByType {
			mc.Total += t.Count
		}
		out = append(out, mc)
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	return out
}

// typeCounts orders the counts as the request types are ordered (by article),
// unknown types last by name.
func typeCounts(types map[string]int) []TypeCount {
	var out []TypeCount
	for _, t := range RequestTypeKeys() {
		if n := types[t]; n > 0 {
			out = append(out, TypeCount{t, n})
		}
	}
	var other []string
	for t := range types {
		if _, ok := RequestTypeByKey(t); !ok {
			other = append(other, t)
		}
	}
	sort.Strings(other)
	for _, t := range other {
		out = append(out, TypeCount{t, types[t]})
	}
	return out
}

func median(xs []int) float64 {
	if len(xs) == 0 {
		return 0
	}
	sort.Ints(xs)
	n := len(xs)
	if n%2 == 1 {
		return float64(xs[n/2])
	}
	return float64(xs[n/2-1]+xs[n/2]) / 2
}
