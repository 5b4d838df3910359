package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
)

// listView is the table half of a register page: navigation, "/" filter, the
// dashboard's scope and the heading line. Pages add detail panes and actions.
type listView struct {
	st      *Styles
	keys    TableKeys
	tbl     *table
	f       filterState
	hayFn   func() []string // when set, hay is built on first use (safe from any goroutine)
	title   string
	scope   string // name of the dashboard slice shown, "" = all
	lang    string // of the heading, set by translate
	scopeFn func(int) bool
	loaded  bool
	width   int
	height  int
}

// newListView makes the table of page t; its filter results are routed to t.
func newListView(st *Styles, t tab, title string, cols []column, cells func(int) []string) listView {
	return listView{st: st, keys: NewTableKeys(), tbl: newTable(st, cols, cells), title: title, f: filterState{page: t}}
}

// setData installs a new load and re-runs the filter and scope over it.
func (l *listView) setData(hay []string) tea.Cmd {
	return l.setLazyData(len(hay), func() []string { return hay })
}

// setLazyData is setData for n rows whose search text hay builds on demand.
func (l *listView) setLazyData(n int, hay func() []string) tea.Cmd {
	l.hayFn, l.loaded = hay, true
	l.tbl.setRows(n)
	l.f.view, l.f.applied = nil, ""
	if strings.TrimSpace(l.f.query) == "" && l.scopeFn == nil {
		return nil
	}
	return l.f.run(l.hayFn, l.scopeFn, false)
}

// setScope restricts the rows to a dashboard slice; "" shows everything.
func (l *listView) setScope(name string, fn func(int) bool) tea.Cmd {
	l.scope, l.scopeFn = name, fn
	l.f.view, l.f.applied = nil, ""
	if fn == nil && l.f.query == "" {
		l.tbl.setView(nil)
		return nil
	}
	return l.f.run(l.hayFn, fn, false)
}

// onFilterDone applies a search result if it is the newest one.
func (l *listView) onFilterDone(m filterDoneMsg) {
	if l.f.apply(m) {
		l.tbl.setView(m.view)
	}
}

// navKey handles cursor keys and the filter input; handled is false for keys the
// page must interpret (n, e, d, enter and page actions).
func (l *listView) navKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if l.f.typing {
		changed, _ := l.f.key(msg)
		if changed {
			return l.f.run(l.hayFn, l.scopeFn, true), true
		}
		return nil, true
	}
	k := l.keys
	switch {
	case key.Matches(msg, k.Up):
		l.tbl.move(-1)
	case key.Matches(msg, k.Down):
		l.tbl.move(1)
	case key.Matches(msg, k.PageUp):
		l.tbl.page(-1)
	case key.Matches(msg, k.PageDown):
		l.tbl.page(1)
	case key.Matches(msg, k.Top):
		l.tbl.top()
	case key.Matches(msg, k.Bottom):
		l.tbl.bottom()
	case key.Matches(msg, k.Filter):
		l.f.typing = true
	case key.Matches(msg, k.Back) && (l.f.query != "" || l.scope != ""):
		l.f.query, l.scope, l.scopeFn = "", "", nil
		l.f.view, l.f.applied = nil, ""
		l.f.seq++ // drop results still in flight
		l.tbl.setView(nil)
	default:
		return nil, false
	}
	return nil, true
}

// mouse selects the clicked row; a click on the selected row opens it.
func (l *listView) mouse(msg tea.Msg) (open bool) {
	switch m := msg.(type) {
	case tea.MouseWheelMsg:
		if m.Button == tea.MouseWheelUp {
			l.tbl.scroll(-3)
		} else if m.Button == tea.MouseWheelDown {
			l.tbl.scroll(3)
		}
	case tea.MouseClickMsg:
		if pos, ok := l.tbl.rowAt(m.Y - 1); ok && m.Button == tea.MouseLeft {
			open = pos == l.tbl.cursor
			l.tbl.cursor = pos
			l.tbl.clamp()
		}
	}
	return open
}

func (l *listView) setSize(w, h int) {
	l.width, l.height = w, h
	l.tbl.setSize(w, h-1)
}

// View draws the heading (title, count, scope, filter) and the table.
func (l *listView) View() string {
	var b strings.Builder
	b.WriteString(l.st.Section.Render(l.title))
	if !l.loaded {
		b.WriteString(l.st.Muted.Render(tr(l.lang, "  loading…")))
	} else {
		b.WriteString(l.st.Muted.Render(trf(l.lang, "  %d of %d", l.tbl.len(), l.tbl.total)))
	}
	if l.scope != "" {
		b.WriteString(l.st.Accent.Render("  [" + scopeLabel(l.lang, l.scope) + "]"))
	}
	switch {
	case l.f.typing:
		b.WriteString(l.st.Key.Render("  / ") + l.f.query + "█")
	case l.f.query != "":
		b.WriteString(l.st.Muted.Render(tr(l.lang, "  filter: ")) + l.f.query)
	}
	if l.scope != "" || l.f.query != "" {
		b.WriteString(l.st.Muted.Render(tr(l.lang, "  (esc clears)")))
	}
	b.WriteByte('\n')
	b.WriteString(l.tbl.View())
	return b.String()
}

// Capturing reports whether the filter input has the keyboard.
func (l *listView) Capturing() bool { return l.f.typing }

// scopeNames are the dashboard slices a list can show, named for the
// catalogue with a "scope:" prefix: "open" there is an adjective, not the key.
var _ = []string{model.N("scope:open"), model.N("scope:overdue"), model.N("scope:due7"), model.N("scope:paused"),
	model.N("scope:extended"), model.N("scope:incomplete"), model.N("scope:review due"), model.N("scope:DPIA open"),
	model.N("scope:no DPA"), model.N("scope:DPA review"), model.N("scope:deadline passed")}

// scopeLabel names a dashboard slice in lang; a slice without a name (a
// finding's rule) shows as it is.
func scopeLabel(lang, scope string) string { return keyed(lang, "scope:", scope) }

// keyed names a key in lang through the catalogue entry prefix+key, which
// keeps apart words the same in English ("open" the key, "open" the state);
// a key without an entry shows as it is, underscores as spaces.
func keyed(lang, prefix, key string) string {
	if t := tr(lang, prefix+key); t != prefix+key {
		return t
	}
	return strings.ReplaceAll(key, "_", " ")
}
