package tui

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/tui/internal/widget"
)

// reqRow is what the request table and the dashboard need of one request, with
// its deadline computed once per load rather than once per frame.
type reqRow struct {
	ID                        uint64
	Ref, Subject, Type        string
	TypeLabel, Status         string
	Open                      bool
	Due                       model.Date
	Days                      int
	Extended, Paused, OnClock bool
	Urgency                   model.Urgency // the model's one rule, as check and the CLI use it
}

// reqData is one load of the request register, immutable once built so that
// filter commands can read it from another goroutine.
type reqData struct {
	rows  []reqRow
	today model.Date
	// The search text and the ID index are built after the first frame (the
	// page warms them in a Cmd), so a start-up never waits for them.
	hayOnce sync.Once
	hay     []string // lowercase ref, subject, type, status: what "/" searches
	idOnce  sync.Once
	byID    map[uint64]int32
	full    fullHay // with contacts and notes, built when "/" is first used
}

// haystack returns the search text of every row; safe from any goroutine.
func (d *reqData) haystack() []string {
	d.hayOnce.Do(func() { d.hay = haystacks(d.rows) })
	return d.hay
}

// index finds a request's row by ID.
func (d *reqData) index(id uint64) (int32, bool) {
	d.idOnce.Do(func() {
		d.byID = make(map[uint64]int32, len(d.rows))
		for i := range d.rows {
			d.byID[d.rows[i].ID] = int32(i)
		}
	})
	i, ok := d.byID[id]
	return i, ok
}

type requestsLoadedMsg struct {
	data *reqData
	err  error
}

// requestTallyMsg carries the dashboard's request counts.
type requestTallyMsg struct {
	tally model.RequestTally
	err   error
}

// loadRequestTally reads the counts the dashboard shows, which the first
// frame needs; the table's full load runs beside it.
func loadRequestTally(s RequestStore) tea.Cmd {
	return func() tea.Msg {
		t, err := s.RequestTally()
		return requestTallyMsg{tally: t, err: err}
	}
}

// loadRequests reads the slim rows one at a time and computes each deadline as
// it goes, off the event loop: the decoded requests are never all in memory at
// once, only what the table keeps of each.
func loadRequests(s interface {
	RequestStore
	Searcher
}, o Options) tea.Cmd {
	return func() tea.Msg {
		b := newReqBuilder(o, s.Rules())
		if err := s.EachRequestRow(b.add); err != nil {
			return requestsLoadedMsg{err: err}
		}
		d := b.finish()
		d.full.texts = s.RequestSearchDetails
		return requestsLoadedMsg{data: d}
	}
}

func buildReqData(reqs []model.Request, o Options, rules model.DeadlineRules) *reqData {
	b := newReqBuilder(o, rules)
	for _, r := range reqs {
		b.add(r)
	}
	return b.finish()
}

// reqBuilder turns requests into table rows with their deadlines, in the
// store's order, and sorts them into display order at the end.
type reqBuilder struct {
	rules  model.DeadlineRules
	today  model.Date
	labels map[string]string
	memo   map[deadlineKey]model.Deadline
	rows   []reqRow
	dls    []slimDeadline
	ids    []uint64
}

func newReqBuilder(o Options, rules model.DeadlineRules) *reqBuilder {
	return &reqBuilder{rules: rules, today: o.today(), labels: typeLabels(o.Lang), memo: map[deadlineKey]model.Deadline{}}
}

func (b *reqBuilder) add(r model.Request) error {
	dl := deadlineOf(b.rules, r, b.memo)
	left, open := b.rules.DaysLeftGiven(r, dl, b.today) // while paused, what will remain
	if !open {
		left = dl.DaysLeft(b.today)
	}
	sd := slimDeadline{due: dl.Due, days: int32(left), open: r.IsOpen(),
		extended: dl.Extended, paused: dl.Paused, onClock: dl.OnClock,
		urgency: int8(model.RequestUrgency(r, dl, b.today))}
	b.dls = append(b.dls, sd)
	b.ids = append(b.ids, r.ID)
	b.rows = append(b.rows, newReqRow(r, sd, b.labels))
	return nil
}

