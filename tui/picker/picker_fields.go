package picker

import (
	"errors"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// fieldKey edits the one-line field of the passphrase and new-workspace
// screens; enter submits it, esc steps back.
func (p *Picker) fieldKey(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "enter":
		return p.submit()
	case "esc":
		return p.back()
	case "backspace":
		if r := []rune(p.input); len(r) > 0 {
			p.input = string(r[:len(r)-1])
		}
	case "ctrl+u":
		p.input = ""
	default:
		p.input += msg.Text
	}
	return nil
}

// back leaves a field: to the list, or out of the program when the picker
// only asks one workspace's passphrase.
func (p *Picker) back() tea.Cmd {
	if p.o.Ask != "" {
		return p.quit()
	}
	p.mode, p.input, p.msg = pickList, "", ""
	return nil
}

func (p *Picker) submit() tea.Cmd {
	switch p.mode {
	case pickPass:
		if p.input == "" {
			p.msg = tr(p.o.Lang, "type the passphrase, or esc to go back")
			return nil
		}
		p.busy, p.msg = true, ""
		return unlockCmd(p.o.Unlock, p.target, p.input)
	case pickNewName:
		return p.submitName()
	case pickNewPass:
		if p.input == "" {
			p.msg = tr(p.o.Lang, "type a passphrase of at least 8 characters")
			return nil
		}
		p.newPass, p.input, p.msg, p.mode = p.input, "", "", pickNewRepeat
	case pickNewRepeat:
		if p.input != p.newPass {
			p.newPass, p.input, p.mode = "", "", pickNewPass
			p.msg = tr(p.o.Lang, "the two passphrases differ; type the new one again")
			return nil
		}
		p.busy, p.msg = true, ""
		return p.createCmd(true, p.newPass)
	}
	return nil
}

func (p *Picker) submitName() tea.Cmd {
	name := strings.TrimSpace(p.input)
	if name == "" {
		p.msg = tr(p.o.Lang, "type a name for the new workspace, or esc to go back")
		return nil
	}
	for _, e := range p.entries {
		if e.Name == name {
			p.msg = trf(p.o.Lang, "workspace %q already exists; choose another name", name)
			return nil
		}
	}
	p.newName, p.input, p.msg, p.mode = name, "", "", pickNewEncrypt
	return nil
}

// encryptKey answers "encrypt? y/n".
func (p *Picker) encryptKey(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "y", "Y", "j", "J": // j for ja, as the German prompt says
		p.mode, p.input, p.msg = pickNewPass, "", ""
	case "n", "N":
		p.busy, p.msg = true, ""
		return p.createCmd(false, "")
	case "esc":
		p.mode, p.input, p.msg = pickNewName, p.newName, ""
	}
	return nil
}

func unlockCmd(unlock func(string, string) ([]byte, error), name, pass string) tea.Cmd {
	return func() tea.Msg {
		key, err := unlock(name, pass)
		return unlockedMsg{name: name, key: key, err: err}
	}
}

// createCmd creates the workspace and, for an encrypted one, derives its key
// so that it opens without asking for the passphrase a third time.
func (p *Picker) createCmd(encrypt bool, pass string) tea.Cmd {
	create, unlock, name := p.o.Create, p.o.Unlock, p.newName
	return func() tea.Msg {
		if err := create(name, encrypt, pass); err != nil {
			return createdMsg{name: name, encrypt: encrypt, err: err}
		}
		var key []byte
		var err error
		if encrypt && unlock != nil {
			key, err = unlock(name, pass)
		}
		return createdMsg{name: name, encrypt: encrypt, made: true, key: key, err: err}
	}
}

// unlocked ends the picker with the key, or shows why not and lets the user
// try again until the attempts run out.
func (p *Picker) unlocked(m unlockedMsg) tea.Cmd {
	p.busy, p.input = false, ""
	if m.err == nil {
		p.result = Result{Name: m.name, Key: m.key}
		return tea.Quit
	}
	p.msg = errText(p.o.Lang, m.name, m.err)
	if errors.Is(m.err, ErrWrongPassphrase) {
		p.attempts++
		if p.attempts >= maxUnlockAttempts {
			p.fatal = m.err
			return tea.Quit
		}
	}
	return nil
}

func (p *Picker) created(m createdMsg) tea.Cmd {
	p.busy, p.input, p.newPass = false, "", ""
	if m.made && m.err != nil {
		// the workspace exists now; only opening it failed, so ask as for any other
		p.mode, p.target, p.msg = pickPass, m.name, errText(p.o.Lang, m.name, m.err)
		return nil
	}
	if m.err != nil {
		p.msg = errText(p.o.Lang, m.name, m.err)
		p.mode = pickNewName
		if m.encrypt {
			p.mode = pickNewPass
		}
		if p.mode == pickNewName {
			p.input = m.name
		}
		return nil
	}
	p.result = Result{Name: m.name, Key: m.key}
	return tea.Quit
}
