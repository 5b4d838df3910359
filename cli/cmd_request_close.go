package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/export"
	"github.com/dpodesk/dpodesk/model"
)

// printReplyAndTimeline ends `request show`: the reply against its deadline, then
// what happened in date order with the time it was logged apart.
func (a *App) printReplyAndTimeline(c desk.RequestView) {
	w := a.stdout
	if c.Reply != nil {
		fmt.Fprintf(w, "reply:        %s\n", c.Reply.Standing())
	}
	fmt.Fprintln(w, "timeline:")
	for _, e := range c.Timeline {
		when := e.Day.String()
		if e.Time != "" {
			when += " " + e.Time
		}
		fmt.Fprintf(w, "  %-20s %-8s %s   (logged %s)\n", when, e.Kind, model.SafeLine(e.Text), e.Logged.Local().Format("2006-01-02 15:04"))
	}
}

func (a *App) requestClose() *cobra.Command {
	var outcome, replied, reason string
	var remedies bool
	cmd := &cobra.Command{
		Use:   "close ID|REF --outcome fulfilled|refused|withdrawn [--replied DATE] [--reason TEXT] [--remedies-told]",
		Short: "Close the request with its reply; says whether the reply was on time",
		Long: "close records the outcome, the day the reply was sent (default today), the reasons (required\n" +
			"for a refusal, Art. 12(4)) and whether the reply told the data subject of the right to complain\n" +
			"to the supervisory authority and to a judicial remedy (--remedies-told). It prints the reply\n" +
			"against the due date: on time or late.",
		Args: exactArgs(1, "a request id or ref"),
		RunE: func(_ *cobra.Command, args []string) error {
			day, err := a.optionalDay(replied, "--replied")
			if err != nil {
				return err
			}
			d, err := a.desk()
			if err != nil {
				return err
			}
			r, rep, err := d.CloseRequest(args[0], model.Closing{Outcome: outcome, Replied: day, Reason: reason, RemediesTold: remedies})
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%s closed (%s): %s\n", r.Ref, rep.Outcome, rep.Standing())
			if rep.Outcome == "refused" && !rep.RemediesTold {
				fmt.Fprintf(a.stderr, "dpodesk: warning: %s was refused without --remedies-told: Art. 12(4) requires telling the data subject of the right to complain and to a judicial remedy\n", r.Ref)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&outcome, "outcome", "", "fulfilled, refused or withdrawn")
	fl.StringVar(&replied, "replied", "", "the day the reply was sent, YYYY-MM-DD (default today)")
	fl.StringVar(&reason, "reason", "", "the reasons given in the reply (required for a refusal)")
	fl.BoolVar(&remedies, "remedies-told", false, "the reply named the right to complain to the authority and to a judicial remedy")
	return cmd
}

func (a *App) requestReopen() *cobra.Command {
	var reason string
	cmd := &cobra.Command{
		Use:   "reopen ID|REF --reason TEXT",
		Short: "Reopen a closed request (a wrong outcome, an incomplete reply); audited",
		Args:  exactArgs(1, "a request id or ref"),
		RunE: func(_ *cobra.Command, args []string) error {
			d, err := a.desk()
			if err != nil {
				return err
			}
			r, err := d.ReopenRequest(args[0], reason)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%s reopened: %s; due %s\n", r.Ref, r.Status, d.Rules().Deadline(r).Due)
			return nil
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why the request is reopened (kept in the timeline and the audit journal)")
	return cmd
}

// optionalDay reads an optional YYYY-MM-DD flag; empty stays zero.
func (a *App) optionalDay(s, flag string) (model.Date, error) {
	if s == "" {
		return model.Date{}, nil
	}
	return a.parseDay(s, flag)
}

// stepLetter writes the letter of one step of a request (request letter --kind).
func (a *App) stepLetter(ref, kind, lang string, subjects []string, out string) error {
	if !slices.Contains(export.LetterKinds(), kind) {
		return usagef("--kind %q: use one of %s", kind, strings.Join(export.LetterKinds(), ", "))
	}
	d, err := a.desk()
	if err != nil {
		return err
	}
	text, err := d.RequestLetter(ref, kind, lang, subjects)
	if err != nil {
		return err
	}
	return a.writeOutput(out, []byte(text))
}
