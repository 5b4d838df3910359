package cli

import (
	"bytes"
	"strings"

	"github.com/spf13/cobra"
)

func (a *App) exportDeadlines() *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "deadlines --format ics [-o FILE]",
		Short: "Export every open request's due date and extension cut-off and the review dates as iCalendar",
		Long: "deadlines writes an iCalendar file with one all-day event per date: each open request's due date\n" +
			"and, while an extension is still possible, the last day to tell the data subject of it; each\n" +
			"active activity's and processor's next review. Each event carries the rule in its description\n" +
			"and a UID that stays the same across exports, so importing a newer file updates the events.",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			if f := strings.ToLower(strings.TrimSpace(format)); f != "ics" {
				return usagef("--format %q: deadlines are exported as ics (iCalendar)", format)
			}
			d, err := a.readDesk()
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if err := d.DeadlinesICS(&buf); err != nil {
				return err
			}
			return a.writeOutput(out, buf.Bytes())
		},
	}
	cmd.Flags().StringVar(&format, "format", "ics", "ics")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	return cmd
}
