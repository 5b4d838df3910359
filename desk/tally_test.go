package desk

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// The dashboard's counts come from the due index, kept with every write; they
// must equal the counts of every request computed afresh, on random workspaces,
// through pauses, resumptions, extensions, closes, reopenings, deletions and
// changes of the holiday region and extension mode, on any day.
func TestRequestTallyFromIndexEqualsFullComputation(t *testing.T) {
	for seed := range uint64(3) {
		t.Run("seed"+string(rune('0'+seed)), func(t *testing.T) { randomWorkspaceTally(t, seed) })
	}
}

func randomWorkspaceTally(t *testing.T, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 42))
	now := time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	ws, err := store.Open(store.Options{Name: "tally", Dir: filepath.Join(t.TempDir(), "ws"), Create: true, Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	rules, err := model.NewDeadlineRules("DE-BY", "", "")
	if err != nil {
		t.Fatal(err)
	}
	d := New(ws, Options{Rules: rules, Now: clock})

	types := []string{"access", "erasure", "objection", "portability", "consent_withdrawal", "rectification"}
	juris := []string{"eu", "uk", "ccpa", "ch"}
	var ids []uint64
	for range 150 {
		received := now.AddDate(0, 0, -rng.IntN(150))
		r, err := model.NewRequest(types[rng.IntN(len(types))], randomSubject(rng), "ds@example.org", "email",
			juris[rng.IntN(len(juris))], model.ReceivedOnDay(model.DateOf(received), time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		if err := d.CreateRequest(&r); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID)
	}
	regions := []string{"DE-SN", "none", "DE-BY", "GB-ENG"}
	upcoming := 0 // upcoming dates compared
	for step := range 240 {
		id := ids[rng.IntN(len(ids))]
		day := model.DateOf(now)
		var err error
		switch rng.IntN(8) {
		case 0, 1:
			_, err = d.ActOnRequest(id, model.ActionRequestPause, func(r *model.Request) error { return r.Pause("identity", day, now) })
		case 2:
			_, err = d.ActOnRequest(id, model.ActionRequestResume, func(r *model.Request) error { return r.Resume(day, now) })
		case 3:
			_, err = d.ActOnRequest(id, model.ActionRequestExtend, func(r *model.Request) error {
				return r.Extend("complex request", day, d.Rules(), now)
			})
		case 4:
			_, err = d.ActOnRequest(id, model.ActionRequestClose, func(r *model.Request) error {
				return r.CloseWith(model.Closing{Outcome: "fulfilled"}, now)
			})
		case 5:
			_, err = d.ActOnRequest(id, model.ActionRequestReopen, func(r *model.Request) error { return r.Reopen("answer incomplete", now) })
		case 6:
			if err := d.DeleteRequest(id); err == nil {
				ids = slices.DeleteFunc(ids, func(x uint64) bool { return x == id })
			}
		case 7:
			if rng.IntN(2) == 0 {
				now = now.AddDate(0, 0, rng.IntN(9)) // days pass
			} else {
				_, err = d.EditRequest(id, func(r *model.Request) { r.Subject = randomSubject(rng) })
			}
		}
		_ = err // a step the request's state does not allow changes nothing
		if step%60 == 59 {
			o, err := d.Organisation()
			if err != nil {
				t.Fatal(err)
			}
			o.Deadlines.Holidays = regions[(step/60)%len(regions)]
			o.Deadlines.ExtensionMode = []string{model.ExtendFromReceipt, model.ExtendFromDeadline}[rng.IntN(2)]
			if _, err := d.SaveOrganisation(o); err != nil {
				t.Fatal(err)
			}
		}
		if step%20 == 19 {
			compareTally(t, d, ws, &now, step, &upcoming)
		}
	}
	if upcoming == 0 {
		t.Fatal("no upcoming date was compared: the workspace is not random enough")
	}
}

func compareTally(t *testing.T, d *Desk, ws *store.Workspace, now *time.Time, step int, upcoming *int) {
	t.Helper()
	if ready, err := ws.DueIndexReady(); err != nil || !ready {
		t.Fatalf("step %d: due index not ready (%v)", step, err)
	}
	saved := *now
	defer func() { *now = saved }()
	for _, shift := range []int{0, 1, 7, 30, -20} { // the same index read on other days
		*now = saved.AddDate(0, 0, shift)
		got, err := d.RequestTally()
		if err != nil {
			t.Fatal(err)
		}
		want, err := d.requestTallyOfRows()
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("step %d, day %+d: index %+v, every request %+v", step, shift, got, want)
		}
		*upcoming += compareUpcoming(t, d, step, shift)
		compareWidths(t, d, step)
		compareList(t, d, step, shift)
	}
	if rep, err := ws.Check(context.Background()); err != nil {
		t.Fatalf("step %d: %v %v", step, err, rep.Problems)
	}
}

// randomSubject is a name of 1 to 46 characters, some of them non-ASCII or
// control characters (each shown as one character).
func randomSubject(rng *rand.Rand) string {
	parts := []string{"Ana", " ", "Müller", "日本", "\x1b", "-", "Q"}
	var b strings.Builder
	b.WriteString("A")
	for range rng.IntN(10) {
		b.WriteString(parts[rng.IntN(len(parts))])
	}
	return b.String()
}

// The request table's widths from the width index equal the widest values
// of every request.
func compareWidths(t *testing.T, d *Desk, step int) {
	t.Helper()
	l, err := d.RequestList(AllRequests)
	if err != nil {
		t.Fatal(err)
	}
	got, ok, err := l.Widths()
	if err != nil || !ok {
		t.Fatalf("step %d: no widths from the index (%v)", step, err)
	}
	views, err := d.Requests(AllRequests)
	if err != nil {
		t.Fatal(err)
	}
	want := store.RequestWidths{Any: len(views) > 0}
	for _, v := range views {
		for i, s := range []string{v.Ref, v.Subject, v.Type, v.Status} {
			want.Columns[i] = max(want.Columns[i], model.LineWidth(s))
		}
	}
	if got != want {
		t.Fatalf("step %d: widths from the index %+v, from every request %+v", step, got, want)
	}
	for _, q := range []RequestQuery{{Open: true, Within: -1}, {Status: "received", Within: -1}} {
		if l, err := d.RequestList(q); err != nil {
			t.Fatal(err)
		} else if _, ok, _ := l.Widths(); ok {
			t.Fatalf("step %d: a list of some requests (%+v) took the widths of all", step, q)
		}
	}
}

// The dashboard's upcoming dates from the due index equal those computed from
// every request.
func compareUpcoming(t *testing.T, d *Desk, step, shift int) int {
	t.Helper()
	today := d.Today()
	end := today.AddDays(14)
	got, err := d.RequestsDueBetween(today, end)
	if err != nil {
		t.Fatal(err)
	}
	want, err := d.requestsDueBetweenOfRows(today, end)
	if err != nil {
		t.Fatal(err)
	}
	g, w := d.Rules().DueEntries(got, nil, nil, today), d.Rules().DueEntries(want, nil, nil, today)
	if len(g) != len(w) {
		t.Fatalf("step %d, day %+d: %d upcoming entries from the index, %d from every request", step, shift, len(g), len(w))
	}
	for i := range g {
		if !reflect.DeepEqual(g[i], w[i]) {
			t.Fatalf("step %d, day %+d, entry %d: index %+v, every request %+v", step, shift, i, g[i], w[i])
		}
	}
	return len(g)
}

// The listing read from the rows kept in due order equals the views of every
// request, selected and sorted.
func compareList(t *testing.T, d *Desk, step, shift int) {
	t.Helper()
	for _, q := range []RequestQuery{AllRequests, {Open: true, Within: -1}, {Overdue: true, Within: -1}, {Within: 7}} {
		l, err := d.RequestList(q)
		if err != nil {
			t.Fatal(err)
		}
		if !l.ordered {
			t.Fatalf("step %d: the list did not read the rows in due order", step)
		}
		got := []RequestView{}
		if err := l.Each(func(v RequestView) error { got = append(got, v); return nil }); err != nil {
			t.Fatal(err)
		}
		want, err := d.Requests(q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("step %d, day %+d, query %+v: %d views from the rows in due order, %d from every request", step, shift, q, len(got), len(want))
		}
	}
}
