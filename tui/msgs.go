package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
)

// tab identifies a page; the order is the order of the tabs and number keys.
type tab int

const (
	tabDashboard tab = iota
	tabActivities
	tabRequests
	tabProcessors
	tabDocuments
	tabAudit
	tabBreaches
	tabSettings
	tabReports
	tabCount
)

var tabNames = [tabCount]string{model.N("Dashboard"), model.N("Activities"), model.N("Requests"), model.N("Processors"),
	model.N("Documents"), model.N("Audit"), model.N("Breaches"), model.N("Settings"), model.N("Reports")}

// page is one tab: a small child model. Pages render strings; only Root builds
// the tea.View.
type page interface {
	Update(msg tea.Msg) tea.Cmd
	View() string
	SetSize(w, h int)
	Keys() help.KeyMap
	Actions() []action
	// Capturing reports that the page is taking text (a filter), so global
	// single-letter keys must reach it instead.
	Capturing() bool
}

// action is one entry of the command palette: a name, and the binding it stands
// for on a tab. The palette replays the binding's key, so an action follows its
// binding when the binding changes, and every action also has a key.
type action struct {
	Name string
	Tab  tab
	Key  key.Binding // zero for "go to the tab"
	// Noun is set on an action that acts on the selected record ("activity");
	// Target then names that record, "" when none is selected (palette.go).
	Noun, Target string
	lang         string // the language of the palette's own words about the target
}

// replayKey is the key the palette types for the action, "" for none.
func (a action) replayKey() string {
	if ks := a.Key.Keys(); len(ks) > 0 {
		return ks[0]
	}
	return ""
}

// keyText is the key as the help shows it.
func (a action) keyText() string { return a.Key.Help().Key }

// record kinds, as the audit journal names them.
const (
	kindActivity  = "activity"
	kindRequest   = "request"
	kindProcessor = "processor"
	kindDocument  = "document"
	// kindOrganisation is the workspace's organisation record; saving it can
	// change every deadline, so the requests load again.
	kindOrganisation = "organisation"
)

// statusMsg puts a line in the status bar until the next key.
type statusMsg struct {
	text string
	err  bool
}

func errCmd(err error) tea.Cmd {
	return func() tea.Msg { return statusMsg{text: err.Error(), err: true} }
}

// savedMsg reports a completed write; Root reloads what it touched.
type savedMsg struct {
	kind    string
	id      uint64
	text    string
	deleted bool // the record is gone: pages showing it go back to their table
}

// reloadMsg asks Root to reload the given kinds ("" = everything).
type reloadMsg struct{ kinds []string }

// openModalMsg asks Root to show a modal (form, confirmation, palette).
type openModalMsg struct{ m modal }

func openModal(m modal) tea.Cmd { return func() tea.Msg { return openModalMsg{m} } }

// navigateMsg switches tab and tells the page which slice of its records to
// show; the dashboard sends it for the line the user opened.
type navigateMsg struct {
	to    tab
	scope string          // page-specific scope, e.g. "overdue"
	kind  string          // audit: record kind
	id    uint64          // audit: record id; other pages: open this record
	ids   map[uint64]bool // show only these records (a finding's records)
}

func navigate(m navigateMsg) tea.Cmd { return func() tea.Msg { return m } }

// replayKeyMsg carries a key chosen in the command palette back through Update.
type replayKeyMsg struct {
	to  tab
	key string
}

// modal is a layer above the pages that receives every key first.
type modal interface {
	// Update handles a message; done reports that the modal has closed.
	Update(msg tea.Msg) (cmd tea.Cmd, done bool)
	View(w, h int) string
}
