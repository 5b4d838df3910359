package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	"github.com/dpodesk/dpodesk/model"
)

// decision is what the reviewer made of one suggestion.
type decision uint8

const (
	pending decision = iota
	accepted
	rejected
	edited // accepted with changes made in the review
)

func (d decision) String() string {
	return [...]string{model.N("pending"), model.N("accepted"), model.N("rejected"), model.N("edited")}[d]
}

// reviewGroup orders the suggestion list; only the first two are decided on,
// facts and findings are there to be read beside their evidence.
type reviewGroup uint8

const (
	groupActivities reviewGroup = iota
	groupProcessors
	groupFacts
	groupReviewFindings
)

var groupNames = [...]string{model.N("Activities"), model.N("Processors / recipients"), model.N("Facts"), model.N("Findings")}

// reviewRow is one line of the list: a group heading (idx -1) or an item.
type reviewRow struct {
	group reviewGroup
	idx   int
}

// ReviewKeys are the bindings of the import review.
type ReviewKeys struct {
	Up, Down, Top, Bottom, ScrollUp, ScrollDown           key.Binding
	Accept, Reject, Edit, AcceptAll, Merge, Changes, Back key.Binding
}

// NewReviewKeys returns the review bindings.
func NewReviewKeys() ReviewKeys {
	t := NewTableKeys()
	b := func(keys []string, k, h string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, h))
	}
	return ReviewKeys{
		Up: t.Up, Down: t.Down, Top: t.Top, Bottom: t.Bottom,
		ScrollUp:   b([]string{"pgup", "ctrl+u"}, "pgup", "evidence up"),
		ScrollDown: b([]string{"pgdown", "ctrl+d"}, "pgdn", "evidence down"),
		Accept:     b([]string{"a"}, "a", "accept"),
		Reject:     b([]string{"x", "r"}, "x/r", "reject"),
		Edit:       b([]string{"e"}, "e", "edit"),
		AcceptAll:  b([]string{"A"}, "A", "accept all pending"),
		Merge:      b([]string{"m"}, "m", "merge into registers"),
		Changes:    b([]string{"c"}, "c", "what changed"),
		Back:       b([]string{"esc"}, "esc", "leave the review"),
	}
}

// ShortHelp implements help.KeyMap.
func (k ReviewKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Accept, k.Reject, k.Edit, k.AcceptAll, k.Merge, k.Back}
}

// FullHelp implements help.KeyMap.
func (k ReviewKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.ScrollUp, k.ScrollDown},
		{k.Accept, k.Reject, k.Edit, k.AcceptAll, k.Merge, k.Changes, k.Back},
	}
}

// reviewModel is the import review: the suggestions of one file on the left,
// the passage each was taken from on the right.
type reviewModel struct {
	st      *Styles
	o       Options
	imp     Importer
	keys    ReviewKeys
	rv      model.ImportReview
	acts    []decision
	procs   []decision
	rows    []reviewRow
	cursor  int // index into rows, never on a heading
	offset  int // first visible row
	changes bool
	busy    bool // the merge is being written
	ev      viewport.Model
	detail  []string // right pane above the evidence, for the current row
	builtAt [3]int   // row, width and height the right pane was built for
	width   int
	height  int
}

func newReview(st *Styles, o Options, imp Importer, rv model.ImportReview, w, h int) *reviewModel {
	m := &reviewModel{st: st, o: o, imp: imp, keys: NewReviewKeys(), rv: rv, changes: len(rv.Changes) > 0,
		acts: make([]decision, len(rv.Activities)), procs: make([]decision, len(rv.Processors))}
	counts := [...]int{len(rv.Activities), len(rv.Processors), len(rv.Facts), len(rv.Findings)}
	for g, n := range counts {
		if n == 0 {
			continue
		}
		m.rows = append(m.rows, reviewRow{reviewGroup(g), -1})
		for i := range n {
			m.rows = append(m.rows, reviewRow{reviewGroup(g), i})
		}
	}
	m.cursor = -1
	m.move(1)
	m.setSize(w, h)
	return m
}

func (m *reviewModel) setSize(w, h int) {
	m.width, m.height = w, h
	m.refresh()
}

// invalidate drops the right pane, e.g. when the styles changed.
func (m *reviewModel) invalidate() { m.builtAt = [3]int{-1} }

// state returns the decision slot of a row, nil for facts and findings.
func (m *reviewModel) state(r reviewRow) *decision {
	switch {
	case r.idx < 0:
		return nil
	case r.group == groupActivities:
		return &m.acts[r.idx]
	case r.group == groupProcessors:
		return &m.procs[r.idx]
	}
	return nil
}

func (m *reviewModel) current() (reviewRow, bool) {
	if m.cursor < 0 || m.cursor >= len(m.rows) {
		return reviewRow{}, false
	}
	return m.rows[m.cursor], true
}

// move steps the cursor over items, skipping headings.
func (m *reviewModel) move(delta int) {
	for i := m.cursor + delta; i >= 0 && i < len(m.rows); i += delta {
		if m.rows[i].idx >= 0 {
			m.cursor = i
			break
		}
		if delta == 0 {
			break
		}
	}
	m.refresh()
}

// counts returns accepted (or edited), rejected and pending suggestions.
func (m *reviewModel) counts() (acc, rej, pend int) {
	for _, ds := range [][]decision{m.acts, m.procs} {
		for _, d := range ds {
			switch d {
			case accepted, edited:
				acc++
			case rejected:
				rej++
			default:
				pend++
			}
		}
	}
	return acc, rej, pend
}

// chosen lists the indices of accepted and edited suggestions.
func chosen(ds []decision) []int {
	var out []int
	for i, d := range ds {
		if d == accepted || d == edited {
			out = append(out, i)
		}
	}
	return out
}

// reviewEditedMsg carries an edited suggestion back from its form.
type reviewEditedMsg struct {
	row  reviewRow
	act  model.Activity
	proc model.Processor
}

func (m *reviewModel) onEdited(msg reviewEditedMsg) {
	if d := m.state(msg.row); d != nil {
		if msg.row.group == groupActivities {
			m.rv.Activities[msg.row.idx].Activity = msg.act
		} else {
			m.rv.Processors[msg.row.idx].Processor = msg.proc
		}
		*d = edited
		m.invalidate()
		m.refresh()
	}
}

func (m *reviewModel) summaryLine() string {
	acc, rej, pend := m.counts()
	return ft("%d accepted · %d rejected · %d pending", acc, rej, pend)
}
