package model

import (
	"sort"
	"strconv"
)

// Calendar entry kinds: what a DPO puts in a calendar.
const (
	EntryRequestDue      = "request-due"
	EntryExtensionCutoff = "extension-cutoff"
	EntryDPAReview       = "dpa-review"
	EntryActivityReview  = "activity-review"
)

// DueEntry is one date a DPO must keep: a request's due date, the last day to
// tell the data subject of an extension, a DPA or activity review. Key is stable
// across exports (kind and record), so a calendar that imports the export again
// updates the entry instead of adding a second one.
type DueEntry struct {
	Key         string `json:"key"`
	Kind        string `json:"kind"`
	Day         Date   `json:"day"`
	Summary     string `json:"summary"`
	Description string `json:"description"` // the rule that gives the date
	// Text is Summary unformatted, for faces that show it in German.
	Text Msg `json:"-"`
}

// SummaryIn is the entry's summary in lang.
func (e DueEntry) SummaryIn(lang string) string {
	if e.Text.Format == "" {
		return e.Summary
	}
	return e.Text.In(lang)
}

// entry sets the summary of e from its message.
func (e DueEntry) entry(m Msg) DueEntry {
	e.Summary, e.Text = m.In("en"), m
	return e
}

// DueEntries lists, in date order, every open request's due date and (where an
// extension can still be told) its extension cut-off, and the review dates of
// active activities and of processors' DPAs. today is for the clock text of
// paused requests.
func (r DeadlineRules) DueEntries(reqs []Request, acts []ActivityRow, procs []ProcessorRow, today Date) []DueEntry {
	var out []DueEntry
	for _, q := range reqs {
		if q.IsOpen() {
			out = append(out, r.requestEntries(q, today)...)
		}
	}
	for _, a := range acts {
		if a.Status == StatusActive && !a.NextReview.IsZero() {
			out = append(out, DueEntry{Key: "activity-" + itoa(a.ID) + "-review", Kind: EntryActivityReview, Day: a.NextReview,
				Description: "Next review of the record of processing activities entry (Art. 30 GDPR; Art. 24(1): reviewed and updated where necessary)."}.
				entry(M("Review processing activity: %s", a.Name)))
		}
	}
	for _, p := range procs {
		if p.Status == StatusActive && !p.NextReview.IsZero() {
			out = append(out, DueEntry{Key: "processor-" + itoa(p.ID) + "-dpa-review", Kind: EntryDPAReview, Day: p.NextReview,
				Description: "Next review of the data processing agreement (Art. 28(3) GDPR) and the processor's guarantees (Art. 28(1))."}.
				entry(M("Review DPA: %s", p.Name)))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Day.Before(out[j].Day) })
	return out
}

func (r DeadlineRules) requestEntries(q Request, today Date) []DueEntry {
	d := r.Deadline(q)
	t, _ := RequestTypeByKey(q.Type)
	label := Bilingual{t.LabelEN, t.Label("de")}
	if label.EN == "" {
		label = Bilingual{q.Type, q.Type}
	}
	due := DueEntry{Key: "request-" + q.Ref + "-due", Kind: EntryRequestDue, Day: d.Due,
		Description: d.Explanation + ". Now: " + r.ClockText(q, today) + "."}.
		entry(M("%s due: %s request of %s", q.Ref, label, q.Subject))
	out := []DueEntry{due}
	j, ok := JurisdictionByCode(q.Jurisdiction)
	if d.OnClock && !d.Extended && !d.Paused && ok && j.CanExtend() && !today.After(d.FirstDue) {
		out = append(out, DueEntry{Key: "request-" + q.Ref + "-extension-cutoff", Kind: EntryExtensionCutoff, Day: d.FirstDue,
			Description: "An extension must be told to the data subject, with its reasons, within the first period of " + j.PeriodText() +
				" (" + j.Law + "): by " + d.FirstDue.String() + "; it would move the deadline to " + d.MaxExtended.String() + "."}.
			entry(M("%s: last day to tell of an extension", q.Ref)))
	}
	return out
}

func itoa(n uint64) string { return strconv.FormatUint(n, 10) }
