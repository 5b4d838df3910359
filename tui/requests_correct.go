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
		r.Subject, r.Contact, r.Channel, r.Type, r.Jurisdiction, model.DateOf(r.Received).String()}
	now := p.o.Now
	submit := func() tea.Cmd {
		action := model.ActionUpdate
		if v.typ != r.Type || v.jur != r.Jurisdiction || v.received != model.DateOf(r.Received).String() {
			action = model.ActionRequestCorrect
		}
		return p.apply(id, action, "details saved", func(q *model.Request) error {
			// the form shows the request as it was read: a change saved by
			// someone else meanwhile is reported, never overwritten
			if q.Version != r.Version {
				return fmt.Errorf("%s was changed by someone else since this form opened (%s); open it again to see the change",
					r.Ref, q.UpdatedAt.Local().Format("15:04:05"))
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
		huh.NewInput().Title("Data subject").Value(&v.subject).Validate(notEmpty("the data subject's name")),
		huh.NewInput().Title("Contact").Value(&v.contact),
		huh.NewSelect[string]().Title("Channel").Options(channelOptions(p.o.Lang)...).Value(&v.channel).Inline(true),
		huh.NewSelect[string]().Title("Type").Options(requestTypeOptions(p.o.Lang)...).Value(&v.typ).Inline(true),
		huh.NewSelect[string]().Title("Jurisdiction").Options(jurisdictionOptions()...).Value(&v.jur).Inline(true),
		huh.NewInput().Title("Received on (YYYY-MM-DD)").Value(&v.received).Validate(validDate),
	)
	return newFormModal(p.st, "Edit request "+r.Ref, submit, g).open(p.width, p.height)
}

// closeForm closes the request with its reply: the outcome, the day the reply
// was sent, the reasons (required for a refusal) and whether the Art. 12(4)
// remedies were named (model.Request.CloseWith).
func (p *requestsPage) closeForm(id uint64) tea.Cmd {
	v := struct {
		outcome, replied, reason string
		remedies                 bool
	}{outcome: "fulfilled", replied: p.o.today().String()}
	now := p.o.Now
	submit := func() tea.Cmd {
		return p.apply(id, model.ActionRequestClose, "closed as "+v.outcome, func(r *model.Request) error {
			return r.CloseWith(model.Closing{Outcome: v.outcome, Replied: parseOptionalDate(v.replied),
				Reason: v.reason, RemediesTold: v.remedies}, now())
		})
	}
	g := huh.NewGroup(
		huh.NewSelect[string]().Title("Outcome").Value(&v.outcome).Options(
			huh.NewOption("fulfilled", "fulfilled"), huh.NewOption("refused (tell the data subject why, Art. 12(4))", "refused"),
			huh.NewOption("withdrawn", "withdrawn")),
		huh.NewInput().Title("Reply sent on (YYYY-MM-DD)").Value(&v.replied).Validate(validDate),
		huh.NewInput().Title("Reasons given (required for a refusal)").Value(&v.reason),
		huh.NewConfirm().Title("The reply named the right to complain and to a judicial remedy (Art. 12(4))").Value(&v.remedies),
	)
	return newFormModal(p.st, "Close "+p.refOf(id), submit, g).open(p.width, p.height)
}
