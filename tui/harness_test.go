package tui

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
	"github.com/dpodesk/dpodesk/tui/internal/cmdrun"
	"github.com/dpodesk/dpodesk/tui/internal/widget"
)

// testNow is the fixed clock of every test: Monday, 2 March 2026, 09:30 UTC.
var testNow = time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)

// workspace is the application layer over a real workspace in a temporary
// directory, as the interface gets it from main. A test may replace the import
// and the demo with its own functions to see what the interface asks for; the
// store stays at hand for arranging records.
type workspace struct {
	*desk.Desk
	store       *store.Workspace
	readImport  func(path string) (model.ImportReview, error)
	applyImport func(r model.ImportReview, acts, procs []int) (model.ImportResult, error)
	loadDemo    func() error
	draftLetter func(ref, kind, lang string) (string, error)
}

func openStore(tb testing.TB) *workspace {
	tb.Helper()
	w, err := store.Open(store.Options{Name: "test", Dir: tb.TempDir(), Create: true, Now: func() time.Time { return testNow }})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { w.Close() })
	return wrap(tb, w)
}

func wrap(tb testing.TB, w *store.Workspace) *workspace {
	rules, err := model.NewDeadlineRules("", "", "")
	if err != nil {
		tb.Fatal(err)
	}
	return &workspace{Desk: desk.New(w, desk.Options{Rules: rules, Now: func() time.Time { return testNow }}), store: w}
}

func (w *workspace) ReadImport(path string) (model.ImportReview, error) {
	if w.readImport != nil {
		return w.readImport(path)
	}
	return w.Desk.ReadImport(path)
}

func (w *workspace) ApplyImport(r model.ImportReview, acts, procs []int) (model.ImportResult, error) {
	if w.applyImport != nil {
		return w.applyImport(r, acts, procs)
	}
	return w.Desk.ApplyImport(r, acts, procs)
}

func (w *workspace) LoadDemoData(ctx context.Context) error {
	if w.loadDemo != nil {
		return w.loadDemo()
	}
	return w.Desk.LoadDemoData(ctx)
}

func (w *workspace) DraftLetter(ref, kind, lang string) (string, error) {
	if w.draftLetter != nil {
		return w.draftLetter(ref, kind, lang)
	}
	return w.Desk.DraftLetter(ref, kind, lang)
}

// UpdateRequest and Apply let tests arrange records behind the interface's back.
func (w *workspace) UpdateRequest(r *model.Request, action string) error {
	return w.store.UpdateRequest(r, action)
}
func (w *workspace) Apply(cs store.Changeset) error { return w.store.Apply(cs) }

func testOptions(tb testing.TB) Options {
	return Options{Workspace: "test", Theme: "dark", DefaultJurisdiction: "eu",
		Now: func() time.Time { return testNow }}
}

// harness drives a Root like a program would: each message goes through
// Update, and the commands it returns run and feed their messages back.
// Commands that wait on a timer (cursor blinks, ticks) are dropped.
type harness struct {
	t *testing.T
	r *Root
}

func newHarness(t *testing.T, s Services, o Options) *harness {
	h := &harness{t: t, r: New(s, o)}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.run(h.r.Init())
	return h
}

func (h *harness) send(msgs ...tea.Msg) {
	for _, m := range msgs {
		_, cmd := h.r.Update(m)
		h.run(cmd)
	}
}

// keys types each named key ("n", "enter", "ctrl+k") or, for longer plain
// strings prefixed with "type:", each character.
func (h *harness) keys(ks ...string) {
	for _, k := range ks {
		if text, ok := strings.CutPrefix(k, "type:"); ok {
			for _, r := range text {
				h.send(tea.KeyPressMsg{Code: r, Text: string(r)})
			}
			continue
		}
		h.send(widget.KeyPress(k))
	}
}

var cmdType = reflect.TypeOf(tea.Cmd(nil))

func (h *harness) run(cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg, ok := cmdrun.Run(c)
		if !ok || msg == nil {
			continue
		}
		if b, ok := msg.(tea.BatchMsg); ok {
			queue = append(queue, b...)
			continue
		}
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
			for i := 0; i < v.Len(); i++ {
				queue = append(queue, v.Index(i).Interface().(tea.Cmd))
			}
			continue
		}
		if _, quit := msg.(tea.QuitMsg); quit {
			continue
		}
		_, next := h.r.Update(msg)
		queue = append(queue, next)
	}
}

// screen renders the current frame with the ASCII colour profile: colours go,
// bold, underline and reverse stay, which is what NO_COLOR users see.
func (h *harness) screen() string {
	var b bytes.Buffer
	w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.Ascii}
	w.WriteString(h.r.View().Content)
	return b.String()
}

// plain is the frame as text, for assertions.
func (h *harness) plain() string { return ansi.Strip(h.r.View().Content) }

func (h *harness) contains(want ...string) {
	h.t.Helper()
	s := h.plain()
	for _, w := range want {
		if !strings.Contains(s, w) {
			h.t.Fatalf("screen does not contain %q:\n%s", w, s)
		}
	}
}
