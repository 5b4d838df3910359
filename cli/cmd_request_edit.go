package cli

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

// requestFields are the flags shared by `request add` and `request edit`.
type requestFields struct {
	typ, subject, contact, received, channel, jurisdiction string
}

func (f *requestFields) bind(cmd *cobra.Command, forAdd bool) {
	fl := cmd.Flags()
	def := func(v string) string {
		if forAdd {
			return v
		}
		return ""
	}
	fl.StringVar(&f.typ, "type", def("access"), "request type: "+strings.Join(model.RequestTypeKeys(), ", "))
	fl.StringVar(&f.subject, "subject", "", "the data subject's name")
	fl.StringVar(&f.contact, "contact", "", "how to reach the data subject (e-mail, address)")
	fl.StringVar(&f.received, "received", "", "when it reached the controller: YYYY-MM-DD or RFC 3339 (default now)")
	fl.StringVar(&f.channel, "channel", def("email"), "email, letter, web_form, phone, in_person or other")
	fl.StringVar(&f.jurisdiction, "jurisdiction", "", "eu, uk, ccpa, lgpd or ch (default: the workspace's, see organisation show)")
}

func (a *App) requestAdd() *cobra.Command {
	var f requestFields
	cmd := &cobra.Command{
		Use: "add --subject NAME", Short: "Log a new request; prints its ref", Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if strings.TrimSpace(f.subject) == "" {
				return usagef("request add needs --subject NAME")
			}
			if c.Flags().Changed("received") && strings.TrimSpace(f.received) == "" {
				return usagef("--received is empty: give the day the request arrived (YYYY-MM-DD), or leave the flag out for now")
			}
			received, err := a.parseWhen(f.received)
			if err != nil {
				return usagef("--received: %v", err)
			}
			d, err := a.desk()
			if err != nil {
				return err
			}
			if f.jurisdiction == "" {
				f.jurisdiction = d.Jurisdiction()
			}
			r, err := model.NewRequest(f.typ, f.subject, f.contact, f.channel, strings.ToLower(f.jurisdiction), received)
			if err != nil {
				return usagef("%v", err)
			}
			if err := d.CreateRequest(&r); err != nil {
				return err
			}
			fmt.Fprintln(a.stdout, r.Ref)
			return nil
		},
	}
	f.bind(cmd, true)
	return cmd
}

func (a *App) requestEdit() *cobra.Command {
	var f requestFields
	cmd := &cobra.Command{
		Use: "edit ID|REF [flags]", Short: "Correct a request's details", Args: exactArgs(1, "a request id or ref"),
		RunE: func(c *cobra.Command, args []string) error {
			r, err := a.resolveRequest(args[0])
			if err != nil {
				return err
			}
			var received time.Time
			if c.Flags().Changed("received") {
				if received, err = a.parseWhen(f.received); err != nil {
					return usagef("--received: %v", err)
				}
			}
			changed := false
			for _, flag := range []string{"type", "subject", "contact", "channel", "jurisdiction", "received"} {
				changed = changed || c.Flags().Changed(flag)
			}
			if !changed {
				return usagef("request edit: name at least one field to change, e.g. --contact")
			}
			set := func(flag string, dst *string, v string) {
				if c.Flags().Changed(flag) {
					*dst = v
				}
			}
			r, err = a.d.EditRequest(r.ID, func(r *model.Request) {
				set("type", &r.Type, f.typ)
				set("subject", &r.Subject, f.subject)
				set("contact", &r.Contact, f.contact)
				set("channel", &r.Channel, f.channel)
				set("jurisdiction", &r.Jurisdiction, f.jurisdiction)
				if c.Flags().Changed("received") {
					r.Received = received
				}
			})
			return a.printSaved(r, err, "updated")
		},
	}
	f.bind(cmd, false)
	return cmd
}

