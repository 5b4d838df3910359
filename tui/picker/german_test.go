package picker

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// englishPicker are the picker's English words, matched as whole words and
// case-sensitively; key names (enter, esc, q, n) stay as printed on the keys,
// and the fixture's workspace names are none of these.
var englishPicker = regexp.MustCompile(`\b(WORKSPACE|ENCRYPTION|LAST|OPENED|plain|encrypted|encrypt|Encrypt|never|default|` +
	`choose|workspace|Workspace|New|new|filter|open|quit|up|down|type|or|back|clear|matches|no|passphrase|Repeat|` +
	`the|is|of|at|least|characters|attempts|left|wrong|for|already|exists|another|name|letters|digits|use|unlocking|creating|ok)\b`)

// germanScreen fails when the picker's screen shows an English word.
func germanScreen(t *testing.T, h *pickerHarness, what string) {
	t.Helper()
	s := ansi.Strip(h.p.View().Content)
	if w := englishPicker.FindAllString(s, -1); len(w) > 0 {
		t.Errorf("%s shows English %q:\n%s", what, w, s)
	}
	if !strings.Contains(s, "Arbeitsbereich") {
		t.Errorf("%s is not in German:\n%s", what, s)
	}
}

func germanOptions(f *fakeWorkspaces) Options {
	o := f.options()
	o.Lang = "de"
	return o
}

func TestPickerGerman(t *testing.T) {
	cases := []struct {
		name string
		keys []string
		want string // a German line the screen shows
	}{
		{"list", nil, "ZULETZT GEÖFFNET"},
		{"whole key help", nil, "• q beenden"},
		{"filter without match", []string{"type:zzz"}, "kein Arbeitsbereich passt"},
		{"passphrase", []string{"up", "enter"}, `Arbeitsbereich "vault" ist verschlüsselt.`},
		{"empty passphrase", []string{"up", "enter", "enter"}, "Geben Sie die Passphrase ein"},
		{"wrong passphrase", []string{"up", "enter", "type:nope", "enter"}, `falsche Passphrase für Arbeitsbereich "vault"`},
		{"new name", []string{"n", "type:kunde-b"}, "Neuer Arbeitsbereich"},
		{"empty name", []string{"n", "enter"}, "Geben Sie einen Namen"},
		{"existing name", []string{"n", "type:vault", "enter"}, `Arbeitsbereich "vault" gibt es schon`},
		{"encrypt", []string{"n", "type:kunde-b", "enter"}, "verschlüsseln? j/n"},
		{"new passphrase", []string{"n", "type:kunde-b", "enter", "j"}, "Passphrase (mindestens 8 Zeichen): "},
		{"repeat", []string{"n", "type:kunde-b", "enter", "j", "type:correct horse", "enter"}, "Passphrase wiederholen: "},
		{"repeat differs", []string{"n", "type:kunde-b", "enter", "j", "type:correct horse", "enter", "type:x", "enter"},
			"die beiden Passphrasen weichen voneinander ab"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newPickerHarness(t, germanOptions(&fakeWorkspaces{}))
			h.keys(c.keys...)
			h.contains(c.want)
			germanScreen(t, h, c.name)
		})
	}
}

// TestPickerGermanJCreatesEncrypted: the German prompt says j/n, so j answers it.
func TestPickerGermanJCreatesEncrypted(t *testing.T) {
	f := &fakeWorkspaces{}
	h := newPickerHarness(t, germanOptions(f))
	h.keys("n", "type:kunde-c", "enter", "j", "type:correct horse", "enter", "type:correct horse", "enter")
	if r, err := h.p.Result(); err != nil || !h.quit || strings.Join(f.created, "|") != "kunde-c encrypt=true pass=correct horse" ||
		string(r.Key) != "key-of-kunde-c" {
		t.Fatalf("created %q, result %+v %v quit=%v", f.created, r, err, h.quit)
	}
}

// TestPickerInvalidName: a name the Create callback refuses as a name is one
// line in the configured language, and the name stays in the field to fix.
func TestPickerInvalidName(t *testing.T) {
	for _, c := range []struct{ lang, want string }{
		{"en", `"a b" is not a workspace name: use 1–64 letters, digits, '-', '_' or '.'`},
		{"de", `"a b" ist kein gültiger Name: 1–64 Buchstaben, Ziffern, '-', '_' oder '.'`},
	} {
		o := (&fakeWorkspaces{}).options()
		o.Lang = c.lang
		o.Create = func(name string, _ bool, _ string) error {
			return fmt.Errorf("%w: %q is not a workspace name", ErrInvalidName, name)
		}
		h := newPickerHarness(t, o)
		h.keys("n", "type:a b", "enter", "n")
		h.contains(c.want)
		if h.quit || h.p.mode != pickNewName || h.p.input != "a b" {
			t.Fatalf("%s: quit=%v mode=%v input=%q", c.lang, h.quit, h.p.mode, h.p.input)
		}
	}
}

// TestPickerStoreMessageGerman: the store's fixed refusal of a short
// passphrase reaches the user in German; an unknown error passes as it came.
func TestPickerStoreMessageGerman(t *testing.T) {
	for _, c := range []struct{ err, want string }{
		{"the passphrase is shorter than 8 characters; choose a longer one", "die Passphrase ist kürzer als 8 Zeichen; wählen Sie eine längere"},
		{"mkdir /x: permission denied", "mkdir /x: permission denied"},
	} {
		o := germanOptions(&fakeWorkspaces{})
		o.Create = func(string, bool, string) error { return fmt.Errorf("%s", c.err) }
		h := newPickerHarness(t, o)
		h.keys("n", "type:kunde-d", "enter", "j", "type:kurz", "enter", "type:kurz", "enter")
		h.contains(c.want)
	}
}
