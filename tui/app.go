package tui

import (
	"fmt"
	"os"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/tui/internal/widget"
)

// Root is the program's model: it owns the tabs, the modal layer and the status
// line, and routes messages; the pages do the work.
type Root struct {
	s      Services
	o      Options
	st     *Styles
	keys   GlobalKeys
	help   help.Model
	pages  [tabCount]page
	active tab
	modal  modal
	status statusMsg
	width  int
	height int
	tabX   [tabCount][2]int // x range of each tab label, for mouse clicks
	// compact shows inactive tabs as their numbers when the names do not fit
	compact bool
	exit    Exit
	// exitAfterFirstFrame ends the program once the dashboard has its totals
	// ($DPODESK_EXIT_AFTER_FIRST_FRAME=1): bench/firstframe.sh times a start with it.
	exitAfterFirstFrame bool
	// later are the loads the dashboard does not show (the request table,
	// documents, the audit journal): they start once the dashboard's own
	// loads have answered, so the first frame does not share the CPU with them.
	later   tea.Cmd
	waiting int // dashboard loads not answered yet
}

// Exit says why the program ended, so cmd knows whether to show the
// workspace picker again.
type Exit int

const (
	ExitQuit   Exit = iota // the user quit
	ExitSwitch             // the user asked for another workspace
)

// New builds the interface over a workspace. Nothing is read until Init's
// commands run, so New is cheap and safe in tests.
func New(s Services, o Options) *Root {
	o = o.withDefaults()
	setFormDateLayout(o.DateFormat)
	setUILang(o.Lang)
	st := NewStyles(o.Theme != "light")
	r := &Root{s: s, o: o, st: &st, keys: NewGlobalKeys(), help: help.New(), width: 80, height: 24}
	r.pages = [tabCount]page{
		newDashboard(r.st, s, o),
		newActivities(r.st, s, o),
		newRequests(r.st, s, o),
		newProcessors(r.st, s, o),
		newDocuments(r.st, s, o),
		newAudit(r.st, s, o),
		newBreaches(r.st, s, o),
		newSettings(r.st, s, o),
		newReports(r.st, s, o),
	}
	r.applyStyles()
	r.resize(r.width, r.height)
	r.layoutTabs()
	return r
}

// layoutTabs decides whether the tab bar must be compact (the inactive tabs as
// their numbers only, when the full names do not fit the width) and records
// where each tab label sits, for mouse clicks.
func (r *Root) layoutTabs() {
	r.compact = false
	full := 0
	for i := range tabCount {
		full += lipgloss.Width(r.tabLabel(i))
	}
	r.compact = full > r.width
	x := 0
	for i := range tabCount {
		w := lipgloss.Width(r.tabLabel(i))
		r.tabX[i] = [2]int{x, x + w}
		x += w
	}
}

func (r *Root) tabLabel(t tab) string {
	if r.compact && t != r.active {
		return fmt.Sprintf(" %d ", t+1)
	}
	return fmt.Sprintf(" %d %s ", t+1, r.tabName(t))
}

// Run starts the program in the alternate screen with mouse support; Bubble Tea
// restores the terminal on every exit path, including panics in Update.
func Run(s Services, o Options) (Exit, error) {
	r := New(s, o)
	r.exitAfterFirstFrame = os.Getenv("DPODESK_EXIT_AFTER_FIRST_FRAME") == "1"
	opts := []tea.ProgramOption{tea.WithEnvironment(os.Environ())}
	if r.exitAfterFirstFrame {
		// No input: at a quit Bubble Tea waits up to 0.5 s for its input
		// reader to stop, which it sometimes does not (in about one start in
		// four under bench/firstframe.sh's pseudo-terminal); that wait came
		// after the frame was drawn and is no part of it.
		opts = append(opts, tea.WithInput(nil))
	}
	_, err := tea.NewProgram(r, opts...).Run()
	if err == nil && r.exitAfterFirstFrame && r.firstFrameReady() {
		// The measurement ends with the frame; the reads still running in the
		// background must not race the workspace's close, so nothing else runs.
		os.Exit(0)
	}
	return r.exit, err
}

