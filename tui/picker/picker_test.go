package picker

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/dpodesk/dpodesk/tui/internal/cmdrun"
	"github.com/dpodesk/dpodesk/tui/internal/widget"
)

// pickerHarness drives a Picker as the program would and records whether it
// asked to quit.
type pickerHarness struct {
	t    *testing.T
	p    *Picker
	quit bool
}

func newPickerHarness(t *testing.T, o Options) *pickerHarness {
	o.Theme = "dark"
	h := &pickerHarness{t: t, p: New(o)}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	return h
}

func (h *pickerHarness) send(msgs ...tea.Msg) {
	for _, m := range msgs {
		_, cmd := h.p.Update(m)
		for cmd != nil {
			msg, ok := cmdrun.Run(cmd)
			cmd = nil
			if !ok || msg == nil {
				break
			}
			if _, q := msg.(tea.QuitMsg); q {
				h.quit = true
				break
			}
			_, cmd = h.p.Update(msg)
		}
	}
}

func (h *pickerHarness) keys(ks ...string) {
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

func (h *pickerHarness) screen() string {
	var b bytes.Buffer
	w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.Ascii}
	w.WriteString(h.p.View().Content)
	return b.String()
}

func (h *pickerHarness) contains(want string) {
	h.t.Helper()
	if s := ansi.Strip(h.p.View().Content); !strings.Contains(s, want) {
		h.t.Fatalf("screen does not contain %q:\n%s", want, s)
	}
}

// fakeWorkspaces is what cmd would hand over: three workspaces, one encrypted
// with the passphrase "correct horse".
type fakeWorkspaces struct {
	created []string
	unlocks int
}

func (f *fakeWorkspaces) options() Options {
	at := func(d int) time.Time { return time.Date(2026, 3, d, 9, 0, 0, 0, time.UTC) }
	return Options{
		Entries: []Entry{
			{Name: "alpha", Default: true, LastOpened: at(1)},
			{Name: "vault", Encrypted: true, LastOpened: at(2)},
			{Name: "archive"},
		},
		Unlock: func(name, pass string) ([]byte, error) {
			f.unlocks++
			if pass != "correct horse" {
				return nil, fmt.Errorf("%w for workspace %q", ErrWrongPassphrase, name)
			}
			return []byte("key-of-" + name), nil
		},
		Create: func(name string, encrypt bool, pass string) error {
			f.created = append(f.created, fmt.Sprintf("%s encrypt=%v pass=%s", name, encrypt, pass))
			return nil
		},
	}
}

func TestPickerGolden(t *testing.T) {
	cases := []struct {
		name string
		keys []string
	}{
		{"list", nil},
		{"filter", []string{"type:va"}},
		{"wrong_passphrase", []string{"up", "enter", "type:nope", "enter"}},
		{"new_name", []string{"n", "type:client-b"}},
		{"new_encrypt", []string{"n", "type:client-b", "enter"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := &fakeWorkspaces{}
			h := newPickerHarness(t, f.options())
			h.keys(c.keys...)
			golden.RequireEqual(t, h.screen())
		})
	}
}

func TestPickerSortsAndStartsOnDefault(t *testing.T) {
	f := &fakeWorkspaces{}
	h := newPickerHarness(t, f.options())
	var names []string
	for _, i := range h.p.shown {
		names = append(names, h.p.entries[i].Name)
	}
	if got := strings.Join(names, " "); got != "vault alpha archive" {
		t.Fatalf("order %q, want newest first and never opened last", got)
	}
	h.keys("enter")
	if r, err := h.p.Result(); err != nil || r.Name != "alpha" || r.Key != nil || !h.quit {
		t.Fatalf("enter on the default: %+v %v quit=%v", r, err, h.quit)
	}
}

