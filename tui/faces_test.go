package tui

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/cli"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// TestFacesAgree runs one workspace through every face — `check --json`,
// `request list --overdue` and `--due-within`, the requests export, and the
// interface's dashboard — and asserts that they count the same facts. Each of
// the cases below was judged differently by at least two faces before the
// rules moved into model: a request paused 35 days ago was overdue in check
// only, and a consent withdrawal 20 days old was overdue everywhere but in the
// request list.
func TestFacesAgree(t *testing.T) {
	dir := t.TempDir()
	w, err := store.Open(store.Options{Name: "faces", Dir: dir, Create: true, Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	s := wrap(t, w)
	refs := seedFaces(t, s)

	h := newHarness(t, s, testOptions(t))
	dash := dashboardCounts(t, h)
	w.Close()

	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("DPODESK_DATA_DIR", t.TempDir())
	check := findingsByRule(t, runCLI(t, dir, 1, "check", "--json"))
	overdue := requestRefs(t, runCLI(t, dir, 0, "request", "list", "--overdue", "--json"))
	week := requestRefs(t, runCLI(t, dir, 0, "request", "list", "--due-within", "7d", "--json"))
	records := exportedRecords(t, runCLI(t, dir, 0, "export", "requests", "--format", "json", "--lang", "en"))
	exported := exportedUrgency(records)
	listed := listedDaysLeft(t, runCLI(t, dir, 0, "request", "list", "--json"))

	wantOverdue := []string{refs["overdue"], refs["withdrawal"]}
	slices.Sort(wantOverdue)
	for face, got := range map[string][]string{
		"check":                  check[model.RuleRequestOverdue],
		"request list --overdue": overdue,
		"requests export":        exported["overdue"],
	} {
		if !slices.Equal(got, wantOverdue) {
			t.Errorf("%s: overdue %v, want %v", face, got, wantOverdue)
		}
	}
	if dash["overdue"] != len(wantOverdue) {
		t.Errorf("dashboard: %d overdue, want %d", dash["overdue"], len(wantOverdue))
	}
	if slices.Contains(overdue, refs["paused"]) || slices.Contains(check[model.RuleRequestOverdue], refs["paused"]) {
		t.Errorf("the paused request is called overdue")
	}
	if dash["paused (waiting for the data subject)"] != 1 || len(exported["clock stopped"]) != 1 {
		t.Errorf("paused: dashboard %d, export %v; want the one paused request", dash["paused (waiting for the data subject)"], exported["clock stopped"])
	}

	// days left: none once closed, and while the clock is stopped the days
	// that will remain when it runs again
	for _, r := range records {
		if got, want := r["days_left"], listed[r["ref"]]; got != want {
			t.Errorf("%s: days left %q in the export, %q in request list", r["ref"], got, want)
		}
	}
	if listed[refs["closed"]] != "" || listed[refs["paused"]] == "" {
		t.Errorf("days left: closed %q, paused %q; want none and a number", listed[refs["closed"]], listed[refs["paused"]])
	}

	wantWeek := []string{refs["soon"], refs["week"]}
	slices.Sort(wantWeek)
	if !slices.Equal(week, wantWeek) || dash["due within 7 days"] != len(wantWeek) {
		t.Errorf("due within 7 days: list %v, dashboard %d; want %v", week, dash["due within 7 days"], wantWeek)
	}
	if got := check[model.RuleRequestDueSoon]; !slices.Equal(got, []string{refs["soon"]}) {
		t.Errorf("check request-due-soon %v, want %s", got, refs["soon"])
	}

	if n := len(check[model.RuleProcessorWithoutDPA]); n != 1 || dash["without a signed DPA"] != n {
		t.Errorf("without a DPA: check %d, dashboard %d", n, dash["without a signed DPA"])
	}
	if n := len(check[model.RuleActivityMissingFields]); n != 1 || dash["missing Art. 30(1) fields"] != n {
		t.Errorf("missing fields: check %d, dashboard %d", n, dash["missing Art. 30(1) fields"])
	}
	if len(check[model.RuleActivityReviewDue]) != 1 || len(check[model.RuleProcessorReviewDue]) != 1 {
		t.Errorf("reviews passed: check %v / %v, want one of each", check[model.RuleActivityReviewDue], check[model.RuleProcessorReviewDue])
	}
	if dash["review passed or due within 30 days"] < 1 || dash["DPA review passed or due within 30 days"] < 1 {
		t.Errorf("the dashboard does not count the passed reviews: %v", dash)
	}
}

// seedFaces writes one request in every state at testNow (Monday 2 March
// 2026), a processor without a DPA, one past its review, and activities with
// missing fields and a passed review. It returns the requests' refs by state.
func seedFaces(t *testing.T, s *workspace) map[string]string {
	t.Helper()
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 10, 0, 0, 0, time.UTC) }
	date := func(m time.Month, d int) model.Date { return model.Date{Year: 2026, Month: m, Day: d} }
	reqs := map[string]model.Request{
		"overdue":    {Type: "access", Received: day(1, 10), Status: model.StatusInProgress},
		"withdrawal": {Type: "consent_withdrawal", Received: day(2, 10), Status: model.StatusReceived},
		"paused": {Type: "access", Received: day(1, 20), Status: model.StatusIdentityCheck,
			Events: []model.RequestEvent{{Kind: model.EventPause, At: day(1, 26), Paused: date(1, 26), Reason: "identity"}}},
		"soon":   {Type: "access", Received: day(2, 3), Status: model.StatusReceived},
		"week":   {Type: "erasure", Received: day(2, 6), Status: model.StatusReceived},
		"track":  {Type: "access", Received: day(2, 25), Status: model.StatusReceived},
		"closed": {Type: "access", Received: day(1, 5), Status: model.StatusCompleted, Outcome: "fulfilled"},
		"extended": {Type: "access", Received: day(1, 30), Status: model.StatusInProgress,
			Events: []model.RequestEvent{{Kind: model.EventExtend, At: day(2, 20), Notified: date(2, 20), Reason: "complexity"}}},
	}
	refs := map[string]string{}
	for state, r := range reqs {
		r.Subject, r.Channel, r.Jurisdiction = "Person "+state, "email", "eu"
		if err := s.store.CreateRequest(&r); err != nil {
			t.Fatal(err)
		}
		refs[state] = r.Ref
	}
	procs := []model.Processor{
		{Name: "NoDPA Ltd", Status: model.StatusActive, Role: "processor", Country: "IE", DPA: model.DPA{Status: "requested"}},
		{Name: "Late Review GmbH", Status: model.StatusActive, Role: "processor", Country: "DE",
			DPA: model.DPA{Status: "signed", SignedOn: date(1, 1), NextReview: date(2, 1)}},
	}
	acts := []model.Activity{
		{Name: "Incomplete", Status: model.StatusActive, Purposes: []string{"x"}},
		{Name: "Review passed", Status: model.StatusActive, Purposes: []string{"payroll"}, LegalBases: []string{"6.1.b"},
			DataSubjects: []string{"employees"}, DataCategories: []string{"identity"}, Recipients: []string{"processors"},
			Retention: []model.Retention{{Category: "payroll", Period: "10 years"}}, TOMs: "access control",
			NextReview: date(2, 15)},
	}
	for i := range procs {
		if err := s.store.CreateProcessor(&procs[i]); err != nil {
			t.Fatal(err)
		}
	}
	for i := range acts {
		if err := s.store.CreateActivity(&acts[i]); err != nil {
			t.Fatal(err)
		}
	}
	return refs
}