// Exit is why the program ended; ExitQuit until the user switches workspace.
func (r *Root) Exit() Exit { return r.exit }

// Init loads what the dashboard shows in the background, the other registers
// right after, and asks for the background colour.
func (r *Root) Init() tea.Cmd {
	r.later = tea.Batch(loadRequests(r.s, r.o), loadDocuments(r.s), reloadAudit())
	r.waiting = 3
	cmds := []tea.Cmd{loadRequestTally(r.s), loadActivities(r.s), loadProcessors(r.s, r.o), loadBreaches(r.s)}
	if r.o.Theme == "auto" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

func (r *Root) load(kinds ...string) tea.Cmd {
	want := func(k string) bool {
		if len(kinds) == 0 {
			return true
		}
		for _, x := range kinds {
			// new deadline settings move the requests' due dates
			if x == k || x == "" || (x == kindOrganisation && k == kindRequest) {
				return true
			}
		}
		return false
	}
	var cmds []tea.Cmd
	if want(kindRequest) {
		cmds = append(cmds, loadRequestTally(r.s), loadRequests(r.s, r.o))
	}
	if want(kindActivity) {
		cmds = append(cmds, loadActivities(r.s))
	}
	if want(kindProcessor) {
		cmds = append(cmds, loadProcessors(r.s, r.o))
	}
	if want(kindDocument) {
		cmds = append(cmds, loadDocuments(r.s))
	}
	if want(kindBreach) {
		cmds = append(cmds, loadBreaches(r.s))
	}
	cmds = append(cmds, reloadAudit())
	return tea.Batch(cmds...)
}

// Update routes a message: modal first, then global keys, then the active page.
func (r *Root) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := r.update(msg)
	switch msg.(type) {
	case requestTallyMsg, activitiesLoadedMsg, processorsLoadedMsg:
		if r.waiting--; r.waiting == 0 && r.later != nil {
			cmd, r.later = tea.Batch(cmd, r.later), nil
		}
	}
	if r.exitAfterFirstFrame && r.firstFrameReady() {
		// Bubble Tea draws the view of this update before it stops (a quit
		// flushes the renderer), so the first full frame reaches the terminal.
		return m, tea.Batch(cmd, tea.Quit)
	}
	return m, cmd
}

// firstFrameReady says whether the screen shows the dashboard with its totals:
// the requests, activities and processors have loaded.
func (r *Root) firstFrameReady() bool {
	d, ok := r.pages[tabDashboard].(*dashboard)
	return ok && r.active == tabDashboard && d.loaded == [3]bool{true, true, true}
}

func (r *Root) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		r.resize(msg.Width, msg.Height)
		return r, r.pages[r.active].Update(shownMsg{})
	case tea.BackgroundColorMsg:
		if r.o.Theme == "auto" {
			*r.st = NewStyles(msg.IsDark())
			r.applyStyles()
		}
		return r, nil
	case tea.KeyPressMsg:
		return r, r.onKey(msg)
	case tea.MouseMsg:
		return r, r.onMouse(msg)
	case statusMsg:
		r.status = msg
		return r, nil
	case savedMsg:
		r.status = statusMsg{text: msg.text}
		return r, tea.Batch(r.load(msg.kind), r.deliver(msg, msg.pages()...))
	case reloadMsg:
		return r, r.load(msg.kinds...)
	case openModalMsg:
		r.modal = msg.m
		return r, nil
	case navigateMsg:
		return r, tea.Batch(r.show(msg.to), r.pages[msg.to].Update(msg))
	case replayKeyMsg:
		cmd := r.show(msg.to)
		if msg.key == "" {
			return r, cmd
		}
		return r, tea.Batch(cmd, r.onKey(widget.KeyPress(msg.key)))
	}
	if m, ok := msg.(routed); ok {
		return r, r.deliver(msg, m.pages()...)
	}
	return r, r.deliver(msg, r.active)
}

