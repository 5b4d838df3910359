package tui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/tui/internal/widget"
)

func TestTabKeys(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, testOptions(t))
	steps := []struct {
		key  string
		want tab
	}{
		{"3", tabRequests}, {"tab", tabProcessors}, {"shift+tab", tabRequests}, {"6", tabAudit}, {"tab", tabBreaches},
		{"tab", tabSettings}, {"tab", tabReports}, {"tab", tabDashboard}, {"shift+tab", tabReports}, {"8", tabSettings}, {"2", tabActivities},
		{"1", tabDashboard},
	}
	for _, st := range steps {
		h.keys(st.key)
		if h.r.active != st.want {
			t.Fatalf("after %q: tab %d, want %d", st.key, h.r.active, st.want)
		}
	}
}

// Number keys typed into a filter are text, not tab switches.
func TestFilterCapturesKeys(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("3", "/", "type:2026-0002", "q")
	if h.r.active != tabRequests {
		t.Fatal("digits in the filter switched the tab")
	}
	h.contains("/ 2026-0002q")
}

func TestMouse(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	// At 80 columns the tab bar is compact: " 3 " starts after "[1 Dashboard]"
	// (13) and " 2 " (3).
	h.send(tea.MouseClickMsg{X: 17, Y: 1, Button: tea.MouseLeft})
	if h.r.active != tabRequests {
		t.Fatalf("click on the tab bar: tab %d", h.r.active)
	}
	// Row 2 of the table: title line 2, header 3, rows from 4.
	h.send(tea.MouseClickMsg{X: 10, Y: 5, Button: tea.MouseLeft})
	if id := h.r.pages[tabRequests].(*requestsPage).selectedID(); id != 2 {
		t.Fatalf("click selected request %d, want 2", id)
	}
	h.send(tea.MouseClickMsg{X: 10, Y: 5, Button: tea.MouseLeft})
	h.contains("Ben Okafor", "Timeline")
	h.keys("esc")
	h.send(tea.MouseWheelMsg{X: 10, Y: 6, Button: tea.MouseWheelDown})
	h.contains("Requests  4 of 4")
}

func TestPaletteRunsAction(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("ctrl+k", "type:extend", "enter")
	if h.r.active != tabRequests {
		t.Fatalf("palette did not switch to requests (tab %d)", h.r.active)
	}
	h.contains("Extend R-2026-0001")
	h.keys("esc", "ctrl+k", "type:go to proc", "enter")
	if h.r.active != tabProcessors {
		t.Fatalf("palette did not go to processors (tab %d)", h.r.active)
	}
}

// Every action the palette lists must do something: its key is bound on its tab.
func TestPaletteActionsAreBound(t *testing.T) {
	s := openStore(t)
	s.readImport = func(string) (model.ImportReview, error) { return model.ImportReview{}, nil }
	h := newHarness(t, s, Options{})
	for _, a := range h.r.actions() {
		ak := a.replayKey()
		if ak == "" {
			continue
		}
		found := false
		for _, g := range append(h.r.pages[a.Tab].Keys().FullHelp(), h.r.keys.FullHelp()...) {
			for _, b := range g {
				for _, k := range b.Keys() {
					found = found || k == ak
				}
			}
		}
		if !found {
			t.Errorf("%s: key %q is not in the %s key map", a.Name, ak, tabNames[a.Tab])
		}
	}
}

// A palette entry names an action, not a key: when the action's binding
// changes, the entry follows it.
func TestPaletteFollowsRebinding(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("3")
	rp := h.r.pages[tabRequests].(*requestsPage)
	rp.keys.Note = key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "add note"))
	h.keys("ctrl+k", "type:add note", "enter")
	h.contains("Note")
	if h.r.modal == nil {
		t.Fatal("the palette's \"add note\" did not open the note form after the key changed")
	}
}

func TestDashboardLeadsToRecords(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("down", "enter")
	if h.r.active != tabRequests {
		t.Fatalf("tab %d", h.r.active)
	}
	h.contains("1 of 4", "[overdue]", "Anna Schmidt")
	h.keys("esc")
	h.contains("4 of 4")
	h.keys("1", "down", "down", "down", "down", "down", "enter") // from the overdue line
	h.contains("Processors", "[no DPA]", "PayFast Ltd")
	h.keys("1")
	for range 12 {
		h.keys("down")
	}
	h.keys("enter")
	if h.r.active == tabDashboard {
		t.Fatal("a finding line led nowhere")
	}
	h.contains("[finding ")
}

