package picker

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
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
	title := tr(p.o.Lang, "choose a workspace")
	s := p.st.Title.Render("dpodesk") + p.st.Muted.Render(" · "+title) + "\n\n" +
		widget.FitBlock(body, p.width, p.height-3) + "\n" + widget.Truncate(p.help.ShortHelpView(p.shortHelp()), p.width)
	v := tea.NewView(s)
	v.AltScreen = true
	v.WindowTitle = "dpodesk · " + title
	return v
}

// shortHelp is the help line of the current mode, in the picker's language.
func (p *Picker) shortHelp() []key.Binding { return trKeys(p.o.Lang, p.modeHelp()) }

func (p *Picker) modeHelp() []key.Binding {
	b := func(k, h string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, h)) }
	switch {
	case p.mode == pickNewEncrypt:
		return []key.Binding{b(p.yesKey(), "encrypt"), b("n", "plain"), b("esc", "back")}
	case p.mode != pickList:
		return []key.Binding{b("enter", "ok"), b("esc", "back")}
	case p.filtering:
		return []key.Binding{p.keys.Up, p.keys.Down, p.keys.Open, b("esc", "clear filter")}
	}
	return p.keys.ShortHelp()
}

// yesKey is the key named for "yes": j in German, where y works as well.
func (p *Picker) yesKey() string {
	if p.o.Lang == "de" {
		return "j"
	}
	return "y"
}

// listView is the table of workspaces; "encrypted" and "default" are words so
// they survive NO_COLOR.
func (p *Picker) listView() string {
	lang := p.o.Lang
	hName, hEnc, hLast := tr(lang, "WORKSPACE"), tr(lang, "ENCRYPTION"), tr(lang, "LAST OPENED")
	plain, encrypted, never, deflt := tr(lang, "plain"), tr(lang, "encrypted"), tr(lang, "never"), tr(lang, "default")
	nameW := lipgloss.Width(hName)
	for _, e := range p.entries {
		nameW = max(nameW, lipgloss.Width(e.Name))
	}
	nameW = min(nameW, 40) + 2
	// the columns are as wide as their words in the language, at least as in English
	encW := max(lipgloss.Width(hEnc), lipgloss.Width(plain), lipgloss.Width(encrypted)) + 2
	lastW := max(lipgloss.Width(hLast), lipgloss.Width(never), len("2006-01-02 15:04")) + 2
	row := func(name, enc, last, def string) string {
		return strings.TrimRight(fmt.Sprintf("%-*s%-*s%-*s%s", nameW, name, encW, enc, lastW, last, def), " ")
	}
	var b strings.Builder
	b.WriteString("  " + p.st.TableHeader.Render(row(hName, hEnc, hLast, "")) + "\n")
	rows := max(p.height-8, 1)
	first := max(p.cursor-rows+1, 0)
	for i := first; i < len(p.shown) && i < first+rows; i++ {
		e := p.entries[p.shown[i]]
		enc, last, def := plain, never, ""
		if e.Encrypted {
			enc = encrypted
		}
		if !e.LastOpened.IsZero() {
			last = e.LastOpened.Format("2006-01-02 15:04")
		}
		if e.Default {
			def = deflt
		}
		line := row(widget.Truncate(e.Name, nameW-2), enc, last, def)
		if i == p.cursor {
			b.WriteString(p.st.Selected.Render("> "+line) + "\n")
		} else {
			b.WriteString("  " + line + "\n")
		}
	}
	if len(p.shown) == 0 {
		b.WriteString(p.st.Muted.Render("  "+tr(lang, "no workspace matches")) + "\n")
	}
	if p.filtering {
		b.WriteString("\n" + p.st.Key.Render(tr(lang, "filter: ")) + p.filter + "█\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// fieldView is the passphrase screen and the steps of a new workspace.
func (p *Picker) fieldView() string {
	masked := strings.Repeat("*", len([]rune(p.input))) + "█"
	lang := p.o.Lang
	var head, label, value string
	switch p.mode {
	case pickPass:
		head = trf(lang, "Workspace %q is encrypted.", p.target)
		label, value = tr(lang, "Passphrase: "), masked
	case pickNewName:
		head, label, value = tr(lang, "New workspace"), tr(lang, "Name: "), p.input+"█"
	case pickNewEncrypt:
		head = trf(lang, "New workspace %q", p.newName)
		label = trf(lang, "Encrypt it with a passphrase? %s/n", p.yesKey())
	case pickNewPass:
		head = trf(lang, "New workspace %q, encrypted", p.newName)
		label, value = tr(lang, "Passphrase (at least 8 characters): "), masked
	case pickNewRepeat:
		head = trf(lang, "New workspace %q, encrypted", p.newName)
		label, value = tr(lang, "Repeat the passphrase: "), masked
	}
	s := p.st.Section.Render(head) + "\n\n" + p.st.Label.Render(label) + value
	switch {
	case p.busy && p.mode == pickPass:
		s += "\n" + p.st.Muted.Render(tr(lang, "unlocking…"))
	case p.busy:
		s += "\n" + p.st.Muted.Render(tr(lang, "creating…"))
	case p.msg != "":
		// wrapped, not cut: the line names the problem and the fix
		s += "\n" + p.st.StatusErr.Render(ansi.Wordwrap(p.msg, p.width, ""))
	}
	if p.mode == pickPass && p.attempts > 0 && !p.busy {
		s += "\n" + p.st.Muted.Render(trf(lang, "%d of %d attempts left", maxUnlockAttempts-p.attempts, maxUnlockAttempts))
	}
	return s
}

var _ help.KeyMap = Keys{}
