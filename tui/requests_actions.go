package tui

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/dpodesk/dpodesk/model"
)

// actionKey starts the action bound to msg on the selected request.
func (p *requestsPage) actionKey(msg tea.KeyPressMsg) tea.Cmd {
	t, k := p.list.keys, p.keys
	if key.Matches(msg, t.New) {
		return p.newForm()
	}
	id := p.selectedID()
	if id == 0 {
		return nil
	}
	now := p.o.Now
	switch {
	case key.Matches(msg, t.Edit):
		return p.fetchForEdit(id)
	case key.Matches(msg, t.Delete):
		return confirm(p.st, ft("Delete request %s? This cannot be undone.", p.refOf(id)), func() tea.Cmd {
			return p.remove(id)
		})
	case key.Matches(msg, k.Identity):
		return p.apply(id, model.ActionRequestIdentity, ft("identity check started"),
			func(r *model.Request) error { return r.StartIdentityCheck(now()) })
	case key.Matches(msg, k.Work):
		return p.apply(id, model.ActionRequestStart, ft("work started"), func(r *model.Request) error { return r.StartWork(now()) })
	case key.Matches(msg, k.Pause):
		return p.pauseForm(id)
	case key.Matches(msg, k.Resume):
		return p.resumeForm(id)
	case key.Matches(msg, k.Extend):
		return p.extendForm(id)
	case key.Matches(msg, k.Close):
		return p.closeForm(id)
	case key.Matches(msg, k.Note):
		return p.noteForm(id)
	case key.Matches(msg, k.History):
		return navigate(navigateMsg{to: tabAudit, kind: kindRequest, id: id})
	case key.Matches(msg, k.Reopen): // requests_letter.go
		return p.reopenForm(id)
	case key.Matches(msg, k.Letter):
		return p.letterForm(id)
	}
	return nil
}

func (p *requestsPage) refOf(id uint64) string {
	if i, ok := p.data.index(id); ok {
		return p.data.rows[i].Ref
	}
	return fmt.Sprintf("#%d", id)
}

// apply reads the full request, runs one lifecycle step and writes it back, all
// in a Cmd. A refused step (the model says why) lands in the status line.
func (p *requestsPage) apply(id uint64, action, done string, fn func(*model.Request) error) tea.Cmd {
	s, ref := p.s, p.refOf(id)
	return func() tea.Msg {
		r, err := s.ActOnRequest(id, action, fn)
		if err != nil {
			return statusMsg{text: ft("saving ") + ref + ": " + err.Error(), err: true}
		}
		return savedMsg{kind: kindRequest, id: id, text: r.Ref + ": " + done}
	}
}

func (p *requestsPage) remove(id uint64) tea.Cmd {
	s, ref := p.s, p.refOf(id)
	return func() tea.Msg {
		if err := s.DeleteRequest(id); err != nil {
			return statusMsg{text: err.Error(), err: true}
		}
		return savedMsg{kind: kindRequest, id: id, deleted: true, text: ft("request %s deleted", ref)}
	}
}

// newForm opens the new-request form. Only the name is needed: every other
// field has a default, so typing a name and pressing enter through saves it.
func (p *requestsPage) newForm() tea.Cmd {
	v := struct{ subject, typ, received, channel, jur, contact string }{
		typ: "access", received: formDate(p.o.today()), channel: "email", jur: p.o.DefaultJurisdiction,
	}
	today := p.o.today()
	submit := func() tea.Cmd {
		return p.create(v.typ, v.subject, v.contact, v.channel, v.jur, v.received)
	}
	g := huh.NewGroup(
		huh.NewInput().Title(ft("Data subject")).Placeholder(ft("name or pseudonym")).Value(&v.subject).
			Validate(notEmpty(ft("the data subject's name"))),
		huh.NewSelect[string]().Title(ft("Type")).Options(requestTypeOptions(p.o.Lang)...).Value(&v.typ).Inline(true),
		huh.NewInput().Title(ft("Received (%s)", dateHint())).Value(&v.received).Validate(func(s string) error {
			if err := validDate(s); err != nil {
				return err
			}
			if parseOptionalDate(s).After(today) {
				return errors.New(ft("%s is in the future: give the day the request arrived", strings.TrimSpace(s)))
			}
			return nil
		}),
		huh.NewSelect[string]().Title(ft("Channel")).Options(channelOptions(p.o.Lang)...).Value(&v.channel).Inline(true),
		huh.NewSelect[string]().Title(ft("Jurisdiction")).Options(jurisdictionOptions()...).Value(&v.jur).Inline(true),
		huh.NewInput().Title(ft("Contact (optional)")).Placeholder(ft("e-mail or address")).Value(&v.contact),
	)
	return newFormModal(p.st, ft("New request"), submit, g).open(p.width, p.height)
}

