package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
)

func (a *App) demoCommand() *cobra.Command {
	var scale int
	var remove, yes bool
	cmd := &cobra.Command{
		Use:   "demo [--scale N] | demo --remove [--yes]",
		Short: "Fill the workspace with a fictional organisation's records, or remove them again",
		Long: "Adds about 25 activities, 15 processors and 60 requests in every state (overdue, due soon,\n" +
			"paused, extended, closed). --scale N adds N generated requests and N/10 activities, for\n" +
			"trying dpodesk at real sizes. --remove deletes the records the demo added (and its\n" +
			"organisation, unless you entered your own) in one step; records you added stay.",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			if remove {
				return a.removeDemo(yes)
			}
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
	cmd.Flags().BoolVar(&remove, "remove", false, "remove the demo's records again; your own records stay")
	cmd.Flags().BoolVar(&yes, "yes", false, "with --remove: do not ask for confirmation")
	return cmd
}

func (a *App) removeDemo(yes bool) error {
	d, err := a.desk()
	if err != nil {
		return err
	}
	if found, err := d.HasDemo(); err != nil || !found {
		if err == nil {
			err = desk.ErrNoDemo
		}
		return err
	}
	if err := a.confirm(fmt.Sprintf("remove the demo data from %q (your own records stay)?", d.Store().Name()), yes); err != nil {
		return err
	}
	n, err := d.RemoveDemo(context.Background())
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "demo data removed from %q: %d activities, %d processors, %d requests\n", d.Store().Name(), n.Activities, n.Processors, n.Requests)
	return nil
}