// dashboardCounts reads the dashboard's lines, text → count.
func dashboardCounts(t *testing.T, h *harness) map[string]int {
	t.Helper()
	d, ok := h.r.pages[tabDashboard].(*dashboard)
	if !ok {
		t.Fatal("no dashboard page")
	}
	out := map[string]int{}
	for _, l := range d.lines {
		if !l.head {
			out[l.text] = l.count
		}
	}
	return out
}

func runCLI(t *testing.T, dir string, wantCode int, args ...string) []byte {
	t.Helper()
	var out, errOut bytes.Buffer
	code := cli.Run(append([]string{"--db", dir}, args...), strings.NewReader(""), &out, &errOut,
		cli.Options{Now: func() time.Time { return testNow }})
	if code != wantCode {
		t.Fatalf("dpodesk %s: exit %d, want %d: %s", strings.Join(args, " "), code, wantCode, errOut.String())
	}
	return out.Bytes()
}

func findingsByRule(t *testing.T, data []byte) map[string][]string {
	t.Helper()
	var fs []model.Finding
	if err := json.Unmarshal(data, &fs); err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, f := range fs {
		out[f.Rule] = append(out[f.Rule], f.Label)
	}
	for _, l := range out {
		slices.Sort(l)
	}
	return out
}

func requestRefs(t *testing.T, data []byte) []string {
	t.Helper()
	var rs []struct{ Ref string }
	if err := json.Unmarshal(data, &rs); err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, r := range rs {
		refs = append(refs, r.Ref)
	}
	slices.Sort(refs)
	return refs
}

// exportedRecords are the records of a JSON export.
func exportedRecords(t *testing.T, data []byte) []map[string]string {
	t.Helper()
	var doc struct {
		Records []map[string]string `json:"records"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Records
}

// listedDaysLeft are the days left of `request list --json` by ref, as the
// export writes them ("" for none).
func listedDaysLeft(t *testing.T, data []byte) map[string]string {
	t.Helper()
	var rs []struct {
		Ref      string
		DaysLeft *int `json:"days_left"`
	}
	if err := json.Unmarshal(data, &rs); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, r := range rs {
		if r.DaysLeft != nil {
			out[r.Ref] = strconv.Itoa(*r.DaysLeft)
		} else {
			out[r.Ref] = ""
		}
	}
	return out
}

// exportedUrgency groups the refs of the requests export by deadline state.
func exportedUrgency(records []map[string]string) map[string][]string {
	out := map[string][]string{}
	for _, r := range records {
		out[r["urgency"]] = append(out[r["urgency"]], r["ref"])
	}
	for _, l := range out {
		slices.Sort(l)
	}
	return out
}
