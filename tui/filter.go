package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
)

// filterState is the "/" filter of a table. Every keystroke bumps seq and starts
// a search in a Cmd; a result is applied only if its seq is still the newest, so
// a slow search can never overwrite the answer to a later keystroke.
type filterState struct {
	typing  bool   // the input line has the keyboard
	query   string // what the user typed
	page    tab    // the page whose table this filters: results go to it
	seq     uint64
	applied string  // the query the current view answers
	view    []int32 // current result, nil = every row
}

// filterDoneMsg carries one search result back to the page that asked.
type filterDoneMsg struct {
	page  tab
	owner *filterState
	seq   uint64
	query string
	view  []int32
}

// run starts a search for the current query over hay, restricted by scope.
// When the new query only adds characters to the applied one, it searches the
// previous result instead of every row, which keeps typing fast at 100k rows.
func (f *filterState) run(hay func() []string, scope func(int) bool, narrow bool) tea.Cmd {
	f.seq++
	seq, q := f.seq, strings.ToLower(strings.TrimSpace(f.query))
	var base []int32
	if narrow && f.view != nil && strings.HasPrefix(q, f.applied) {
		base = f.view
	}
	owner := f
	return func() tea.Msg {
		return filterDoneMsg{page: owner.page, owner: owner, seq: seq, query: q, view: search(hay(), q, scope, base)}
	}
}

// apply installs a result if it answers the newest keystroke.
func (f *filterState) apply(m filterDoneMsg) bool {
	if m.owner != f || m.seq != f.seq {
		return false
	}
	f.applied, f.view = m.query, m.view
	return true
}

// search returns the rows whose haystack contains every word of q. A nil
// result means "all rows" and is returned only when nothing restricts them.
func search(hay []string, q string, scope func(int) bool, base []int32) []int32 {
	words := model.SearchWords(q)
	if len(words) == 0 && scope == nil {
		return nil
	}
	match := func(i int) bool {
		if scope != nil && !scope(i) {
			return false
		}
		return model.MatchSearch(hay[i], words)
	}
	out := make([]int32, 0, 64)
	if base != nil {
		for _, i := range base {
			if int(i) < len(hay) && match(int(i)) {
				out = append(out, i)
			}
		}
		return out
	}
	for i := range hay {
		if match(i) {
			out = append(out, int32(i))
		}
	}
	return out
}

// key edits the query; it reports whether the query changed and whether the
// input closed (enter keeps the filter, esc clears it).
func (f *filterState) key(msg tea.KeyPressMsg) (changed, closed bool) {
	switch msg.String() {
	case "esc":
		f.typing = false
		changed = f.query != ""
		f.query = ""
		return changed, true
	case "enter", "down", "up":
		f.typing = false
		return false, true
	case "backspace":
		if f.query == "" {
			return false, false
		}
		r := []rune(f.query)
		f.query = string(r[:len(r)-1])
		return true, false
	case "ctrl+u":
		f.query = ""
		return true, false
	}
	if msg.Text != "" {
		f.query += msg.Text
		return true, false
	}
	return false, false
}
