package tui

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/dpodesk/dpodesk/model"
)

// englishUI are words of the interface that must not show when the language
// is German, matched as whole words. Key names (enter, tab, esc, ctrl+k) are
// printed on the keys and stay; words German shares (Name, Status) are not
// listed; the records are seeded with German data so that none can match.
var englishUI = []string{
	"Activities", "Activity", "Requests", "Request", "Processors", "Processor", "Documents", "Dashboard",
	"Settings", "Reports", "Breaches", "Breach", "Audit", "Deadline", "Deadlines", "Save", "Cancel",
	"new", "open", "filter", "help", "overdue", "due", "received", "paused", "search", "quit", "back", "edit",
	"delete", "close", "next", "previous", "commands", "none", "yes", "no", "the", "and", "of", "to",
	"is", "with", "from", "days", "day", "month", "months", "working", "holidays", "weekends", "calendar", "review",
	"Review", "Purposes", "Legal", "bases", "Owner", "Recipients", "Retention", "Type", "Subject", "Channel",
	"Received", "Due", "Left", "Country", "Role", "Everywhere", "Keys", "switch", "workspace", "export",
	"Export", "New", "Description", "Notes", "Timeline", "Rule", "rule", "Findings", "findings",
	"missing", "signed", "transfer", "Transfers", "first", "last", "page", "up", "down", "nothing", "saved",
	"cancelled", "select", "identity", "check", "access", "erasure", "completed", "progress", "create",
	"request", "activity", "processor", "loading", "Loading", "empty", "Press", "press", "Commands", "type",
	"runs", "closes", "Fri", "Mon", "Sat", "Sun", "logged", "via", "email", "extended", "draft", "active",
	"confidentiality", "integrity", "availability", "Controller", "Address", "Phone",
}

var englishWord = regexp.MustCompile(`\b(` + strings.Join(englishUI, "|") + `)\b`)

// seedGerman writes the fixture's records with German names and texts.
func seedGerman(t *testing.T, s *workspace) {
	t.Helper()
	p := model.Processor{Name: "Postdienst GmbH", Status: model.StatusActive, Role: "processor", Country: "DE",
		Services: "Versand der Rundschreiben", DPA: model.DPA{Status: "signed", SignedOn: model.Date{Year: 2024, Month: 5, Day: 2},
			NextReview: model.Date{Year: 2026, Month: 3, Day: 20}}}
	if err := s.CreateProcessor(&p); err != nil {
		t.Fatal(err)
	}
	acts := []model.Activity{
		{Name: "Rundschreiben", Status: model.StatusActive, Purposes: []string{"Werbung"}, LegalBases: []string{"6.1.a"},
			ConsentWithdrawal: "Abmeldelink", DataSubjects: []string{"customers"}, DataCategories: []string{"contact"},
			Recipients: []string{"processors"}, ProcessorIDs: []uint64{p.ID}, Retention: []model.Retention{{Category: "contact", Period: "bis zum Widerruf"}},
			TOMs: "Verschlüsselung", NextReview: model.Date{Year: 2026, Month: 3, Day: 15}},
		{Name: "Videoüberwachung", Status: model.StatusDraft, Purposes: []string{"Schutz der Räume"},
			DPIA: model.DPIAScreening{Criteria: []string{"systematic_monitoring", "large_scale"}}},
	}
	for i := range acts {
		if err := s.CreateActivity(&acts[i]); err != nil {
			t.Fatal(err)
		}
	}
	b, err := s.AddBreach(model.Breach{Title: "Fehlversand Lohnliste", AwareAt: testNow.Add(-30 * time.Hour), TZ: "Europe/Berlin",
		Description: "Lohnliste an falsche Adresse"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AssessBreach(b.ID, model.BreachAssessment{DPC: 2, EI: 0.5, Confidentiality: 0.25, Rationale: "Gehaltsdaten"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DecideBreach(b.ID, model.BreachDecision{NotifyAuthority: true, Reason: "Risiko"}); err != nil {
		t.Fatal(err)
	}
	at := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 10, 0, 0, 0, time.UTC) }
	reqs := []model.Request{
		{Type: "access", Subject: "Anna Schmidt", Channel: "email", Jurisdiction: "eu", Received: at(1, 20), Status: model.StatusInProgress},
		{Type: "erasure", Subject: "Ben Okafor", Channel: "letter", Jurisdiction: "eu", Received: at(2, 3), Status: model.StatusReceived},
	}
	createRequests(t, s, reqs)
}

// With the language German, every tab, a detail view, a new-activity form,
// the help, the palette and a request with its timeline and deadline rule
// show no English interface text.
func TestGermanScreensHaveNoEnglish(t *testing.T) {
	s := openStore(t)
	seedGerman(t, s)
	o := testOptions(t)
	o.Lang, o.DateFormat = "de", "02.01.2006"
	h := newHarness(t, s, o)
	var shots []string
	shot := func(what string) {
		shots = append(shots, "== "+what+"\n"+h.plain())
	}
	for _, tab := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"} {
		h.keys(tab)
		shot("tab " + tab)
		h.keys("?")
		shot("help on tab " + tab)
		h.keys("esc")
	}
	h.keys("2", "enter")
	shot("activity detail")
	h.keys("esc", "n")
	shot("new activity form")
	h.keys("esc", "esc")
	h.keys("4", "enter")
	shot("processor detail")
	h.keys("esc", "3", "enter")
	shot("request detail")
	h.keys("esc", "7", "enter")
	shot("breach detail")
	h.keys("esc", "3", "n")
	shot("new request form")
	h.keys("esc", "1")
	shot("dashboard with a breach")
	for _, f := range []struct{ what, tab, key string }{
		{"settings form", "8", "e"}, {"new processor form", "4", "n"}, {"DPIA screening form", "2", "s"},
		{"pause form", "3", "p"}, {"extend form", "3", "x"}, {"close form", "3", "c"}, {"letter form", "3", "L"},
		{"note form", "3", "a"}, {"export form", "1", "X"}, {"new breach form", "7", "n"},
	} {
		h.keys(f.tab, f.key)
		shot(f.what)
		h.keys("esc", "esc")
	}
	h.keys("esc", "ctrl+k")
	shot("palette")
	h.keys("esc")
	all := strings.Join(shots, "\n")
	if p := os.Getenv("DPODESK_GERMAN_SCREENS"); p != "" {
		os.WriteFile(p, []byte(all), 0o644)
	}
	var found []string
	for _, s := range shots {
		for _, line := range strings.Split(s, "\n")[1:] {
			if ws := englishWord.FindAllString(line, -1); len(ws) > 0 {
				found = append(found, strings.SplitN(s, "\n", 2)[0]+": "+strings.Join(ws, ",")+" in «"+strings.TrimSpace(line)+"»")
			}
		}
	}
	if len(found) > 0 {
		t.Errorf("%d lines with English words:\n%s", len(found), strings.Join(found, "\n"))
	}
	for _, s := range shots {
		if cut := cutLabels(s); len(cut) > 0 {
			t.Errorf("%s: labels cut at 80 columns: %q", strings.SplitN(s, "\n", 2)[0], cut)
		}
	}
}

// cutLabels finds the labels of a detail pane shortened to fit its label
// column (fieldWriter: 23 cells and a gap), which end in "…" there.
func cutLabels(screen string) []string {
	var cut []string
	for _, line := range strings.Split(screen, "\n") {
		r := []rune(line)
		if len(r) > 24 && r[22] == '…' && r[23] == ' ' && !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, ">") {
			cut = append(cut, string(r[:23]))
		}
	}
	return cut
}

