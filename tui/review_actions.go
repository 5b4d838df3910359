package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
)

// reviewAppliedMsg reports the merge; reviewLeaveMsg closes the review.
type reviewAppliedMsg struct {
	res model.ImportResult
	err error
}

type reviewLeaveMsg struct{}

// key handles a key in the review. Nothing here writes: accepting and rejecting
// change the review's own state, and the merge runs ApplyImport in a command.
func (m *reviewModel) key(msg tea.KeyPressMsg) tea.Cmd {
	if m.busy {
		return nil
	}
	k := m.keys
	if m.changes {
		switch {
		case key.Matches(msg, k.Back):
			return m.leave()
		case msg.String() == "enter" || key.Matches(msg, k.Changes) || msg.String() == "space":
			m.changes = false
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Up):
		m.move(-1)
	case key.Matches(msg, k.Down):
		m.move(1)
	case key.Matches(msg, k.Top):
		m.cursor = -1
		m.move(1)
	case key.Matches(msg, k.Bottom):
		m.cursor = len(m.rows)
		m.move(-1)
	case key.Matches(msg, k.ScrollUp):
		m.ev.ScrollUp(max(m.ev.Height()-2, 1))
	case key.Matches(msg, k.ScrollDown):
		m.ev.ScrollDown(max(m.ev.Height()-2, 1))
	case key.Matches(msg, k.Changes):
		m.changes = len(m.rv.Changes) > 0
	default:
		return m.decide(msg)
	}
	return nil
}

// decide handles the keys that act on suggestions.
func (m *reviewModel) decide(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Accept):
		return m.set(accepted)
	case key.Matches(msg, k.Reject):
		return m.set(rejected)
	case key.Matches(msg, k.Edit):
		return m.edit()
	case key.Matches(msg, k.AcceptAll):
		for _, ds := range [][]decision{m.acts, m.procs} {
			for i := range ds {
				if ds[i] == pending {
					ds[i] = accepted
				}
			}
		}
		m.invalidate()
		m.refresh()
	case key.Matches(msg, k.Merge):
		return m.confirmMerge()
	case key.Matches(msg, k.Back):
		return m.leave()
	}
	return nil
}

func (m *reviewModel) set(d decision) tea.Cmd {
	r, ok := m.current()
	slot := m.state(r)
	if !ok || slot == nil {
		return func() tea.Msg {
			return statusMsg{text: ft("facts and findings are for reading: only activities and processors are accepted")}
		}
	}
	*slot = d
	m.invalidate()
	m.move(1)
	return nil
}

// confirmMerge asks before writing; the document is stored even when no
// suggestion was accepted, so the policy and its version history are kept.
func (m *reviewModel) confirmMerge() tea.Cmd {
	apply := m.imp.ApplyImport
	acts, procs := chosen(m.acts), chosen(m.procs)
	_, _, pend := m.counts()
	q := ft("Store %s with %d of %s and %d of %s?", m.rv.Document.Name,
		len(acts), count(len(m.acts), "activity", "activities"), len(procs), count(len(m.procs), "processor", "processors"))
	if pend > 0 {
		q += ft("\n%s left out.", count(pend, "pending suggestion is", "pending suggestions are"))
	}
	rv := m.rv
	yes := func() tea.Cmd {
		m.busy = true
		return func() tea.Msg {
			res, err := apply(rv, acts, procs)
			return reviewAppliedMsg{res: res, err: err}
		}
	}
	return confirmOr(m.st, q, ft("nothing stored; the review is still open"), yes)
}

// leave closes the review, asking first when decisions would be lost.
func (m *reviewModel) leave() tea.Cmd {
	acc, rej, _ := m.counts()
	bye := func() tea.Msg { return reviewLeaveMsg{} }
	if acc+rej == 0 {
		return bye
	}
	q := ft("Leave the review of %s?\n%s lost.", m.rv.Document.Name, count(acc+rej, "decision will be", "decisions will be"))
	return confirmOr(m.st, q, ft("the review is still open"), func() tea.Cmd { return bye })
}

// onApplied ends a merge: an error keeps the review open to try again.
func (m *reviewModel) onApplied(msg reviewAppliedMsg) tea.Cmd {
	m.busy = false
	if msg.err != nil {
		return errCmd(fmt.Errorf("%s%w", ft("import not stored: "), msg.err))
	}
	res := msg.res
	text := res.Summary
	if text == "" {
		text = ft("stored %s: %s, %s (%d merged)", res.Name,
			count(res.Activities, "activity", "activities"), count(res.Processors, "processor", "processors"), res.Merged)
	}
	return func() tea.Msg { return savedMsg{kind: "", id: res.DocumentID, text: text} }
}

// mouse scrolls the evidence with the wheel and selects a clicked row.
func (m *reviewModel) mouse(msg tea.Msg) {
	switch ms := msg.(type) {
	case tea.MouseWheelMsg:
		if ms.Button == tea.MouseWheelUp {
			m.ev.ScrollUp(3)
		} else if ms.Button == tea.MouseWheelDown {
			m.ev.ScrollDown(3)
		}
	case tea.MouseClickMsg:
		i := m.offset + ms.Y - 1 // the heading line is above the list
		if ms.X < m.listWidth() && i >= 0 && i < len(m.rows) && m.rows[i].idx >= 0 {
			m.cursor = i
			m.refresh()
		}
	}
}
