package picker

import (
	"errors"
	"os"
	"sort"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/tui/internal/widget"
)

// The workspace picker is a small program of its own that runs before any
// workspace is open: it lists the workspaces, asks for the passphrase of an
// encrypted one and can create a new one. It never touches the disk itself;
// cmd hands it the list and the two callbacks, which run in tea.Cmds.

// ErrWrongPassphrase is what an Unlock callback wraps when the passphrase does
// not open the workspace; the picker counts those attempts.
var ErrWrongPassphrase = errors.New("wrong passphrase")

// maxUnlockAttempts is how many wrong passphrases the picker takes before it
// gives up, as a prompt on a terminal would.
const maxUnlockAttempts = 5

// Entry is one line of the picker.
type Entry struct {
	Name       string
	Encrypted  bool
	Default    bool
	LastOpened time.Time // zero: never opened
}

// Options configures the picker.
type Options struct {
	Entries []Entry
	// Unlock derives the key of an encrypted workspace; nil means the key comes
	// from elsewhere ($DPODESK_PASSPHRASE) and the picker does not ask.
	Unlock func(name, pass string) ([]byte, error)
	// Create makes a new workspace; nil hides `n`.
	Create func(name string, encrypt bool, pass string) error
	// Ask skips the list and only asks the passphrase of this workspace.
	Ask   string
	Theme string // "auto" | "dark" | "light"
	Lang  string // "en" | "de": the configured language
}

// Result is the workspace chosen and its key (nil for a plain one), or
// Quit when the user left without choosing.
type Result struct {
	Name string
	Key  []byte
	Quit bool
}

type pickerMode int

const (
	pickList pickerMode = iota
	pickPass
	pickNewName
	pickNewEncrypt
	pickNewPass
	pickNewRepeat
)

// Picker is the model of the picker program.
type Picker struct {
	o         Options
	st        *widget.Styles
	keys      Keys
	help      help.Model
	entries   []Entry // newest first
	shown     []int   // indexes into entries that pass the filter
	cursor    int
	filter    string
	filtering bool

	mode     pickerMode
	input    string // the text field of the current mode
	target   string // workspace whose passphrase is asked
	newName  string
	newPass  string
	msg      string // error or hint shown at the field
	busy     bool   // a callback is running
	attempts int

	result Result
	fatal  error
	width  int
	height int
}

// unlockedMsg answers an Unlock callback.
type unlockedMsg struct {
	name string
	key  []byte
	err  error
}

// createdMsg answers a Create callback (and the Unlock that follows it for an
// encrypted workspace).
type createdMsg struct {
	name    string
	encrypt bool
	made    bool // the workspace was created, even if unlocking it then failed
	key     []byte
	err     error
}

// New builds the picker; the cursor starts on the default workspace.
func New(o Options) *Picker {
	st := widget.NewStyles(o.Theme != "light")
	p := &Picker{o: o, st: &st, keys: NewKeys(), help: help.New(), width: 80, height: 24}
	p.help.Styles = help.DefaultStyles(st.IsDark)
	p.entries = append([]Entry(nil), o.Entries...)
	sort.SliceStable(p.entries, func(i, j int) bool {
		a, b := p.entries[i], p.entries[j]
		if !a.LastOpened.Equal(b.LastOpened) {
			return a.LastOpened.After(b.LastOpened)
		}
		return a.Name < b.Name
	})
	p.keys.New.SetEnabled(o.Create != nil)
	p.refilter()
	for i, k := range p.shown {
		if p.entries[k].Default {
			p.cursor = i
		}
	}
	if o.Ask != "" {
		p.mode, p.target = pickPass, o.Ask
	}
	return p
}

// Pick runs the picker in the alternate screen and returns what was chosen.
func Pick(o Options) (Result, error) {
	m, err := tea.NewProgram(New(o), tea.WithEnvironment(os.Environ())).Run()
	if err != nil {
		return Result{Quit: true}, err
	}
	return m.(*Picker).Result()
}

