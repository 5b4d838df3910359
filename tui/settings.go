package tui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/dpodesk/dpodesk/model"
)

// OrganisationStore is the workspace's organisation record: controller, DPO,
// supervisory authority and deadline settings. SaveOrganisation reports how
// many open requests' due dates moved with new deadline settings.
type OrganisationStore interface {
	Organisation() (model.Organisation, error)
	SaveOrganisation(o model.Organisation) (moved int, err error)
}

// SettingsKeys are the Settings page's bindings.
type SettingsKeys struct{ Edit key.Binding }

// NewSettingsKeys returns the Settings page's bindings.
func NewSettingsKeys() SettingsKeys {
	return SettingsKeys{Edit: key.NewBinding(key.WithKeys("e", "enter"), key.WithHelp("e", "edit"))}
}

// settingsPage shows and edits the organisation of the workspace: what
// exports and letters print as the controller, DPO and authority, and the
// rules its deadlines are counted by.
type settingsPage struct {
	st     *Styles
	s      OrganisationStore
	o      Options
	keys   SettingsKeys
	org    model.Organisation
	loaded bool
	width  int
	height int
}

func newSettings(st *Styles, s OrganisationStore, o Options) *settingsPage {
	return &settingsPage{st: st, s: s, o: o, keys: NewSettingsKeys()}
}

// organisationMsg brings the organisation record to the Settings page.
type organisationMsg struct {
	org model.Organisation
	err error
}

func (organisationMsg) pages() []tab { return []tab{tabSettings} }

func (p *settingsPage) load() tea.Cmd {
	s := p.s
	return func() tea.Msg {
		o, err := s.Organisation()
		return organisationMsg{org: o, err: err}
	}
}

func (p *settingsPage) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case shownMsg:
		return p.load()
	case organisationMsg:
		if msg.err != nil {
			return errCmd(msg.err)
		}
		p.org, p.loaded = msg.org, true
	case savedMsg:
		return p.load()
	case tea.KeyPressMsg:
		if key.Matches(msg, p.keys.Edit) && p.loaded {
			return p.editForm()
		}
	}
	return nil
}

func (p *settingsPage) View() string {
	if !p.loaded {
		return p.st.Muted.Render(tr(p.o.Lang, "Reading the organisation…"))
	}
	f := &fieldWriter{st: p.st, lang: p.o.Lang, width: p.width}
	o := p.org
	f.section(tr(p.o.Lang, "Organisation"))
	for _, kv := range [][2]string{
		{"controller", o.Name}, {"address", o.Address}, {"email", o.Email}, {"phone", o.Phone},
		{"representative", o.Representative}, {"dpo_name", o.DPOName}, {"dpo_email", o.DPOEmail},
		{"dpo_address", o.DPOAddress}, {"authority", o.Authority}, {"authority_address", o.AuthorityAddress},
	} {
		f.labelled(orgLabel(kv[0], p.o.Lang), kv[1])
	}
	f.section(tr(p.o.Lang, "Deadlines"))
	d := o.Deadlines
	for _, kv := range [][2]string{{"jurisdiction", jurisdictionName(d.Jurisdiction)}, {"holidays", regionName(d.Holidays)},
		{"extension_mode", extensionName(d.ExtensionMode)}, {"pause_policy", pausePolicyName(d.PausePolicy)}} {
		f.labelled(orgLabel(kv[0], p.o.Lang), kv[1])
	}
	f.line("")
	f.line(p.st.Muted.Render(tr(p.o.Lang, "e edits. A new holiday region or extension mode recomputes every deadline of this workspace.")))
	return f.String()
}

func orgLabel(key, lang string) string { return model.Field(model.LabelOrganisation, key).Short(lang) }

func jurisdictionName(code string) string {
	if j, ok := model.JurisdictionByCode(code); ok {
		return j.Name
	}
	return code
}

func regionName(r string) string {
	if r == "" || r == "none" {
		return ft("weekends only")
	}
	return r
}

func pausePolicyName(p string) string {
	if p == "" {
		return ft("each jurisdiction's own")
	}
	return ft(p)
}

// extensionName names an extension mode as the form offers it.
func extensionName(m string) string {
	switch m {
	case model.ExtendFromReceipt:
		return ft("at most 3 months from receipt")
	case model.ExtendFromDeadline:
		return ft("2 months from the first deadline")
	}
	return m
}

