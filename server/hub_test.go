package server

import (
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/dpodesk/dpodesk/tui"
)

// listener is a program that ends when it is told its workspace changed.
type listener struct{}

func (listener) Init() tea.Cmd { return nil }
func (l listener) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if reflect.DeepEqual(msg, tui.Changed()) {
		return l, tea.Quit
	}
	return l, nil
}
func (listener) View() tea.View { return tea.NewView("") }

// TestAChangeOverSSHReachesAnotherSessionsProgram: a program showing acme, as
// an interface session's does, is told to reload when another session adds a
// request through a verb.
func TestAChangeOverSSHReachesAnotherSessionsProgram(t *testing.T) {
	f := start(t)
	p := tea.NewProgram(listener{}, tea.WithInput(strings.NewReader("")), tea.WithOutput(io.Discard), tea.WithoutRenderer())
	defer f.srv.hub.show("acme", p)()
	ended := make(chan error, 1)
	go func() { _, err := p.Run(); ended <- err }()
	if _, _, code, err := run(f.client("anna"), "request add --subject Ada"); err != nil || code != 0 {
		t.Fatalf("request add: %d %v", code, err)
	}
	select {
	case err := <-ended:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		p.Kill()
		t.Fatal("the other session's program was never told of the change")
	}
}
