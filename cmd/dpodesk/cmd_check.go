package main

import (
	"errors"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

func init() { extraCommands = append(extraCommands, (*app).checkCommand) }

func (a *app) checkCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "check [--json]",
		Short: "Run the compliance checks over the workspace; exit 1 when any finding is high",
		Long: "Overdue and nearly due requests, late extension notices, activities missing Art. 30 fields,\n" +
			"consent without a withdrawal route, Art. 9 data without a condition, undecided DPIAs,\n" +
			"processors without a signed DPA or past their review, transfers without a safeguard and\n" +
			"Privacy Shield (docs/checks.md). Exits 1 when any finding is high, so cron can alert.",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			ws, err := a.open()
			if err != nil {
				return err
			}
			findings, err := a.findings(ws)
			if err != nil {
				return err
			}
			if asJSON {
				err = a.printJSON(findings)
			} else {
				err = a.printFindings(findings)
			}
			if err != nil {
				return err
			}
			if n := countSeverity(findings, model.FindingHigh); n > 0 {
				return &exitError{code: exitFailure} // the findings are the message
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the findings as JSON")
	return cmd
}

// findings runs model.Check over every record with the configured deadline rules.
func (a *app) findings(ws *store.Workspace) ([]model.Finding, error) {
	acts, errA := ws.ListActivities(store.ActivityFilter{})
	procs, errP := ws.ListProcessors(store.ProcessorFilter{})
	reqs, errR := ws.RequestRows() // slim rows carry every event but notes: enough for deadlines
	if err := errors.Join(errA, errP, errR); err != nil {
		return nil, err
	}
	fs := model.Check(model.CheckInput{
		Activities: acts, Processors: procs, Requests: reqs, Today: a.today(),
		Deadline: func(r model.Request) (model.Date, bool, model.Date) {
			d := a.rules.Deadline(r)
			return d.Due, d.Extended, d.FirstDue
		},
	})
	breachFindings, err := desk.New(ws, desk.Options{Rules: a.rules, Now: a.now}).BreachFindings()
	if err != nil {
		return nil, err
	}
	fs = append(fs, breachFindings...)
	model.SortFindings(fs)
	if fs == nil {
		fs = []model.Finding{}
	}
	return fs, nil
}

func countSeverity(fs []model.Finding, sev string) int {
	n := 0
	for _, f := range fs {
		if f.Severity == sev {
			n++
		}
	}
	return n
}

// printFindings prints the findings grouped by severity, most urgent first
// (model.Check has sorted them), and a summary line.
func (a *app) printFindings(fs []model.Finding) error {
	if len(fs) == 0 {
		fmt.Fprintln(a.stdout, "no findings")
		return nil
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
	group := ""
	for _, f := range fs {
		if f.Severity != group {
			if group != "" {
				fmt.Fprintln(tw)
			}
			group = f.Severity
			fmt.Fprintf(tw, "%s (%d)\n", severityTitle(group), countSeverity(fs, group))
		}
		fmt.Fprintf(tw, "  %s\t%s %s\t%s\n", f.Rule, f.Kind, f.Label, f.Message)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "\n%d findings: %d high, %d warnings, %d notes\n", len(fs),
		countSeverity(fs, model.FindingHigh), countSeverity(fs, model.FindingWarn), countSeverity(fs, model.FindingInfo))
	return nil
}

func severityTitle(sev string) string {
	switch sev {
	case model.FindingHigh:
		return "HIGH"
	case model.FindingWarn:
		return "WARNINGS"
	case model.FindingInfo:
		return "NOTES"
	}
	return sev
}