func (a *App) requestDelete() *cobra.Command {
	var yes bool
	cmd := &cobra.Command{
		Use: "delete ID|REF", Short: "Delete a request (asks first; --yes in scripts)", Args: exactArgs(1, "a request id or ref"),
		RunE: func(_ *cobra.Command, args []string) error {
			r, err := a.resolveRequest(args[0])
			if err != nil {
				return err
			}
			if err := a.confirm(fmt.Sprintf("delete request %s (%s)?", r.Ref, r.Subject), yes); err != nil {
				return err
			}
			if err := a.d.DeleteRequest(r.ID); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "deleted %s\n", r.Ref)
			return nil
		},
	}
	cmd.Flags().BoolVar(&yes, "yes", false, "do not ask for confirmation")
	return cmd
}

// printSaved prints a saved request's ref with the deadline now in force.
func (a *App) printSaved(r model.Request, err error, verb string) error {
	var invalid *desk.InputError
	if errors.As(err, &invalid) {
		return usagef("%v", err)
	}
	if err != nil {
		return err
	}
	d := a.d.Rules().Deadline(r)
	fmt.Fprintf(a.stdout, "%s %s: due %s — %s\n", r.Ref, verb, d.Due, model.ExplanationIn(d.Explanation, a.cfg.Language))
	return nil
}

// requestActions are the lifecycle verbs: each is one model transition saved as
// one transaction with its audit entry.
func (a *App) requestActions() []*cobra.Command {
	var reason, notified, on string
	act := func(use, short, action, verb string, apply func(r *model.Request, args []string) error) *cobra.Command {
		return &cobra.Command{
			Use: use, Short: short, Args: cobra.MinimumNArgs(1),
			RunE: func(_ *cobra.Command, args []string) error {
				r, err := a.resolveRequest(args[0])
				if err != nil {
					return err
				}
				r, err = a.d.ActOnRequest(r.ID, action, func(r *model.Request) error { return apply(r, args[1:]) })
				return a.printSaved(r, err, verb)
			},
		}
	}
	identity := act("identity ID|REF", "Start the identity check", model.ActionRequestIdentity, "identity check started",
		func(r *model.Request, _ []string) error { return r.StartIdentityCheck(a.now()) })
	start := act("start ID|REF", "Mark the request as in progress", model.ActionRequestStart, "in progress",
		func(r *model.Request, _ []string) error { return r.StartWork(a.now()) })
	extend := act("extend ID|REF --reason R [--notified DATE]", "Extend the deadline (Art. 12(3))", model.ActionRequestExtend, "extended",
		func(r *model.Request, _ []string) error {
			day, err := a.parseDay(notified, "--notified")
			if err != nil {
				return err
			}
			return r.Extend(reason, day, a.d.Rules(), a.now())
		})
	extend.Flags().StringVar(&reason, "reason", "", "why the extension is necessary (told to the data subject)")
	extend.Flags().StringVar(&notified, "notified", "", "the day the data subject was told (default today)")
	pause := act("pause ID|REF --reason identity|clarification|fee [--on DATE]", "Pause the clock while waiting for the data subject", model.ActionRequestPause, "paused",
		func(r *model.Request, _ []string) error {
			day, err := a.parseDay(on, "--on")
			if err != nil {
				return err
			}
			return r.Pause(reason, day, a.now())
		})
	pause.Flags().StringVar(&reason, "reason", "", "identity, clarification or fee")
	pause.Flags().StringVar(&on, "on", "", "the day the controller asked for it (default today)")
	resume := act("resume ID|REF [--on DATE]", "Resume the clock when the information arrived", model.ActionRequestResume, "resumed",
		func(r *model.Request, _ []string) error {
			day, err := a.parseDay(on, "--on")
			if err != nil {
				return err
			}
			return r.Resume(day, a.now())
		})
	resume.Flags().StringVar(&on, "on", "", "the day the missing information arrived (default today)")
	note := act("note ID|REF TEXT", "Add a note to the request's timeline", model.ActionRequestNote, "note added",
		func(r *model.Request, args []string) error {
			if len(args) == 0 {
				return usagef("request note needs the note text after the id")
			}
			return r.AddNote(strings.Join(args, " "), a.now())
		})
	return []*cobra.Command{identity, start, extend, pause, resume, note} // close, reopen: cmd_request_close.go
}
