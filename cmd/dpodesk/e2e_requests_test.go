package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

// TestRequestFromReceiptToReply is the acceptance run of a request's life with
// the real binary: received on Friday 2024-12-06 in Bavaria, whose one-month
// deadline falls on Epiphany (a Bavarian holiday), identity asked the same day,
// answered on Monday, extended, refused, reopened, fulfilled; every letter; the
// deadlines exported as iCalendar and read back.
func TestRequestFromReceiptToReply(t *testing.T) {
	e := newEnv(t)
	e.writeConfig("holidays = \"DE-BY\"\nlanguage = \"en\"\n")
	show := func(ref string) desk.RequestView {
		t.Helper()
		var v desk.RequestView
		if err := json.Unmarshal([]byte(e.ok("request", "show", ref, "--json")), &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	ref := strings.TrimSpace(e.ok("request", "add", "--subject", "Erika Muster", "--type", "erasure",
		"--received", "2024-12-06", "--contact", "erika@example.org"))
	if v := show(ref); v.Due != "2025-01-07" || !strings.Contains(v.Explanation, "Heilige Drei Könige") {
		t.Fatalf("received Fri 2024-12-06 in DE-BY: due %s (%s), want Tue 2025-01-07 after Epiphany", v.Due, v.Explanation)
	}

	e.ok("request", "pause", ref, "--reason", "identity", "--on", "2024-12-06")
	if v := show(ref); !v.Paused || !strings.HasPrefix(v.Clock, "clock stopped — ") || !strings.Contains(v.Clock, "if the information arrives today, the deadline is") {
		t.Fatalf("paused on the receipt day: %+v", v.Clock)
	}
	identity := e.ok("request", "letter", ref, "--kind", "identity")
	if !strings.Contains(identity, "Art. 12(6) GDPR") || !strings.Contains(identity, "period for our answer is suspended") {
		t.Errorf("identity letter:\n%s", identity)
	}
	e.ok("request", "resume", ref, "--on", "2024-12-09")
	v := show(ref)
	// the question went out on the day of receipt: the month runs from the answer, as a restart would
	if v.Due != "2025-01-09" || v.Paused || !strings.Contains(v.Explanation, "1 month from 2024-12-09") {
		t.Fatalf("after resuming on 2024-12-09: due %s (%s), want 2025-01-09", v.Due, v.Explanation)
	}
	if uk := strings.SplitN(e.ok("deadline", "--received", "2024-12-09"), "\n", 2)[0]; uk != v.Due {
		t.Errorf("a pause on the receipt day gives %s, a restart from the answer %s", v.Due, uk)
	}

	e.ok("request", "extend", ref, "--reason", "six systems to search, two of them archived", "--notified", "2024-12-20")
	if v = show(ref); v.Due != "2025-03-10" || !v.Extended {
		t.Fatalf("extended: due %s, want 2025-03-10 (3 months from 2024-12-09 is Sunday 03-09)", v.Due)
	}
	extension := e.ok("request", "letter", ref, "--kind", "extension", "--lang", "de")
	if !strings.Contains(extension, "six systems to search") || !strings.Contains(extension, "spätestens am 10.03.2025") {
		t.Errorf("extension notice (de):\n%s", extension)
	}
	clar := filepath.Join(e.home, "clarification.md")
	e.ok("request", "letter", ref, "--kind", "clarification", "-o", clar)
	if b, err := os.ReadFile(clar); err != nil || !strings.Contains(string(b), "[[TODO: what needs clarifying") {
		t.Errorf("clarification letter in %s: %v\n%s", clar, err, b)
	}

	r := e.run("request", "close", ref, "--outcome", "refused", "--replied", "2025-01-08")
	if r.code != 1 || !strings.Contains(r.stderr, "needs its reasons") {
		t.Fatalf("a refusal without reasons: exit %d %q", r.code, r.stderr)
	}
	out := e.ok("request", "close", ref, "--outcome", "refused", "--replied", "2025-01-08",
		"--reason", "the data is needed to establish a legal claim (Art. 17(3)(e))", "--remedies-told")
	if !strings.Contains(out, "replied 2025-01-08, on time (due 2025-03-10)") {
		t.Errorf("close refused: %q", out)
	}
	v = show(ref)
	if v.DaysLeft != nil || v.Reply == nil || !v.Reply.RemediesTold || v.Clock != "closed" {
		t.Errorf("closed: days_left %v, reply %+v, clock %q", v.DaysLeft, v.Reply, v.Clock)
	}
	refusal := e.ok("request", "letter", ref, "--kind", "refusal")
	if !strings.Contains(refusal, "The reasons: the data is needed to establish a legal claim") || !strings.Contains(refusal, "Art. 79 GDPR") {
		t.Errorf("refusal letter:\n%s", refusal)
	}
	if r := e.run("request", "reopen", ref); r.code == 0 {
		t.Error("reopened without a reason")
	}
	e.ok("request", "reopen", ref, "--reason", "the claim was settled; erase after all")
	if v = show(ref); v.Status != "in_progress" || v.DaysLeft == nil || v.Due != "2025-03-10" {
		t.Errorf("reopened: status %s days_left %v due %s", v.Status, v.DaysLeft, v.Due)
	}
	out = e.ok("request", "close", ref, "--outcome", "fulfilled", "--replied", "2025-03-11")
	if !strings.Contains(out, "1 day late (due 2025-03-10)") {
		t.Errorf("close fulfilled a day late: %q", out)
	}
	for kind, want := range map[string]string{"erasure": "Art. 17 GDPR", "rectification": "Art. 16 GDPR", "access": "Art. 15"} {
		for _, lang := range []string{"en", "de"} {
			if text := e.ok("request", "letter", ref, "--kind", kind, "--lang", lang); !strings.Contains(text, strings.Replace(want, "GDPR", map[string]string{"en": "GDPR", "de": "DSGVO"}[lang], 1)) {
				t.Errorf("%s letter (%s) lacks %q:\n%s", kind, lang, want, text)
			}
		}
	}
	checkTimeline(t, show(ref))
	checkAudit(t, e, ref)

	// a request past its first month without an extension gets no extension notice
	late := strings.TrimSpace(e.ok("request", "add", "--subject", "Max Muster", "--received", "2025-01-02"))
	if r := e.run("request", "letter", late, "--kind", "extension"); r.code != 1 || !strings.Contains(r.stderr, "too late for an extension notice") {
		t.Errorf("late extension notice: exit %d %q", r.code, r.stderr)
	}
	fresh := strings.TrimSpace(e.ok("request", "add", "--subject", "Jan Neu", "--type", "consent_withdrawal"))
	if v := show(fresh); v.DaysLeft == nil || !strings.HasPrefix(v.Clock, "service level 7 days: due ") {
		t.Errorf("an open consent withdrawal: days_left %v, clock %q; want its 7-day service level", v.DaysLeft, v.Clock)
	}
	if out := e.ok("request", "show", ref); !strings.Contains(out, "received:     2024-12-06 via email") {
		t.Errorf("a receipt given as a date is shown with a time:\n%s", out)
	}
	checkICS(t, e, []string{late, fresh}, ref)
}

func checkTimeline(t *testing.T, v desk.RequestView) {
	t.Helper()
	var days []string
	for _, e := range v.Timeline {
		days = append(days, e.Day.String()+" "+e.Kind)
	}
	want := []string{"2024-12-06 receipt", "2024-12-06 pause", "2024-12-09 resume", "2024-12-20 extend",
		"2025-01-08 close", "2025-03-11 close"}
	if !slices.IsSortedFunc(v.Timeline, func(a, b model.TimelineEntry) int { return a.Day.Compare(b.Day) }) ||
		days[0] != want[0] || v.Timeline[0].Time != "" {
		t.Errorf("timeline %v, want date order from %s with no time of day", days, want[0])
	}
	for _, w := range want {
		if !slices.Contains(days, w) {
			t.Errorf("timeline %v lacks %s", days, w)
		}
	}
}

func checkAudit(t *testing.T, e *env, ref string) {
	t.Helper()
	audit := e.ok("audit", "list", "--record", ref, "--json")
	for _, action := range []string{"request.close", "request.reopen"} {
		if !strings.Contains(audit, `"`+action+`"`) {
			t.Errorf("the audit journal lacks %s", action)
		}
	}
}

// checkICS exports the deadlines twice, parses both and checks one due event per
// open request, none for the closed one, and the same UIDs both times.
func checkICS(t *testing.T, e *env, open []string, closed string) {
	t.Helper()
	export := func(name string) []*ics.VEvent {
		p := filepath.Join(e.home, name)
		e.ok("export", "deadlines", "--format", "ics", "-o", p)
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cal, err := ics.ParseCalendar(f)
		if err != nil {
			t.Fatalf("%s does not parse: %v", name, err)
		}
		return cal.Events()
	}
	uids := func(evs []*ics.VEvent) (all, due []string) {
		for _, ev := range evs {
			all = append(all, ev.Id())
			if strings.Contains(ev.Id(), "-due@") {
				due = append(due, ev.Id())
			}
		}
		return all, due
	}
	first, due := uids(export("one.ics"))
	second, _ := uids(export("two.ics"))
	if strings.Join(first, " ") != strings.Join(second, " ") {
		t.Errorf("UIDs differ between two exports:\n%v\n%v", first, second)
	}
	if len(due) != len(open) {
		t.Errorf("due events %v, want one per open request %v", due, open)
	}
	for _, ref := range open {
		if !slices.Contains(due, "request-"+ref+"-due@default.dpodesk") {
			t.Errorf("no due event for open request %s in %v", ref, due)
		}
	}
	for _, u := range first {
		if strings.Contains(u, closed) {
			t.Errorf("the closed request %s has an event %s", closed, u)
		}
	}
}

// TestReportMatchesRequestList recomputes `report requests --json` on the demo
// from `request list --json`: the report counts what the list shows.
func TestReportMatchesRequestList(t *testing.T) {
	e := newEnv(t)
	e.ok("-w", "demo", "demo")
	var list []desk.RequestView
	if err := json.Unmarshal([]byte(e.ok("-w", "demo", "request", "list", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	var rep model.RequestStats
	if err := json.Unmarshal([]byte(e.ok("-w", "demo", "report", "requests", "--from", "2000-01-01", "--json")), &rep); err != nil {
		t.Fatal(err)
	}
	var want model.RequestStats
	months, types := map[string]int{}, map[string]int{}
	var days []int
	for _, v := range list {
		want.Received++
		months[v.Received[:7]]++
		types[v.Type]++
		if v.Extended {
			want.Extended++
		}
		if v.DaysLeft != nil { // open: closed requests carry no days_left
			want.Open++
			continue
		}
		want.Closed++
		switch v.Outcome {
		case "refused":
			want.Refused++
		case "withdrawn":
			want.Withdrawn++
		}
		if v.Reply == nil {
			t.Fatalf("%s is closed without a reply in the demo", v.Ref)
		}
		days = append(days, v.Reply.DaysToReply)
		if v.Reply.OnTime {
			want.OnTime++
		}
	}
	slices.Sort(days)
	if want.Received < 20 || want.Closed == 0 || want.Refused == 0 || want.Extended == 0 {
		t.Fatalf("the demo is too thin to test the report: %+v", want)
	}
	got := rep
	if got.Received != want.Received || got.Open != want.Open || got.Closed != want.Closed || got.OnTime != want.OnTime ||
		got.Refused != want.Refused || got.Withdrawn != want.Withdrawn || got.Extended != want.Extended {
		t.Errorf("report %+v\nlist gives %+v", got, want)
	}
	n := len(days)
	median := float64(days[n/2])
	if n%2 == 0 {
		median = float64(days[n/2-1]+days[n/2]) / 2
	}
	if got.MedianDays != median {
		t.Errorf("median days to reply: report %v, list %v", got.MedianDays, median)
	}
	for _, m := range got.Months {
		if m.Total != months[m.Month] {
			t.Errorf("month %s: report %d, list %d", m.Month, m.Total, months[m.Month])
		}
		delete(months, m.Month)
	}
	if len(months) != 0 {
		t.Errorf("months in the list but not in the report: %v", months)
	}
	for _, tc := range got.ByType {
		if tc.Count != types[tc.Type] {
			t.Errorf("type %s: report %d, list %d", tc.Type, tc.Count, types[tc.Type])
		}
	}
}
