package tui

import (
	tea "charm.land/bubbletea/v2"
	"context"
	"github.com/dpodesk/dpodesk/model"
	"testing"
)

// "/" searches the whole record, not only the visible columns: the questions a
// DPO asks of the demo register find the activities and processors they mean.
func TestFilterSearchesTheWholeRecord(t *testing.T) {
	s := openStore(t)
	if err := s.Desk.LoadDemoData(context.Background()); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		tab, query, want string
	}{
		{"2", "personio", "4 of 25"},  // the processor linked, not a column
		{"2", "consent", "6 of 25"},   // 6.1.a by its label
		{"2", "employees", "7 of 25"}, // a data subject
		{"2", "consent employees", "0 of 25"},
		{"4", "payroll", "2 of 15"},                 // the activities a processor serves
		{"3", "mia.becker@mail.example", "3 of 60"}, // a contact, not a column
		{"3", "order history", "2 of 60"},           // the text of a note
	}
	for _, c := range cases {
		h := newHarness(t, s, testOptions(t))
		h.send(tea.WindowSizeMsg{Width: 160, Height: 40})
		h.keys(c.tab, "/", "type:"+c.query, "enter")
		h.contains(c.want)
	}
}

// The breach filter finds what the breach record says, not only its title.
func TestBreachFilterSearchesTheRecord(t *testing.T) {
	h, d, ids := breachHarness(t)
	if _, err := d.EditBreach(ids[0], func(b *model.Breach) error {
		b.DataCategories, b.Systems, b.MeasuresTaken = []string{"health"}, []string{"Field laptop"}, "remote wipe"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	h.send(tea.WindowSizeMsg{Width: 120, Height: 30}, Changed()) // the edit was made behind the interface
	for _, q := range []string{"gesundheit", "remote wipe", "field laptop"} {
		h.keys("7", "esc", "/", "type:"+q, "enter")
		h.contains("Breaches  1 of 2", "Laptop stolen from car")
	}
}
