package tui

import (
	"runtime"
	"slices"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
)

// reqRow is what the request table and the dashboard need of one request, with
// its deadline computed once per load rather than once per frame.
type reqRow struct {
	ID                        uint64
	Ref, Subject, Type        string
	TypeLabel, Status         string
	Open                      bool
	Received, Due             model.Date
	Days                      int
	Extended, Paused, OnClock bool
}

// reqData is one load of the request register, immutable once built so that
// filter commands can read it from another goroutine.
type reqData struct {
	rows  []reqRow
	hay   []string // lowercase ref, subject, type, status: what "/" searches
	byID  map[uint64]int32
	today model.Date
}

type requestsLoadedMsg struct {
	data *reqData
	err  error
}

// loadRequests reads the slim rows and computes every deadline off the event
// loop, spread over the CPUs: at 100,000 requests this is the bulk of start-up.
func loadRequests(s RequestStore, o Options) tea.Cmd {
	return func() tea.Msg {
		reqs, err := s.RequestRows()
		if err != nil {
			return requestsLoadedMsg{err: err}
		}
		return requestsLoadedMsg{data: buildReqData(reqs, o)}
	}
}

func buildReqData(reqs []model.Request, o Options) *reqData {
	d := &reqData{rows: make([]reqRow, len(reqs)), today: o.today()}
	labels := typeLabels(o.Lang)
	parallel(len(reqs), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			d.rows[i] = newReqRow(reqs[i], o.Rules, d.today, labels)
		}
	})
	// Open requests first by due date, most urgent on top; closed ones after, newest first.
	slices.SortFunc(d.rows, func(a, b reqRow) int {
		if a.Open != b.Open {
			if a.Open {
				return -1
			}
			return 1
		}
		c := a.Due.Time().Compare(b.Due.Time())
		if !a.Open {
			c = -c
		}
		if c == 0 {
			c = strings.Compare(a.Ref, b.Ref)
		}
		return c
	})
	d.hay = make([]string, len(d.rows))
	d.byID = make(map[uint64]int32, len(d.rows))
	for i := range d.rows {
		r := &d.rows[i]
		d.hay[i] = strings.ToLower(r.Ref + "\x00" + r.Subject + "\x00" + r.TypeLabel + "\x00" + r.Type + "\x00" + r.Status)
		d.byID[r.ID] = int32(i)
	}
	return d
}

func newReqRow(r model.Request, rules model.DeadlineRules, today model.Date, labels map[string]string) reqRow {
	dl := rules.Deadline(r)
	tl := labels[r.Type]
	if tl == "" {
		tl = r.Type
	}
	return reqRow{
		ID: r.ID, Ref: r.Ref, Subject: r.Subject, Type: r.Type, TypeLabel: tl, Status: r.Status,
		Open: r.IsOpen(), Received: model.DateOf(r.Received), Due: dl.Due, Days: dl.DaysLeft(today),
		Extended: dl.Extended, Paused: dl.Paused, OnClock: dl.OnClock,
	}
}

func typeLabels(lang string) map[string]string {
	m := map[string]string{}
	for _, t := range model.RequestTypes() {
		m[t.Key] = t.Label(lang)
	}
	return m
}

// parallel runs fn over [0,n) in chunks on every CPU.
func parallel(n int, fn func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < 2048 || workers < 2 {
		fn(0, n)
		return
	}
	chunk := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += chunk {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			fn(lo, hi)
		}(lo, min(lo+chunk, n))
	}
	wg.Wait()
}

// actData is one load of the activity register.
type actData struct {
	rows  []model.ActivityRow
	hay   []string
	byID  map[uint64]int32
	today model.Date
}

type activitiesLoadedMsg struct {
	data *actData
	err  error
}

func loadActivities(s ActivityStore) tea.Cmd {
	return func() tea.Msg {
		rows, err := s.ActivityRows()
		if err != nil {
			return activitiesLoadedMsg{err: err}
		}
		slices.SortFunc(rows, func(a, b model.ActivityRow) int {
			return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
		})
		d := &actData{rows: rows, hay: make([]string, len(rows)), byID: make(map[uint64]int32, len(rows))}
		for i, a := range rows {
			d.hay[i] = strings.ToLower(a.Name + "\x00" + a.Purposes + "\x00" + strings.Join(a.LegalBases, " ") + "\x00" + string(a.Status))
			d.byID[a.ID] = int32(i)
		}
		return activitiesLoadedMsg{data: d}
	}
}

// procData is one load of the processor register.
type procData struct {
	rows  []model.ProcessorRow
	hay   []string
	byID  map[uint64]int32
	today model.Date
}

type processorsLoadedMsg struct {
	data *procData
	err  error
}

func loadProcessors(s ProcessorStore, o Options) tea.Cmd {
	return func() tea.Msg {
		rows, err := s.ProcessorRows()
		if err != nil {
			return processorsLoadedMsg{err: err}
		}
		slices.SortFunc(rows, func(a, b model.ProcessorRow) int {
			return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
		})
		d := &procData{rows: rows, hay: make([]string, len(rows)), byID: make(map[uint64]int32, len(rows)), today: o.today()}
		for i, p := range rows {
			d.hay[i] = strings.ToLower(p.Name + "\x00" + p.Country + "\x00" + p.TransferMechanism + "\x00" + p.DPAStatus + "\x00" + p.Role)
			d.byID[p.ID] = int32(i)
		}
		return processorsLoadedMsg{data: d}
	}
}

type documentsLoadedMsg struct {
	docs []model.Document
	err  error
}

// loadDocuments keeps only what the list shows: the texts stay in the store.
func loadDocuments(s DocumentStore) tea.Cmd {
	return func() tea.Msg {
		docs, err := s.ListDocuments()
		for i := range docs {
			docs[i].Text, docs[i].Sections = "", nil
		}
		slices.SortFunc(docs, func(a, b model.Document) int { return b.ImportedAt.Compare(a.ImportedAt) })
		return documentsLoadedMsg{docs: docs, err: err}
	}
}

// reloadAuditMsg asks the audit page to read the journal again.
type reloadAuditMsg struct{}

func reloadAudit() tea.Cmd { return func() tea.Msg { return reloadAuditMsg{} } }
