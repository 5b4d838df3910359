package cli

import (
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// appendActivityElement appends r as appendJSONElement writes it, directly:
// encoding 10,000 rows by reflection was a third of `activity list --json`'s
// CPU time. A row with a string that needs escaping, or a time JSON cannot
// hold, goes through appendJSONElement, so the output never depends on the
// path; TestActivityElementJSON holds the two to the same bytes. safe is as
// for appendListElement.
func appendActivityElement(dst []byte, r model.ActivityRow) (b []byte, safe bool, err error) {
	if y := r.UpdatedAt.Year(); y < 0 || y > 9999 {
		b, err = appendJSONElement(dst, r)
		return b, false, err
	}
	e := elementWriter{b: append(dst, '{'), depth: 2}
	e.uint("id", r.ID)
	e.str("name", r.Name)
	e.str("status", string(r.Status))
	e.str("purposes", r.Purposes)
	e.strs("legal_bases", r.LegalBases)
	e.int("processors", r.Processors)
	e.str("next_review", r.NextReview.String())
	if len(r.Missing) > 0 {
		e.strs("missing", r.Missing)
	}
	e.bool("dpia_open", r.DPIAOpen)
	e.key("updated_at")
	e.b = append(e.b, '"')
	e.b = r.UpdatedAt.AppendFormat(e.b, time.RFC3339Nano)
	e.b = append(e.b, '"')
	if e.escape {
		b, err = appendJSONElement(dst, r)
		return b, false, err
	}
	e.close()
	return e.b, !e.filter, nil
}

// strs writes a list of strings: null when nil, [] when empty, else one
// element a line, indented one level deeper than the key.
func (e *elementWriter) strs(k string, ss []string) {
	e.key(k)
	switch {
	case ss == nil:
		e.b = append(e.b, "null"...)
		return
	case len(ss) == 0:
		e.b = append(e.b, "[]"...)
		return
	}
	e.b = append(e.b, '[')
	for i, s := range ss {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.b = append(e.b, '\n')
		e.b = append(e.b, indent[:2*e.depth+2]...)
		e.quote(s)
	}
	e.b = append(e.b, '\n')
	e.b = append(e.b, indent[:2*e.depth]...)
	e.b = append(e.b, ']')
}
