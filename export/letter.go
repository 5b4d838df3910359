package export

import (
	"fmt"
	"strings"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// LetterInput is what the Art. 15 draft is built from. Activities are the ones
// that concern the data subject, already chosen with SelectActivities.
type LetterInput struct {
	// DateLayout is the Go layout of the configured date format; empty means
	// ISO in English and DD.MM.YYYY in German.
	DateLayout string
	Request    model.Request
	Org        model.Organisation
	Activities []model.Activity
	Processors []model.Processor
	Lang       string
	Now        time.Time
}

// SelectActivities returns the active activities that concern any of the given
// categories of data subjects (keys or EN/DE labels); no categories means every
// active activity.
func SelectActivities(acts []model.Activity, subjects []string) []model.Activity {
	want := map[string]bool{}
	for _, s := range subjects {
		want[subjectKey(s)] = true
	}
	var out []model.Activity
	for _, a := range acts {
		if a.Status != model.StatusActive {
			continue
		}
		if len(want) == 0 || concerns(a, want) {
			out = append(out, a)
		}
	}
	return out
}

func concerns(a model.Activity, want map[string]bool) bool {
	for _, s := range a.DataSubjects {
		if want[subjectKey(s)] {
			return true
		}
	}
	return false
}

func subjectKey(s string) string {
	if t, ok := model.MatchTerm(model.VocabDataSubject, s); ok {
		return t.Key
	}
	return strings.ToLower(strings.TrimSpace(s))
}

// Letter drafts the Art. 15(1)(a)–(h) and 15(2) information for an access request
// as Markdown. Facts come from the register; what only the DPO can know is left
// as a [[TODO: …]] placeholder, so the draft is never mistaken for a final letter.
func Letter(in LetterInput) string {
	tx := letterEN
	if strings.EqualFold(in.Lang, "de") {
		tx = letterDE
	}
	l := &letter{in: in, tx: tx}
	l.head()
	if len(in.Activities) == 0 {
		l.para(tx.NoneFound + " " + todo(tx.TodoNone))
	}
	l.purposes()
	l.categories()
	l.recipients()
	l.retention()
	l.rights()
	l.source()
	l.automated()
	l.transfers()
	l.closing()
	return l.b.String()
}

type letter struct {
	in LetterInput
	tx letterText
	b  strings.Builder
}

func (l *letter) para(s string)    { l.b.WriteString(s + "\n\n") }
func (l *letter) heading(s string) { l.b.WriteString("## " + s + "\n\n") }
func (l *letter) lang() string     { return l.in.Lang }

func (l *letter) bullets(items []string) {
	for _, it := range items {
		l.b.WriteString("- " + it + "\n")
	}
	l.b.WriteString("\n")
}

func (l *letter) head() {
	r, tx := l.in.Request, l.tx
	l.b.WriteString("# " + tx.Title + "\n\n")
	l.b.WriteString("> " + tx.Finish + "\n\n")
	l.b.WriteString(sender(l.in.Org, tx))
	l.b.WriteString(r.Subject + "  \n")
	if r.Contact != "" {
		l.b.WriteString(r.Contact + "  \n")
	}
	l.b.WriteString(todo(tx.TodoAddress) + "\n\n")
	l.b.WriteString(fmt.Sprintf("%s: %s  \n%s: %s  \n%s: %s\n\n", tx.OurRef, r.Ref,
		tx.Received, l.day(model.DateOf(r.Received)), tx.Date, l.day(model.DateOf(l.in.Now))))
	l.para(fmt.Sprintf(tx.Dear, r.Subject))
	l.para(fmt.Sprintf(tx.Intro, l.day(model.DateOf(r.Received))))
	l.para(tx.Confirm + " " + todo(tx.TodoConfirm))
	l.para(tx.Copy + " " + todo(tx.TodoCopy))
}

func (l *letter) purposes() {
	l.heading(l.tx.Purposes)
	if len(l.in.Activities) == 0 {
		return
	}
	l.para(l.tx.PurposesNote)
	var items []string
	for _, a := range l.in.Activities {
		s := "**" + a.Name + "**: " + orTodo(strings.Join(a.Purposes, "; "), l.tx.Purposes)
		bases := append(legalBases(a.LegalBases, l.lang()), legalBases(a.Art9Conditions, l.lang())...)
		if len(bases) > 0 {
			s += " (" + l.tx.Basis + ": " + bases.Text("; ") + ")"
		}
		items = append(items, s)
	}
	l.bullets(items)
}

func (l *letter) categories() {
	l.heading(l.tx.Categories)
	var keys []string
	for _, a := range l.in.Activities {
		keys = append(keys, a.DataCategories...)
	}
	l.bullets(uniq(terms(model.VocabDataCategory, keys, l.lang())))
}

func (l *letter) retention() {
	l.heading(l.tx.Retention)
	var items []string
	for _, a := range l.in.Activities {
		periods := retention(a, l.lang()).Text("; ")
		items = append(items, "**"+a.Name+"**: "+orTodo(periods, l.tx.TodoRetention))
	}
	l.bullets(items)
}

func (l *letter) rights() {
	l.heading(l.tx.Rights)
	l.para(l.tx.RightsText)
	l.withdrawal()
	l.heading(l.tx.Complaint)
	l.para(fmt.Sprintf(l.tx.ComplaintText, authority(l.in.Org, l.tx)))
}

func (l *letter) closing() {
	org := l.in.Org
	l.para(l.tx.Closing)
	l.para(l.tx.Contact + ": " + dpoContact(org, l.tx))
	if org.Representative != "" {
		l.para(l.tx.Representative + ": " + org.Representative)
	}
	l.b.WriteString(l.tx.Signature + "\n\n" + todo(l.tx.TodoSignature) + "  \n" + orTodo(org.Name, l.tx.TodoController) + "\n")
}

func orTodo(s, what string) string {
	if strings.TrimSpace(s) == "" {
		return todo(what)
	}
	return s
}

// uniq returns the cell's texts without repeats, in first-seen order, so the
// union over many activities reads like one list.
func uniq(c Cell) []string {
	seen := map[string]bool{}
	var out []string
	for _, it := range c {
		if !seen[it.Text] {
			seen[it.Text] = true
			out = append(out, it.Text)
		}
	}
	return out
}
