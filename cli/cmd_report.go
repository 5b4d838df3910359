package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/model"
)

func (a *App) reportCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "report", Short: "Figures for management reports (Art. 38(3))", Args: noArgs}
	cmd.AddCommand(a.reportRequests())
	return cmd
}

func (a *App) reportRequests() *cobra.Command {
	var from, to string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "requests [--from DATE] [--to DATE] [--json]",
		Short: "Requests received in a period: per month and type, on-time share, median days to reply, extensions, refusals",
		Long: "requests counts the requests received from --from through --to (default: the twelve months up to\n" +
			"today, from the first of the month eleven months back). A closed request is on time when its reply\n" +
			"was sent on or before its due date; days to reply are calendar days from receipt to reply.",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			f, err := a.optionalDay(from, "--from")
			if err != nil {
				return err
			}
			t, err := a.optionalDay(to, "--to")
			if err != nil {
				return err
			}
			d, err := a.readDesk()
			if err != nil {
				return err
			}
			s, err := d.RequestReport(f, t)
			if err != nil {
				return err
			}
			if asJSON {
				return a.printJSON(s)
			}
			return a.printRequestStats(s)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&from, "from", "", "first day of the period, YYYY-MM-DD")
	fl.StringVar(&to, "to", "", "last day of the period, YYYY-MM-DD (default today)")
	fl.BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *App) printRequestStats(s model.RequestStats) error {
	w := a.stdout
	fmt.Fprintf(w, "Requests received %s – %s: %d\n", s.From, s.To, s.Received)
	fmt.Fprintf(w, "open %d · closed %d · on time %s · median %s to reply · extended %d · refused %d · withdrawn %d · open and overdue %d\n\n",
		s.Open, s.Closed, onTimeText(s), model.Days(int(s.MedianDays+0.5)), s.Extended, s.Refused, s.Withdrawn, s.OverdueOpen)
	peak := 0
	for _, m := range s.Months {
		peak = max(peak, m.Total)
	}
	for _, t := range s.ByType {
		peak = max(peak, t.Count)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "MONTH\tRECEIVED\t\tBY TYPE")
	for _, m := range s.Months {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", m.Month, m.Total, bar(m.Total, peak), typeList(m.ByType))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "TYPE\tRECEIVED\t")
	for _, t := range s.ByType {
		fmt.Fprintf(tw, "%s\t%d\t%s\n", requestTypeLabel(t.Type, a.cfg.Language), t.Count, bar(t.Count, peak))
	}
	return tw.Flush()
}

func onTimeText(s model.RequestStats) string {
	if s.OnTime+s.Late == 0 {
		return "– (no reply recorded)"
	}
	return fmt.Sprintf("%.0f%% (%d of %d)", 100*s.OnTimeShare, s.OnTime, s.OnTime+s.Late)
}

// bar draws n against peak in at most 30 cells, so a month with one request
// still shows a mark.
func bar(n, peak int) string {
	if n == 0 || peak == 0 {
		return ""
	}
	return strings.Repeat("█", max(1, n*30/peak))
}

func typeList(ts []model.TypeCount) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = fmt.Sprintf("%s %d", t.Type, t.Count)
	}
	return strings.Join(parts, ", ")
}
