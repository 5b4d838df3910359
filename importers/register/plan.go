package register

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// Options tune how cells are read.
type Options struct {
	// Location is the zone of dates without one (a request received "2026-03-05");
	// nil means time.Local.
	Location *time.Location
}

func (o Options) withDefaults() Options {
	if o.Location == nil {
		o.Location = time.Local
	}
	return o
}

// Mapping is what one header became: the record field it fills, a note when the
// column is read but not stored (the controller lives in the workspace, refs and
// due dates are computed), or no field at all.
type Mapping struct {
	Column int    `json:"column"` // 1-based, as the spreadsheet counts
	Header string `json:"header"`
	Field  string `json:"field,omitempty"`
	Note   string `json:"note,omitempty"`
}

// Problem is a row that cannot be read, with the reason and what to do.
type Problem struct {
	Row    int    `json:"row"` // 1-based spreadsheet row; the header is usually row 1
	Reason string `json:"reason"`
}

// ActivityRecord is an activity read from one row. Processors are the names in
// its processors column: only the workspace can resolve them to IDs.
type ActivityRecord struct {
	Row        int            `json:"row"`
	Activity   model.Activity `json:"activity"`
	Processors []string       `json:"processors,omitempty"`
}

// ProcessorRecord is a processor read from one row.
type ProcessorRecord struct {
	Row       int             `json:"row"`
	Processor model.Processor `json:"processor"`
}

// RequestRecord is a request read from one row.
type RequestRecord struct {
	Row     int           `json:"row"`
	Request model.Request `json:"request"`
}

// Plan is everything read from a register file. Nothing is stored until the
// caller decides; with any Problems it should store nothing.
type Plan struct {
	Kind       string            `json:"kind"`
	Source     string            `json:"source"`
	HeaderRow  int               `json:"header_row"`
	Columns    []Mapping         `json:"columns"`
	Unmapped   []string          `json:"unmapped,omitempty"`
	Activities []ActivityRecord  `json:"activities,omitempty"`
	Processors []ProcessorRecord `json:"processors,omitempty"`
	Requests   []RequestRecord   `json:"requests,omitempty"`
	Problems   []Problem         `json:"problems,omitempty"`
}

// Records counts the records read.
func (p Plan) Records() int { return len(p.Activities) + len(p.Processors) + len(p.Requests) }

// row gives the cells of one spreadsheet row by field name.
type row struct {
	num   int
	cells map[string]string
}

func (r row) get(field string) string { return strings.TrimSpace(r.cells[field]) }

func plan(sh sheet, kind string, opts Options) (Plan, error) {
	p := Plan{Kind: kind, Source: sh.source}
	hdr := headerRow(sh.rows)
	if hdr < 0 {
		return p, fmt.Errorf("the file has no header row: the first row should name the columns, e.g. %s", exampleHeaders(kind))
	}
	p.HeaderRow = hdr + 1
	fields := p.mapHeaders(sh.rows[hdr], kind)
	if !p.has("name") && kind != KindRequests || kind == KindRequests && !p.has("subject") {
		return p, fmt.Errorf("no column names the records: add a header such as %s", exampleHeaders(kind))
	}
	for i := hdr + 1; i < len(sh.rows); i++ {
		r, empty := cellsOf(sh.rows[i], fields, i+1)
		if empty {
			continue
		}
		p.readRow(r, opts)
	}
	p.checkDuplicates()
	slices.SortStableFunc(p.Problems, func(a, b Problem) int { return a.Row - b.Row })
	return p, nil
}

func (p *Plan) readRow(r row, opts Options) {
	var errs []string
	switch p.Kind {
	case KindActivities:
		rec, e := readActivity(r)
		errs = e
		if len(e) == 0 {
			p.Activities = append(p.Activities, rec)
		}
	case KindProcessors:
		rec, e := readProcessor(r)
		errs = e
		if len(e) == 0 {
			p.Processors = append(p.Processors, rec)
		}
	case KindRequests:
		rec, e := readRequest(r, opts)
		errs = e
		if len(e) == 0 {
			p.Requests = append(p.Requests, rec)
		}
	}
	if len(errs) > 0 {
		p.Problems = append(p.Problems, Problem{Row: r.num, Reason: strings.Join(errs, "; ")})
	}
}

func (p Plan) has(field string) bool {
	for _, m := range p.Columns {
		if m.Field == field {
			return true
		}
	}
	return false
}

// headerRow is the first row with any text: registers often start with a blank
// line or a title in the first cell only, so a lone cell does not count.
func headerRow(rows [][]string) int {
	for i, r := range rows {
		n := 0
		for _, c := range r {
			if strings.TrimSpace(c) != "" {
				n++
			}
		}
		if n >= 2 {
			return i
		}
	}
	return -1
}

// cellsOf keys a row's cells by field; a field mapped twice keeps both values,
// joined by a newline, so a register with "Zweck 1" and "Zweck 2" loses nothing.
func cellsOf(cells []string, fields []string, num int) (row, bool) {
	r := row{num: num, cells: map[string]string{}}
	empty := true
	for i, c := range cells {
		if i >= len(fields) || fields[i] == "" || strings.TrimSpace(c) == "" {
			continue
		}
		empty = false
		if prev := r.cells[fields[i]]; prev != "" {
			c = prev + "\n" + c
		}
		r.cells[fields[i]] = c
	}
	return r, empty
}

// checkDuplicates reports names used twice in the file: the store keeps names
// unique, and a register with a repeated name is usually a copy-paste slip.
func (p *Plan) checkDuplicates() {
	seen := map[string]int{}
	check := func(row int, name string) {
		k := strings.ToLower(strings.TrimSpace(name))
		if first, ok := seen[k]; ok {
			p.Problems = append(p.Problems, Problem{Row: row, Reason: fmt.Sprintf("the name %q is already used in row %d: names must be unique", name, first)})
			return
		}
		seen[k] = row
	}
	for _, a := range p.Activities {
		check(a.Row, a.Activity.Name)
	}
	for _, pr := range p.Processors {
		check(pr.Row, pr.Processor.Name)
	}
}
