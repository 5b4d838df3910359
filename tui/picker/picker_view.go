package picker

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/dpodesk/dpodesk/tui/internal/widget"
)

// Keys are the bindings of the workspace list.
type Keys struct {
	Up, Down, Open, New, Filter, Quit key.Binding
}

// NewKeys returns the picker's bindings. Letters other than n and q start
// a filter, so there is no j/k here.
func NewKeys() Keys {
	return Keys{
		Up:     key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", "down")),
		Open:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		New:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new workspace")),
		Filter: key.NewBinding(key.WithKeys("/"), key.WithHelp("/ or type", "filter")),
		Quit:   key.NewBinding(key.WithKeys("q", "esc", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

// ShortHelp implements help.KeyMap.
func (k Keys) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Open, k.New, k.Filter, k.Quit}
}

// FullHelp implements help.KeyMap.
func (k Keys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// View draws the title, the screen of the current mode and the short help.
func (p *Picker) View() tea.View {
	var body string
	switch p.mode {
	case pickList:
		body = p.listView()
	default:
		body = p.fieldView()
	}
	s := p.st.Title.Render("dpodesk") + p.st.Muted.Render(" · choose a workspace") + "\n\n" +
		widget.FitBlock(body, p.width, p.height-3) + "\n" + widget.Truncate(p.help.ShortHelpView(p.shortHelp()), p.width)
	v := tea.NewView(s)
	v.AltScreen = true
	v.WindowTitle = "dpodesk · choose a workspace"
	return v
}

func (p *Picker) shortHelp() []key.Binding {
	b := func(k, h string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, h)) }
	switch {
	case p.mode == pickNewEncrypt:
		return []key.Binding{b("y", "encrypt"), b("n", "plain"), b("esc", "back")}
	case p.mode != pickList:
		return []key.Binding{b("enter", "ok"), b("esc", "back")}
	case p.filtering:
		return []key.Binding{p.keys.Up, p.keys.Down, p.keys.Open, b("esc", "clear filter")}
	}
	return p.keys.ShortHelp()
}

// listView is the table of workspaces; "encrypted" and "default" are words so
// they survive NO_COLOR.
func (p *Picker) listView() string {
	nameW := len("WORKSPACE")
	for _, e := range p.entries {
		nameW = max(nameW, lipgloss.Width(e.Name))
	}
	nameW = min(nameW, 40) + 2
	row := func(name, enc, last, def string) string {
		return strings.TrimRight(fmt.Sprintf("%-*s%-12s%-18s%s", nameW, name, enc, last, def), " ")
	}
	var b strings.Builder
	b.WriteString("  " + p.st.TableHeader.Render(row("WORKSPACE", "ENCRYPTION", "LAST OPENED", "")) + "\n")
	rows := max(p.height-8, 1)
	first := max(p.cursor-rows+1, 0)
	for i := first; i < len(p.shown) && i < first+rows; i++ {
		e := p.entries[p.shown[i]]
		enc, last, def := "plain", "never", ""
		if e.Encrypted {
			enc = "encrypted"
		}
		if !e.LastOpened.IsZero() {
			last = e.LastOpened.Format("2006-01-02 15:04")
		}
		if e.Default {
			def = "default"
		}
		line := row(widget.Truncate(e.Name, nameW-2), enc, last, def)
		if i == p.cursor {
			b.WriteString(p.st.Selected.Render("> "+line) + "\n")
		} else {
			b.WriteString("  " + line + "\n")
		}
	}
	if len(p.shown) == 0 {
		b.WriteString(p.st.Muted.Render("  no workspace matches") + "\n")
	}
	if p.filtering {
		b.WriteString("\n" + p.st.Key.Render("filter: ") + p.filter + "█\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// fieldView is the passphrase screen and the steps of a new workspace.
func (p *Picker) fieldView() string {
	masked := strings.Repeat("*", len([]rune(p.input))) + "█"
	var head, label, value string
	switch p.mode {
	case pickPass:
		head = fmt.Sprintf("Workspace %q is encrypted.", p.target)
		label, value = "Passphrase: ", masked
	case pickNewName:
		head, label, value = "New workspace", "Name: ", p.input+"█"
	case pickNewEncrypt:
		head, label = fmt.Sprintf("New workspace %q", p.newName), "Encrypt it with a passphrase? y/n"
	case pickNewPass:
		head = fmt.Sprintf("New workspace %q, encrypted", p.newName)
		label, value = "Passphrase (at least 8 characters): ", masked
	case pickNewRepeat:
		head = fmt.Sprintf("New workspace %q, encrypted", p.newName)
		label, value = "Repeat the passphrase: ", masked
	}
	s := p.st.Section.Render(head) + "\n\n" + p.st.Label.Render(label) + value
	switch {
	case p.busy && p.mode == pickPass:
		s += "\n" + p.st.Muted.Render("unlocking…")
	case p.busy:
		s += "\n" + p.st.Muted.Render("creating…")
	case p.msg != "":
		s += "\n" + p.st.StatusErr.Render(p.msg)
	}
	if p.mode == pickPass && p.attempts > 0 && !p.busy {
		s += "\n" + p.st.Muted.Render(fmt.Sprintf("%d of %d attempts left", maxUnlockAttempts-p.attempts, maxUnlockAttempts))
	}
	return s
}

var _ help.KeyMap = Keys{}
