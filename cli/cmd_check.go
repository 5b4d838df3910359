package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

func (a *App) checkCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "check [--json]",
		Short: "Run the compliance checks over the workspace; exit 1 when any finding is high",
		Long: "Overdue and nearly due requests, late extension notices, activities missing Art. 30 fields\n" +
			"or past their review, consent without a withdrawal route, Art. 9 data without a condition,\n" +
			"undecided DPIAs, processors without a signed DPA or past their review, transfers without a\n" +
			"safeguard and Privacy Shield (docs/checks.md). Exits 1 when any finding is high, so cron can alert.",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := a.readDesk()
			if err != nil {
				return err
			}
			findings, err := d.Findings(context.Background())
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
			if n := desk.CountSeverity(findings, model.FindingHigh); n > 0 {
				return &exitError{code: ExitFailure} // the findings are the message
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the findings as JSON")
	return cmd
}

// printFindings prints the findings grouped by severity, most urgent first
// (model.Check has sorted them), and a summary line.
func (a *App) printFindings(fs []model.Finding) error {
	if len(fs) == 0 {
		fmt.Fprintln(a.stdout, "no findings")
		return nil
	}
	tw := a.newTable(2)
	group := ""
	for _, f := range fs {
		if f.Severity != group {
			if group != "" {
				fmt.Fprintln(tw)
			}
			group = f.Severity
			fmt.Fprintf(tw, "%s (%d)\n", severityTitle(group), desk.CountSeverity(fs, group))
		}
		fmt.Fprintf(tw, "  %s\t%s %s\t%s\n", f.Rule, f.Kind, model.SafeLine(f.Label), model.SafeLine(f.MessageIn(a.cfg.Language)))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "\n%d findings: %d high, %d warnings, %d notes\n", len(fs),
		desk.CountSeverity(fs, model.FindingHigh), desk.CountSeverity(fs, model.FindingWarn), desk.CountSeverity(fs, model.FindingInfo))
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
