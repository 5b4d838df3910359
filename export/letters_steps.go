package export

import (
	"fmt"
	"strings"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// Letter kinds: one for every step of a request (docs/letters.md).
const (
	LetterIdentity      = "identity"
	LetterClarification = "clarification"
	LetterExtension     = "extension"
	LetterRefusal       = "refusal"
	LetterErasure       = "erasure"
	LetterRectification = "rectification"
	LetterAccess        = "access"
)

// LetterKinds lists the kinds in the order a request meets them.
func LetterKinds() []string {
	return []string{LetterIdentity, LetterClarification, LetterExtension, LetterRefusal,
		LetterErasure, LetterRectification, LetterAccess}
}

// StepInput is what a step letter is built from: the request, the organisation,
// the workspace's deadline rules and today. Recipients are the names of those
// the data was disclosed to (Art. 19), for the erasure and rectification
// letters. Access carries the register for the Art. 15 letter.
type StepInput struct {
	Kind       string
	Request    model.Request
	Org        model.Organisation
	Rules      model.DeadlineRules
	Lang       string
	Now        time.Time
	Recipients []string
	Access     LetterInput
	DateLayout string // Go layout of the configured date format; see LetterInput
}

// StepLetter drafts the letter of one step as Markdown, or says why that letter
// cannot be sent: an extension notice after the first period has run out, or
// where the jurisdiction allows no extension.
func StepLetter(in StepInput) (string, error) {
	if in.Kind == LetterAccess {
		a := in.Access
		a.Request, a.Org, a.Lang, a.Now, a.DateLayout = in.Request, in.Org, in.Lang, in.Now, in.DateLayout
		return Letter(a), nil
	}
	tx := stepEN
	if strings.EqualFold(in.Lang, "de") {
		tx = stepDE
	}
	s := &step{in: in, tx: tx, base: letterEN}
	if tx.de {
		s.base = letterDE
	}
	var body func() error
	switch in.Kind {
	case LetterIdentity:
		body = func() error { s.question(tx.IdentityTitle, tx.IdentityAsk, tx.TodoIdentity, "identity"); return nil }
	case LetterClarification:
		body = func() error {
			s.question(tx.ClarifyTitle, tx.ClarifyAsk, tx.TodoClarify, "clarification")
			return nil
		}
	case LetterExtension:
		body = s.extension
	case LetterRefusal:
		body = func() error { s.refusal(); return nil }
	case LetterErasure:
		body = func() error { s.done(tx.ErasureTitle, tx.ErasureDone, tx.TodoErasure, tx.ErasureKept); return nil }
	case LetterRectification:
		body = func() error { s.done(tx.RectifyTitle, tx.RectifyDone, tx.TodoRectify, ""); return nil }
	default:
		return "", fmt.Errorf("unknown letter kind %q: use one of %s", in.Kind, strings.Join(LetterKinds(), ", "))
	}
	if err := body(); err != nil {
		return "", err
	}
	s.closing()
	return s.b.String(), nil
}

type step struct {
	in   StepInput
	tx   stepText
	base letterText
	b    strings.Builder
}

func (s *step) para(p string) { s.b.WriteString(p + "\n\n") }

func (s *step) day(d model.Date) string { return letterDay(d, s.in.Lang, s.in.DateLayout) }

func (s *step) typeText() string {
	t, ok := model.RequestTypeByKey(s.in.Request.Type)
	if !ok {
		return s.in.Request.Type
	}
	label := t.Label(s.in.Lang)
	if !s.tx.de {
		label = strings.ToLower(label)
	}
	return fmt.Sprintf(s.tx.TypeRef, label, t.Article)
}

// head writes the title, the draft note, the addressee, the references and the
// opening that names the request.
func (s *step) head(title string) {
	r, base := s.in.Request, s.base
	s.b.WriteString("# " + title + "\n\n> " + base.Finish + "\n\n")
	s.b.WriteString(sender(s.in.Org, base))
	s.b.WriteString(r.Subject + "  \n")
	if r.Contact != "" {
		s.b.WriteString(r.Contact + "  \n")
	}
	s.b.WriteString(todo(base.TodoAddress) + "\n\n")
	s.b.WriteString(fmt.Sprintf("%s: %s  \n%s: %s  \n%s: %s\n\n", base.OurRef, r.Ref,
		base.Received, s.day(model.DateOf(r.Received)), base.Date, s.day(model.DateOf(s.in.Now))))
	s.para(fmt.Sprintf(base.Dear, r.Subject))
	s.para(fmt.Sprintf(s.tx.Thanks, s.typeText(), s.day(model.DateOf(r.Received))))
}

// question is the identity or clarification request: what is needed and why,
// and whether the clock waits for the answer.
func (s *step) question(title, ask, what, reason string) {
	s.head(title)
	s.para(ask + " " + todo(what))
	if s.in.Rules.ClockWaits(s.in.Request.Jurisdiction, reason) {
		s.para(s.tx.ClockWaits)
	} else {
		due := s.in.Rules.Deadline(s.in.Request).Due
		s.para(fmt.Sprintf(s.tx.ClockRuns, s.day(due)))
	}
	s.para(fmt.Sprintf(s.tx.SendTo, orTodo(s.in.Org.DPOEmail, s.tx.TodoDPOEmail)))
}

// extension is the Art. 12(3) notice: within the first period, with the
// reasons and the new latest date.
func (s *step) extension() error {
	r, today := s.in.Request, model.DateOf(s.in.Now)
	j, ok := model.JurisdictionByCode(r.Jurisdiction)
	if ok && !j.CanExtend() {
		return fmt.Errorf("%s allows no fixed extension of the %s period: no extension notice can be drafted", j.Name, j.PeriodText())
	}
	if !r.IsOpen() {
		return fmt.Errorf("request %s is closed (%s): no extension notice can be sent", r.Ref, r.Status)
	}
	d := s.in.Rules.Deadline(r)
	reason, told := extendEvent(r)
	if told.IsZero() && today.After(d.FirstDue) {
		return fmt.Errorf("too late for an extension notice: Art. 12(3) requires telling the data subject within the first period, which ended on %s (today is %s); answer without delay and record the reasons for the delay in a note",
			d.FirstDue, today)
	}
	s.head(s.tx.ExtendTitle)
	s.para(fmt.Sprintf(s.tx.ExtendText, orTodo(reason, s.tx.TodoReasons)))
	s.para(fmt.Sprintf(s.tx.ExtendBy, s.day(d.MaxExtended)))
	return nil
}

func extendEvent(r model.Request) (reason string, told model.Date) {
	for _, e := range r.Events {
		if e.Kind == model.EventExtend {
			return e.Reason, e.Notified
		}
	}
	return "", model.Date{}
}

// refusal is the Art. 12(4) letter: the reasons, the right to complain to the
// named authority and to a judicial remedy.
func (s *step) refusal() {
	s.head(s.tx.RefuseTitle)
	reason := ""
	if e, ok := s.in.Request.LastClose(); ok && e.Outcome == "refused" {
		reason = e.Reason
	}
	s.para(fmt.Sprintf(s.tx.RefuseText, orTodo(reason, s.tx.TodoRefusal)))
	s.para(fmt.Sprintf(s.tx.Remedies, authority(s.in.Org, s.base)))
}

// done confirms an erasure or rectification and the Art. 19 notification of
// every recipient.
func (s *step) done(title, text, what, kept string) {
	s.head(title)
	s.para(text + " " + todo(what))
	if kept != "" {
		s.para(todo(kept))
	}
	if len(s.in.Recipients) == 0 {
		s.para(s.tx.Art19 + " " + todo(s.tx.TodoRecipients))
	} else {
		s.para(s.tx.Art19 + " " + strings.Join(s.in.Recipients, ", ") + ". " + todo(s.tx.TodoCheckRecipients))
	}
	s.para(s.tx.Art19Ask)
}

func (s *step) closing() {
	org := s.in.Org
	s.para(s.base.Closing)
	s.para(s.base.Contact + ": " + dpoContact(org, s.base))
	s.b.WriteString(s.base.Signature + "\n\n" + todo(s.base.TodoSignature) + "  \n" + orTodo(org.Name, s.base.TodoController) + "\n")
}
