package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

func (a *App) auditCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "audit",
		Short: "The workspace's append-only journal of changes, chained by SHA-256 (see docs/audit.md)",
		Args:  noArgs,
	}
	cmd.AddCommand(a.auditList(), a.auditVerify())
	return cmd
}

func (a *App) auditList() *cobra.Command {
	var record, kind string
	var limit int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list [--record ID] [--kind K] [--limit N] [--json]",
		Short: "List journal entries, newest first",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			if limit < 0 {
				return usagef("--limit must be 0 (all) or more")
			}
			d, err := a.readDesk()
			if err != nil {
				return err
			}
			entries, err := d.Journal(record, kind, limit)
			var bad *desk.BadRecordError
			if errors.As(err, &bad) {
				return usagef("--%v", bad)
			}
			if err != nil {
				return err
			}
			if asJSON {
				return a.printJSON(entries)
			}
			return a.printAudit(entries)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&record, "record", "", "only entries of this record: its ID, or a request ref such as R-2026-0042")
	fl.StringVar(&kind, "kind", "", "only entries of this kind: activity, processor, request, document, organisation")
	fl.IntVar(&limit, "limit", 50, "at most N entries; 0 for all")
	fl.BoolVar(&asJSON, "json", false, "print JSON, with the record before and after each change")
	return cmd
}

func (a *App) printAudit(entries []model.AuditEntry) error {
	if len(entries) == 0 {
		fmt.Fprintln(a.stdout, "no journal entries")
		return nil
	}
	tw := a.newTable(2)
	fmt.Fprintln(tw, "SEQ\tWHEN\tAUTHOR\tACTION\tKIND\tID\tLABEL")
	for _, e := range entries {
		author := model.SafeLine(e.Author)
		if author == "" {
			author = "-"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%s\n", e.Seq, e.At.Local().Format("2006-01-02 15:04:05"), author,
			e.Action, e.Kind, e.RecordID, model.SafeLine(e.Label))
	}
	return tw.Flush()
}

func (a *App) auditVerify() *cobra.Command {
	return &cobra.Command{
		Use:   "verify",
		Short: "Recompute the journal's hash chain and check every record against it; exit 5 naming the first problem",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := a.readDesk()
			if err != nil {
				return err
			}
			checked, broken, err := d.VerifyJournal()
			if err != nil {
				return err
			}
			if broken != nil {
				return &exitError{ExitAudit, fmt.Errorf("audit journal broken at entry %d: %s", broken.Seq, brokenReason(broken, checked))}
			}
			rep, err := d.CheckWorkspace(context.Background())
			if len(rep.Problems) > 0 {
				return &exitError{ExitAudit, fmt.Errorf("%d entries intact, but %s; restore the newest backup (dpodesk restore)", checked, rep.Problems[0])}
			}
			if err != nil {
				return err
			}
			// the records' agreement with the journal is checked too; its count is
			// in `workspace check`
			fmt.Fprintf(a.stdout, "audit journal intact: %d entries\n", checked)
			return nil
		},
	}
}

// brokenReason says what VerifyAudit found: an entry that is gone or unreadable
// (only its Seq is known), or one whose content no longer matches its hash.
func brokenReason(e *model.AuditEntry, intact int) string {
	before := fmt.Sprintf("the %d entries before it are intact", intact)
	if intact == 0 {
		before = "it is the first entry"
	}
	if e.Hash == "" && e.At.IsZero() {
		return "the entry is missing or unreadable; " + before
	}
	return fmt.Sprintf("%s %s %q (%s) does not match its recorded hash or its link to the entry before; %s",
		e.Action, e.Kind, e.Label, e.At.Local().Format("2006-01-02 15:04:05"), before)
}
