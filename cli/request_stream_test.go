package cli

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// TestStreamedRequestListMatches checks that the streamed `request list`, in
// JSON and as a table, prints the same bytes as encoding the whole result of
// desk.Requests at once, for every filter; also after the widest subject
// came and went (the table of every request takes its widths from the
// width index).
func TestStreamedRequestListMatches(t *testing.T) {
	now := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	dir := t.TempDir()
	ws, err := store.Open(store.Options{Name: "test", Dir: filepath.Join(dir, "ws"), Create: true, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	d := desk.New(ws, desk.Options{Now: func() time.Time { return now }})
	if _, err := d.LoadDemo(context.Background(), 400, nil); err != nil {
		t.Fatal(err)
	}
	for _, subject := range []string{"Zoë Ångström <b>&</b>", "tab\tand\nnewline", "日本語の件名"} {
		r := &model.Request{Type: "access", Subject: subject, Channel: "email", Jurisdiction: "eu", Received: now.AddDate(0, 0, -3)}
		if err := d.CreateRequest(r); err != nil {
			t.Fatal(err)
		}
	}
	queries := map[string]desk.RequestQuery{
		"":                       desk.AllRequests,
		"--open":                 {Open: true, Within: -1},
		"--overdue":              {Overdue: true, Within: -1},
		"--due-within=7d":        {Within: 7},
		"--status=completed":     {Status: "completed", Within: -1},
		"--type=erasure":         {Type: "erasure", Within: -1},
		"--status=no-such-state": {Status: "no-such-state", Within: -1},
	}
	compareRequestLists(t, d, now, queries)
	long := &model.Request{Type: "access", Subject: strings.Repeat("Überlänge\x1b", 7), Channel: "email", Jurisdiction: "eu", Received: now.AddDate(0, 0, -1)}
	if err := d.CreateRequest(long); err != nil {
		t.Fatal(err)
	}
	compareRequestLists(t, d, now, queries)
	if _, err := d.EditRequest(long.ID, func(r *model.Request) { r.Subject = "short" }); err != nil {
		t.Fatal(err)
	}
	compareRequestLists(t, d, now, queries)
	if err := d.DeleteRequest(long.ID); err != nil {
		t.Fatal(err)
	}
	compareRequestLists(t, d, now, queries)
}

func compareRequestLists(t *testing.T, d *desk.Desk, now time.Time, queries map[string]desk.RequestQuery) {
	t.Helper()
	for flag, q := range queries {
		views, err := d.Requests(q)
		if err != nil {
			t.Fatal(err)
		}
		var wantJSON, wantTable bytes.Buffer
		(&App{stdout: &wantJSON}).printJSON(views)
		referenceTable(&wantTable, views)
		for _, asJSON := range []bool{true, false} {
			var got bytes.Buffer
			a := &App{stdout: &got, stderr: &bytes.Buffer{}, now: func() time.Time { return now }, d: d}
			cmd := a.requestList()
			args := []string{}
			if flag != "" {
				args = append(args, flag)
			}
			want := wantTable.String()
			if asJSON {
				args, want = append(args, "--json"), wantJSON.String()
			}
			cmd.SetArgs(args)
			if err := cmd.Execute(); err != nil {
				t.Fatal(err)
			}
			if got.String() != want {
				t.Errorf("request list %v: streamed output differs (%d bytes, want %d)\n%s", args, got.Len(), len(want), firstDiff(got.String(), want))
			}
		}
	}
}

// TestStreamedRequestsCSVMatches checks that the streamed CSV export gives the
// bytes of the export built in memory.
func TestStreamedRequestsCSVMatches(t *testing.T) {
	now := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	d := newTestDesk(t, now)
	if _, err := d.LoadDemo(context.Background(), 300, nil); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "de"} {
		opts, err := d.ExportOptions("csv", lang, "")
		if err != nil {
			t.Fatal(err)
		}
		want, _, err := d.ExportScoped(context.Background(), desk.RegisterExports[2], opts, desk.DefaultExportStatuses)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := d.ExportRequestsCSV(&got, opts); err != nil {
			t.Fatal(err)
		}
		if got.String() != string(want) {
			t.Errorf("%s: streamed CSV differs\n%s", lang, firstDiff(got.String(), string(want)))
		}
	}
}

// referenceTable is how `request list` printed its table with text/tabwriter
// from the whole result.
func referenceTable(w *bytes.Buffer, views []desk.RequestView) {
	if len(views) == 0 {
		fmt.Fprintln(w, "no requests match")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "REF\tSUBJECT\tTYPE\tSTATUS\tDUE\tDAYS LEFT\tFLAGS")
	for _, v := range views {
		flags := []string{}
		if v.Extended {
			flags = append(flags, "extended")
		}
		if v.Paused {
			flags = append(flags, "paused")
		}
		left := "–"
		if v.DaysLeft != nil {
			left = fmt.Sprint(*v.DaysLeft)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", v.Ref, model.SafeLine(v.Subject), v.Type, v.Status, v.Due, left, strings.Join(flags, ","))
	}
	tw.Flush()
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d:\n got %q\nwant %q", i+1, la[i], lb[i])
		}
	}
	return "one is a prefix of the other"
}

// newTestDesk is a desk on a new workspace in a temporary directory, its
// clock fixed at now.
func newTestDesk(t *testing.T, now time.Time) *desk.Desk {
	t.Helper()
	ws, err := store.Open(store.Options{Name: "test", Dir: filepath.Join(t.TempDir(), "ws"), Create: true, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	return desk.New(ws, desk.Options{Now: func() time.Time { return now }})
}