// deliver hands a message to the open modal and to the pages it is for (see
// routes.go): a load goes to its register's page and the dashboard, a result
// to the page that asked, anything else (a cursor blink, a form's own
// messages) to the page on screen.
func (r *Root) deliver(msg tea.Msg, to ...tab) tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(to)+1)
	if r.modal != nil {
		cmd, done := r.modal.Update(msg)
		if done {
			r.modal = nil
		}
		cmds = append(cmds, cmd)
	}
	for _, t := range to {
		cmds = append(cmds, r.pages[t].Update(msg))
	}
	return tea.Batch(cmds...)
}

func (r *Root) onKey(msg tea.KeyPressMsg) tea.Cmd {
	r.status = statusMsg{}
	if msg.String() == "ctrl+c" {
		return tea.Quit
	}
	if r.modal != nil {
		cmd, done := r.modal.Update(msg)
		if done {
			r.modal = nil
		}
		return cmd
	}
	if r.pages[r.active].Capturing() {
		return r.pages[r.active].Update(msg)
	}
	k := r.keys
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Next):
		return r.show((r.active + 1) % tabCount)
	case key.Matches(msg, k.Prev):
		return r.show((r.active + tabCount - 1) % tabCount)
	case key.Matches(msg, k.Help):
		r.modal = newHelpModal(r.st, r.help, langKeys{r.pages[r.active].Keys(), r.o.Lang}, r.keys, r.tabName(r.active), r.o.Lang)
	case key.Matches(msg, k.Palette):
		r.modal = newPalette(r.st, r.localActions())
	case key.Matches(msg, k.Export):
		return r.exportForm()
	case key.Matches(msg, k.Backup):
		return r.backup()
	case key.Matches(msg, k.Switch):
		if !r.o.CanSwitch {
			r.status = statusMsg{text: tr(r.o.Lang, "this workspace was opened with --db; start dpodesk without --db to choose a workspace"), err: true}
			return nil
		}
		r.exit = ExitSwitch
		return tea.Quit
	default:
		for i, b := range k.tabs() {
			if key.Matches(msg, b) {
				return r.show(tab(i))
			}
		}
		return r.pages[r.active].Update(msg)
	}
	return nil
}

// shownMsg tells a page it has become the visible one (or the screen changed
// size), so it can fetch what only a visible page needs, like the preview.
type shownMsg struct{}

// show makes t the active tab.
func (r *Root) show(t tab) tea.Cmd {
	r.active = t
	r.layoutTabs()
	return r.pages[t].Update(shownMsg{})
}

// onMouse switches tabs on a click in the tab bar and hands the rest to the
// page with coordinates relative to the page's top-left corner.
func (r *Root) onMouse(msg tea.MouseMsg) tea.Cmd {
	m := msg.Mouse()
	if r.modal != nil {
		return nil
	}
	if _, ok := msg.(tea.MouseClickMsg); ok && m.Y == 1 {
		for i, x := range r.tabX {
			if m.X >= x[0] && m.X < x[1] {
				return r.show(tab(i))
			}
		}
		return nil
	}
	m.Y -= 2
	switch msg.(type) {
	case tea.MouseClickMsg:
		return r.pages[r.active].Update(tea.MouseClickMsg(m))
	case tea.MouseWheelMsg:
		return r.pages[r.active].Update(tea.MouseWheelMsg(m))
	}
	return nil
}

func (r *Root) resize(w, h int) {
	r.width, r.height = max(w, 20), max(h, 8)
	r.help.SetWidth(r.width)
	for _, p := range r.pages {
		p.SetSize(r.width, r.pageHeight())
	}
	r.layoutTabs()
}

// pageHeight is the screen minus the title, the tab bar, the status and help lines.
func (r *Root) pageHeight() int { return r.height - 4 }

