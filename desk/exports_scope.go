package desk

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/dpodesk/dpodesk/export"
	"github.com/dpodesk/dpodesk/model"
)

// An export of the record of processing activities or of the processors goes
// to an authority or an auditor: by default it holds the active entries only,
// so drafts (imported suggestions not yet accepted) and retired entries never
// go out by accident. The caller names other statuses to include them, and is
// told how many entries were left out.

// DefaultExportStatuses are the statuses an export includes when none is named.
var DefaultExportStatuses = []model.RecordStatus{model.StatusActive}

var recordStatuses = []model.RecordStatus{model.StatusActive, model.StatusDraft, model.StatusRetired}

// ParseRecordStatuses reads status choices as typed: repeated values or comma
// lists of active, draft and retired, or "all". None means the default.
func ParseRecordStatuses(vals []string) ([]model.RecordStatus, error) {
	var out []model.RecordStatus
	for _, v := range vals {
		for _, s := range strings.Split(v, ",") {
			s = strings.ToLower(strings.TrimSpace(s))
			switch {
			case s == "":
			case s == "all":
				return slices.Clone(recordStatuses), nil
			case slices.Contains(recordStatuses, model.RecordStatus(s)):
				if !slices.Contains(out, model.RecordStatus(s)) {
					out = append(out, model.RecordStatus(s))
				}
			default:
				return nil, fmt.Errorf("status %q: use active, draft, retired or all (comma-separated or repeated)", s)
			}
		}
	}
	if len(out) == 0 {
		return slices.Clone(DefaultExportStatuses), nil
	}
	return out, nil
}

// Omitted counts the entries an export left out, by status.
type Omitted struct {
	Noun   [2]string // "activity", "activities"
	Kept   []model.RecordStatus
	Counts map[model.RecordStatus]int
}

// Line is what a face prints after the export, "" when nothing was left out:
// "left out 3 draft activities (exported: active); to include them, export
// with --status active,draft". how formats the status choice for the face
// ("--status %s").
func (o Omitted) Line(how string) string {
	var parts []string
	var all []string
	for _, s := range o.Kept {
		all = append(all, string(s))
	}
	kept := strings.Join(all, ", ")
	for _, s := range recordStatuses {
		if n := o.Counts[s]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, s))
			all = append(all, string(s))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	noun, them := o.Noun[1], "them"
	if total := o.Counts[model.StatusDraft] + o.Counts[model.StatusRetired] + o.Counts[model.StatusActive]; total == 1 {
		noun, them = o.Noun[0], "it"
	}
	return fmt.Sprintf("left out %s %s (exported: %s); to include %s, export with %s",
		strings.Join(parts, " and "), noun, kept, them, fmt.Sprintf(how, strings.Join(all, ",")))
}

// scope keeps the entries of the chosen statuses, in recs' own array, and counts
// the others.
func scope[T any](recs []T, status func(T) model.RecordStatus, keep []model.RecordStatus, noun [2]string) ([]T, Omitted) {
	o := newOmissions(keep, noun)
	out := recs[:0] // the export owns what it loaded
	for _, r := range recs {
		if o.keeps(status(r)) {
			out = append(out, r)
		}
	}
	return out, o.Omitted
}

// omissions counts what a scope leaves out as the entries pass, on any number
// of goroutines (a streamed export decides on every CPU).
type omissions struct {
	mu sync.Mutex
	Omitted
}

func newOmissions(keep []model.RecordStatus, noun [2]string) *omissions {
	return &omissions{Omitted: Omitted{Noun: noun, Kept: keep, Counts: map[model.RecordStatus]int{}}}
}

// keeps says whether an entry of status s is exported, and counts it if not.
func (o *omissions) keeps(s model.RecordStatus) bool {
	if slices.Contains(o.Kept, s) {
		return true
	}
	o.mu.Lock()
	o.Counts[s]++
	o.mu.Unlock()
	return false
}

var (
	activityNoun  = [2]string{"activity", "activities"}
	processorNoun = [2]string{"processor", "processors"}
)

// scopeLine names the included statuses for the exported document's header.
func scopeLine(keep []model.RecordStatus, lang string) string {
	var names []string
	for _, s := range keep {
		names = append(names, model.StatusLabel(string(s), lang))
	}
	return strings.Join(names, ", ")
}

// applyScope filters the register an export renders: the activities of the
// record, or the processors of the processors register. The processors of the
// record stay whole, since they name the activities' processors.
func applyScope(r RegisterExport, reg *export.Register, opts *export.Options, keep []model.RecordStatus) Omitted {
	switch r.Name {
	case "ropa":
		var o Omitted
		reg.Activities, o = scope(reg.Activities, func(a model.Activity) model.RecordStatus { return a.Status }, keep, activityNoun)
		opts.Scope = scopeLine(keep, opts.Lang)
		return o
	case "processors":
		var o Omitted
		reg.Processors, o = scope(reg.Processors, func(p model.Processor) model.RecordStatus { return p.Status }, keep, processorNoun)
		opts.Scope = scopeLine(keep, opts.Lang)
		return o
	}
	return Omitted{}
}