func TestPickerFilterChoosesMatch(t *testing.T) {
	h := newPickerHarness(t, (&fakeWorkspaces{}).options())
	h.keys("type:arc")
	h.contains("filter: arc")
	if len(h.p.shown) != 1 {
		t.Fatalf("filter arc shows %d workspaces", len(h.p.shown))
	}
	h.keys("enter")
	if r, _ := h.p.Result(); r.Name != "archive" {
		t.Fatalf("chose %q", r.Name)
	}
}

func TestPickerWrongThenRightPassphrase(t *testing.T) {
	f := &fakeWorkspaces{}
	h := newPickerHarness(t, f.options())
	h.keys("up", "enter")
	h.contains(`Workspace "vault" is encrypted.`)
	h.keys("type:nope", "enter")
	h.contains(`wrong passphrase for workspace "vault"`)
	h.contains("4 of 5 attempts left")
	if h.quit || strings.Contains(ansi.Strip(h.p.View().Content), "nope") {
		t.Fatal("the wrong passphrase ended the picker or shows in clear")
	}
	h.keys("type:correct horse", "enter")
	r, err := h.p.Result()
	if err != nil || r.Name != "vault" || string(r.Key) != "key-of-vault" || !h.quit {
		t.Fatalf("right passphrase: %+v %v quit=%v", r, err, h.quit)
	}
}

func TestPickerGivesUpAfterFiveAttempts(t *testing.T) {
	f := &fakeWorkspaces{}
	h := newPickerHarness(t, Options{Entries: f.options().Entries[1:2], Unlock: f.options().Unlock, Ask: "vault"})
	for range maxUnlockAttempts {
		h.keys("type:nope", "enter")
	}
	_, err := h.p.Result()
	if !errors.Is(err, ErrWrongPassphrase) || !h.quit || f.unlocks != maxUnlockAttempts {
		t.Fatalf("after %d wrong passphrases: err=%v quit=%v unlocks=%d", maxUnlockAttempts, err, h.quit, f.unlocks)
	}
}

func TestPickerAskOnlyEscQuits(t *testing.T) {
	f := &fakeWorkspaces{}
	h := newPickerHarness(t, Options{Unlock: f.options().Unlock, Ask: "vault"})
	h.contains("Passphrase: ")
	h.keys("esc")
	if r, err := h.p.Result(); !r.Quit || err != nil || !h.quit {
		t.Fatalf("esc: %+v %v", r, err)
	}
}

func TestPickerCreate(t *testing.T) {
	cases := []struct {
		name string
		keys []string
		want string // what Create was called with
		key  string
	}{
		{"plain", []string{"n", "type:client-b", "enter", "n"}, "client-b encrypt=false pass=", ""},
		{"encrypted", []string{"n", "type:client-c", "enter", "y", "type:correct horse", "enter", "type:correct horse", "enter"},
			"client-c encrypt=true pass=correct horse", "key-of-client-c"},
		{"repeat differs", []string{"n", "type:client-d", "enter", "y", "type:correct horse", "enter", "type:correct house", "enter",
			"type:correct horse", "enter", "type:correct horse", "enter"}, "client-d encrypt=true pass=correct horse", "key-of-client-d"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := &fakeWorkspaces{}
			h := newPickerHarness(t, f.options())
			h.keys(c.keys...)
			r, err := h.p.Result()
			if err != nil || !h.quit || strings.Join(f.created, "|") != c.want || string(r.Key) != c.key {
				t.Fatalf("created %q, result %+v %v quit=%v", f.created, r, err, h.quit)
			}
		})
	}
}

func TestPickerCreateRefusesExistingName(t *testing.T) {
	h := newPickerHarness(t, (&fakeWorkspaces{}).options())
	h.keys("n", "type:vault", "enter")
	h.contains(`workspace "vault" already exists; choose another name`)
}

func TestPickerQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "esc", "ctrl+c"} {
		h := newPickerHarness(t, (&fakeWorkspaces{}).options())
		h.keys(k)
		if r, err := h.p.Result(); !r.Quit || err != nil || !h.quit {
			t.Fatalf("%s: %+v %v quit=%v", k, r, err, h.quit)
		}
	}
}