func TestEmptyWorkspaceLoadsDemo(t *testing.T) {
	s := openStore(t)
	loaded := false
	o := testOptions(t)
	s.loadDemo = func() error {
		loaded = true
		return s.CreateRequest(&model.Request{Type: "access", Subject: "Demo Person", Channel: "email", Jurisdiction: "eu", Received: testNow, Status: model.StatusReceived})
	}
	h := newHarness(t, s, o)
	h.contains("This workspace is empty", "load the demo data")
	h.keys("D", "y")
	if !loaded {
		t.Fatal("LoadDemo not called")
	}
	h.contains("demo data loaded", "1 open of 1")
}

func TestEmptyWorkspaceDemoError(t *testing.T) {
	s := openStore(t)
	o := testOptions(t)
	s.loadDemo = func() error { return errors.New("disk full") }
	h := newHarness(t, s, o)
	h.keys("D", "y")
	h.contains("loading demo data: disk full")
}

func TestEmptyWorkspaceNewRequest(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, testOptions(t))
	h.keys("n")
	if h.r.active != tabRequests {
		t.Fatal("n on the empty screen did not go to requests")
	}
	h.contains("New request", "Data subject")
}

func TestDocumentsImport(t *testing.T) {
	s := openStore(t)
	var got string
	o := testOptions(t)
	s.readImport = func(path string) (model.ImportReview, error) {
		got = path
		return model.ImportReview{Document: model.Document{Name: "policy.md"}}, nil
	}
	s.applyImport = func(r model.ImportReview, acts, procs []int) (model.ImportResult, error) {
		return model.ImportResult{Name: r.Document.Name, Activities: 3}, nil
	}
	h := newHarness(t, s, o)
	h.keys("5", "i", "type:/tmp/policy.md", "enter")
	if got != "/tmp/policy.md" {
		t.Fatalf("ReadImport got %q", got)
	}
	h.keys("m", "y")
	h.contains("stored policy.md: 3 activities, 0 processors (0 merged)")
}

func TestThemeFollowsBackground(t *testing.T) {
	s := openStore(t)
	o := testOptions(t)
	o.Theme = "auto"
	h := newHarness(t, s, o)
	h.send(tea.BackgroundColorMsg{Color: lipgloss.Color("#ffffff")})
	if h.r.st.IsDark {
		t.Fatal("light background kept dark styles")
	}
	o.Theme = "dark"
	h = newHarness(t, s, o)
	h.send(tea.BackgroundColorMsg{Color: lipgloss.Color("#ffffff")})
	if !h.r.st.IsDark {
		t.Fatal("theme=dark overridden by the terminal")
	}
}

// Larger terminals get more rows and wider columns.
func TestUsesLargeTerminals(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	h.keys("3")
	h.send(tea.WindowSizeMsg{Width: 160, Height: 50})
	lines := strings.Split(h.plain(), "\n")
	if len(lines) != 50 {
		t.Fatalf("%d lines, want 50", len(lines))
	}
	if !strings.Contains(h.plain(), "Data portability") {
		t.Fatal("wide terminal still truncates the type column")
	}
}

// The program quits on q and restores the terminal; teatest runs the real
// tea.Program and the final model is asserted, not the diff stream.
func TestProgramQuits(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	tm := teatest.NewTestModel(t, New(s, testOptions(t)), teatest.WithInitialTermSize(80, 24))
	tm.Send(widget.KeyPress("3"))
	tm.Send(widget.KeyPress("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	r := tm.FinalModel(t).(*Root)
	if r.active != tabRequests {
		t.Fatalf("final tab %d", r.active)
	}
}

// The dashboard lists the request finding its count lines cannot show: an
// extension told to the data subject after the first deadline.
func TestDashboardShowsLateExtension(t *testing.T) {
	s := openStore(t)
	o := testOptions(t)
	r, err := model.NewRequest("access", "Late Notice", "", "email", "eu", testNow.AddDate(0, 0, -40))
	if err != nil {
		t.Fatal(err)
	}
	r.Events = append(r.Events, model.RequestEvent{Kind: model.EventExtend, At: testNow.AddDate(0, 0, -5),
		Reason: "complex", Notified: model.DateOf(testNow.AddDate(0, 0, -5))})
	if err := s.CreateRequest(&r); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, o)
	h.contains("extension-not-told-in-time")
	if strings.Contains(h.plain(), "request-overdue:") {
		t.Error("overdue requests are counted above; the findings list repeated them")
	}
}

// On an empty workspace, i goes straight to the file prompt of the import.
func TestEmptyWorkspaceImportKey(t *testing.T) {
	s := openStore(t)
	s.readImport = func(string) (model.ImportReview, error) { return model.ImportReview{}, nil }
	h := newHarness(t, s, testOptions(t))
	h.contains("This workspace is empty")
	h.keys("i")
	if h.r.active != tabDocuments {
		t.Fatalf("i led to tab %d, want the Documents tab", h.r.active)
	}
	h.contains("Import a document", "File: ")
}