func germanHarness(t *testing.T, s *workspace) *harness {
	o := testOptions(t)
	o.Lang, o.DateFormat = "de", "02.01.2006"
	return newHarness(t, s, o)
}

// A German form shows dates in the configured format and takes them typed
// that way or as ISO: the receipt date of a request, the review of an activity.
func TestGermanDatesInForms(t *testing.T) {
	s := openStore(t)
	h := germanHarness(t, s)
	h.keys("3", "n", "type:Eva Braun", "enter", "enter")
	h.contains("Eingegangen am (TT.MM.JJJJ)", "02.03.2026")
	for range 10 {
		h.keys("backspace")
	}
	h.keys("type:25.02.2026", "enter")
	for range 6 {
		if h.r.modal == nil {
			break
		}
		h.keys("enter")
	}
	r, ok := findRequest(t, s, "Eva Braun")
	if !ok || model.DateOf(r.Received) != (model.Date{Year: 2026, Month: 2, Day: 25}) {
		t.Fatalf("request not saved with 25.02.2026 (%v):\n%s", r.Received, h.plain())
	}
	h.contains("Anfrage R-2026-0001 für Eva Braun gespeichert")

	h.keys("2", "n", "type:Bewerbungen", "enter", "enter", "enter", "enter")
	h.contains("Nächste Überprüfung (TT.MM.JJJJ)")
	h.keys("type:31.12.2026", "enter")
	h.contains("Zwecke")
	h.enterThrough()
	a, ok := findActivity(t, s, "Bewerbungen")
	if !ok || a.NextReview != (model.Date{Year: 2026, Month: 12, Day: 31}) {
		t.Fatalf("review 31.12.2026 not saved: %+v\n%s", a.NextReview, h.plain())
	}

	h.keys("2", "n", "type:Anderes", "enter", "enter", "enter", "enter", "type:2026-13-01", "enter")
	h.contains(`"2026-13-01" ist kein Datum: geben Sie es als TT.MM.JJJJ ein`)
}

// Every German field label fits the label column of the detail panes at 80
// columns (fieldWriter: 24 cells, one of them the gap).
func TestGermanLabelsFitTheDetailColumn(t *testing.T) {
	for kind, fields := range model.LabelKinds() {
		for key := range fields {
			if l := model.Field(kind, key).Short("de"); lipgloss.Width(l) > 23 {
				t.Errorf("%s.%s: %q is %d cells, the detail column has 23", kind, key, l, lipgloss.Width(l))
			}
		}
	}
}
