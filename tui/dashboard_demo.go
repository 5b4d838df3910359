package tui

import (
	"context"

	"github.com/charmbracelet/x/ansi"

	tea "charm.land/bubbletea/v2"
)

// D on the dashboard: on an empty workspace it offers the demo data, saying
// what it adds; on a workspace that holds demo data it offers to remove it.
// Either way it asks first.

// demoStateMsg says whether the workspace holds demo data.
type demoStateMsg struct {
	has bool
	err error
}

func (demoStateMsg) pages() []tab { return []tab{tabDashboard} }

func (d *dashboard) demoKey() tea.Cmd {
	s := d.s
	return func() tea.Msg {
		has, err := s.HasDemo()
		return demoStateMsg{has: has, err: err}
	}
}

func (d *dashboard) onDemoState(msg demoStateMsg) tea.Cmd {
	switch {
	case msg.err != nil:
		return errCmd(msg.err)
	case msg.has:
		return confirmOr(d.st, wrapQuestion("Remove the demo data? This deletes the records the demo added, and its organisation "+
			"details unless you entered your own. Records you added stay."), "demo data kept", d.removeDemo)
	case d.empty():
		return d.loadDemo()
	}
	return func() tea.Msg {
		return statusMsg{text: "the demo loads only into an empty workspace: try it in a new one (dpodesk --workspace demo demo)", err: true}
	}
}

func (d *dashboard) removeDemo() tea.Cmd {
	s := d.s
	return func() tea.Msg {
		removed, err := s.RemoveDemoData(context.Background())
		if err != nil {
			return statusMsg{text: "removing demo data: " + err.Error(), err: true}
		}
		return savedMsg{kind: "", text: "demo data removed: " + removed}
	}
}

// wrapQuestion breaks a long question into lines that fit an 80-column screen.
func wrapQuestion(q string) string { return ansi.Wordwrap(q, 64, "") }