// editForm edits every field of the organisation; the authority, the
// jurisdiction and the holiday region are chosen from the data files.
func (p *settingsPage) editForm() tea.Cmd {
	o, lang := p.org, p.o.Lang
	in := func(key string, v *string) *huh.Input { return huh.NewInput().Title(orgLabel(key, lang)).Value(v) }
	d := &o.Deadlines
	groups := []*huh.Group{
		huh.NewGroup(in("controller", &o.Name), in("address", &o.Address), in("email", &o.Email).Validate(optionalEmail),
			in("phone", &o.Phone), in("representative", &o.Representative)),
		huh.NewGroup(in("dpo_name", &o.DPOName), in("dpo_email", &o.DPOEmail).Validate(optionalEmail), in("dpo_address", &o.DPOAddress)),
		huh.NewGroup(huh.NewSelect[string]().Title(orgLabel("authority", lang)).Value(&o.Authority).
			Options(authorityOptions(o.Authority)...).Height(10), in("authority_address", &o.AuthorityAddress)),
		huh.NewGroup(
			huh.NewSelect[string]().Title(orgLabel("jurisdiction", lang)).Value(&d.Jurisdiction).Inline(true).Options(jurisdictionOptions()...),
			huh.NewSelect[string]().Title(orgLabel("holidays", lang)).Value(&d.Holidays).Options(regionOptions()...).Height(8),
			huh.NewSelect[string]().Title(orgLabel("extension_mode", lang)).Value(&d.ExtensionMode).Inline(true).
				Options(huh.NewOption(extensionName(model.ExtendFromReceipt), model.ExtendFromReceipt), huh.NewOption(extensionName(model.ExtendFromDeadline), model.ExtendFromDeadline)),
			huh.NewSelect[string]().Title(orgLabel("pause_policy", lang)).Value(&d.PausePolicy).Inline(true).
				Options(huh.NewOption(ft("each jurisdiction's own"), ""), huh.NewOption(ft("none"), "none"), huh.NewOption(ft("pause"), "pause"), huh.NewOption(ft("restart"), "restart")),
		),
	}
	submit := func() tea.Cmd { return p.save(o) }
	return newFormModal(p.st, tr(lang, "Organisation"), submit, groups...).open(p.width, p.height)
}

func (p *settingsPage) save(o model.Organisation) tea.Cmd {
	s := p.s
	if au, ok := model.FindAuthority(o.Authority); ok {
		o.AuthorityRegion = au.Region
	}
	return func() tea.Msg {
		moved, err := s.SaveOrganisation(o)
		if err != nil {
			return statusMsg{text: ft("organisation not saved: ") + errText(err, uiLangOf()), err: true}
		}
		text := ft("organisation saved")
		if moved > 0 {
			text += ft("; the new deadline settings moved the due date of %s", count(moved, ft("open request"), ft("open requests")))
		}
		// the requests reload with the new rules
		return savedMsg{kind: kindOrganisation, text: text}
	}
}

func optionalEmail(s string) error {
	if s != "" && !strings.Contains(s, "@") {
		return errors.New(ft("an e-mail address has an @"))
	}
	return nil
}

// authorityOptions lists the authorities of the data file, and the one
// recorded when it is not among them, so that opening the form never changes it.
func authorityOptions(current string) []huh.Option[string] {
	opts := []huh.Option[string]{huh.NewOption(ft("(none)"), "")}
	if _, ok := model.FindAuthority(current); !ok && current != "" {
		opts = append(opts, huh.NewOption(current, current))
	}
	for _, a := range model.Authorities() {
		label := a.Region + " — " + a.Name
		if a.Sector != "" {
			label += ft(" (%s sector)", a.Sector)
		}
		opts = append(opts, huh.NewOption(label, a.Name))
	}
	return opts
}

func regionOptions() []huh.Option[string] {
	opts := []huh.Option[string]{huh.NewOption(ft("weekends only"), "")}
	for _, r := range model.HolidayRegions() {
		opts = append(opts, huh.NewOption(r, r))
	}
	return opts
}

func (p *settingsPage) SetSize(w, h int) { p.width, p.height = w, h }
func (p *settingsPage) Capturing() bool  { return false }

func (p *settingsPage) Keys() help.KeyMap {
	return keyMap{short: []key.Binding{p.keys.Edit}, full: [][]key.Binding{{p.keys.Edit}}}
}

func (p *settingsPage) Actions() []action {
	return []action{{Name: "Settings: edit the organisation and deadline settings", Tab: tabSettings, Key: p.keys.Edit}}
}