// Result is the outcome once the program has ended: the error is the last
// wrong passphrase when the attempts ran out.
func (p *Picker) Result() (Result, error) {
	if p.fatal != nil {
		return Result{Quit: true}, p.fatal
	}
	if p.result.Name == "" {
		return Result{Quit: true}, nil
	}
	return p.result, nil
}

func (p *Picker) refilter() {
	p.shown = p.shown[:0]
	q := strings.ToLower(p.filter)
	for i, e := range p.entries {
		if strings.Contains(strings.ToLower(e.Name), q) {
			p.shown = append(p.shown, i)
		}
	}
	p.cursor = min(p.cursor, max(len(p.shown)-1, 0))
}

// Init asks for the background colour when the theme follows the terminal.
func (p *Picker) Init() tea.Cmd {
	if p.o.Theme == "" || p.o.Theme == "auto" {
		return tea.RequestBackgroundColor
	}
	return nil
}

// Update handles keys per mode and the answers of the callbacks.
func (p *Picker) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.width, p.height = max(msg.Width, 20), max(msg.Height, 8)
		p.help.SetWidth(p.width)
	case tea.BackgroundColorMsg:
		if p.o.Theme == "" || p.o.Theme == "auto" {
			*p.st = widget.NewStyles(msg.IsDark())
			p.help.Styles = help.DefaultStyles(p.st.IsDark)
		}
	case tea.PasteMsg:
		if p.mode != pickList && p.mode != pickNewEncrypt && !p.busy {
			p.input += strings.TrimRight(msg.Content, "\r\n")
		}
	case unlockedMsg:
		return p, p.unlocked(msg)
	case createdMsg:
		return p, p.created(msg)
	case tea.KeyPressMsg:
		return p, p.onKey(msg)
	}
	return p, nil
}

func (p *Picker) onKey(msg tea.KeyPressMsg) tea.Cmd {
	if msg.String() == "ctrl+c" {
		return p.quit()
	}
	if p.busy {
		return nil // Argon2 takes a moment; keys typed meanwhile are dropped
	}
	switch p.mode {
	case pickList:
		return p.listKey(msg)
	case pickNewEncrypt:
		return p.encryptKey(msg)
	}
	return p.fieldKey(msg)
}

func (p *Picker) quit() tea.Cmd {
	p.result = Result{Quit: true}
	return tea.Quit
}

// listKey moves, filters and chooses. While a filter is being typed every
// letter goes to it, so a name starting with n or q can still be found.
func (p *Picker) listKey(msg tea.KeyPressMsg) tea.Cmd {
	k := p.keys
	switch {
	case key.Matches(msg, k.Up):
		p.cursor = max(p.cursor-1, 0)
	case key.Matches(msg, k.Down):
		p.cursor = min(p.cursor+1, max(len(p.shown)-1, 0))
	case key.Matches(msg, k.Open):
		return p.choose()
	case p.filtering:
		p.filterKey(msg)
	case key.Matches(msg, k.Quit):
		return p.quit()
	case key.Matches(msg, k.New):
		p.mode, p.input, p.msg = pickNewName, "", ""
	case key.Matches(msg, k.Filter):
		p.filtering = true
	case msg.Text != "":
		p.filtering = true
		p.filterKey(msg)
	}
	return nil
}

func (p *Picker) filterKey(msg tea.KeyPressMsg) {
	switch msg.String() {
	case "esc":
		p.filter, p.filtering = "", false
	case "backspace":
		if r := []rune(p.filter); len(r) > 0 {
			p.filter = string(r[:len(r)-1])
		} else {
			p.filtering = false
		}
	case "ctrl+u":
		p.filter = ""
	default:
		p.filter += msg.Text
	}
	p.refilter()
}

// choose opens the workspace under the cursor, asking for its passphrase first
// when it is encrypted.
func (p *Picker) choose() tea.Cmd {
	if len(p.shown) == 0 {
		return nil
	}
	e := p.entries[p.shown[p.cursor]]
	if e.Encrypted && p.o.Unlock != nil {
		p.mode, p.target, p.input, p.msg = pickPass, e.Name, "", ""
		return nil
	}
	p.result = Result{Name: e.Name}
	return tea.Quit
}
