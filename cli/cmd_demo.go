package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

func (a *App) demoCommand() *cobra.Command {
	var scale int
	cmd := &cobra.Command{
		Use:   "demo [--scale N]",
		Short: "Fill the workspace with a fictional organisation's records",
		Long: "Adds about 25 activities, 15 processors and 60 requests in every state (overdue, due soon,\n" +
			"paused, extended, closed). --scale N adds N generated requests and N/10 activities, for\n" +
			"trying dpodesk at real sizes.",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			if scale < 0 {
				return usagef("--scale must be 0 or more")
			}
			a.createMissing = true
			d, err := a.desk()
			if err != nil {
				return err
			}
			progress := func(done, total int) {
				if scale > 0 && (done == total || done%20000 == 0) {
					fmt.Fprintf(a.stderr, "\rwriting demo records: %d/%d", done, total)
					if done == total {
						fmt.Fprintln(a.stderr)
					}
				}
			}
			n, err := d.LoadDemo(context.Background(), scale, progress)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "demo loaded into %q: %d activities, %d processors, %d requests\n", d.Store().Name(), n.Activities, n.Processors, n.Requests)
			return nil
		},
	}
	cmd.Flags().IntVar(&scale, "scale", 0, "also add N generated requests and N/10 activities")
	return cmd
}