func (b *reqBuilder) finish() *reqData {
	d := &reqData{today: b.today, rows: make([]reqRow, len(b.rows))}
	for j, i := range sortOrderIDs(b.ids, b.dls) {
		d.rows[j] = b.rows[i]
	}
	return d
}

// slimDeadline is what the table keeps of a deadline: no explanation text and
// no pointers, so the sort works on a compact array.
type slimDeadline struct {
	due                             model.Date
	days                            int32
	open, extended, paused, onClock bool
	urgency                         int8 // model.Urgency
}

// dayNumber orders dates; it is not a day count, only monotonic and compact.
func dayNumber(d model.Date) int { return d.Year*400 + int(d.Month)*32 + d.Day }

// sortOrder returns the display order: open requests by due date, most urgent
// first, then closed ones newest first, ties by ID. The store reads requests in
// ID order, so a stable counting sort over the few hundred distinct due days
// does it in linear time; any other input falls back to a comparison sort.
func sortOrder(reqs []model.Request, dls []slimDeadline) []int32 {
	ids := make([]uint64, len(reqs))
	for i := range reqs {
		ids[i] = reqs[i].ID
	}
	return sortOrderIDs(ids, dls)
}

// sortOrderIDs is sortOrder on the requests' IDs.
func sortOrderIDs(ids []uint64, dls []slimDeadline) []int32 {
	n := len(ids)
	order := make([]int32, n)
	if n == 0 {
		return order
	}
	lo, hi, ascending := dayNumber(dls[0].due), dayNumber(dls[0].due), true
	for i := range dls {
		k := dayNumber(dls[i].due)
		lo, hi = min(lo, k), max(hi, k)
		if i > 0 && ids[i] <= ids[i-1] {
			ascending = false
		}
	}
	span := hi - lo + 1
	bucket := func(i int) int {
		if dls[i].open {
			return dayNumber(dls[i].due) - lo
		}
		return span + hi - dayNumber(dls[i].due)
	}
	if !ascending || span > 4*n+1024 {
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortFunc(order, func(a, b int32) int {
			if c := cmp.Compare(bucket(int(a)), bucket(int(b))); c != 0 {
				return c
			}
			return cmp.Compare(ids[a], ids[b])
		})
		return order
	}
	start := make([]int32, 2*span+1)
	for i := range dls {
		start[bucket(i)+1]++
	}
	for b := 1; b < len(start); b++ {
		start[b] += start[b-1]
	}
	for i := range dls {
		b := bucket(i)
		order[start[b]] = int32(i)
		start[b]++
	}
	return order
}

// haystacks builds the lowercase search text of every row with one allocation
// per CPU: each row's string is a slice of its chunk's large string.
func haystacks(rows []reqRow) []string {
	hay := make([]string, len(rows))
	parallel(len(rows), func(lo, hi int) {
		n := 0
		for i := lo; i < hi; i++ {
			r := &rows[i]
			n += len(r.Ref) + len(r.Subject) + len(r.TypeLabel) + len(r.Type) + len(r.Status) + 4
		}
		buf := make([]byte, 0, n+n/8)
		ends := make([]int, hi-lo)
		for i := lo; i < hi; i++ {
			r := &rows[i]
			for j, f := range [...]string{r.Ref, r.Subject, r.TypeLabel, r.Type, r.Status} {
				if j > 0 {
					buf = append(buf, 0)
				}
				buf = appendLower(buf, f)
			}
			ends[i-lo] = len(buf)
		}
		sliceChunk(hay[lo:hi], buf, ends)
	})
	return hay
}

// sliceChunk turns one chunk of packed row texts into one string and sets
// each row's text to its slice of it: buf holds the rows back to back, ends
// where each ends.
func sliceChunk(hay []string, buf []byte, ends []int) {
	all, start := string(buf), 0
	for k, e := range ends {
		hay[k] = all[start:e]
		start = e
	}
}