// create builds the request through the model (which checks it) and saves it.
func (p *requestsPage) create(typ, subject, contact, channel, jur, received string) tea.Cmd {
	s, now := p.s, p.o.Now()
	return func() tea.Msg {
		day := parseOptionalDate(received)
		at := now
		if day != model.DateOf(now) {
			at = model.ReceivedOnDay(day, now.Location()) // a date only: no invented time of day
		}
		r, err := model.NewRequest(typ, subject, contact, channel, jur, at)
		if err != nil {
			return statusMsg{text: ft("not saved: ") + errText(err, uiLangOf()), err: true}
		}
		if err := s.CreateRequest(&r); err != nil {
			return statusMsg{text: ft("not saved: ") + errText(err, uiLangOf()), err: true}
		}
		return savedMsg{kind: kindRequest, id: r.ID, text: ft("request %s saved for %s", r.Ref, r.Subject)}
	}
}

// requestEditMsg carries the full request read for the edit form.
type requestEditMsg struct{ req model.Request }

// fetchForEdit reads the record in a Cmd; the form opens when it arrives.
func (p *requestsPage) fetchForEdit(id uint64) tea.Cmd {
	s := p.s
	return func() tea.Msg {
		r, err := s.GetRequest(id)
		if err != nil {
			return statusMsg{text: err.Error(), err: true}
		}
		return requestEditMsg{req: r}
	}
}

func (p *requestsPage) pauseForm(id uint64) tea.Cmd {
	v := struct{ reason, on string }{"identity", formDate(p.o.today())}
	submit := func() tea.Cmd {
		return p.apply(id, model.ActionRequestPause, ft("paused, waiting for %s", ft(v.reason)), func(r *model.Request) error {
			return r.Pause(v.reason, parseOptionalDate(v.on), p.o.Now())
		})
	}
	g := huh.NewGroup(
		huh.NewSelect[string]().Title(ft("Waiting for")).Value(&v.reason).Inline(true).Options(
			huh.NewOption(ft("identity"), "identity"), huh.NewOption(ft("clarification"), "clarification"), huh.NewOption(ft("fee"), "fee")),
		huh.NewInput().Title(ft("Asked the data subject on (%s)", dateHint())).Value(&v.on).Validate(validDate),
	)
	return newFormModal(p.st, ft("Pause %s", p.refOf(id)), submit, g).open(p.width, p.height)
}

func (p *requestsPage) resumeForm(id uint64) tea.Cmd {
	on := formDate(p.o.today())
	submit := func() tea.Cmd {
		return p.apply(id, model.ActionRequestResume, ft("resumed"), func(r *model.Request) error {
			return r.Resume(parseOptionalDate(on), p.o.Now())
		})
	}
	g := huh.NewGroup(huh.NewInput().Title(ft("The missing information arrived on (%s)", dateHint())).Value(&on).Validate(validDate))
	return newFormModal(p.st, ft("Resume %s", p.refOf(id)), submit, g).open(p.width, p.height)
}

func (p *requestsPage) extendForm(id uint64) tea.Cmd {
	v := struct{ reason, told string }{"", formDate(p.o.today())}
	rules := p.s.Rules()
	submit := func() tea.Cmd {
		return p.apply(id, model.ActionRequestExtend, ft("deadline extended"), func(r *model.Request) error {
			return r.Extend(v.reason, parseOptionalDate(v.told), rules, p.o.Now())
		})
	}
	g := huh.NewGroup(
		huh.NewInput().Title(ft("Reason (Art. 12(3): complexity or number of requests)")).Value(&v.reason).
			Suggestions([]string{ft("complexity of the request"), ft("number of requests")}).
			Validate(notEmpty(ft("a reason"))),
		huh.NewInput().Title(ft("Data subject told on (%s)", dateHint())).Value(&v.told).Validate(validDate),
	)
	return newFormModal(p.st, ft("Extend %s", p.refOf(id)), submit, g).open(p.width, p.height)
}

func (p *requestsPage) noteForm(id uint64) tea.Cmd {
	var text string
	submit := func() tea.Cmd {
		return p.apply(id, model.ActionRequestNote, ft("note added"), func(r *model.Request) error {
			return r.AddNote(text, p.o.Now())
		})
	}
	g := huh.NewGroup(huh.NewInput().Title(ft("Note")).Value(&text).Validate(notEmpty("the note")))
	return newFormModal(p.st, ft("Note on %s", p.refOf(id)), submit, g).open(p.width, p.height)
}

func requestTypeOptions(lang string) []huh.Option[string] {
	var opts []huh.Option[string]
	for _, t := range model.RequestTypes() {
		opts = append(opts, huh.NewOption(t.Label(lang), t.Key))
	}
	return opts
}

func channelOptions(lang string) []huh.Option[string] {
	var opts []huh.Option[string]
	for _, c := range model.Channels() {
		opts = append(opts, huh.NewOption(model.Label(model.VocabChannel, c, lang), c))
	}
	return opts
}

func jurisdictionOptions() []huh.Option[string] {
	var opts []huh.Option[string]
	for _, j := range model.Jurisdictions() {
		opts = append(opts, huh.NewOption(j.Label(), j.Code))
	}
	return opts
}