// applyStyles tells every page that the styles changed so cached rows go.
func (r *Root) applyStyles() {
	r.help.Styles = help.DefaultStyles(r.st.IsDark)
	for _, p := range r.pages {
		p.Update(stylesChangedMsg{})
	}
}

// stylesChangedMsg tells pages to drop anything rendered with the old styles.
type stylesChangedMsg struct{}

func (r *Root) tabName(t tab) string {
	return tr(r.o.Lang, tabNames[t])
}

// View draws the title, tabs, the active page (or a modal over it), the status
// line and the short help. AltScreen and mouse mode are set on every path.
func (r *Root) View() tea.View {
	var b strings.Builder
	b.WriteString(r.titleLine())
	b.WriteByte('\n')
	b.WriteString(ansi.Truncate(r.tabBar(), r.width, "…"))
	b.WriteByte('\n')
	body := r.pages[r.active].View()
	if r.modal != nil {
		body = r.modal.View(r.width, r.pageHeight())
	}
	b.WriteString(widget.FitBlock(body, r.width, r.pageHeight()))
	b.WriteByte('\n')
	b.WriteString(r.statusLine())
	b.WriteByte('\n')
	b.WriteString(widget.Truncate(r.help.ShortHelpView(r.shortHelp()), r.width))
	v := tea.NewView(b.String())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "dpodesk · " + r.o.Workspace
	return v
}

func (r *Root) titleLine() string {
	left := r.st.Title.Render("dpodesk") + r.st.Muted.Render(" · "+r.o.Workspace)
	right := r.st.Muted.Render(r.o.fmtDate(r.o.today()))
	gap := r.width - lipgloss.Width(left) - lipgloss.Width(right)
	return left + strings.Repeat(" ", max(gap, 1)) + right
}

func (r *Root) tabBar() string {
	var b strings.Builder
	for i := range tabCount {
		label := r.tabLabel(i)
		if i == r.active {
			// Brackets mark the active tab without colour or attributes (NO_COLOR, screen readers).
			label = "[" + label[1:len(label)-1] + "]"
			b.WriteString(r.st.TabActive.Render(label))
		} else {
			b.WriteString(r.st.TabInactive.Render(label))
		}
	}
	return b.String()
}

func (r *Root) statusLine() string {
	if r.status.text == "" {
		return ""
	}
	s := r.st.Status
	if r.status.err {
		s = r.st.StatusErr
	}
	return s.Render(widget.Truncate(model.SafeLine(r.status.text), r.width))
}

func (r *Root) shortHelp() []key.Binding {
	if r.modal != nil {
		return trKeys(r.o.Lang, []key.Binding{key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close"))})
	}
	return trKeys(r.o.Lang, append(r.pages[r.active].Keys().ShortHelp(), r.keys.ShortHelp()...))
}

// localActions are the palette's actions named in the interface language.
func (r *Root) localActions() []action {
	as := r.actions()
	for i := range as {
		as[i].Name = tr(r.o.Lang, as[i].Name)
	}
	return as
}

// actions lists every action of every page for the command palette.
func (r *Root) actions() []action {
	var as []action
	for i := range tabCount {
		as = append(as, action{Name: trf(r.o.Lang, "Go to %s", r.tabName(i)), Tab: i})
	}
	for _, p := range r.pages {
		as = append(as, p.Actions()...)
	}
	as = append(as, action{Name: "Export a register to a file (CSV, XLSX, Markdown, HTML, JSON)", Tab: r.active, Key: r.keys.Export},
		action{Name: "Back up the workspace now", Tab: r.active, Key: r.keys.Backup},
		action{Name: "Settings: the organisation and deadline settings", Tab: tabSettings})
	as = append(as, action{Name: "Help", Tab: r.active, Key: r.keys.Help})
	if r.o.CanSwitch {
		as = append(as, action{Name: "Switch workspace", Tab: r.active, Key: r.keys.Switch})
	}
	as = append(as, action{Name: "Quit", Tab: r.active, Key: r.keys.Quit})
	return as
}