// appendLower appends s in lower case, with a fast path for ASCII.
func appendLower(buf []byte, s string) []byte {
	if !widget.IsASCII(s) {
		return append(buf, strings.ToLower(s)...)
	}
	start := len(buf)
	buf = append(buf, s...)
	b := buf[start:]
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return buf
}

// deadlineKey identifies requests whose deadlines are necessarily equal: same
// receipt day, jurisdiction and type, and no pause, resume or extend event (the
// only events the engine reads). Most of a large register shares a few thousand
// keys, so the engine runs a few thousand times instead of 100,000.
type deadlineKey struct {
	day      model.Date
	jur, typ string
}

func deadlineOf(rules model.DeadlineRules, r model.Request, memo map[deadlineKey]model.Deadline) model.Deadline {
	for _, e := range r.Events {
		switch e.Kind {
		case model.EventPause, model.EventResume, model.EventExtend:
			return rules.Deadline(r)
		}
	}
	k := deadlineKey{model.DateOf(r.Received), r.Jurisdiction, r.Type}
	if dl, ok := memo[k]; ok {
		return dl
	}
	dl := rules.Deadline(r)
	memo[k] = dl
	return dl
}

func newReqRow(r model.Request, dl slimDeadline, labels map[string]string) reqRow {
	tl := labels[r.Type]
	if tl == "" {
		tl = r.Type
	}
	return reqRow{
		ID: r.ID, Ref: r.Ref, Subject: r.Subject, Type: r.Type, TypeLabel: tl, Status: r.Status,
		Open: dl.open, Due: dl.due, Days: int(dl.days),
		Extended: dl.extended, Paused: dl.paused, OnClock: dl.onClock, Urgency: model.Urgency(dl.urgency),
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
	rows []model.ActivityRow
	hay  []string // the visible columns, built with the load
	byID map[uint64]int32
	full fullHay // the whole records, built when "/" is first used
}

type activitiesLoadedMsg struct {
	data *actData
	err  error
}

func loadActivities(s interface {
	ActivityStore
	Searcher
}) tea.Cmd {
	return func() tea.Msg {
		rows, err := s.ActivityRows()
		if err != nil {
			return activitiesLoadedMsg{err: err}
		}
		sortByName(rows, func(a model.ActivityRow) string { return a.Name })
		d := &actData{rows: rows, hay: make([]string, len(rows)), byID: make(map[uint64]int32, len(rows))}
		d.full.texts = func() (map[uint64]string, error) { acts, _, err := s.SearchTexts(); return acts, err }
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
	full  fullHay // the whole records, built when "/" is first used
}

type processorsLoadedMsg struct {
	data *procData
	err  error
}

func loadProcessors(s interface {
	ProcessorStore
	Searcher
}, o Options) tea.Cmd {
	return func() tea.Msg {
		rows, err := s.ProcessorRows()
		if err != nil {
			return processorsLoadedMsg{err: err}
		}
		sortByName(rows, func(p model.ProcessorRow) string { return p.Name })
		d := &procData{rows: rows, hay: make([]string, len(rows)), byID: make(map[uint64]int32, len(rows)), today: o.today()}
		d.full.texts = func() (map[uint64]string, error) { _, procs, err := s.SearchTexts(); return procs, err }
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

// sortByName sorts rows by name without case, lowering each name once rather
// than twice per comparison.
func sortByName[T any](rows []T, name func(T) string) {
	type keyed struct {
		k string
		v T
	}
	ks := make([]keyed, len(rows))
	for i, r := range rows {
		ks[i] = keyed{strings.ToLower(name(r)), r}
	}
	slices.SortStableFunc(ks, func(a, b keyed) int { return strings.Compare(a.k, b.k) })
	for i := range ks {
		rows[i] = ks[i].v
	}
}
