package tui

import (
	"strings"
	"testing"
)

// Esc in a multi-select's filter leaves the filter, not the form; Esc on a
// changed form asks before discarding, and any other key returns to it.
func TestFormEscKeepsInput(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, testOptions(t))
	h.keys("2", "n", "type:Job applications")
	for range 8 { // on to a filterable multi-select
		if strings.Contains(h.plain(), "/ filter") {
			break
		}
		h.keys("enter")
	}
	h.keys("/", "type:consent", "esc")
	if h.r.modal == nil {
		t.Fatalf("esc in the filter closed the form:\n%s", h.plain())
	}
	for range 3 { // the filter's text is cleared first
		if strings.Contains(h.plain(), "Discard your changes?") {
			break
		}
		h.keys("esc")
		if h.r.modal == nil {
			t.Fatalf("esc on a changed form discarded it without asking:\n%s", h.plain())
		}
	}
	h.contains("Discard your changes?")
	h.keys("n")
	if h.r.modal == nil {
		t.Fatal("declining closed the form")
	}
	h.keys("esc", "y")
	if h.r.modal != nil {
		t.Fatalf("confirmed discard left the form open:\n%s", h.plain())
	}
	if _, ok := findActivity(t, s, "Job applications"); ok {
		t.Fatal("a discarded form saved its record")
	}
}

// An unchanged form cancels at once.
func TestFormEscUnchangedCancels(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, testOptions(t))
	h.keys("4", "n", "esc")
	if h.r.modal != nil {
		t.Fatalf("unchanged form asked:\n%s", h.plain())
	}
}

// The country field takes a name in English or German and refuses what is no
// country; "Germany" is never cut to GE (Georgia).
func TestProcessorCountryByName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{{"Germany", "DE"}, {"deutschland", "DE"}, {"us", "US"}, {"DE — Germany", "DE"}} {
		if got, err := parseCountry(tc.in); err != nil || got != tc.want {
			t.Errorf("%q: got %q, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	if _, err := parseCountry("Germ"); err == nil {
		t.Error("Germ accepted as a country")
	}
	s := openStore(t)
	h := newHarness(t, s, testOptions(t))
	h.keys("4", "n", "type:Host GmbH", "enter", "enter", "enter", "enter", "type:Germ", "enter")
	h.contains("is not a country")
	h.keys("type:any")
	for range 4 {
		h.keys("backspace")
	}
	for range 3 {
		h.keys("backspace")
	}
	h.keys("type:Deutschland")
	h.enterThrough()
	rows, _ := s.ProcessorRows()
	if len(rows) != 1 || rows[0].Country != "DE" {
		t.Fatalf("rows %+v\n%s", rows, h.plain())
	}
}

// Dates take the configured format as well as ISO, and a DPA signed after
// today is refused at its field.
func TestFormDatesConfiguredFormat(t *testing.T) {
	setFormDateLayout("02.01.2006")
	t.Cleanup(func() { setFormDateLayout("") })
	for _, in := range []string{"04.12.2026", "2026-12-04"} {
		d, err := parseFormDate(in)
		if err != nil || d.String() != "2026-12-04" {
			t.Errorf("%q: %v %v", in, d, err)
		}
	}
	if err := validDate("12/04/2026"); err == nil || !strings.Contains(err.Error(), "DD.MM.YYYY") {
		t.Errorf("error %v does not name the format", err)
	}
	s := openStore(t)
	o := testOptions(t)
	o.DateFormat = "02.01.2006"
	h := newHarness(t, s, o)
	h.keys("4", "n", "type:Future Ltd", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "type:01.01.2099", "enter")
	h.contains("cannot have been signed in the future")
}
