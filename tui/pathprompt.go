package tui

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// pathPrompt asks for the file to import: a one-line input where tab completes
// from the directory listing and a leading ~ stands for the home directory.
// Listing a directory is I/O, so tab starts a command and the answer arrives
// as a completionMsg tagged with a sequence number.
type pathPrompt struct {
	st      *Styles
	value   string
	choices []string // candidates of the last ambiguous completion
	seq     int
	reading bool // the file is being read and extracted
}

// completionMsg answers a tab: the names in the directory that fit.
type completionMsg struct {
	seq   int
	input string
	names []string // directories end in "/"
}

// key handles one key; submit is true when enter asks to read the file.
func (p *pathPrompt) key(msg tea.KeyPressMsg) (cmd tea.Cmd, submit bool) {
	if p.reading {
		return nil, false
	}
	switch msg.String() {
	case "enter":
		return nil, strings.TrimSpace(p.value) != ""
	case "tab":
		p.seq++
		return completePath(p.value, p.seq), false
	case "backspace":
		if r := []rune(p.value); len(r) > 0 {
			p.value = string(r[:len(r)-1])
		}
	case "ctrl+u":
		p.value = ""
	case "ctrl+w":
		trimmed := strings.TrimRight(p.value, "/")
		p.value = trimmed[:strings.LastIndexByte(trimmed, '/')+1]
	default:
		if msg.Text == "" {
			return nil, false
		}
		p.value += msg.Text
	}
	p.choices = nil
	return nil, false
}

func (p *pathPrompt) paste(text string) {
	p.value += strings.TrimRight(text, "\r\n")
	p.choices = nil
}

// complete applies a listing: one name completes it, several extend the input
// to their common prefix and are shown below it.
func (p *pathPrompt) complete(m completionMsg) {
	if m.seq != p.seq || m.input != p.value {
		return // typed on since: the answer is for an older input
	}
	dir := p.value[:strings.LastIndexByte(p.value, '/')+1]
	switch len(m.names) {
	case 0:
		p.choices = []string{ft("(no match)")}
	case 1:
		p.value, p.choices = dir+m.names[0], nil
	default:
		p.value, p.choices = dir+commonPrefix(m.names), m.names
	}
}

func commonPrefix(names []string) string {
	pre := names[0]
	for _, n := range names[1:] {
		for !strings.HasPrefix(n, pre) {
			pre = pre[:len(pre)-1]
		}
	}
	for !utf8.ValidString(pre) { // never stop inside a multi-byte letter
		pre = pre[:len(pre)-1]
	}
	return pre
}

// completePath lists the directory of input for names starting with its last
// element; hidden files only when that element starts with a dot.
func completePath(input string, seq int) tea.Cmd {
	return func() tea.Msg {
		full := expandHome(input)
		dir, base := filepath.Split(full)
		if dir == "" {
			dir = "."
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			return completionMsg{seq: seq, input: input}
		}
		var names []string
		for _, e := range entries {
			n := e.Name()
			if !strings.HasPrefix(n, base) || (strings.HasPrefix(n, ".") && !strings.HasPrefix(base, ".")) {
				continue
			}
			if e.IsDir() || isDirLink(filepath.Join(dir, n), e) {
				n += "/"
			}
			names = append(names, n)
		}
		sort.Strings(names)
		return completionMsg{seq: seq, input: input, names: names}
	}
}

func isDirLink(path string, e os.DirEntry) bool {
	if e.Type()&os.ModeSymlink == 0 {
		return false
	}
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// expandHome turns a leading ~ into the home directory, as a shell would.
func expandHome(p string) string {
	p = strings.TrimSpace(p)
	if p != "~" && !strings.HasPrefix(p, "~/") {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return p
	}
	return filepath.Join(home, p[1:])
}

func (p *pathPrompt) View(w, h int) string {
	var b strings.Builder
	b.WriteString(p.st.Section.Render(ft("Import a document")) + p.st.Muted.Render("  txt, md, html, pdf, docx, odt") + "\n\n")
	b.WriteString(ft("File: ") + p.value)
	if p.reading {
		b.WriteString("\n\n" + p.st.Muted.Render(ft("reading and extracting…")))
		return b.String()
	}
	b.WriteString("█\n\n")
	b.WriteString(p.st.Muted.Render(ft("tab completes · ~ is your home directory · enter reads the file · esc cancels")))
	if len(p.choices) > 0 {
		b.WriteString("\n\n")
		rows := max(h-7, 1)
		for i, c := range p.choices {
			if i == rows-1 && len(p.choices) > rows {
				b.WriteString(p.st.Muted.Render(ft("  … and more")) + "\n")
				break
			}
			b.WriteString("  " + c + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}
