package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/dpodesk/dpodesk/model"
)

// editForm changes who asked and how, and corrects a mistyped type,
// jurisdiction or date of receipt (model.Request.Correct checks it against the
// recorded steps); the deadline is recomputed from the corrected facts and the
// change is audited as request.correct.
func (p *requestsPage) editForm(r model.Request) tea.Cmd {
	id := r.ID
	v := struct{ subject, contact, channel, typ, jur, received string }{
		r.Subject, r.Contact, r.Channel, r.Type, r.Jurisdiction, formDate(model.DateOf(r.Received))}
	now := p.o.Now
	submit := func() tea.Cmd {
		action := model.ActionUpdate
		if v.typ != r.Type || v.jur != r.Jurisdiction || v.received != formDate(model.DateOf(r.Received)) {
			action = model.ActionRequestCorrect
		}
		return p.apply(id, action, ft("details saved"), func(q *model.Request) error {
			// the form shows the request as it was read: a change saved by
			// someone else meanwhile is reported, never overwritten
			if q.Version != r.Version {
				return fmt.Errorf("%s", ft("%s was changed by someone else since this form opened (%s); open it again to see the change",
					r.Ref, q.UpdatedAt.Local().Format("15:04:05")))
			}
			q.Subject, q.Contact, q.Channel = strings.TrimSpace(v.subject), strings.TrimSpace(v.contact), v.channel
			q.UpdatedAt = now()
			if action == model.ActionUpdate {
				return nil
			}
			c := model.Correction{Type: v.typ, Jurisdiction: v.jur}
			if day := parseOptionalDate(v.received); day != model.DateOf(q.Received) {
				c.Received = model.ReceivedOnDay(day, q.Received.Location())
			}
			return q.Correct(c, now())
		})
	}
	g := huh.NewGroup(
		huh.NewInput().Title(ft("Data subject")).Value(&v.subject).Validate(notEmpty("the data subject's name")),
		huh.NewInput().Title(ft("Contact")).Value(&v.contact),
		huh.NewSelect[string]().Title(ft("Channel")).Options(channelOptions(p.o.Lang)...).Value(&v.channel).Inline(true),
		huh.NewSelect[string]().Title(ft("Type")).Options(requestTypeOptions(p.o.Lang)...).Value(&v.typ).Inline(true),
		huh.NewSelect[string]().Title(ft("Jurisdiction")).Options(jurisdictionOptions()...).Value(&v.jur).Inline(true),
		huh.NewInput().Title(ft("Received on (%s)", dateHint())).Value(&v.received).Validate(validDate),
	)
	return newFormModal(p.st, ft("Edit request %s", r.Ref), submit, g).open(p.width, p.height)
}

// closeForm closes the request with its reply: the outcome, the day the reply
// was sent, the reasons (required for a refusal) and whether the Art. 12(4)
// remedies were named (model.Request.CloseWith).
func (p *requestsPage) closeForm(id uint64) tea.Cmd {
	v := struct {
		outcome, replied, reason string
		remedies                 bool
	}{outcome: "fulfilled", replied: formDate(p.o.today())}
	now := p.o.Now
	submit := func() tea.Cmd {
		return p.apply(id, model.ActionRequestClose, ft("closed as %s", ft(v.outcome)), func(r *model.Request) error {
			return r.CloseWith(model.Closing{Outcome: v.outcome, Replied: parseOptionalDate(v.replied),
				Reason: v.reason, RemediesTold: v.remedies}, now())
		})
	}
	g := huh.NewGroup(
		huh.NewSelect[string]().Title(ft("Outcome")).Value(&v.outcome).Options(
			huh.NewOption(ft("fulfilled"), "fulfilled"), huh.NewOption(ft("refused (tell the data subject why, Art. 12(4))"), "refused"),
			huh.NewOption(ft("withdrawn"), "withdrawn")),
		huh.NewInput().Title(ft("Reply sent on (%s)", dateHint())).Value(&v.replied).Validate(validDate),
		huh.NewInput().Title(ft("Reasons given (required for a refusal)")).Value(&v.reason),
		localConfirm().Title(ft("The reply named the right to complain and to a judicial remedy (Art. 12(4))")).Value(&v.remedies),
	)
	return newFormModal(p.st, ft("Close %s", p.refOf(id)), submit, g).open(p.width, p.height)
}
